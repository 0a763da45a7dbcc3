/**
 * Builds the static DOM of `<lumen-svd>` (text only, never HTML strings) and hands back the
 * elements the element class wires up. DOM order is the Tab order: the handles on the plot (the
 * selected point, the keyboard cross, the predict dial), then the side panel.
 */
import { el } from '../../ui/dom';
import { buildFormula, buildHandle, buildMatrixField } from '../../ui/widget-dom';

export interface SvdDom {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly handles: {
    readonly point: HTMLDivElement;
    readonly cursor: HTMLDivElement;
    readonly guess: HTMLDivElement;
  };
  readonly mode: HTMLSelectElement;
  readonly modeRow: HTMLDivElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly predict: HTMLDivElement;
  readonly predictIntro: HTMLParagraphElement;
  readonly reveal: HTMLButtonElement;
  readonly again: HTMLButtonElement;
  readonly guessError: HTMLParagraphElement;
  readonly predictResult: HTMLParagraphElement;
  readonly svdPanel: HTMLDivElement;
  readonly caption: HTMLParagraphElement;
  readonly stageList: HTMLOListElement;
  readonly stages: readonly [HTMLLIElement, HTMLLIElement, HTMLLIElement];
  readonly timeRow: HTMLDivElement;
  readonly previous: HTMLButtonElement;
  readonly play: HTMLButtonElement;
  readonly next: HTMLButtonElement;
  readonly t: HTMLInputElement;
  readonly readoutSigma: HTMLParagraphElement;
  readonly readoutArea: HTMLParagraphElement;
  readonly matrixField: HTMLDivElement;
  readonly matrix: HTMLInputElement;
  readonly matrixError: HTMLParagraphElement;
  readonly pcaPanel: HTMLDivElement;
  readonly bars: HTMLDivElement;
  readonly barFills: readonly [HTMLDivElement, HTMLDivElement];
  readonly barValues: readonly [HTMLSpanElement, HTMLSpanElement];
  readonly readoutExplained: HTMLParagraphElement;
  readonly readoutLink: HTMLParagraphElement;
  readonly cloudControls: HTMLDivElement;
  readonly projection: HTMLInputElement;
  readonly newCloud: HTMLButtonElement;
  readonly clear: HTMLButtonElement;
  readonly remove: HTMLButtonElement;
}

function bar(axis: 1 | 2): { row: HTMLDivElement; fill: HTMLDivElement; value: HTMLSpanElement } {
  const row = el('div', { class: 'bar', 'data-axis': String(axis) });
  const name = el('span', { class: 'bar-name' }, `PC${axis}`);
  const track = el('div', { class: 'bar-track', 'aria-hidden': 'true' });
  const fill = el('div', { class: 'bar-fill' });
  track.append(fill);
  const value = el('span', { class: 'bar-value' });
  row.append(name, track, value);
  return { row, fill, value };
}

