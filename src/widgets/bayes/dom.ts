/**
 * Builds the static DOM of `<lumen-bayes>` (text only, never HTML strings). DOM order is the Tab
 * order: the predict-first question, then the mode's controls, then the formula.
 */
import { el } from '../../ui/dom';
import { buildGuessPanel, type GuessPanel } from '../../ui/guess-field';
import { buildSlider, sliderKeysHint, type Slider } from '../../ui/slider';

/** The predict-first panel's parts (see src/ui/guess-field.ts), then the widget's own. */
export interface BayesDom extends GuessPanel {
  readonly layout: HTMLDivElement;
  readonly testPanel: HTMLDivElement;
  readonly testControls: HTMLDivElement;
  readonly prevalence: Slider;
  readonly sensitivity: Slider;
  readonly falsePositive: Slider;
  readonly population: HTMLSelectElement;
  readonly highlight: HTMLInputElement;
  readonly legendCounts: Readonly<
    Record<'truePositive' | 'falsePositive' | 'falseNegative' | 'trueNegative', HTMLSpanElement>
  >;
  readonly dotsBox: HTMLDivElement;
  readonly dots: HTMLCanvasElement;
  readonly posterior: HTMLParagraphElement;
  readonly negative: HTMLParagraphElement;
  readonly coinPanel: HTMLDivElement;
  readonly coinControls: HTMLDivElement;
  readonly densityBox: HTMLDivElement;
  readonly density: HTMLCanvasElement;
  readonly flip: HTMLButtonElement;
  readonly flip10: HTMLButtonElement;
  readonly flip100: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
  readonly newCoin: HTMLButtonElement;
  readonly alpha: Slider;
  readonly beta: Slider;
  readonly trueP: Slider;
  readonly history: HTMLParagraphElement;
  readonly coinReadout: HTMLParagraphElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
}

function legendItem(group: string, text: string): { item: HTMLLIElement; count: HTMLSpanElement } {
  const item = el('li', { 'data-group': group });
  const glyph = el('span', { class: 'glyph', 'aria-hidden': 'true' });
  const count = el('span', { class: 'count' });
  item.append(glyph, el('span', { class: 'legend-text' }, text), count);
  return { item, count };
}

export function buildBayesDom(): BayesDom {
  const layout = el('div', { class: 'layout' });
  const keys = sliderKeysHint();

  // ---- predict-first
  const { predict, question, guess, reveal, again, guessError, predictResult } = buildGuessPanel({
    label: 'Your guess for P(D | +) ',
    suffix: '%',
    again: 'Try again',
    size: '6',
  });

  // ---- test mode
  const testPanel = el('div', { class: 'test-panel' });
  const testControls = el('div', { class: 'controls' });
  const prevalence = buildSlider('prevalence', 'Prevalence P(D)');
  const sensitivity = buildSlider('sensitivity', 'Sensitivity P(+ | D)');
  const falsePositive = buildSlider('false-positive', 'False-positive rate P(+ | not D)');
  const options = el('div', { class: 'row' });
  const popLabel = el('label', {}, 'People ');
  const population = el('select', { name: 'population' });
  for (const n of [100, 1000, 10000])
    population.append(el('option', { value: String(n) }, n.toLocaleString('en-US')));
  popLabel.append(population);
  const hlLabel = el('label', {});
  const highlight = el('input', { type: 'checkbox', name: 'highlight' });
  hlLabel.append(highlight, document.createTextNode('Shade the positives'));
  options.append(popLabel, hlLabel);
  testControls.append(prevalence.row, sensitivity.row, falsePositive.row, options);

  const legend = el('ul', { class: 'legend', 'aria-label': 'The four groups' });
  const tp = legendItem('truePositive', 'has it, tests positive');
  const fp = legendItem('falsePositive', 'does not have it, tests positive (false alarm)');
  const fn = legendItem('falseNegative', 'has it, tests negative (missed)');
  const tn = legendItem('trueNegative', 'does not have it, tests negative');
  legend.append(tp.item, fp.item, fn.item, tn.item);
  const dotsBox = el('div', { class: 'dots-box' });
  const dots = el('canvas', { role: 'img', 'aria-label': 'The population' });
  dotsBox.append(dots);
  const readouts = el('div', { class: 'readouts' });
  const posterior = el('p', { class: 'readout-posterior' });
  const negative = el('p', { class: 'readout-negative' });
  readouts.append(posterior, negative);
  testPanel.append(testControls, legend, dotsBox, readouts);

  // ---- coin mode
  const coinPanel = el('div', { class: 'coin-panel' });
  const buttons = el('div', { class: 'row', role: 'toolbar', 'aria-label': 'Flip the coin' });
  const flip = el(
    'button',
    { type: 'button', name: 'flip', class: 'primary', 'aria-keyshortcuts': 'f' },
    'Flip',
  );
  const flip10 = el('button', { type: 'button', name: 'flip10' }, 'Flip 10');
  const flip100 = el('button', { type: 'button', name: 'flip100' }, 'Flip 100');
  const reset = el('button', { type: 'button', name: 'reset', 'aria-keyshortcuts': 'r' }, 'Reset');
  const newCoin = el('button', { type: 'button', name: 'new-coin' }, 'New flips');
  buttons.append(flip, flip10, flip100, reset, newCoin);
  const coinLegend = el('ul', { class: 'legend coin-legend', 'aria-hidden': 'true' });
  for (const [key, text] of [
    ['prior', 'prior'],
    ['posterior', 'posterior'],
    ['interval', '95% credible interval'],
    ['true', 'true p'],
  ] as const) {
    const li = el('li', { 'data-curve': key });
    li.append(el('span', { class: 'swatch' }), document.createTextNode(text));
    coinLegend.append(li);
  }
  const densityBox = el('div', { class: 'density-box' });
  const density = el('canvas', { role: 'img', 'aria-label': 'Prior and posterior densities' });
  densityBox.append(density);
  const history = el('p', { class: 'history' });
  const coinReadout = el('p', { class: 'readout-coin' });
  const coinControls = el('div', { class: 'controls' });
  const alpha = buildSlider('alpha', 'Prior α');
  const beta = buildSlider('beta', 'Prior β');
  const trueP = buildSlider('true-p', 'True heads probability');
  coinControls.append(alpha.row, beta.row, trueP.row);
  const coinHint = el('p', { class: 'hint' }, 'Keys inside the widget: f flips once, r resets.');
  coinPanel.append(buttons, coinLegend, densityBox, history, coinReadout, coinControls, coinHint);

  // ---- formula
  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);

  layout.append(predict, testPanel, coinPanel, formulaWrap, keys);
  return {
    layout,
    predict,
    question,
    guess,
    reveal,
    again,
    guessError,
    predictResult,
    testPanel,
    testControls,
    prevalence,
    sensitivity,
    falsePositive,
    population,
    highlight,
    legendCounts: {
      truePositive: tp.count,
      falsePositive: fp.count,
      falseNegative: fn.count,
      trueNegative: tn.count,
    },
    dotsBox,
    dots,
    posterior,
    negative,
    coinPanel,
    coinControls,
    densityBox,
    density,
    flip,
    flip10,
    flip100,
    reset,
    newCoin,
    alpha,
    beta,
    trueP,
    history,
    coinReadout,
    formulaWrap,
    formula,
    formulaText,
  };
}
