/**
 * Builds the static DOM of `<lumen-derivative>` (text only, never HTML strings) and hands back the
 * elements the element class wires up. DOM order is the Tab order: the handles on the plot, then
 * the formula, the predict panel and the controls.
 */
import { el } from '../../ui/dom';
import type { GuessPanel } from '../../ui/guess-field';

/** Preset functions, as typed (the first word is what the menu shows). */
export const PRESETS_F_TANGENT = [
  'x^3 - 2*x',
  'x^2',
  'exp(x)',
  'log(x)',
  'tanh(2*x)',
  'sigmoid(x)',
  'relu(x)',
  '1 / x',
  'x^3 - 3*x^2 + 2',
] as const;
export const PRESETS_F_CHAIN = [
  'u^2',
  'u^3',
  'sigmoid(u)',
  'tanh(u)',
  'exp(u)',
  'log(u)',
  '3*u + 1',
] as const;
export const PRESETS_G = ['x^2', '2*x + 1', '3*x', 'exp(x)', 'tanh(x)', 'x^3 - x', '1 / x'] as const;

/** The predict-first panel's parts (see src/ui/guess-field.ts), then the widget's own. */
export interface DerivativeDom extends GuessPanel {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly handles: {
    readonly point: HTMLDivElement;
    readonly secant: HTMLDivElement;
    readonly x: HTMLDivElement;
    readonly nudge: HTMLDivElement;
  };
  readonly side: HTMLDivElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  /** The formula for a slim column (CSS shows one of the two). */
  readonly formulaNarrow: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly readout: HTMLParagraphElement;
  readonly functions: HTMLDivElement;
  readonly fLabel: HTMLLabelElement;
  readonly f: HTMLInputElement;
  readonly fPresets: HTMLSelectElement;
  readonly gRow: HTMLDivElement;
  readonly g: HTMLInputElement;
  readonly gPresets: HTMLSelectElement;
  readonly functionError: HTMLParagraphElement;
  readonly tangentControls: HTMLDivElement;
  readonly h: HTMLInputElement;
  readonly hValue: HTMLOutputElement;
  readonly shrink: HTMLButtonElement;
  readonly zoomIn: HTMLButtonElement;
  readonly zoomOut: HTMLButtonElement;
  readonly zoomReset: HTMLButtonElement;
  readonly zoomValue: HTMLOutputElement;
  readonly chainControls: HTMLDivElement;
  readonly nudge: HTMLButtonElement;
  readonly dx: HTMLInputElement;
  readonly dxValue: HTMLOutputElement;
  readonly hint: HTMLParagraphElement;
}

function handle(name: string, label: string): HTMLDivElement {
  return el('div', {
    class: 'handle',
    'data-handle': name,
    tabindex: '0',
    role: 'button',
    'aria-roledescription': 'draggable point',
    'aria-label': label,
  });
}

function presetSelect(name: string, label: string): HTMLSelectElement {
  return el('select', { name, 'aria-label': label });
}

export function fillPresets(select: HTMLSelectElement, list: readonly string[]): void {
  const first = el('option', { value: '' }, 'Presets…');
  select.replaceChildren(first, ...list.map((p) => el('option', { value: p }, p)));
  select.value = '';
}

