/**
 * The static DOM of `<lumen-clt>` (text only, never HTML strings). Tab order: the controls, the
 * predict-first question, the source plot (its bars take the arrow keys when editable), the run
 * controls, the formula. Ranges, steps and menu entries come from the property table through the
 * bindings (src/ui/bind.ts); the number fields take their bounds from the table here.
 */
import { el } from '../../ui/dom';
import { CLT_PROPS } from './props';
import { buildGuessPanel, type GuessPanel } from '../../ui/guess-field';
import type { Slider } from '../../ui/slider';
import { buildFormula, type FormulaBlock } from '../../ui/widget-dom';

export const MEAN_COUNTS = [1_000, 10_000, 100_000, 1_000_000, 10_000_000] as const;

/** The source parameters: each field's label, and the source it is shown for. */
export const PARAMS = {
  rate: ['rate λ ', 'exponential'],
  alpha: ['α ', 'beta'],
  beta: ['β ', 'beta'],
  trials: ['trials ', 'binomial'],
  p: ['p ', 'binomial'],
} as const;
export type ParamKey = keyof typeof PARAMS;

/** The predict-first panel's parts (see src/ui/guess-field.ts), then the widget's own. */
export interface CltDom extends GuessPanel, FormulaBlock {
  readonly layout: HTMLDivElement;
  readonly controls: HTMLDivElement;
  readonly source: HTMLSelectElement;
  readonly n: Slider;
  readonly means: HTMLSelectElement;
  readonly params: Record<ParamKey, { label: HTMLLabelElement; input: HTMLInputElement }>;
  readonly sourceCanvas: HTMLCanvasElement;
  readonly meansCanvas: HTMLCanvasElement;
  readonly progress: HTMLProgressElement;
  readonly status: HTMLParagraphElement;
  readonly cancel: HTMLButtonElement;
  readonly reseed: HTMLButtonElement;
  readonly path: HTMLSelectElement;
  readonly reason: HTMLSpanElement;
}

function numberInput(name: ParamKey): HTMLInputElement {
  const { min, max, step } = CLT_PROPS[name];
  return el('input', { type: 'number', name, min: String(min), max: String(max), step: String(step) });
}

export function buildCltDom(): CltDom {
  const layout = el('div', { class: 'layout' });

  const controls = el('div', { class: 'controls' });
  const sourceLabel = el('label', {}, 'Source ');
  const source = el('select', { name: 'source' });
  sourceLabel.append(source);
  const nLabel = el('label', {});
  const n = el('input', { type: 'range', name: 'n', 'aria-describedby': 'n-hint' });
  const nOut = el('output', { name: 'n-value' });
  nLabel.append(el('span', { class: 'slider-name' }, 'Sample size n'), ' ', n, nOut);
  const meansLabel = el('label', {}, 'Means ');
  const means = el('select', { name: 'means' });
  for (const c of MEAN_COUNTS) means.append(el('option', { value: String(c) }, c.toLocaleString('en-US')));
  meansLabel.append(means);
  const params = {} as CltDom['params'];
  for (const [key, [text]] of Object.entries(PARAMS) as [ParamKey, readonly [string, string]][]) {
    params[key] = { label: el('label', {}, text), input: numberInput(key) };
    params[key].label.append(params[key].input);
  }
  const hint = el('span', { class: 'sr-only', id: 'n-hint' }, 'Arrow keys change n by 1, Shift+arrow by 10.');
  controls.append(sourceLabel, nLabel, meansLabel, ...Object.values(params).map((x) => x.label), hint);

  const panel = buildGuessPanel({ label: 'Your guess ', again: 'Guess again' });

  const plots = el('div', { class: 'plots' });
  const sourceCanvas = el('canvas', { class: 'source-plot', role: 'img' });
  const meansCanvas = el('canvas', { class: 'means-plot', role: 'img' });
  plots.append(sourceCanvas, meansCanvas);

  const run = el('div', { class: 'run' });
  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Simulation progress' });
  const status = el('p', { class: 'status', 'aria-live': 'off' });
  const cancel = el('button', { type: 'button', name: 'cancel' }, 'Cancel');
  const reseed = el('button', { type: 'button', name: 'reseed' }, 'New draws');
  const runRow = el('div', { class: 'row' });
  runRow.append(progress, cancel, reseed);
  const pathRow = el('p', { class: 'path' });
  const pathLabel = el('label', {}, 'Path ');
  const path = el('select', { name: 'path' });
  pathLabel.append(path);
  const reason = el('span', { class: 'reason' });
  pathRow.append(pathLabel, reason);
  run.append(runRow, status, pathRow);

  const formula = buildFormula();

  layout.append(controls, panel.predict, plots, run, formula.formulaWrap);
  return {
    layout,
    controls,
    source,
    n: { row: nLabel, input: n, value: nOut },
    means,
    params,
    ...panel,
    sourceCanvas,
    meansCanvas,
    progress,
    status,
    cancel,
    reseed,
    path,
    reason,
    ...formula,
  };
}
