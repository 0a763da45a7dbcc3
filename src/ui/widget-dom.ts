/**
 * DOM pieces that several widgets build the same way (text only, never HTML strings): a draggable
 * handle on a plot, the live formula block, and a typed matrix field with its hint and error line.
 * One spelling of their classes, roles and ARIA links, so the shared CSS (src/ui/widget-css.ts)
 * and the controllers (Handles, FormulaView, bindTypedField) meet the same markup everywhere.
 */
import { el } from './dom';

export interface HandleOptions {
  /** What a screen reader calls it (default "draggable point"). */
  readonly role?: string;
  /** The id of the sr-only line that says which keys move it. */
  readonly describedBy?: string;
  readonly hidden?: boolean;
}

/** A focusable handle over a plot (Handles in src/ui/handles.ts moves and places it). */
export function buildHandle(name: string, label: string, o: HandleOptions = {}): HTMLDivElement {
  const attrs: Record<string, string> = {
    class: 'handle',
    'data-handle': name,
    tabindex: '0',
    role: 'button',
    'aria-roledescription': o.role ?? 'draggable point',
    'aria-label': label,
  };
  if (o.describedBy) attrs['aria-describedby'] = o.describedBy;
  if (o.hidden) attrs.hidden = '';
  return el('div', attrs);
}

export interface FormulaBlock {
  readonly formulaWrap: HTMLDivElement;
  /** Where KaTeX draws (aria-hidden: the words line carries the meaning). */
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
}

/** The live formula and its screen-reader words (FormulaView in src/ui/formula-view.ts fills it). */
export function buildFormula(): FormulaBlock {
  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only formula-text' });
  formulaWrap.append(formula, formulaText);
  return { formulaWrap, formula, formulaText };
}

export interface MatrixField {
  readonly matrixField: HTMLDivElement;
  readonly matrix: HTMLInputElement;
  readonly matrixError: HTMLParagraphElement;
}

/** A labelled one-line matrix field with its hint and error line (bindTypedField drives it). */
export function buildMatrixField(label: string, hint: string): MatrixField {
  const matrixField = el('div', { class: 'field' });
  const matrix = el('input', {
    type: 'text',
    name: 'matrix',
    id: 'matrix-input',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'off',
    'aria-describedby': 'matrix-hint matrix-error',
  });
  matrixField.append(
    el('label', { for: 'matrix-input' }, label),
    matrix,
    el('p', { class: 'hint', id: 'matrix-hint' }, hint),
  );
  const matrixError = el('p', { class: 'input-error', id: 'matrix-error' });
  matrixField.append(matrixError);
  return { matrixField, matrix, matrixError };
}

export interface PlayRow {
  readonly playRow: HTMLDivElement;
  readonly play: HTMLButtonElement;
  /** The time slider: its range and step come from the property table (`bindRange`). */
  readonly t: HTMLInputElement;
}

/** Play and the time slider beside it, for a widget that moves from the identity to its matrix. */
export function buildPlayRow(timeLabel = 'Time from the identity (0) to the matrix (1)'): PlayRow {
  const playRow = el('div', { class: 'row' });
  const play = el('button', { type: 'button', name: 'play', class: 'primary' }, 'Play');
  const label = el('label', {}, 'Time ');
  const t = el('input', { type: 'range', name: 't', 'aria-label': timeLabel });
  label.append(t);
  playRow.append(play, label);
  return { playRow, play, t };
}