export function buildDerivativeDom(): DerivativeDom {
  const layout = el('div', { class: 'layout' });
  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', { 'aria-hidden': 'true' });
  const handles = {
    point: handle('point', 'Point x0 on the curve: arrow keys move it (Shift: faster, Alt: finer)'),
    secant: handle('secant', 'End of the secant, x0 + h: arrow keys make h bigger or smaller'),
    x: handle('x', 'The input x: arrow keys move it (Shift: faster, Alt: finer)'),
    nudge: handle('nudge', 'Size of the nudge dx: arrow keys make it bigger or smaller'),
  };
  plot.append(canvas, handles.point, handles.secant, handles.x, handles.nudge);

  const side = el('div', { class: 'side' });
  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula formula-wide', 'aria-hidden': 'true' });
  const formulaNarrow = el('div', { class: 'formula formula-narrow', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only formula-text' });
  formulaWrap.append(formula, formulaNarrow, formulaText);
  const readout = el('p', { class: 'readout' });

  const predict = el('div', { class: 'predict', role: 'group', 'aria-label': 'Predict first' });
  const question = el('p', { class: 'question' });
  const guessRow = el('div', { class: 'row' });
  const guessLabel = el('label', {}, 'Your guess');
  const guess = el('input', {
    type: 'text',
    name: 'guess',
    inputmode: 'decimal',
    autocomplete: 'off',
    size: '8',
  });
  guessLabel.append(guess);
  const reveal = el('button', { type: 'button', name: 'reveal', class: 'primary' }, 'Reveal');
  const again = el('button', { type: 'button', name: 'again' }, 'Try another guess');
  guessRow.append(guessLabel, reveal, again);
  const guessError = el('p', { class: 'input-error' });
  const predictResult = el('p', { class: 'predict-result', role: 'status' });
  predict.append(question, guessRow, guessError, predictResult);

  const functions = el('div', { class: 'functions' });
  const fRow = el('div', { class: 'row' });
  const fLabel = el('label', { class: 'fn' });
  const fName = el('span', { class: 'fn-name' }, 'f(x) =');
  const f = el('input', {
    type: 'text',
    name: 'f',
    spellcheck: 'false',
    autocomplete: 'off',
    autocapitalize: 'off',
  });
  fLabel.append(fName, f);
  const fPresets = presetSelect('f-presets', 'Preset functions for f');
  fRow.append(fLabel, fPresets);
  const gRow = el('div', { class: 'row' });
  const gLabel = el('label', { class: 'fn' });
  gLabel.append(el('span', { class: 'fn-name' }, 'g(x) ='));
  const g = el('input', {
    type: 'text',
    name: 'g',
    spellcheck: 'false',
    autocomplete: 'off',
    autocapitalize: 'off',
  });
  gLabel.append(g);
  const gPresets = presetSelect('g-presets', 'Preset functions for g');
  fillPresets(gPresets, PRESETS_G);
  gRow.append(gLabel, gPresets);
  const functionError = el('p', { class: 'input-error function-error', role: 'alert' });
  functions.append(gRow, fRow, functionError);

  const tangentControls = el('div', { class: 'controls' });
  const hRow = el('div', { class: 'row' });
  const hLabel = el('label', {}, 'h');
  const h = el('input', {
    type: 'range',
    name: 'h',
    min: '-6',
    max: '1',
    step: '0.01',
    'aria-label': 'Secant step h (log scale)',
  });
  hLabel.append(h);
  const hValue = el('output', { class: 'value' });
  const shrink = el('button', { type: 'button', name: 'shrink' }, 'Shrink h → 0');
  hRow.append(hLabel, hValue, shrink);
  const zoomRow = el('div', { class: 'row' });
  const zoomOut = el('button', { type: 'button', name: 'zoom-out', 'aria-label': 'Zoom out' }, '−');
  const zoomIn = el('button', { type: 'button', name: 'zoom-in', 'aria-label': 'Zoom in' }, '+');
  const zoomReset = el('button', { type: 'button', name: 'zoom-reset' }, 'Reset zoom');
  const zoomValue = el('output', { class: 'value' });
  zoomRow.append(el('span', { class: 'row-name' }, 'Zoom'), zoomOut, zoomIn, zoomReset, zoomValue);
  tangentControls.append(hRow, zoomRow);

  const chainControls = el('div', { class: 'controls' });
  const dxRow = el('div', { class: 'row' });
  const dxLabel = el('label', {}, 'dx');
  const dx = el('input', {
    type: 'range',
    name: 'dx',
    min: '-3',
    max: '0.301',
    step: '0.01',
    'aria-label': 'Nudge size dx (log scale)',
  });
  dxLabel.append(dx);
  const dxValue = el('output', { class: 'value' });
  const nudge = el('button', { type: 'button', name: 'nudge', class: 'primary' }, 'Nudge x');
  dxRow.append(nudge, dxLabel, dxValue);
  chainControls.append(dxRow);

  const hint = el('p', { class: 'hint' });
  side.append(formulaWrap, readout, predict, functions, tangentControls, chainControls, hint);
  layout.append(plot, side);
  return {
    layout,
    plot,
    canvas,
    handles,
    side,
    formulaWrap,
    formula,
    formulaNarrow,
    formulaText,
    readout,
    predict,
    question,
    guess,
    reveal,
    again,
    guessError,
    predictResult,
    functions,
    fLabel,
    f,
    fPresets,
    gRow,
    g,
    gPresets,
    functionError,
    tangentControls,
    h,
    hValue,
    shrink,
    zoomIn,
    zoomOut,
    zoomReset,
    zoomValue,
    chainControls,
    nudge,
    dx,
    dxValue,
    hint,
  };
}