export function buildSvdDom(): SvdDom {
  const layout = el('div', { class: 'layout' });

  // ---- plot
  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', { role: 'img', 'aria-label': 'The picture' });
  const pointKeys = el(
    'p',
    { class: 'sr-only', id: 'point-keys' },
    'Arrow keys move the point by 0.1 (Shift: 1, Alt: 0.01). Delete or Backspace removes it. Page Down and Page Up pick the next or previous point.',
  );
  const cursorKeys = el(
    'p',
    { class: 'sr-only', id: 'cursor-keys' },
    'Arrow keys move the cross by 0.1 (Shift: 1, Alt: 0.01); Enter adds a point there.',
  );
  const dialKeys = el(
    'p',
    { class: 'sr-only', id: 'dial-keys' },
    'Arrow keys turn the line by 5 degrees (Shift: 15, Alt: 1).',
  );
  const handles = {
    point: buildHandle('point', 'Selected point', { describedBy: 'point-keys' }),
    cursor: buildHandle('cursor', 'Cross for adding points', {
      describedBy: 'cursor-keys',
      role: 'movable cross',
    }),
    guess: buildHandle('guess', 'Your guess for the direction of the longest stretch', {
      describedBy: 'dial-keys',
      role: 'dial',
    }),
  };
  plot.append(canvas, handles.point, handles.cursor, handles.guess, pointKeys, cursorKeys, dialKeys);

  // ---- side
  const side = el('div', { class: 'side' });

  const modeRow = el('div', { class: 'row mode-row' });
  const modeLabel = el('label', {}, 'Show ');
  const mode = el('select', { name: 'mode' });
  modeLabel.append(mode);
  modeRow.append(modeLabel);

  const formulaBlock = buildFormula();

  const predict = el('div', { class: 'predict' });
  const predictIntro = el('p', { class: 'predict-intro' });
  const reveal = el('button', { type: 'button', name: 'reveal', class: 'primary' }, 'Reveal');
  const again = el('button', { type: 'button', name: 'again' }, 'Try again');
  const predictButtons = el('div', { class: 'buttons' });
  predictButtons.append(reveal, again);
  const guessError = el('p', { class: 'guess-error', role: 'alert' });
  const predictResult = el('p', { class: 'predict-result' });
  predict.append(predictIntro, predictButtons, guessError, predictResult);

  // ---- svd panel
  const svdPanel = el('div', { class: 'svd-panel' });
  const caption = el('p', { class: 'stage-caption' });
  const list = el('ol', { class: 'stages' });
  const stage = (k: number): HTMLLIElement => el('li', { 'data-stage': String(k) });
  const stages = [stage(1), stage(2), stage(3)] as const;
  list.append(...stages);
  const timeRow = el('div', { class: 'row time-row' });
  const previous = el(
    'button',
    // The name starts with the visible word (WCAG 2.5.3): "click Back" works by voice.
    { type: 'button', name: 'previous', 'aria-label': 'Back one step' },
    '◀ Back',
  );
  const play = el('button', { type: 'button', name: 'play', class: 'primary' }, 'Play');
  const next = el('button', { type: 'button', name: 'next', 'aria-label': 'Next step' }, 'Next ▶');
  const tLabel = el('label', { class: 'time' }, 'Time ');
  const t = el('input', {
    type: 'range',
    name: 't',
    'aria-label': 'Time: 0 the unit circle, 1 after Vᵀ, 2 after Σ, 3 after U',
  });
  tLabel.append(t);
  timeRow.append(previous, play, next, tLabel);
  const readouts = el('div', { class: 'readouts' });
  const readoutSigma = el('p', { class: 'readout-sigma' });
  const readoutArea = el('p', { class: 'readout-area' });
  readouts.append(readoutSigma, readoutArea);

  const matrixField = buildMatrixField('Matrix A', 'Rows split by ";", e.g. 3 0; 4 5. Enter applies.');
  svdPanel.append(caption, list, timeRow, readouts, matrixField.matrixField);

  // ---- pca panel
  const pcaPanel = el('div', { class: 'pca-panel' });
  const bars = el('div', { class: 'bars', role: 'group', 'aria-label': 'Explained variance' });
  const b1 = bar(1);
  const b2 = bar(2);
  bars.append(b1.row, b2.row);
  const readoutExplained = el('p', { class: 'readout-explained' });
  const readoutLink = el('p', { class: 'readout-link' });
  const cloudControls = el('div', { class: 'cloud-controls' });
  const projectionLabel = el('label', {});
  const projection = el('input', { type: 'checkbox', name: 'projection' });
  projectionLabel.append(projection, document.createTextNode('Project onto PC1'));
  const newCloud = el('button', { type: 'button', name: 'new-cloud' }, 'New random cloud');
  const clear = el('button', { type: 'button', name: 'clear' }, 'Clear points');
  const remove = el('button', { type: 'button', name: 'remove' }, 'Remove selected point');
  const cloudRow = el('div', { class: 'row' });
  cloudRow.append(newCloud, clear, remove);
  const cloudHint = el(
    'p',
    { class: 'hint' },
    'Click or tap to add a point, drag to move one. Keyboard: Tab to the cross, arrows move it, Enter adds a point.',
  );
  cloudControls.append(projectionLabel, cloudRow, cloudHint);
  pcaPanel.append(bars, readoutExplained, readoutLink, cloudControls);

  side.append(modeRow, formulaBlock.formulaWrap, predict, svdPanel, pcaPanel);
  layout.append(plot, side);

  return {
    layout,
    plot,
    canvas,
    handles,
    mode,
    modeRow,
    ...formulaBlock,
    predict,
    predictIntro,
    reveal,
    again,
    guessError,
    predictResult,
    svdPanel,
    caption,
    stageList: list,
    stages,
    timeRow,
    previous,
    play,
    next,
    t,
    readoutSigma,
    readoutArea,
    ...matrixField,
    pcaPanel,
    bars,
    barFills: [b1.fill, b2.fill],
    barValues: [b1.value, b2.value],
    readoutExplained,
    readoutLink,
    cloudControls,
    projection,
    newCloud,
    clear,
    remove,
  };
}
