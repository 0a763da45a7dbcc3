/**
 * Builds the static DOM of `<lumen-kmeans>` (text only, never HTML strings). DOM order is the Tab
 * order: the plot (a keyboard cross) and the centroid handles, then the run buttons, the formula,
 * the readouts, the charts and the settings.
 */
import { el } from '../../ui/dom';
import { MAX_K } from './props';

export interface KmeansDom {
  readonly layout: HTMLDivElement;
  readonly plot: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly handles: readonly HTMLDivElement[];
  readonly run: HTMLDivElement;
  readonly rewind: HTMLButtonElement;
  readonly back: HTMLButtonElement;
  readonly forward: HTMLButtonElement;
  readonly play: HTMLButtonElement;
  readonly end: HTMLButtonElement;
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
  const plot = el('div', { class: 'plot' });
  const canvas = el('canvas', {
    role: 'img',
    tabindex: '0',
    'aria-label': 'Points and centroids',
    'aria-describedby': 'plot-keys',
  });
  const keys = el(
    'p',
    { class: 'sr-only', id: 'plot-keys' },
    'Click to place a centroid, Shift-click to add a point. On the focused plot the arrow keys move a cross (Shift: far, Alt: fine); Enter places a centroid there, Shift+Enter a point.',
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
  const run = el('div', { class: 'row run', role: 'group', 'aria-label': 'Run' });
  const rewind = button('rewind', '⏮ Rewind');
  const back = button('back', '◀ Back');
  const forward = button('forward', 'Assign ▶', 'primary');
  const play = button('play', 'Play');
  const end = button('end', 'Run to the end');
  run.append(rewind, back, forward, play, end);
  const phase = el('p', { class: 'phase', 'aria-live': 'polite' });

  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);
  const inertiaList = el('p', { class: 'inertia-list' });

  const charts = el('div', { class: 'charts' });
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
  const row1 = el('div', { class: 'row' });
  const dataLabel = el('label', {}, 'Points ');
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
  row1.append(dataLabel, kLabel);
  const row2 = el('div', { class: 'row' });
  const random = button('random', 'Random start');
  const plusplus = button('plusplus', 'k-means++ start');
  const clear = button('clear', 'Clear centroids');
  row2.append(random, plusplus, clear);
  const row3 = el('div', { class: 'row' });
  const vor = check('voronoi', 'Voronoi cells');
  const spr = check('spread', 'Run 20 seeds');
  const elb = check('elbow', 'Elbow plot');
  row3.append(vor.label, spr.label, elb.label);
  const hint = el(
    'p',
    { class: 'hint' },
    'Click the plot to place a centroid (up to 10), Shift-click to add a point; drag a centroid to move it.',
  );
  controls.append(row1, row2, row3, hint);

  side.append(run, phase, formulaWrap, inertiaList, charts, controls);
  layout.append(plot, side);
  return {
    layout,
    plot,
    canvas,
    handles,
    run,
    rewind,
    back,
    forward,
    play,
    end,
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
