/**
 * Builds the static DOM of `<lumen-space>` (text only, never HTML strings) and hands back the
 * elements the element class wires up. DOM order is the Tab order: the 3D view, the three tip
 * handles, then the predict-first guess, the matrix input, presets, Play and the time slider, the
 * cross product, the view buttons. The canvas itself is not built here: the element makes a fresh one each time it
 * creates a WebGL context (a context that was given back cannot be taken again).
 */
import { BASIS, PRESETS3, PRESET3_LABELS, type Basis } from './model';
import { CROSS_PAIRS } from './props';
import { BASIS_NAMES, CROSS_LABELS } from './words';
import { el } from '../../ui/dom';
import { buildFormula, buildHandle, buildMatrixField, buildPlayRow } from '../../ui/widget-dom';

export interface SpaceDom {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  /** Holds the canvas; focusable, it takes the view keys. */
  readonly stage: HTMLDivElement;
  readonly glMessage: HTMLParagraphElement;
  readonly handles: Readonly<Record<Basis, HTMLDivElement>>;
  readonly axisLabels: Readonly<Record<'x' | 'y' | 'z', HTMLSpanElement>>;
  readonly crossLabel: HTMLSpanElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly formulaWrap: HTMLDivElement;
  readonly readoutDet: HTMLParagraphElement;
  readonly readoutCross: HTMLParagraphElement;
  readonly predict: HTMLDivElement;
  readonly guess: HTMLInputElement;
  readonly guessError: HTMLParagraphElement;
  readonly reveal: HTMLButtonElement;
  readonly again: HTMLButtonElement;
  readonly predictResult: HTMLParagraphElement;
  readonly controls: HTMLDivElement;
  readonly matrix: HTMLInputElement;
  readonly matrixError: HTMLParagraphElement;
  readonly preset: HTMLSelectElement;
  readonly play: HTMLButtonElement;
  readonly t: HTMLInputElement;
  readonly cross: HTMLSelectElement;
  readonly zoomIn: HTMLButtonElement;
  readonly zoomOut: HTMLButtonElement;
  readonly resetView: HTMLButtonElement;
}

export function buildSpaceDom(): SpaceDom {
  const layout = el('div', { class: 'layout' });

  // ---- plot: the 3D view, labels and handles laid over it
  const plot = el('div', { class: 'plot' });
  const stage = el('div', {
    class: 'stage',
    tabindex: '0',
    role: 'img',
    'aria-roledescription': '3D view',
    'aria-label': 'The 3D view',
    'aria-describedby': 'view-keys',
  });
  const glMessage = el('p', { class: 'gl-message', role: 'note' });
  glMessage.hidden = true;
  const viewKeys = el(
    'p',
    { class: 'sr-only', id: 'view-keys' },
    'Drag, or use the arrow keys, to turn the view; + and − zoom; Home resets the view.',
  );
  const tipKeys = el(
    'p',
    { class: 'sr-only', id: 'tip-keys' },
    'Arrow keys move the tip in x and y, Page Up and Page Down in z: by 0.1, with Shift by 1, with Alt by 0.01.',
  );
  const label = (text: string, cls: string): HTMLSpanElement =>
    el('span', { class: cls, 'aria-hidden': 'true' }, text);
  const axisLabels = {
    x: label('x', 'axis-label'),
    y: label('y', 'axis-label'),
    z: label('z', 'axis-label'),
  };
  const crossLabel = label('', 'cross-label');
  const handle = (name: Basis): HTMLDivElement => {
    const h = buildHandle(name, `${BASIS_NAMES[name]} tip`, { describedBy: 'tip-keys' });
    h.append(el('span', { class: 'tip-name', 'aria-hidden': 'true' }, BASIS_NAMES[name]));
    return h;
  };
  const handles = { i: handle('i'), j: handle('j'), k: handle('k') };
  plot.append(
    stage,
    axisLabels.x,
    axisLabels.y,
    axisLabels.z,
    crossLabel,
    ...BASIS.map((b) => handles[b]),
    glMessage,
    viewKeys,
    tipKeys,
  );

  // ---- side: formula, readouts, controls
  const side = el('div', { class: 'side' });
  const formulaBlock = buildFormula();

  const readouts = el('div', { class: 'readouts' });
  const readoutDet = el('p', { class: 'readout-det' });
  const readoutCross = el('p', { class: 'readout-cross' });
  readouts.append(readoutDet, readoutCross);

  const predict = el('div', { class: 'predict' });
  const predictIntro = el(
    'p',
    {},
    'Predict first: by what signed factor will A change volumes? Type your guess for det A (negative if A turns space inside out), then press Reveal.',
  );
  const guessField = el('div', { class: 'field' });
  const guessLabel = el('label', { for: 'guess-input' }, 'Your guess for det A');
  const guess = el('input', {
    type: 'text',
    name: 'guess',
    id: 'guess-input',
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'guess-error',
  });
  const guessError = el('p', { class: 'input-error', id: 'guess-error' });
  guessField.append(guessLabel, guess, guessError);
  const reveal = el('button', { type: 'button', name: 'reveal', class: 'primary' }, 'Reveal');
  const again = el('button', { type: 'button', name: 'again' }, 'Try again');
  const predictButtons = el('div', { class: 'buttons' });
  predictButtons.append(reveal, again);
  const predictResult = el('p', { class: 'predict-result' });
  predict.append(predictIntro, guessField, predictButtons, predictResult);

  const controls = el('div', { class: 'controls' });

  const { matrixField, matrix, matrixError } = buildMatrixField(
    'Matrix',
    'Rows split by ";", e.g. 2 0 0; 0 3 0; 0 0 4. Enter applies.',
  );

  const presetRow = el('div', { class: 'row' });
  const presetLabel = el('label', {}, 'Preset ');
  const preset = el('select', { name: 'preset' });
  preset.append(el('option', { value: 'custom', disabled: '' }, 'Custom'));
  for (const p of PRESETS3) preset.append(el('option', { value: p }, PRESET3_LABELS[p]));
  presetLabel.append(preset);
  presetRow.append(presetLabel);

  const { playRow, play, t } = buildPlayRow();

  const crossRow = el('div', { class: 'row' });
  const crossLabelText = el('label', {}, 'Cross product ');
  const cross = el('select', { name: 'cross' });
  for (const c of CROSS_PAIRS) cross.append(el('option', { value: c }, CROSS_LABELS[c]));
  crossLabelText.append(cross);
  crossRow.append(crossLabelText);

  const viewRow = el('div', { class: 'row view-row', role: 'group', 'aria-label': 'View' });
  const zoomIn = el('button', { type: 'button', name: 'zoom-in', 'aria-label': 'Zoom in' }, '+');
  const zoomOut = el('button', { type: 'button', name: 'zoom-out', 'aria-label': 'Zoom out' }, '−');
  const resetView = el('button', { type: 'button', name: 'reset-view' }, 'Reset view');
  viewRow.append(zoomIn, zoomOut, resetView);

  controls.append(matrixField, presetRow, playRow, crossRow, viewRow);
  side.append(formulaBlock.formulaWrap, readouts, predict, controls);
  layout.append(plot, side);

  return {
    layout,
    plot,
    stage,
    glMessage,
    handles,
    axisLabels,
    crossLabel,
    ...formulaBlock,
    readoutDet,
    readoutCross,
    predict,
    guess,
    guessError,
    reveal,
    again,
    predictResult,
    controls,
    matrix,
    matrixError,
    preset,
    play,
    t,
    cross,
    zoomIn,
    zoomOut,
    resetView,
  };
}
