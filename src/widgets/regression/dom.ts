/**
 * The static DOM of `<lumen-regression>` (text only, never HTML strings). Tab order: the data
 * plot (the editor's keyboard), the loss map, the formula, readouts, the player, the settings.
 */
import { el } from '../../ui/dom';
import { buildDataEditorDom, type DataEditorDom } from '../../ui/data-editor/dom';
import { buildRunDom, type RunDom } from '../../ui/run-controller';
import type { ColumnSpaceDom } from './column-space-panel';

export interface RegressionDom {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly lossPlot: HTMLDivElement;
  readonly lossCanvas: HTMLCanvasElement;
  readonly space: ColumnSpaceDom;
  readonly formula: HTMLDivElement;
  readonly readExact: HTMLParagraphElement;
  readonly readDescent: HTMLParagraphElement;
  readonly readSplit: HTMLParagraphElement;
  readonly run: RunDom;
  readonly editor: DataEditorDom;
  readonly controls: HTMLDivElement;
  readonly rate: HTMLInputElement;
  readonly rateValue: HTMLOutputElement;
  readonly degree: HTMLInputElement;
  readonly degreeValue: HTMLOutputElement;
  readonly holdout: HTMLSelectElement;
  readonly squares: HTMLSelectElement;
}

function range(
  name: string,
  label: string,
  min: string,
  max: string,
  step: string,
): [HTMLLabelElement, HTMLInputElement, HTMLOutputElement] {
  const wrap = el('label', { class: 'range' });
  const input = el('input', { type: 'range', name, min, max, step });
  const out = el('output', { for: name });
  wrap.append(el('span', { class: 'range-name' }, label), input, out);
  return [wrap, input, out];
}

function select(
  name: string,
  label: string,
  options: [string, string][],
): [HTMLLabelElement, HTMLSelectElement] {
  const wrap = el('label', {});
  const s = el('select', { name });
  for (const [v, t] of options) s.append(el('option', { value: v }, t));
  wrap.append(el('span', {}, label), s);
  return [wrap, s];
}

export function buildRegressionDom(): RegressionDom {
  const layout = el('div', { class: 'layout' });
  const plots = el('div', { class: 'plots' });
  const plot = el('div', {
    class: 'plot data-surface',
    tabindex: '0',
    role: 'application',
    'aria-roledescription': 'data editor',
    'aria-label': 'The data and the fitted line',
    'aria-describedby': 'regression-keys',
  });
  const canvas = el('canvas', { 'aria-hidden': 'true' });
  plot.append(canvas);
  const lossPlot = el('div', { class: 'loss-plot' });
  const lossCanvas = el('canvas', {
    role: 'img',
    'aria-label':
      'The loss (MSE) over the slope w and the intercept b: contours, the minimum and the gradient-descent path',
  });
  lossPlot.append(
    lossCanvas,
    el('p', { class: 'caption' }, 'Loss over (w, b): × the least-squares minimum, • gradient descent'),
  );
  const space = buildColumnSpaceDom();
  plots.append(plot, space.panel, lossPlot);

  const side = el('div', { class: 'side' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const readouts = el('div', { class: 'readouts' });
  const readExact = el('p', { class: 'read-exact' });
  const readDescent = el('p', { class: 'read-descent' });
  const readSplit = el('p', { class: 'read-split' });
  readouts.append(readExact, readDescent, readSplit);
  const run = buildRunDom('step');
  const editor = buildDataEditorDom(
    ['line-small', 'line', 'line-big', 'anscombe-1', 'anscombe-2', 'anscombe-3', 'anscombe-4'],
    'regression-keys',
  );
  const controls = el('div', { class: 'controls' });
  const [rateWrap, rate, rateValue] = range('rate', 'Rate', '-4', '0', '0.01');
  const [degreeWrap, degree, degreeValue] = range('degree', 'Degree', '1', '9', '1');
  const [holdoutWrap, holdout] = select('holdout', 'Held out', [
    ['0', 'none'],
    ['0.2', '20 %'],
    ['0.3', '30 %'],
    ['0.5', '50 %'],
  ]);
  const [squaresWrap, squares] = select('squares', 'Squares of', [
    ['exact', 'least squares'],
    ['descent', 'descent line'],
    ['none', 'none'],
  ]);
  const row = el('div', { class: 'row' });
  row.append(holdoutWrap, squaresWrap);
  controls.append(run.group, rateWrap, degreeWrap, row, editor.toolbar);
  side.append(formula, readouts, controls);
  layout.append(plots, side);
  return {
    layout,
    plot,
    canvas,
    lossPlot,
    lossCanvas,
    space,
    formula,
    readExact,
    readDescent,
    readSplit,
    run,
    editor,
    controls,
    rate,
    rateValue,
    degree,
    degreeValue,
    holdout,
    squares,
  };
}

/** The ℝ³ panel: a focusable view (drag or arrow keys turn it) and a caption with the numbers. */
function buildColumnSpaceDom(): ColumnSpaceDom {
  const panel = el('div', { class: 'space-plot' });
  const view = el('div', {
    class: 'space-view',
    tabindex: '0',
    role: 'img',
    'aria-roledescription': '3D view',
    'aria-label':
      'y as one vector of 3D space (one axis per point), its shadow ŷ on the plane of the columns 1 and x, and the residual r perpendicular to that plane. Arrow keys turn the view; Home resets it.',
  });
  const canvas = el('canvas', { 'aria-hidden': 'true' });
  view.append(canvas);
  const caption = el('p', { class: 'caption', 'aria-live': 'polite' });
  panel.append(view, caption);
  return { panel, view, canvas, caption };
}
