/**
 * Builds the static DOM of `<lumen-kmeans>` (text only, never HTML strings). DOM order is the Tab
 * order: the plot (a keyboard cross) and the centroid handles, then the run buttons, the formula,
 * the readouts, the charts and the settings.
 */
import { el } from '../../ui/dom';
import { buildRunDom, type RunDom } from '../../ui/run-controller';
import { buildDataEditorDom, type DataEditorDom } from '../../ui/data-editor/dom';
import { MAX_K } from './props';

/** The MNIST mode's panel: the download, the worker's status and the k centroids as images. */
export interface DigitsDom {
  readonly wrap: HTMLDivElement;
  readonly progress: HTMLProgressElement;
  readonly status: HTMLParagraphElement;
  readonly tiles: readonly { figure: HTMLElement; canvas: HTMLCanvasElement; caption: HTMLElement }[];
}

function buildDigitsDom(): DigitsDom {
  const wrap = el('div', { class: 'digits', hidden: '' });
  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Downloading the MNIST digits' });
  const status = el('p', { class: 'digits-status', 'aria-live': 'polite' });
  const grid = el('div', { class: 'digit-grid' });
  const tiles = Array.from({ length: MAX_K }, (_, j) => {
    const figure = el('figure', { class: 'digit', hidden: '' });
    const canvas = el('canvas', {
      role: 'img',
      'aria-label': `Centroid ${j + 1} as an image`,
      width: '28',
      height: '28',
    });
    const caption = el('figcaption', {});
    figure.append(canvas, caption);
    grid.append(figure);
    return { figure, canvas, caption };
  });
  wrap.append(progress, status, grid);
  return { wrap, progress, status, tiles };
}

/** The data editor's presets that suit clustering. */
export const KMEANS_PRESETS = ['blobs-3', 'blobs', 'moons', 'iris', 'anscombe-1'];

export interface KmeansDom {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly digits: DigitsDom;
  readonly mode: HTMLSelectElement;
  readonly path: HTMLSelectElement;
  readonly canvas: HTMLCanvasElement;
  readonly handles: readonly HTMLDivElement[];
  readonly run: RunDom;
  readonly end: HTMLButtonElement;
  readonly click: HTMLSelectElement;
  readonly editor: DataEditorDom;
  readonly phase: HTMLParagraphElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
  readonly inertiaList: HTMLParagraphElement;
  readonly charts: HTMLDivElement;
  readonly spreadWrap: HTMLDivElement;
  readonly spreadCanvas: HTMLCanvasElement;
  readonly spreadText: HTMLParagraphElement;
  readonly elbowWrap: HTMLDivElement;
  readonly elbowCanvas: HTMLCanvasElement;
  readonly elbowText: HTMLParagraphElement;
  readonly controls: HTMLDivElement;
  readonly data: HTMLSelectElement;
  readonly k: HTMLSelectElement;
  readonly random: HTMLButtonElement;
  readonly plusplus: HTMLButtonElement;
  readonly clear: HTMLButtonElement;
  readonly voronoi: HTMLInputElement;
  readonly spread: HTMLInputElement;
  readonly elbow: HTMLInputElement;
}

function button(name: string, text: string, cls = ''): HTMLButtonElement {
  return el('button', { type: 'button', name, ...(cls ? { class: cls } : {}) }, text);
}

function check(name: string, text: string): { label: HTMLLabelElement; input: HTMLInputElement } {
  const label = el('label', { class: 'check' });
  const input = el('input', { type: 'checkbox', name });
  label.append(input, ` ${text}`);
  return { label, input };
}

