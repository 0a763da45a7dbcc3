/** The static DOM of `<lumen-logistic>` (text only, never HTML strings). */
import { el } from '../../ui/dom';
import { buildDataEditorDom, type DataEditorDom } from '../../ui/data-editor/dom';
import { buildRunDom, type RunDom } from '../../ui/run-controller';

export interface LogisticDom {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly lossCanvas: HTMLCanvasElement;
  readonly formula: HTMLDivElement;
  readonly readDescent: HTMLParagraphElement;
  readonly readSeparable: HTMLParagraphElement;
  readonly readFit: HTMLParagraphElement;
  readonly run: RunDom;
  readonly editor: DataEditorDom;
  readonly controls: HTMLDivElement;
  readonly rate: HTMLInputElement;
  readonly rateValue: HTMLOutputElement;
  readonly l2: HTMLSelectElement;
  readonly fit: HTMLButtonElement;
}

export function buildLogisticDom(): LogisticDom {
  const layout = el('div', { class: 'layout' });
  const plots = el('div', { class: 'plots' });
  const plot = el('div', { class: 'plot data-surface' });
  const canvas = el('canvas', {
    role: 'img',
    'aria-label': 'The two classes, the probability of class 1 as shading and the 0.5 boundary',
  });
  plot.append(canvas);
  const lossCanvas = el('canvas', {
    class: 'loss',
    role: 'img',
    'aria-label': 'The log-loss after each step of gradient descent',
  });
  plots.append(plot, lossCanvas);
  const side = el('div', { class: 'side' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const readouts = el('div', { class: 'readouts' });
  const readDescent = el('p', { class: 'read-descent' });
  const readSeparable = el('p', { class: 'read-separable' });
  const readFit = el('p', { class: 'read-fit' });
  readouts.append(readDescent, readSeparable, readFit);
  const run = buildRunDom('step');
  const editor = buildDataEditorDom(['blobs', 'blobs-apart', 'moons', 'iris-2'], 'logistic-keys');
  const controls = el('div', { class: 'controls' });
  const rateWrap = el('label', { class: 'range' });
  const rate = el('input', { type: 'range', name: 'rate', min: '-3', max: '1', step: '0.01' });
  const rateValue = el('output', { for: 'rate' });
  rateWrap.append(el('span', { class: 'range-name' }, 'Rate'), rate, rateValue);
  const l2Wrap = el('label', {});
  const l2 = el('select', { name: 'l2' });
  for (const v of ['0', '0.001', '0.01', '0.1', '1'])
    l2.append(el('option', { value: v }, v === '0' ? 'none' : v));
  l2Wrap.append(el('span', {}, 'L2 strength λ'), l2);
  const fit = el('button', { type: 'button', name: 'fit', 'aria-pressed': 'false' }, 'Fit to convergence');
  const row = el('div', { class: 'row' });
  row.append(l2Wrap, fit);
  controls.append(run.group, rateWrap, row, editor.toolbar);
  side.append(formula, readouts, controls);
  layout.append(plots, side);
  return {
    layout,
    plot,
    canvas,
    lossCanvas,
    formula,
    readDescent,
    readSeparable,
    readFit,
    run,
    editor,
    controls,
    rate,
    rateValue,
    l2,
    fit,
  };
}
