/**
 * The static DOM of `<lumen-sampler>` (text only, never HTML strings). Tab order: the source
 * picker, its parameters, the draw buttons, the seed, then the charts' descriptions.
 */
import { el } from '../../ui/dom';
import { SOURCES } from './props';
import { PARAMS, SOURCE_NAMES, type ParamKey } from './controls';

/** One parameter: a slider and its exact value (shown only for the sources that have it). */
export interface ParamRow {
  readonly row: HTMLDivElement;
  readonly label: HTMLLabelElement;
  readonly range: HTMLInputElement;
  readonly box: HTMLInputElement;
}

/** Every parameter any source has, in a stable order (a source shows its own). */
export const PARAM_KEYS: readonly ParamKey[] = [
  ...new Set(Object.values(PARAMS).flatMap((cs) => cs.map((c) => c.key))),
];

function paramRow(key: ParamKey): ParamRow {
  const row = el('div', { class: 'param' });
  const id = `param-${key}`;
  const label = el('label', { for: id });
  const range = el('input', { type: 'range', id, name: key });
  const box = el('input', { type: 'number', name: `${key}-value` });
  row.append(label, range, box);
  return { row, label, range, box };
}

export interface SamplerDom {
  readonly layout: HTMLDivElement;
  readonly picker: HTMLSelectElement;
  readonly params: Readonly<Record<ParamKey, ParamRow>>;
  readonly weights: HTMLDivElement;
  readonly draw1: HTMLButtonElement;
  readonly draw100: HTMLButtonElement;
  readonly drawMillion: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
  readonly cancel: HTMLButtonElement;
  readonly seed: HTMLInputElement;
  readonly newSeed: HTMLButtonElement;
  readonly progress: HTMLProgressElement;
  readonly status: HTMLParagraphElement;
  /** Announces a finished bulk simulation (a polite live region). */
  readonly done: HTMLParagraphElement;
  readonly histogram: HTMLCanvasElement;
  readonly trace: HTMLCanvasElement;
  readonly histCaption: HTMLParagraphElement;
  readonly traceCaption: HTMLParagraphElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
}

export function buildSamplerDom(): SamplerDom {
  const layout = el('div', { class: 'layout' });

  const top = el('div', { class: 'top' });
  const pickLabel = el('label', { class: 'pick' }, 'Draw from ');
  const picker = el('select', { name: 'dist' });
  for (const s of SOURCES) picker.append(el('option', { value: s }, SOURCE_NAMES[s]));
  pickLabel.append(picker);
  const paramBox = el('div', { class: 'params' });
  const params = Object.fromEntries(PARAM_KEYS.map((k) => [k, paramRow(k)])) as Record<ParamKey, ParamRow>;
  paramBox.append(...PARAM_KEYS.map((k) => params[k].row));
  const weights = el('div', { class: 'weights', role: 'group', 'aria-label': 'Weights of the faces' });
  top.append(pickLabel, paramBox, weights);

  const toolbar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Draw' });
  const draw1 = el(
    'button',
    { type: 'button', name: 'draw1', class: 'primary', 'aria-keyshortcuts': '1' },
    'Draw 1',
  );
  const draw100 = el('button', { type: 'button', name: 'draw100', 'aria-keyshortcuts': '2' }, 'Draw 100');
  const drawMillion = el(
    'button',
    { type: 'button', name: 'drawMillion', 'aria-keyshortcuts': '3' },
    'Draw 1,000,000',
  );
  const reset = el('button', { type: 'button', name: 'reset', 'aria-keyshortcuts': 'r' }, 'Start over');
  const cancel = el('button', { type: 'button', name: 'cancel' }, 'Cancel');
  cancel.hidden = true;
  const seedLabel = el('label', { class: 'seed' }, 'Seed ');
  const seed = el('input', {
    type: 'number',
    name: 'seed',
    min: '0',
    max: '4294967295',
    step: '1',
    inputmode: 'numeric',
  });
  seedLabel.append(seed);
  const newSeed = el(
    'button',
    { type: 'button', name: 'newSeed', title: 'Next seed: new draws' },
    'New seed',
  );
  toolbar.append(draw1, draw100, drawMillion, reset, cancel, seedLabel, newSeed);

  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Drawing' });
  progress.hidden = true;
  const status = el('p', { class: 'status', 'aria-live': 'off' });
  const done = el('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });

  const charts = el('div', { class: 'charts' });
  const histBox = el('figure', { class: 'chart' });
  const histogram = el('canvas', { class: 'histogram', role: 'img', 'aria-describedby': 'hist-caption' });
  const histCaption = el('p', { class: 'caption', id: 'hist-caption' });
  histBox.append(histogram, histCaption);
  const traceBox = el('figure', { class: 'chart' });
  const trace = el('canvas', { class: 'trace', role: 'img', 'aria-describedby': 'trace-caption' });
  const traceCaption = el('p', { class: 'caption', id: 'trace-caption' });
  traceBox.append(trace, traceCaption);
  charts.append(histBox, traceBox);

  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only formula-text' });
  formulaWrap.append(formula, formulaText);

  const keys = el(
    'p',
    { class: 'hint' },
    'Keys inside the widget: 1 draws one, 2 a hundred, 3 a million, r starts over. Sliders: arrow keys, Shift for big steps, Alt for fine ones.',
  );
  layout.append(top, toolbar, progress, status, done, charts, formulaWrap, keys);
  return {
    layout,
    picker,
    params,
    weights,
    draw1,
    draw100,
    drawMillion,
    reset,
    cancel,
    seed,
    newSeed,
    progress,
    status,
    done,
    histogram,
    trace,
    histCaption,
    traceCaption,
    formula,
    formulaText,
  };
}