export function buildKmeansDom(): KmeansDom {
  const layout = el('div', { class: 'layout' });
  const plot = el('div', { class: 'plot plane-only' });
  const canvas = el('canvas', {
    role: 'img',
    tabindex: '0',
    'aria-label': 'Points and centroids',
    'aria-describedby': 'plot-keys',
  });
  const keys = el(
    'p',
    { class: 'sr-only', id: 'plot-keys' },
    'With “Click places: centroids”, a click places a centroid; on the focused plot the arrow keys move a cross (Shift: far, Alt: fine) and Enter places a centroid there. With “Click places: points”, the data editor’s keys apply.',
  );
  const handleKeys = el(
    'p',
    { class: 'sr-only', id: 'handle-keys' },
    'Arrow keys move this centroid by 0.1 (Shift: 1, Alt: 0.01); Delete removes it.',
  );
  const handles: HTMLDivElement[] = [];
  for (let j = 0; j < MAX_K; j++)
    handles.push(
      el('div', {
        class: 'handle',
        'data-centroid': String(j + 1),
        tabindex: '0',
        role: 'button',
        'aria-roledescription': 'draggable point',
        'aria-label': `Centroid ${j + 1}`,
        'aria-describedby': 'handle-keys',
        hidden: '',
      }),
    );
  plot.append(canvas, ...handles, keys, handleKeys);

  const side = el('div', { class: 'side' });
  const run = buildRunDom('half-step');
  const end = button('end', 'Run to the end');
  run.group.append(end);
  const phase = el('p', { class: 'phase plane-only', 'aria-live': 'polite' });

  const formulaWrap = el('div', { class: 'formula-wrap plane-only' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);
  const inertiaList = el('p', { class: 'inertia-list' });

  const charts = el('div', { class: 'charts plane-only' });
  const spreadWrap = el('div', { class: 'chart' });
  const spreadCanvas = el('canvas', { role: 'img', 'aria-label': 'Final inertia of 20 seeds' });
  const spreadText = el('p', { class: 'chart-text' });
  spreadWrap.append(spreadCanvas, spreadText);
  const elbowWrap = el('div', { class: 'chart' });
  const elbowCanvas = el('canvas', { role: 'img', 'aria-label': 'Elbow plot' });
  const elbowText = el('p', { class: 'chart-text' });
  elbowWrap.append(elbowCanvas, elbowText);
  charts.append(spreadWrap, elbowWrap);

  const controls = el('div', { class: 'controls' });
  const row0 = el('div', { class: 'row' });
  const modeLabel = el('label', {}, 'Cluster ');
  const mode = el('select', { name: 'mode' });
  mode.append(
    el('option', { value: 'plane' }, 'points on a plane'),
    el('option', { value: 'mnist' }, '10,000 MNIST digits'),
  );
  modeLabel.append(mode);
  const pathLabel = el('label', { class: 'mnist-only' }, 'Arithmetic ');
  const path = el('select', { name: 'path' });
  for (const [v, t] of [
    ['auto', 'best here'],
    ['typed', 'typed arrays'],
    ['wasm', 'tfjs wasm'],
    ['cpu', 'tfjs cpu'],
    ['webgl', 'tfjs webgl'],
  ] as const)
    path.append(el('option', { value: v }, t));
  pathLabel.append(path);
  row0.append(modeLabel, pathLabel);
  const row1 = el('div', { class: 'row' });
  const dataLabel = el('label', { class: 'plane-only' }, 'Points ');
  const data = el('select', { name: 'data' });
  for (const [v, t] of [
    ['blobs', 'three blobs'],
    ['uneven', 'uneven blobs'],
    ['uniform', 'uniform square'],
    ['hand', 'placed by hand'],
  ] as const)
    data.append(el('option', { value: v }, t));
  dataLabel.append(data);
  const kLabel = el('label', {}, 'k ');
  const k = el('select', { name: 'k' });
  for (let v = 1; v <= MAX_K; v++) k.append(el('option', { value: String(v) }, String(v)));
  kLabel.append(k);
  const clickLabel = el('label', { class: 'plane-only' }, 'Click places ');
  const click = el('select', { name: 'click' });
  click.append(
    el('option', { value: 'centroids' }, 'centroids'),
    el('option', { value: 'points' }, 'points'),
  );
  clickLabel.append(click);
  row1.append(dataLabel, kLabel, clickLabel);
  const row2 = el('div', { class: 'row plane-only' });
  const random = button('random', 'Random start');
  const plusplus = button('plusplus', 'k-means++ start');
  const clear = button('clear-centroids', 'Clear centroids');
  row2.append(random, plusplus, clear);
  const row3 = el('div', { class: 'row plane-only' });
  const vor = check('voronoi', 'Voronoi cells');
  const spr = check('spread', 'Run 20 seeds');
  const elb = check('elbow', 'Elbow plot');
  row3.append(vor.label, spr.label, elb.label);
  const hint = el(
    'p',
    { class: 'hint plane-only' },
    'Click the plot to place a centroid (up to 10) and drag a centroid to move it; switch “Click places” to points to add, drag or delete points, or paste CSV.',
  );
  const editor = buildDataEditorDom(KMEANS_PRESETS, 'data-keys');
  editor.toolbar.classList.add('plane-only');
  controls.append(row0, row1, row2, row3, hint, editor.toolbar);

  side.append(run.group, phase, formulaWrap, inertiaList, charts, controls);
  const digits = buildDigitsDom();
  layout.append(plot, digits.wrap, side);
  return {
    layout,
    plot,
    digits,
    mode,
    path,
    canvas,
    handles,
    run,
    end,
    click,
    editor,
    phase,
    formulaWrap,
    formula,
    formulaText,
    inertiaList,
    charts,
    spreadWrap,
    spreadCanvas,
    spreadText,
    elbowWrap,
    elbowCanvas,
    elbowText,
    controls,
    data,
    k,
    random,
    plusplus,
    clear,
    voronoi: vor.input,
    spread: spr.input,
    elbow: elb.input,
  };
}
