/**
 * Builds the static DOM of `<lumen-plane>` (text only, never HTML strings) and hands back the
 * elements the element class wires up. DOM order is the Tab order: the handles on the plot, then
 * the predict buttons, then the matrix input, presets, Play and the time slider, eigenvectors.
 */
import { PRESETS, PRESET_LABELS, DEFAULT_ANGLE, type HandleName } from './model';

export interface PlaneDom {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly handles: Readonly<Record<HandleName, HTMLDivElement>>;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly formulaWrap: HTMLDivElement;
  readonly readoutDet: HTMLParagraphElement;
  readonly readoutEigen: HTMLParagraphElement;
  readonly predict: HTMLDivElement;
  readonly predictResult: HTMLParagraphElement;
  readonly reveal: HTMLButtonElement;
  readonly again: HTMLButtonElement;
  readonly controls: HTMLDivElement;
  readonly matrix: HTMLInputElement;
  readonly matrixError: HTMLParagraphElement;
  readonly preset: HTMLSelectElement;
  readonly angle: HTMLInputElement;
  readonly angleError: HTMLParagraphElement;
  readonly play: HTMLButtonElement;
  readonly t: HTMLInputElement;
  readonly eigen: HTMLInputElement;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const HANDLE_NAMES: Readonly<Record<HandleName, string>> = {
  i: 'î tip',
  j: 'ĵ tip',
  guess: 'Your guess for where î lands',
};

export function buildPlaneDom(): PlaneDom {
  const layout = el('div', { class: 'layout' });

  // ---- plot
  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', { role: 'img', 'aria-label': 'The plane' });
  const keysHelp = el(
    'p',
    { class: 'sr-only', id: 'handle-keys' },
    'Arrow keys move the point by 0.1, Shift with an arrow by 1, Alt with an arrow by 0.01.',
  );
  const handle = (name: HandleName): HTMLDivElement =>
    el('div', {
      class: 'handle',
      'data-handle': name,
      tabindex: '0',
      role: 'button',
      'aria-roledescription': 'draggable point',
      'aria-label': HANDLE_NAMES[name],
      'aria-describedby': 'handle-keys',
    });
  const handles = { i: handle('i'), j: handle('j'), guess: handle('guess') };
  plot.append(canvas, handles.i, handles.j, handles.guess, keysHelp);

  // ---- side: formula, readouts, predict, controls
  const side = el('div', { class: 'side' });
  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);

  const readouts = el('div', { class: 'readouts' });
  const readoutDet = el('p', { class: 'readout-det' });
  const readoutEigen = el('p', { class: 'readout-eigen' });
  readouts.append(readoutDet, readoutEigen);

  const predict = el('div', { class: 'predict' });
  const predictIntro = el(
    'p',
    {},
    'Predict first: drag the dashed ring to where you think î lands under this matrix, then press Reveal.',
  );
  const reveal = el('button', { type: 'button', name: 'reveal', class: 'primary' }, 'Reveal');
  const again = el('button', { type: 'button', name: 'again' }, 'Try again');
  const predictButtons = el('div', { class: 'buttons' });
  predictButtons.append(reveal, again);
  const predictResult = el('p', { class: 'predict-result' });
  predict.append(predictIntro, predictButtons, predictResult);

  const controls = el('div', { class: 'controls' });

  const matrixField = el('div', { class: 'field' });
  const matrixLabel = el('label', { for: 'matrix-input' }, 'Matrix');
  const matrix = el('input', {
    type: 'text',
    name: 'matrix',
    id: 'matrix-input',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'off',
    'aria-describedby': 'matrix-hint matrix-error',
  });
  const matrixHint = el('p', { class: 'hint', id: 'matrix-hint' }, 'Rows split by ";", e.g. 1 2; 3 4. Enter applies.');
  const matrixError = el('p', { class: 'input-error', id: 'matrix-error' });
  matrixField.append(matrixLabel, matrix, matrixHint, matrixError);

  const presetRow = el('div', { class: 'row' });
  const presetLabel = el('label', {}, 'Preset ');
  const preset = el('select', { name: 'preset' });
  preset.append(el('option', { value: 'custom', disabled: '' }, 'Custom'));
  for (const p of PRESETS) preset.append(el('option', { value: p }, PRESET_LABELS[p]));
  presetLabel.append(preset);
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
  presetRow.append(presetLabel, angleLabel, angleError);

  const playRow = el('div', { class: 'row' });
  const play = el('button', { type: 'button', name: 'play', class: 'primary' }, 'Play');
  const tLabel = el('label', {}, 'Time ');
  const t = el('input', {
    type: 'range',
    name: 't',
    min: '0',
    max: '1',
    step: '0.01',
    'aria-label': 'Time from the identity (0) to the matrix (1)',
  });
  tLabel.append(t);
  playRow.append(play, tLabel);

  const eigenRow = el('div', { class: 'row' });
  const eigenLabel = el('label', {});
  const eigen = el('input', { type: 'checkbox', name: 'eigen' });
  eigenLabel.append(eigen, document.createTextNode('Eigenvectors'));
  eigenRow.append(eigenLabel);

  controls.append(matrixField, presetRow, playRow, eigenRow);
  side.append(formulaWrap, readouts, predict, controls);
  layout.append(plot, side);

  return {
    layout,
    plot,
    canvas,
    handles,
    formula,
    formulaText,
    formulaWrap,
    readoutDet,
    readoutEigen,
    predict,
    predictResult,
    reveal,
    again,
    controls,
    matrix,
    matrixError,
    preset,
    angle,
    angleError,
    play,
    t,
    eigen,
  };
}
