/**
 * Builds the static DOM of `<lumen-estimate>` (text only, never HTML strings) and hands back the
 * elements the element class wires up. DOM order is the Tab order: the handle on the plot, the
 * predict-first box, then the controls.
 */
import { el, setHidden, setText, setValue } from '../../ui/dom';
import { LEVELS, type EstimateState, type Method } from './props';
import { methodsFor } from './model';
import type { GuessPanel } from '../../ui/guess-field';
import { buildFormula, type FormulaBlock } from '../../ui/widget-dom';

export interface Field {
  readonly wrap: HTMLLabelElement;
  readonly input: HTMLInputElement;
}

/** The predict-first panel's parts (see src/ui/guess-field.ts), then the widget's own. */
export interface EstimateDom extends GuessPanel, FormulaBlock {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  /** Likelihood: the parameter θ (a slider); intervals: the selected interval. */
  readonly handle: HTMLDivElement;
  readonly readout: HTMLParagraphElement;
  readonly controls: HTMLDivElement;
  readonly mode: HTMLSelectElement;
  readonly source: HTMLSelectElement;
  readonly fields: { readonly mean: Field; readonly sd: Field; readonly p: Field; readonly n: Field };
  readonly inputError: HTMLParagraphElement;
  readonly newSample: HTMLButtonElement;
  readonly likelihoodRow: HTMLDivElement;
  readonly log: HTMLInputElement;
  readonly profile: HTMLInputElement;
  readonly profileLabel: HTMLLabelElement;
  readonly intervalRow: HTMLDivElement;
  readonly level: HTMLSelectElement;
  readonly method: HTMLSelectElement;
  readonly more: HTMLButtonElement;
  readonly bootRow: HTMLDivElement;
  readonly statistic: HTMLSelectElement;
  readonly resamples: HTMLSelectElement;
  readonly bootLevel: HTMLSelectElement;
  readonly cancel: HTMLButtonElement;
}

function select(name: string, options: readonly (readonly [string, string])[]): HTMLSelectElement {
  const s = el('select', { name });
  for (const [value, text] of options) s.append(el('option', { value }, text));
  return s;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const l = el('label', {}, text + ' ');
  l.append(control);
  return l;
}

function field(name: string, text: string): Field {
  const input = el('input', {
    type: 'text',
    name,
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'input-error',
  });
  return { wrap: labelled(text, input), input };
}

const levelOptions = LEVELS.map((l) => [String(l), `${l}%`] as const);

/** The predict-first panel: how many of the 100 intervals miss (the field named by its aria-label). */
function buildMissGuess(): GuessPanel {
  const predict = el('div', { class: 'predict' });
  const question = el('p', { class: 'question' });
  const guess = el('input', {
    type: 'text',
    name: 'guess',
    inputmode: 'numeric',
    autocomplete: 'off',
    'aria-label': 'Your guess: how many of the 100 intervals miss',
    'aria-describedby': 'guess-error',
  });
  const reveal = el('button', { type: 'button', name: 'reveal', class: 'primary' }, 'Reveal');
  const again = el('button', { type: 'button', name: 'again' }, 'Try again');
  const guessRow = el('div', { class: 'row' });
  guessRow.append(guess, reveal, again);
  const guessError = el('p', { class: 'input-error', id: 'guess-error' });
  const predictResult = el('p', { class: 'predict-result', role: 'status' });
  predict.append(question, guessRow, guessError, predictResult);

  return { predict, question, guess, reveal, again, guessError, predictResult };
}

