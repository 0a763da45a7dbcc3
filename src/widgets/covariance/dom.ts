/**
 * Builds the static DOM of `<lumen-covariance>` (text only, never HTML strings). DOM order is the
 * Tab order: the two handles on the plot, then the side panel (predict-first, formula, readouts,
 * sliders).
 */
import { el } from '../../ui/dom';
import { buildSlider, sliderKeysHint, type Slider } from '../../ui/slider';

export interface CovarianceDom {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly handles: { readonly major: HTMLDivElement; readonly minor: HTMLDivElement };
  readonly predict: HTMLDivElement;
  readonly guess: Slider;
  readonly reveal: HTMLButtonElement;
  readonly again: HTMLButtonElement;
  readonly predictResult: HTMLParagraphElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly readouts: HTMLDivElement;
  readonly readoutShape: HTMLParagraphElement;
  readonly readoutAxes: HTMLParagraphElement;
  readonly readoutSample: HTMLParagraphElement;
  readonly controls: HTMLDivElement;
  readonly sdX: Slider;
  readonly sdY: Slider;
  readonly rho: Slider;
  readonly n: HTMLSelectElement;
  readonly sigmas: HTMLSelectElement;
  readonly resample: HTMLButtonElement;
}

function handle(name: string, label: string, describedBy: string): HTMLDivElement {
  return el('div', {
    class: 'handle',
    'data-handle': name,
    tabindex: '0',
    role: 'button',
    'aria-roledescription': 'draggable point',
    'aria-label': label,
    'aria-describedby': describedBy,
  });
}

export function buildCovarianceDom(): CovarianceDom {
  const layout = el('div', { class: 'layout' });

  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', { role: 'img', 'aria-label': 'The cloud' });
  const majorKeys = el(
    'p',
    { class: 'sr-only', id: 'major-keys' },
    'Arrow keys move the tip of the long axis by 0.1 (Shift: 1, Alt: 0.01): it turns and stretches the cloud.',
  );
  const minorKeys = el(
    'p',
    { class: 'sr-only', id: 'minor-keys' },
    'Up and Right make the short axis longer, Down and Left shorter, by 0.1 (Shift: 1, Alt: 0.01).',
  );
  const handles = {
    major: handle('major', 'Tip of the long axis', 'major-keys'),
    minor: handle('minor', 'Tip of the short axis', 'minor-keys'),
  };
  plot.append(canvas, handles.major, handles.minor, majorKeys, minorKeys);

  const side = el('div', { class: 'side' });

  const predict = el('div', { class: 'predict' });
  const question = el(
    'p',
    { class: 'question' },
    'Predict first: what is the correlation of this cloud? −1 is a perfect falling line, 0 no tilt, 1 a perfect rising line. Set your guess, then press Reveal.',
  );
  const guess = buildSlider('guess', 'Your guess', '-1', '1', '0.05');
  const reveal = el('button', { type: 'button', name: 'reveal', class: 'primary' }, 'Reveal');
  const again = el('button', { type: 'button', name: 'again' }, 'Try again');
  const buttons = el('div', { class: 'row' });
  buttons.append(reveal, again);
  const predictResult = el('p', { class: 'predict-result', 'aria-live': 'polite' });
  predict.append(question, guess.row, buttons, predictResult);

  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);

  const readouts = el('div', { class: 'readouts' });
  const readoutShape = el('p', { class: 'readout-shape' });
  const readoutAxes = el('p', { class: 'readout-axes' });
  const readoutSample = el('p', { class: 'readout-sample' });
  readouts.append(readoutShape, readoutAxes, readoutSample);

  const controls = el('div', { class: 'controls' });
  const sdX = buildSlider('sd-x', 'σx', '0.1', '5', '0.01');
  const sdY = buildSlider('sd-y', 'σy', '0.1', '5', '0.01');
  const rho = buildSlider('rho', 'ρ', '-1', '1', '0.01');
  const row = el('div', { class: 'row' });
  const nLabel = el('label', {}, 'Points ');
  const n = el('select', { name: 'n' });
  for (const v of [50, 200, 400, 1000, 5000])
    n.append(el('option', { value: String(v) }, v.toLocaleString('en-US')));
  nLabel.append(n);
  const sLabel = el('label', {}, 'Ellipses ');
  const sigmas = el('select', { name: 'sigmas' });
  for (const [v, t] of [
    ['0', 'none'],
    ['1', '1σ'],
    ['2', '1σ, 2σ'],
    ['3', '1σ, 2σ, 3σ'],
  ] as const)
    sigmas.append(el('option', { value: v }, t));
  sLabel.append(sigmas);
  const resample = el('button', { type: 'button', name: 'resample' }, 'New sample');
  row.append(nLabel, sLabel, resample);
  const hint = el(
    'p',
    { class: 'hint' },
    'Drag the two round handles (the tips of the long and short axes), or Tab to them and use the arrow keys.',
  );
  const keys = sliderKeysHint();
  controls.append(sdX.row, sdY.row, rho.row, row, hint, keys);

  side.append(predict, formulaWrap, readouts, controls);
  layout.append(plot, side);
  return {
    layout,
    plot,
    canvas,
    handles,
    predict,
    guess,
    reveal,
    again,
    predictResult,
    formulaWrap,
    formula,
    formulaText,
    readouts,
    readoutShape,
    readoutAxes,
    readoutSample,
    controls,
    sdX,
    sdY,
    rho,
    n,
    sigmas,
    resample,
  };
}
