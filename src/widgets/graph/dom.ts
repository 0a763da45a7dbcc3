/**
 * The static DOM of `<lumen-graph>` (text only, never HTML strings). DOM order is the Tab order:
 * the program editor, the predict-first question, the step buttons, the graph's nodes (one Tab
 * stop; the arrow keys move inside), then the gradient check.
 */
import { el, keyButton } from '../../ui/dom';
import { buildFormula } from '../../ui/widget-dom';
import { buildGuessPanel, type GuessPanel } from '../../ui/guess-field';
import type { GradientCheck } from '../../math/autodiff/check';
import { checkSummary, errorNum, longNum } from './words';

/** The predict-first panel's parts (see src/ui/guess-field.ts), then the widget's own. */
export interface GraphDom extends GuessPanel {
  readonly layout: HTMLDivElement;
  readonly editor: HTMLDivElement;
  readonly program: HTMLTextAreaElement;
  readonly programError: HTMLParagraphElement;
  readonly back: HTMLButtonElement;
  readonly next: HTMLButtonElement;
  readonly all: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
  readonly check: HTMLButtonElement;
  readonly local: HTMLInputElement;
  readonly fit: HTMLButtonElement;
  readonly status: HTMLParagraphElement;
  readonly graph: HTMLDivElement;
  readonly svg: SVGSVGElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly checkResult: HTMLDivElement;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function buildGraphDom(): GraphDom {
  const layout = el('div', { class: 'layout' });

  // ---- editor and the predict-first question, side by side when there is room
  const top = el('div', { class: 'top' });
  const editor = el('div', { class: 'editor' });
  const programLabel = el('label', { for: 'program-input' }, 'Program');
  const program = el('textarea', {
    name: 'program',
    id: 'program-input',
    rows: '7',
    spellcheck: 'false',
    autocomplete: 'off',
    autocapitalize: 'off',
    'aria-describedby': 'program-hint program-error',
  });
  const hint = el(
    'p',
    { class: 'hint', id: 'program-hint' },
    'One assignment per line, over numbers and names: + − * / ^ (by a number), exp log tanh relu sigmoid. The last line is the output.',
  );
  const programError = el('p', { class: 'program-error', id: 'program-error', role: 'alert' });
  editor.append(programLabel, program, hint, programError);

  const { predict, question, guess, reveal, again, guessError, predictResult } = buildGuessPanel({
    label: 'Your guess ',
    again: 'Try again',
  });
  top.append(editor, predict);

  // ---- steps
  const toolbar = el('div', {
    class: 'toolbar',
    role: 'toolbar',
    'aria-label': 'Run the program step by step',
  });
  const back = keyButton('back', '◀ Back', 'b');
  const next = keyButton('next', 'Next step ▶', 'n', true);
  const all = keyButton('all', 'Run all', 'a');
  const reset = keyButton('reset', 'Reset', 'r');
  const check = keyButton('check', 'Check gradients', 'c');
  const localLabel = el('label', { class: 'toggle' });
  const local = el('input', { type: 'checkbox', name: 'local' });
  localLabel.append(local, document.createTextNode('Local derivatives'));
  const fit = el('button', { type: 'button', name: 'fit', 'aria-pressed': 'false' }, 'Fit width');
  toolbar.append(back, next, all, reset, check, localLabel, fit);
  const status = el('p', { class: 'step-status' });

  // ---- the graph
  const graph = el('div', { class: 'graph' });
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('role', 'listbox');
  svg.setAttribute('aria-label', 'Computation graph: one node per input and per operation');
  svg.setAttribute('aria-describedby', 'graph-keys');
  const keys = el(
    'p',
    { class: 'hint keys', id: 'graph-keys' },
    'Keys: n next step, b back, a run all, r reset, c check. On the graph, arrow keys move between nodes (← operand, → user), Home and End jump to the first input and the output.',
  );
  graph.append(svg);

  // ---- formula and the gradient check
  const { formulaWrap, formula, formulaText } = buildFormula();
  const checkResult = el('div', { class: 'check-result', 'aria-live': 'polite' });

  layout.append(top, toolbar, status, graph, keys, formulaWrap, checkResult);
  return {
    layout,
    editor,
    program,
    programError,
    predict,
    question,
    guess,
    guessError,
    reveal,
    again,
    predictResult,
    back,
    next,
    all,
    reset,
    check,
    local,
    fit,
    status,
    graph,
    svg,
    formulaWrap,
    formula,
    formulaText,
    checkResult,
  };
}

/** The gradient check: a table with one row per input, then the sentence that sums it up. */
export function checkResult(rows: readonly GradientCheck[]): HTMLElement[] {
  const table = el('table');
  const head = el('tr');
  for (const t of ['input', 'backprop', 'finite difference', 'error', ''])
    head.append(el('th', { scope: 'col' }, t));
  table.append(el('caption', {}, 'Gradient check: backprop against (f(x + h) − f(x − h)) / 2h'), head);
  for (const c of rows) {
    const tr = el('tr', { 'data-input': c.input });
    tr.append(
      el('th', { scope: 'row' }, c.input),
      el('td', {}, longNum(c.grad)),
      el('td', {}, c.numeric === undefined ? '—' : longNum(c.numeric)),
      el('td', {}, c.error === undefined ? '—' : errorNum(c.error)),
      el(
        'td',
        { class: c.agrees ? 'agree' : 'disagree' },
        c.agrees ? '✓ agree' : c.numeric === undefined ? 'no value' : '✗ differ',
      ),
    );
    table.append(tr);
  }
  return [table, el('p', {}, checkSummary(rows))];
}

/** The editor grows with the program (3 to 14 lines), so a short program does not sit in a big empty box. */
export function fitRows(area: HTMLTextAreaElement): void {
  const rows = String(Math.max(3, Math.min(14, area.value.split('\n').length + 1)));
  if (area.getAttribute('rows') !== rows) area.setAttribute('rows', rows);
}
