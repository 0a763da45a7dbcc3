/**
 * The static DOM of `<lumen-softmax>` (text only, never HTML strings). DOM order is the Tab
 * order: the predict-first panel, the bars, the controls, the bigram panel, the formula.
 */
import { el } from '../../ui/dom';
import { buildGuessPanel, type GuessPanel } from '../../ui/guess-field';
import { buildSlider, sliderKeysHint, type Slider } from '../../ui/slider';

export interface SoftmaxDom extends GuessPanel {
  readonly layout: HTMLDivElement;
  readonly bars: HTMLOListElement;
  readonly legend: HTMLParagraphElement;
  readonly controls: HTMLDivElement;
  readonly temperature: Slider;
  readonly logitSliders: HTMLDivElement;
  readonly logitsField: HTMLInputElement;
  readonly logitsError: HTMLParagraphElement;
  readonly target: HTMLSelectElement;
  readonly samples: HTMLSelectElement;
  readonly resample: HTMLButtonElement;
  readonly logitsPanel: HTMLDivElement;
  readonly readouts: HTMLDivElement;
  readonly readoutLoss: HTMLParagraphElement;
  readonly readoutSamples: HTMLParagraphElement;
  readonly bigramPanel: HTMLDivElement;
  readonly progress: HTMLProgressElement;
  readonly progressText: HTMLParagraphElement;
  readonly startField: HTMLInputElement;
  readonly startError: HTMLParagraphElement;
  readonly regenerate: HTMLButtonElement;
  readonly generated: HTMLParagraphElement;
  readonly heldOut: HTMLParagraphElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
}

export function buildSoftmaxDom(): SoftmaxDom {
  const layout = el('div', { class: 'layout' });
  const guessPanel = buildGuessPanel({ label: 'Your guess ', suffix: ' %', again: 'Guess again', size: '6' });

  const bars = el('ol', { class: 'bars', 'aria-label': 'Probabilities' });
  const legend = el('p', { class: 'legend', 'aria-hidden': 'true' });

  const controls = el('div', { class: 'controls' });
  const temperature = buildSlider('temperature', 'T', '0.05', '5', '0.05');
  controls.append(temperature.row);

  const logitsPanel = el('div', { class: 'logits-panel' });
  const logitSliders = el('div', { class: 'logit-sliders' });
  const typed = el('label', { class: 'typed' }, 'Logits ');
  const logitsField = el('input', {
    type: 'text',
    name: 'logits',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'logits-error',
  });
  typed.append(logitsField);
  const logitsError = el('p', { class: 'field-error', id: 'logits-error', 'aria-live': 'polite' });
  const row = el('div', { class: 'row' });
  const targetLabel = el('label', {}, 'Target ');
  const target = el('select', { name: 'target' });
  targetLabel.append(target);
  const samplesLabel = el('label', {}, 'Draws ');
  const samples = el('select', { name: 'samples' });
  for (const n of [0, 10, 100, 1000, 10000, 100000, 1000000])
    samples.append(el('option', { value: String(n) }, n.toLocaleString('en-US')));
  samplesLabel.append(samples);
  const resample = el('button', { type: 'button', name: 'resample' }, 'New draws');
  row.append(targetLabel, samplesLabel, resample);
  const readouts = el('div', { class: 'readouts', 'aria-live': 'polite' });
  const readoutLoss = el('p', { class: 'readout-loss' });
  const readoutSamples = el('p', { class: 'readout-samples' });
  readouts.append(readoutLoss, readoutSamples);
  logitsPanel.append(logitSliders, typed, logitsError, row);

  const bigramPanel = el('div', { class: 'bigram-panel' });
  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Loading the corpus' });
  const progressText = el('p', { class: 'hint' }, 'Loading the corpus…');
  const startRow = el('div', { class: 'row' });
  const startLabel = el('label', {}, 'Start after ');
  const startField = el('input', {
    type: 'text',
    name: 'start',
    autocomplete: 'off',
    spellcheck: 'false',
    size: '12',
    'aria-describedby': 'start-error',
  });
  startLabel.append(startField);
  const regenerate = el('button', { type: 'button', name: 'regenerate' }, 'New text');
  startRow.append(startLabel, regenerate);
  const startError = el('p', { class: 'field-error', id: 'start-error', 'aria-live': 'polite' });
  const generated = el('p', { class: 'generated', 'aria-live': 'polite' });
  const heldOut = el('p', { class: 'held-out' });
  bigramPanel.append(progress, progressText, startRow, startError, generated, heldOut);

  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);

  controls.append(logitsPanel, sliderKeysHint());
  layout.append(guessPanel.predict, bars, legend, readouts, controls, bigramPanel, formulaWrap);
  return {
    ...guessPanel,
    layout,
    bars,
    legend,
    controls,
    temperature,
    logitSliders,
    logitsField,
    logitsError,
    target,
    samples,
    resample,
    logitsPanel,
    readouts,
    readoutLoss,
    readoutSamples,
    bigramPanel,
    progress,
    progressText,
    startField,
    startError,
    regenerate,
    generated,
    heldOut,
    formulaWrap,
    formula,
    formulaText,
  };
}
