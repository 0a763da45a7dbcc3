/**
 * The data editor's controls (text only, never HTML strings): the class picker, the presets, the
 * CSV box (the current data, editable; paste or type, then Apply), Clear, and a line that says
 * which point is selected. A widget puts `toolbar` where it likes.
 */
import { el } from '../dom';
import { MAX_CLASSES } from '../../math/ml/points';
import { PRESETS } from './presets';

export interface DataEditorDom {
  readonly toolbar: HTMLDivElement;
  readonly classes: HTMLDivElement;
  readonly classButtons: readonly HTMLButtonElement[];
  readonly presets: HTMLSelectElement;
  readonly csv: HTMLDetailsElement;
  readonly csvText: HTMLTextAreaElement;
  readonly csvApply: HTMLButtonElement;
  readonly clear: HTMLButtonElement;
  readonly status: HTMLParagraphElement;
  readonly keysHint: HTMLParagraphElement;
}

export const CLASS_NAMES = ['class 0', 'class 1', 'class 2'] as const;

export function buildDataEditorDom(presetIds: readonly string[], hintId: string): DataEditorDom {
  const toolbar = el('div', { class: 'data-editor' });
  const classes = el('div', { class: 'classes', role: 'group', 'aria-label': 'Class of new points' });
  const classButtons = Array.from({ length: MAX_CLASSES }, (_, k) => {
    const b = el('button', {
      type: 'button',
      name: `class-${k}`,
      'data-class': String(k),
      'aria-pressed': String(k === 0),
    });
    b.append(
      el('span', { class: 'swatch', 'aria-hidden': 'true' }),
      document.createTextNode(CLASS_NAMES[k] as string),
    );
    return b;
  });
  classes.append(el('span', { class: 'label' }, 'New points:'), ...classButtons);
  const presets = el('select', { name: 'presets', 'aria-label': 'Load a data set' });
  presets.append(el('option', { value: '' }, 'Data sets…'));
  for (const id of presetIds) {
    const p = PRESETS[id];
    if (p) presets.append(el('option', { value: id }, p.label));
  }
  const clear = el('button', { type: 'button', name: 'clear' }, 'Clear');
  const csv = el('details', { class: 'csv' });
  const summary = el('summary', {}, 'Data as CSV (paste, drop or edit)');
  const csvText = el('textarea', {
    name: 'csv',
    rows: '6',
    spellcheck: 'false',
    'aria-label': 'The data as CSV: one point per line, x,y or x,y,class; a header line is optional',
  });
  const csvApply = el('button', { type: 'button', name: 'csv-apply' }, 'Apply CSV');
  csv.append(summary, csvText, csvApply);
  const row = el('div', { class: 'row' });
  row.append(presets, clear);
  const status = el('p', { class: 'status', 'aria-live': 'polite' });
  const keysHint = el(
    'p',
    { class: 'sr-only', id: hintId },
    'Click or tap to add a point, drag a point to move it. Keyboard: arrow keys move the cross (or the selected point; Shift: coarse, Alt: fine), Enter adds a point at the cross, Page Down and Page Up select the next or previous point, Delete removes it, Escape lets go, 0 1 2 pick the class. Paste CSV here with Ctrl+V, or drop a CSV file.',
  );
  toolbar.append(classes, row, csv, status, keysHint);
  return { toolbar, classes, classButtons, presets, csv, csvText, csvApply, clear, status, keysHint };
}

export const DATA_EDITOR_CSS = `
.data-editor { display: grid; gap: 0.45em; }
.data-editor .classes { display: flex; flex-wrap: wrap; gap: 0.35em; align-items: center; }
.data-editor .classes[hidden] { display: none; }
.data-editor .swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 0.35em; vertical-align: -0.05em; border: 1px solid var(--w-fg); }
.data-editor [data-class="0"] .swatch { background: var(--w-j); }
.data-editor [data-class="1"] .swatch { background: var(--w-i); }
.data-editor [data-class="2"] .swatch { background: var(--w-k); }
.data-editor .row { display: flex; flex-wrap: wrap; gap: 0.4em; }
.data-editor select { max-width: 100%; }
.data-editor details summary { cursor: pointer; }
.data-editor textarea {
  display: block; width: 100%; margin: 0.4em 0; font: 0.85em/1.4 ui-monospace, SFMono-Regular, Menlo, monospace;
  color: var(--w-fg); background: var(--w-surface); border: calc(1px * var(--w-line-scale)) solid var(--w-border); border-radius: 6px; padding: 0.4em;
}
.data-editor .status { margin: 0; color: var(--w-muted); min-height: 1.45em; }
.data-surface { touch-action: none; cursor: crosshair; }
.data-surface.drop { outline: calc(3px * var(--w-line-scale)) dashed var(--w-accent); outline-offset: -3px; }
`;
