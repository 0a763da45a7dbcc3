/**
 * Builds the static DOM of `<lumen-plane>` (text only, never HTML strings) and hands back the
 * elements the element class wires up. Every mode's controls are built once and hidden by mode.
 * DOM order is the Tab order: the handles on the plot, then the predict buttons, then the inputs
 * (matrix, presets, second matrix, weights), Play and the time slider, the check boxes.
 */
import { PRESETS, PRESET_LABELS, DEFAULT_ANGLE } from './model';
import { HANDLE_NAMES, type HandleName } from './modes/types';
import { WEIGHT_LIMIT } from './props';
import { el, setHidden } from '../../ui/dom';
import { buildFormula, buildHandle, buildPlayRow } from '../../ui/widget-dom';

export interface MatrixField {
  readonly field: HTMLDivElement;
  /** The row with the preset menu (and, for the first matrix, the rotation angle). */
  readonly presetRow: HTMLDivElement;
  readonly label: HTMLLabelElement;
  readonly input: HTMLInputElement;
  readonly error: HTMLParagraphElement;
  readonly preset: HTMLSelectElement;
}

export interface WeightField {
  readonly range: HTMLInputElement;
  readonly number: HTMLInputElement;
}

export interface PlaneDom {
  readonly layout: HTMLDivElement;
  readonly plots: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly captions: readonly [HTMLParagraphElement, HTMLParagraphElement];
  /** The second plot (mode composition). */
  readonly plot2Wrap: HTMLElement;
  readonly plot2: HTMLDivElement;
  readonly canvas2: HTMLCanvasElement;
  readonly handles: Readonly<Record<HandleName, HTMLDivElement>>;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly formulaWrap: HTMLDivElement;
  readonly readoutDet: HTMLParagraphElement;
  readonly readoutMain: HTMLDivElement;
  readonly predict: HTMLDivElement;
  readonly predictQuestion: HTMLParagraphElement;
  readonly guessError: HTMLParagraphElement;
  readonly predictResult: HTMLParagraphElement;
  readonly reveal: HTMLButtonElement;
  readonly again: HTMLButtonElement;
  readonly controls: HTMLDivElement;
  readonly first: MatrixField;
  readonly second: MatrixField;
  readonly matrix: HTMLInputElement;
  readonly matrixError: HTMLParagraphElement;
  readonly preset: HTMLSelectElement;
  readonly angle: HTMLInputElement;
  readonly angleError: HTMLParagraphElement;
  readonly weights: HTMLDivElement;
  readonly weightA: WeightField;
  readonly weightB: WeightField;
  readonly weightError: HTMLParagraphElement;
  readonly playRow: HTMLDivElement;
  readonly play: HTMLButtonElement;
  readonly t: HTMLInputElement;
  readonly eigenLabel: HTMLLabelElement;
  readonly eigen: HTMLInputElement;
  readonly spacesLabel: HTMLLabelElement;
  readonly spaces: HTMLInputElement;
}

function matrixField(
  name: 'matrix' | 'second',
  label: string,
  presetName: string,
  errorClass: string,
): MatrixField {
  const field = el('div', { class: 'field' });
  const id = `${name}-input`;
  const labelEl = el('label', { for: id }, label);
  const input = el('input', {
    type: 'text',
    name,
    id,
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'off',
    'aria-describedby': `${name}-hint ${name}-error`,
  });
  const hint = el(
    'p',
    { class: 'hint', id: `${name}-hint` },
    'Rows split by ";", e.g. 1 2; 3 4. Enter applies.',
  );
  const error = el('p', { class: errorClass, id: `${name}-error` });
  const presetRow = el('div', { class: 'row' });
  const presetLabel = el('label', {}, 'Preset ');
  const preset = el('select', { name: presetName });
  preset.append(el('option', { value: 'custom', disabled: '' }, 'Custom'));
  for (const p of PRESETS) preset.append(el('option', { value: p }, PRESET_LABELS[p]));
  presetLabel.append(preset);
  presetRow.append(presetLabel);
  field.append(labelEl, input, hint, error);
  return { field, presetRow, label: labelEl, input, error, preset };
}

function weightField(name: 'a' | 'b', vector: 'v' | 'w'): [HTMLDivElement, WeightField] {
  const row = el('div', { class: `row weight weight-${name}` });
  const label = el('label', { for: `${name}-number` }, `${name} (weight of ${vector})`);
  const range = el('input', {
    type: 'range',
    name,
    min: String(-WEIGHT_LIMIT),
    max: String(WEIGHT_LIMIT),
    step: '0.1',
    'aria-label': `Weight ${name} of ${vector}`,
  });
  const number = el('input', {
    type: 'number',
    name: `${name}-number`,
    id: `${name}-number`,
    min: String(-WEIGHT_LIMIT),
    max: String(WEIGHT_LIMIT),
    step: '0.1',
    inputmode: 'decimal',
    'aria-describedby': 'weight-error',
  });
  row.append(label, range, number);
  return [row, { range, number }];
}

