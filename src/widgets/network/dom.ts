/**
 * The static DOM of `<lumen-network>` (text only, never HTML strings). DOM order is the Tab
 * order: the run buttons, the plot (arrow keys move a cursor, Enter adds a point), the network's
 * weights (one Tab stop, arrow keys inside), then the settings.
 */
import { el } from '../../ui/dom';
import { buildSlider, sliderKeysHint, type Slider } from '../../ui/slider';
import { FEATURES, FEATURE_LABELS } from '../../math/nn/features';
import { ACTIVATIONS, DATASETS } from './props';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export const RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
export const L2_RATES = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1] as const;
const DATASET_LABELS: Record<(typeof DATASETS)[number], string> = {
  circle: 'Circle',
  xor: 'XOR',
  gauss: 'Gaussians',
  spiral: 'Spiral',
};

export interface NetworkDom {
  readonly layout: HTMLDivElement;
  /** The run buttons and the status line: under the plot on a phone (ActionBar). */
  readonly head: HTMLDivElement;
  readonly play: HTMLButtonElement;
  readonly step: HTMLButtonElement;
  readonly rewind: HTMLButtonElement;
  readonly fast: HTMLButtonElement;
  readonly status: HTMLParagraphElement;
  readonly backend: HTMLParagraphElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly classPos: HTMLButtonElement;
  readonly classNeg: HTMLButtonElement;
  readonly clearAdded: HTMLButtonElement;
  readonly loss: HTMLCanvasElement;
  readonly diagram: SVGSVGElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly settings: HTMLDivElement;
  readonly datasets: HTMLButtonElement[];
  readonly noise: Slider;
  readonly test: Slider;
  readonly points: Slider;
  /** One checkbox per input feature (value: the feature's name), in FEATURES order. */
  readonly features: HTMLInputElement[];
  readonly layersOut: HTMLSpanElement;
  readonly addLayer: HTMLButtonElement;
  readonly removeLayer: HTMLButtonElement;
  readonly layerRows: HTMLDivElement;
  readonly activation: HTMLSelectElement;
  readonly rate: HTMLSelectElement;
  readonly batch: Slider;
  readonly l2: HTMLSelectElement;
  readonly seed: HTMLInputElement;
  readonly newSeed: HTMLButtonElement;
  /** The run's numbers for screen readers, now and then (never every frame). */
  readonly announcer: HTMLParagraphElement;
}

/** A settings row with a slider; its range and step come from the property table (bindRange). */
function slider(name: string, label: string): Slider {
  const sl = buildSlider(name, label);
  sl.row.classList.add('setting');
  return sl;
}

function select(
  name: string,
  label: string,
  values: readonly string[],
): { row: HTMLDivElement; input: HTMLSelectElement } {
  const row = el('div', { class: 'setting' });
  const id = `${name}-input`;
  const input = el('select', { id, name });
  for (const v of values) input.append(el('option', { value: v }, v));
  row.append(el('label', { for: id }, label), input);
  return { row, input };
}