export function buildEstimateDom(): EstimateDom {
  const layout = el('div', { class: 'layout' });

  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', { role: 'img', 'aria-label': 'The picture' });
  const handle = el('div', {
    class: 'handle',
    tabindex: '0',
    role: 'slider',
    'aria-describedby': 'handle-keys',
  });
  const handleKeys = el('p', { class: 'sr-only', id: 'handle-keys' });
  plot.append(canvas, handle, handleKeys);

  const readout = el('p', { class: 'readout' });

  const formula = buildFormula();

  const panel = buildMissGuess();

  const controls = el('div', { class: 'controls' });
  const mode = select('mode', [
    ['likelihood', 'Likelihood'],
    ['intervals', '100 intervals'],
    ['bootstrap', 'Bootstrap'],
  ]);
  const source = select('source', [
    ['normal', 'Normal'],
    ['coin', 'Coin'],
  ]);
  const fields = {
    mean: field('mean', 'μ'),
    sd: field('sd', 'σ'),
    p: field('p', 'p'),
    n: field('n', 'n'),
  };
  const newSample = el('button', { type: 'button', name: 'new-sample' }, 'New sample');
  const sourceRow = el('div', { class: 'row' });
  sourceRow.append(
    labelled('Show', mode),
    labelled('Source', source),
    fields.mean.wrap,
    fields.sd.wrap,
    fields.p.wrap,
    fields.n.wrap,
    newSample,
  );
  const inputError = el('p', { class: 'input-error', id: 'input-error' });

  const likelihoodRow = el('div', { class: 'row' });
  const log = el('input', { type: 'checkbox', name: 'log' });
  const logLabel = el('label', {});
  logLabel.append(log, document.createTextNode('Log-likelihood'));
  const profile = el('input', { type: 'checkbox', name: 'profile' });
  const profileLabel = el('label', {});
  profileLabel.append(profile, document.createTextNode('Profile out σ'));
  likelihoodRow.append(logLabel, profileLabel);

  const intervalRow = el('div', { class: 'row' });
  const level = select('level', levelOptions);
  const method = select('method', [
    ['t', 't (s from the sample)'],
    ['z', 'z (σ known)'],
    ['wilson', 'Wilson'],
    ['wald', 'Wald'],
  ]);
  const more = el('button', { type: 'button', name: 'more', class: 'primary' }, 'Draw 100 more');
  intervalRow.append(labelled('Confidence', level), labelled('Interval', method), more);

  const bootRow = el('div', { class: 'row' });
  const statistic = select('statistic', [
    ['mean', 'Mean'],
    ['median', 'Median'],
  ]);
  const resamples = select('resamples', [
    ['1000', '1,000'],
    ['10000', '10,000'],
    ['100000', '100,000'],
    ['1000000', '1,000,000'],
  ]);
  const bootLevel = select('boot-level', levelOptions);
  const cancel = el('button', { type: 'button', name: 'cancel' }, 'Stop');
  bootRow.append(
    labelled('Statistic', statistic),
    labelled('Resamples', resamples),
    labelled('Confidence', bootLevel),
    cancel,
  );

  controls.append(sourceRow, inputError, likelihoodRow, intervalRow, bootRow);
  layout.append(plot, readout, panel.predict, formula.formulaWrap, controls);

  return {
    layout,
    plot,
    canvas,
    handle,
    readout,
    ...formula,
    ...panel,
    controls,
    mode,
    source,
    fields,
    inputError,
    newSample,
    likelihoodRow,
    log,
    profile,
    profileLabel,
    intervalRow,
    level,
    method,
    more,
    bootRow,
    statistic,
    resamples,
    bootLevel,
    cancel,
  };
}

export function handleKeysText(mode: 'likelihood' | 'intervals'): string {
  return mode === 'likelihood'
    ? 'Left and right arrows move the parameter by a hundredth of the range (Shift: ten times, Alt: a tenth). Home and End go to the ends.'
    : 'Up and down arrows pick the interval (Page Up, Page Down: 10; Home, End: the first and last).';
}

/** Shows the parts of the mode and source in `s`; the method menu offers the source's methods. */
export function showParts(dom: EstimateDom, s: Readonly<EstimateState>, method: Method): void {
  const coin = s.source === 'coin';
  dom.plot.classList.toggle('likelihood', s.mode === 'likelihood');
  dom.plot.classList.toggle('intervals', s.mode === 'intervals');
  setHidden(dom.controls, !s.controls);
  setValue(dom.source, s.source);
  setHidden(dom.fields.mean.wrap, coin);
  setHidden(dom.fields.sd.wrap, coin);
  setHidden(dom.fields.p.wrap, !coin);
  setText(dom.newSample, s.mode === 'intervals' ? 'New 100 samples' : 'New sample');
  setHidden(dom.likelihoodRow, s.mode !== 'likelihood');
  setHidden(dom.profileLabel, coin);
  setHidden(dom.intervalRow, s.mode !== 'intervals');
  setHidden(dom.bootRow, s.mode !== 'bootstrap');
  for (const o of dom.method.options) o.hidden = !methodsFor(s.source).includes(o.value as Method);
  setValue(dom.method, method);
}
