/**
 * The static DOM of `<lumen-clt>` (text only, never HTML strings). Tab order: the controls, the
 * predict-first question, the source plot (its bars take the arrow keys when editable), the run
 * controls, the formula.
 */
import { el } from '../../ui/dom';
import { SOURCES } from './props';
import { buildGuessPanel, type GuessPanel } from '../../ui/guess-field';

export const MEAN_COUNTS = [1_000, 10_000, 100_000, 1_000_000, 10_000_000] as const;

const SOURCE_NAMES: Record<(typeof SOURCES)[number], string> = {
  uniform: 'Uniform [0, 1]',
  exponential: 'Exponential',
  beta: 'Beta',
  binomial: 'Binomial (coin)',
  die: 'Weighted die',
  drawn: 'Draw your own',
};

/** The predict-first panel's parts (see src/ui/guess-field.ts), then the widget's own. */
export interface CltDom extends GuessPanel {
  readonly layout: HTMLDivElement;
  readonly controls: HTMLDivElement;
  readonly source: HTMLSelectElement;
  readonly n: HTMLInputElement;
  readonly nOut: HTMLOutputElement;
  readonly means: HTMLSelectElement;
  readonly params: Record<
    'rate' | 'alpha' | 'beta' | 'trials' | 'p',
    { label: HTMLLabelElement; input: HTMLInputElement }
  >;
  readonly sourceCanvas: HTMLCanvasElement;
  readonly meansCanvas: HTMLCanvasElement;
  readonly progress: HTMLProgressElement;
  readonly status: HTMLParagraphElement;
  readonly cancel: HTMLButtonElement;
  readonly reseed: HTMLButtonElement;
  readonly path: HTMLSelectElement;
  readonly reason: HTMLSpanElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
}

function numberInput(name: string, min: string, max: string, step: string): HTMLInputElement {
  return el('input', { type: 'number', name, min, max, step, inputmode: 'decimal' });
}

export function buildCltDom(): CltDom {
  const layout = el('div', { class: 'layout' });

  const controls = el('div', { class: 'controls' });
  const sourceLabel = el('label', {}, 'Source ');
  const source = el('select', { name: 'source' });
  for (const s of SOURCES) source.append(el('option', { value: s }, SOURCE_NAMES[s]));
  sourceLabel.append(source);
  const nLabel = el('label', {}, 'Sample size n ');
  const n = el('input', {
    type: 'range',
    name: 'n',
    min: '1',
    max: '100',
    step: '1',
    'aria-describedby': 'n-hint',
  });
  const nOut = el('output', { name: 'n-value' });
  nLabel.append(n, nOut);
  const meansLabel = el('label', {}, 'Means ');
  const means = el('select', { name: 'means' });
  for (const c of MEAN_COUNTS) means.append(el('option', { value: String(c) }, c.toLocaleString('en-US')));
  meansLabel.append(means);
  const params = {
    rate: { label: el('label', {}, 'rate λ '), input: numberInput('rate', '0.01', '100', '0.1') },
    alpha: { label: el('label', {}, 'α '), input: numberInput('alpha', '0.05', '50', '0.1') },
    beta: { label: el('label', {}, 'β '), input: numberInput('beta', '0.05', '50', '0.1') },
    trials: { label: el('label', {}, 'trials '), input: numberInput('trials', '1', '100', '1') },
    p: { label: el('label', {}, 'p '), input: numberInput('p', '0', '1', '0.05') },
  };
  for (const { label, input } of Object.values(params)) label.append(input);
  const hint = el('span', { class: 'sr-only', id: 'n-hint' }, 'Arrow keys change n by 1, Shift+arrow by 10.');
  controls.append(sourceLabel, nLabel, meansLabel, ...Object.values(params).map((x) => x.label), hint);

  const { predict, question, guess, reveal, again, guessError, predictResult } = buildGuessPanel({
    label: 'Your guess ',
    again: 'Guess again',
  });

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
  for (const [v, t] of [
    ['auto', 'auto (by the hardware)'],
    ['typed', 'typed arrays'],
    ['wasm', 'tfjs wasm'],
    ['cpu', 'tfjs cpu'],
    ['webgl', 'tfjs webgl + Philox'],
  ] as const)
    path.append(el('option', { value: v }, t));
  pathLabel.append(path);
  const reason = el('span', { class: 'reason' });
  pathRow.append(pathLabel, reason);
  run.append(runRow, status, pathRow);

  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);

  layout.append(controls, predict, plots, run, formulaWrap);
  return {
    layout,
    controls,
    source,
    n,
    nOut,
    means,
    params,
    predict,
    question,
    guess,
    reveal,
    again,
    guessError,
    predictResult,
    sourceCanvas,
    meansCanvas,
    progress,
    status,
    cancel,
    reseed,
    path,
    reason,
    formulaWrap,
    formula,
    formulaText,
  };
}