export function buildNetworkDom(): NetworkDom {
  const layout = el('div', { class: 'layout' });

  // ---- run buttons and the numbers
  const toolbar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Training' });
  const play = el(
    'button',
    { type: 'button', name: 'play', class: 'primary', 'aria-keyshortcuts': 'p' },
    '▶ Play',
  );
  const step = el('button', { type: 'button', name: 'step', 'aria-keyshortcuts': 's' }, 'Step one batch');
  const rewind = el('button', { type: 'button', name: 'rewind', 'aria-keyshortcuts': 'r' }, '⟲ Rewind');
  const fast = el(
    'button',
    {
      type: 'button',
      name: 'fast',
      'aria-pressed': 'false',
      title: 'Off: one epoch per frame, to watch. On: as fast as this machine trains.',
    },
    'Fast',
  );
  toolbar.append(play, step, rewind, fast);
  const status = el('p', { class: 'status' });
  const backend = el('p', { class: 'backend' });
  const head = el('div', { class: 'head' });
  head.append(toolbar, status);

  // ---- the plot and the loss curves
  const plotCol = el('div', { class: 'plot-col' });
  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', {
    tabindex: '0',
    role: 'img',
    'aria-roledescription': 'plot',
    'aria-label': 'The data and the network’s decision: shading shows the class the network predicts',
    'aria-describedby': 'plot-keys',
  });
  plot.append(canvas);
  const classes = el('div', { class: 'classes', role: 'group', 'aria-label': 'A click adds a point of' });
  const classLabel = el('span', { class: 'hint' }, 'Click adds:');
  const classPos = el('button', { type: 'button', name: 'class-pos', 'aria-pressed': 'true' }, '● class +1');
  const classNeg = el('button', { type: 'button', name: 'class-neg', 'aria-pressed': 'false' }, '■ class −1');
  const clearAdded = el('button', { type: 'button', name: 'clear-added' }, 'Remove added points');
  classes.append(classLabel, classPos, classNeg, clearAdded);
  const plotKeys = el(
    'p',
    { class: 'hint', id: 'plot-keys' },
    'Click the plot to add a training point (Shift-click: the other class). Keys on the plot: arrows move the cross (Shift: far, Alt: fine), Enter adds a point, Shift+Enter one of the other class.',
  );
  const loss = el('canvas', { class: 'loss', 'aria-hidden': 'true' });
  const lossLegend = el('p', { class: 'hint legend' });
  lossLegend.append(
    el('span', { class: 'key train' }, 'training loss'),
    document.createTextNode(' · '),
    el('span', { class: 'key test' }, 'test loss'),
    document.createTextNode(' · mean ½(ŷ − y)² per epoch'),
  );
  plotCol.append(plot, classes, plotKeys, loss, lossLegend);

  // ---- the network and its formula
  const netCol = el('div', { class: 'net-col' });
  const diagram = document.createElementNS(SVG_NS, 'svg');
  diagram.setAttribute('role', 'listbox');
  diagram.setAttribute(
    'aria-label',
    'The network’s weights: thickness is the size of a weight, colour its sign',
  );
  diagram.setAttribute('aria-describedby', 'net-keys');
  diagram.setAttribute('class', 'diagram');
  const netKeys = el(
    'p',
    { class: 'hint', id: 'net-keys' },
    'Hover or click a weight to see its gradient; or Tab to the weights and use the arrow keys (↑ ↓ within a layer, ← → between layers). Keys: p play or pause, s step, r rewind.',
  );
  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only formula-text' });
  formulaWrap.append(formula, formulaText);
  netCol.append(diagram, netKeys, formulaWrap, backend);

  // ---- settings
  const settings = el('div', { class: 'settings' });
  const dataRow = el('div', { class: 'setting datasets', role: 'group', 'aria-label': 'Dataset' });
  dataRow.append(el('span', { class: 'name' }, 'Data'));
  const datasets = DATASETS.map((d) =>
    el('button', { type: 'button', name: 'dataset', value: d, 'aria-pressed': 'false' }, DATASET_LABELS[d]),
  );
  dataRow.append(...datasets);
  const noise = slider('noise', 'Noise');
  const test = slider('test', 'Test share');
  const points = slider('points', 'Points');

  const featuresRow = el('div', { class: 'setting features', role: 'group', 'aria-label': 'Input features' });
  featuresRow.append(el('span', { class: 'name' }, 'Inputs'));
  const features = FEATURES.map((f) => {
    const box = el('input', { type: 'checkbox', name: 'feature', value: f });
    const label = el('label', { class: 'feature' });
    label.append(box, FEATURE_LABELS[f]);
    featuresRow.append(label);
    return box;
  });

  const layersRow = el('div', { class: 'setting layers' });
  const removeLayer = el(
    'button',
    { type: 'button', name: 'remove-layer', 'aria-label': 'Remove a hidden layer' },
    '−',
  );
  const addLayer = el(
    'button',
    { type: 'button', name: 'add-layer', 'aria-label': 'Add a hidden layer' },
    '+',
  );
  const layersOut = el('span', { class: 'count', 'aria-live': 'polite' });
  layersRow.append(el('span', { class: 'name' }, 'Hidden layers'), removeLayer, layersOut, addLayer);
  const layerRows = el('div', { class: 'layer-rows' });

  const activation = select('activation', 'Activation', ACTIVATIONS);
  const rate = select('rate', 'Learning rate η', RATES.map(String));
  const batch = slider('batch', 'Batch size');
  const l2 = select('l2', 'L2 λ', L2_RATES.map(String));
  const seedRow = el('div', { class: 'setting' });
  const seed = el('input', {
    type: 'text',
    id: 'seed-input',
    name: 'seed',
    inputmode: 'numeric',
    autocomplete: 'off',
    size: '7',
  });
  const newSeed = el('button', { type: 'button', name: 'new-seed' }, 'New seed');
  seedRow.append(el('label', { for: 'seed-input' }, 'Seed'), seed, newSeed);

  settings.append(
    dataRow,
    noise.row,
    test.row,
    points.row,
    featuresRow,
    layersRow,
    layerRows,
    activation.row,
    rate.row,
    batch.row,
    l2.row,
    seedRow,
    sliderKeysHint(),
  );

  const main = el('div', { class: 'main' });
  main.append(plotCol, netCol);
  const announcer = el('p', { class: 'sr-only', 'aria-live': 'polite' });
  layout.append(head, main, settings, announcer);
  return {
    layout,
    head,
    play,
    step,
    rewind,
    fast,
    status,
    backend,
    plot,
    canvas,
    classPos,
    classNeg,
    clearAdded,
    loss,
    diagram,
    formulaWrap,
    formula,
    formulaText,
    settings,
    datasets,
    noise,
    test,
    points,
    features,
    layersOut,
    addLayer,
    removeLayer,
    layerRows,
    activation: activation.input,
    rate: rate.input,
    batch,
    l2: l2.input,
    seed,
    newSeed,
    announcer,
  };
}

/** One row per hidden layer: "Layer k  [−] n neurons [+]". */
export function buildLayerRow(k: number): {
  row: HTMLDivElement;
  minus: HTMLButtonElement;
  plus: HTMLButtonElement;
  out: HTMLSpanElement;
} {
  const row = el('div', { class: 'setting layer', 'data-layer': String(k) });
  const minus = el(
    'button',
    { type: 'button', name: 'neuron-minus', 'aria-label': `One neuron fewer in layer ${k + 1}` },
    '−',
  );
  const plus = el(
    'button',
    { type: 'button', name: 'neuron-plus', 'aria-label': `One neuron more in layer ${k + 1}` },
    '+',
  );
  const out = el('span', { class: 'count' });
  row.append(el('span', { class: 'name' }, `Layer ${k + 1}`), minus, out, plus);
  return { row, minus, plus, out };
}
