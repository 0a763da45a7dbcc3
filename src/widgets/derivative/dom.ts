/**
 * Builds the static DOM of `<lumen-derivative>` (text only, never HTML strings) and hands back the
 * elements the element class wires up. DOM order is the Tab order: the handles on the plot, then
 * the formula, the predict panel and the controls. The sliders' ranges come from the property
 * table (bindLogRange), not from here.
 */
import { el } from '../../ui/dom';
import { buildGuessPanel, type GuessPanel } from '../../ui/guess-field';
import { buildFormula, buildHandle, type FormulaBlock } from '../../ui/widget-dom';

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

/** The predict-first panel's parts (see src/ui/guess-field.ts), the formula block, then the widget's own. */
export interface DerivativeDom extends GuessPanel, FormulaBlock {
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
  readonly readout: HTMLParagraphElement;
  readonly functions: HTMLDivElement;
  readonly fName: HTMLSpanElement;
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

export function fillPresets(select: HTMLSelectElement, list: readonly string[]): void {
  const first = el('option', { value: '' }, 'Presets…');
  select.replaceChildren(first, ...list.map((p) => el('option', { value: p }, p)));
  select.value = '';
}

/** One function: "name = [field] [presets]" (`f` or `g`). */
function functionRow(name: 'f' | 'g', shown: string) {
  const row = el('div', { class: 'row' });
  const label = el('label', { class: 'fn' });
  const fnName = el('span', { class: 'fn-name' }, `${shown} =`);
  const input = el('input', {
    type: 'text',
    name,
    spellcheck: 'false',
    autocomplete: 'off',
    autocapitalize: 'off',
  });
  label.append(fnName, input);
  const presets = el('select', { name: `${name}-presets`, 'aria-label': `Preset functions for ${name}` });
  row.append(label, presets);
  return { row, fnName, input, presets };
}

/** A log-scale slider in a label, and its readout. */
function logSlider(name: string, label: string) {
  const input = el('input', { type: 'range', name, 'aria-label': `${label} (log scale)` });
  const wrap = el('label', {}, name);
  wrap.append(input);
  return { wrap, input, value: el('output', { class: 'value' }) };
}

const button = (name: string, text: string, attrs: Record<string, string> = {}): HTMLButtonElement =>
  el('button', { type: 'button', name, ...attrs }, text);

export function buildDerivativeDom(): DerivativeDom {
  const layout = el('div', { class: 'layout' });
  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', { 'aria-hidden': 'true' });
  const handles = {
    point: buildHandle('point', 'Point x0 on the curve: arrow keys move it (Shift: faster, Alt: finer)'),
    secant: buildHandle('secant', 'End of the secant, x0 + h: arrow keys make h bigger or smaller'),
    x: buildHandle('x', 'The input x: arrow keys move it (Shift: faster, Alt: finer)'),
    nudge: buildHandle('nudge', 'Size of the nudge dx: arrow keys make it bigger or smaller'),
  };
  plot.append(canvas, handles.point, handles.secant, handles.x, handles.nudge);

  const side = el('div', { class: 'side' });
  const formula = buildFormula();
  const readout = el('p', { class: 'readout' });
  const panel = buildGuessPanel({ label: 'Your guess', again: 'Try another guess', size: '8' });
  panel.predict.setAttribute('role', 'group');
  panel.predict.setAttribute('aria-label', 'Predict first');

  const functions = el('div', { class: 'functions' });
  const f = functionRow('f', 'f(x)');
  const g = functionRow('g', 'g(x)');
  fillPresets(g.presets, PRESETS_G);
  const functionError = el('p', { class: 'input-error function-error', role: 'alert' });
  functions.append(g.row, f.row, functionError);

  const tangentControls = el('div', { class: 'controls' });
  const h = logSlider('h', 'Secant step h');
  const shrink = button('shrink', 'Shrink h → 0');
  const hRow = el('div', { class: 'row' });
  hRow.append(h.wrap, h.value, shrink);
  const zoomOut = button('zoom-out', '−', { 'aria-label': 'Zoom out' });
  const zoomIn = button('zoom-in', '+', { 'aria-label': 'Zoom in' });
  const zoomReset = button('zoom-reset', 'Reset zoom');
  const zoomValue = el('output', { class: 'value' });
  const zoomRow = el('div', { class: 'row' });
  zoomRow.append(el('span', { class: 'row-name' }, 'Zoom'), zoomOut, zoomIn, zoomReset, zoomValue);
  tangentControls.append(hRow, zoomRow);

  const chainControls = el('div', { class: 'controls' });
  const dx = logSlider('dx', 'Nudge size dx');
  const nudge = button('nudge', 'Nudge x', { class: 'primary' });
  const dxRow = el('div', { class: 'row' });
  dxRow.append(nudge, dx.wrap, dx.value);
  chainControls.append(dxRow);

  const hint = el('p', { class: 'hint' });
  side.append(formula.formulaWrap, readout, panel.predict, functions, tangentControls, chainControls, hint);
  layout.append(plot, side);
  return {
    ...panel,
    ...formula,
    layout,
    plot,
    canvas,
    handles,
    side,
    readout,
    functions,
    fName: f.fnName,
    f: f.input,
    fPresets: f.presets,
    gRow: g.row,
    g: g.input,
    gPresets: g.presets,
    functionError,
    tangentControls,
    h: h.input,
    hValue: h.value,
    shrink,
    zoomIn,
    zoomOut,
    zoomReset,
    zoomValue,
    chainControls,
    nudge,
    dx: dx.input,
    dxValue: dx.value,
    hint,
  };
}