export function buildPlaneDom(): PlaneDom {
  const layout = el('div', { class: 'layout' });

  // ---- plots
  const plots = el('div', { class: 'plots' });
  const wrap1 = el('figure', { class: 'plot-wrap' });
  const caption1 = el('p', { class: 'plot-caption', hidden: '' });
  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', { role: 'img', 'aria-label': 'The plane' });
  const keysHelp = el(
    'p',
    { class: 'sr-only', id: 'handle-keys' },
    'Arrow keys move the point by 0.1, Shift with an arrow by 1, Alt with an arrow by 0.01.',
  );
  const handle = (name: HandleName): HTMLDivElement =>
    buildHandle(name, name === 'guess' ? 'Your guess' : `${name} tip`, {
      describedBy: 'handle-keys',
      hidden: true,
    });
  const handles = Object.fromEntries(HANDLE_NAMES.map((n) => [n, handle(n)])) as Record<
    HandleName,
    HTMLDivElement
  >;
  plot.append(canvas, ...HANDLE_NAMES.map((n) => handles[n]), keysHelp);
  wrap1.append(caption1, plot);

  const plot2Wrap = el('figure', { class: 'plot-wrap second', hidden: '' });
  const caption2 = el('p', { class: 'plot-caption' });
  const plot2 = el('div', { class: 'plot' });
  const canvas2 = el('canvas', { role: 'img', 'aria-label': 'The second plane' });
  plot2.append(canvas2);
  plot2Wrap.append(caption2, plot2);
  plots.append(wrap1, plot2Wrap);

  // ---- side: formula, readouts, predict, controls
  const side = el('div', { class: 'side' });
  const formulaBlock = buildFormula();

  const readouts = el('div', { class: 'readouts' });
  const readoutDet = el('p', { class: 'readout-det' });
  const readoutMain = el('div', { class: 'readout-main' });
  readouts.append(readoutDet, readoutMain);

  const predict = el('div', { class: 'predict' });
  const predictQuestion = el('p', { class: 'predict-question' });
  const reveal = el('button', { type: 'button', name: 'reveal', class: 'primary' }, 'Reveal');
  const again = el('button', { type: 'button', name: 'again' }, 'Try again');
  const predictButtons = el('div', { class: 'buttons' });
  predictButtons.append(reveal, again);
  // The guess is a ring on the plot, so this line only says why Reveal cannot score it.
  const guessError = el('p', { class: 'guess-error' });
  const predictResult = el('p', { class: 'predict-result' });
  predict.append(predictQuestion, predictButtons, guessError, predictResult);

  const controls = el('div', { class: 'controls' });
  // Only the first matrix's error is `.input-error` (the DOM contract names that one).
  const first = matrixField('matrix', 'Matrix', 'preset', 'input-error');
  const second = matrixField('second', 'Matrix B', 'second-preset', 'second-error');

  const angleLabel = el('label', {}, 'Rotation θ° ');
  const angle = el('input', {
    type: 'number',
    name: 'angle',
    step: '15',
    value: String(DEFAULT_ANGLE),
    inputmode: 'decimal',
    'aria-describedby': 'angle-error',
  });
  angleLabel.append(angle);
  const angleError = el('p', { class: 'angle-error', id: 'angle-error' });
  first.presetRow.append(angleLabel, angleError);

  const weights = el('div', { class: 'weights' });
  const [rowA, weightA] = weightField('a', 'v');
  const [rowB, weightB] = weightField('b', 'w');
  const weightError = el('p', { class: 'weight-error', id: 'weight-error' });
  weights.append(rowA, rowB, weightError);

  const { playRow, play, t } = buildPlayRow();

  const toggles = el('div', { class: 'row' });
  const eigenLabel = el('label', {});
  const eigen = el('input', { type: 'checkbox', name: 'eigen' });
  eigenLabel.append(eigen, document.createTextNode('Eigenvectors'));
  const spacesLabel = el('label', {});
  const spaces = el('input', { type: 'checkbox', name: 'spaces' });
  spacesLabel.append(spaces, document.createTextNode('Column and null space'));
  toggles.append(eigenLabel, spacesLabel);

  controls.append(first.field, first.presetRow, second.field, second.presetRow, weights, playRow, toggles);
  side.append(formulaBlock.formulaWrap, readouts, predict, controls);
  layout.append(plots, side);

  return {
    layout,
    plots,
    plot,
    canvas,
    captions: [caption1, caption2],
    plot2Wrap,
    plot2,
    canvas2,
    handles,
    ...formulaBlock,
    readoutDet,
    readoutMain,
    predict,
    predictQuestion,
    guessError,
    predictResult,
    reveal,
    again,
    controls,
    first,
    second,
    matrix: first.input,
    matrixError: first.error,
    preset: first.preset,
    angle,
    angleError,
    weights,
    weightA,
    weightB,
    weightError,
    playRow,
    play,
    t,
    eigenLabel,
    eigen,
    spacesLabel,
    spaces,
  };
}

/** The mode's readout paragraphs, rewritten only when their text changed. */
export function setReadouts(
  node: HTMLElement,
  readouts: readonly { text: string; tone?: 'refusal' }[],
): void {
  const key = readouts.map((r) => `${r.tone ?? ''}|${r.text}`).join('\n');
  setHidden(node, readouts.length === 0);
  if (node.dataset.key === key) return;
  node.dataset.key = key;
  node.replaceChildren(...readouts.map((r) => el('p', r.tone ? { class: r.tone } : {}, r.text)));
}
