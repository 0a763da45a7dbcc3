/**
 * The static DOM of `<lumen-descent>` (text only, never HTML strings). DOM order is the Tab order:
 * the settings, the play buttons, the 3D view, the contour map, the runs, the formula.
 */
import { el, keyButton } from '../../ui/dom';
import { buildFormula } from '../../ui/widget-dom';
import type { Slider } from '../../ui/slider';
import { SURFACES, SURFACE_NAMES } from '../../math/descent';

export interface DescentDom {
  readonly layout: HTMLDivElement;
  readonly controls: HTMLDivElement;
  /** Play, Step, End, Reset and the status: under the 3D view on a phone (ActionBar). */
  readonly toolbar: HTMLDivElement;
  readonly surface: HTMLSelectElement;
  readonly rates: HTMLInputElement;
  readonly ratesError: HTMLParagraphElement;
  /** Range and readout; its range and step come from the property table (src/ui/bind.ts). */
  readonly momentum: Slider;
  readonly play: HTMLButtonElement;
  readonly step: HTMLButtonElement;
  readonly end: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
  readonly status: HTMLParagraphElement;
  readonly plot: HTMLDivElement;
  readonly stage: HTMLDivElement;
  readonly glMessage: HTMLParagraphElement;
  readonly map: HTMLDivElement;
  readonly mapCanvas: HTMLCanvasElement;
  readonly chart: HTMLDivElement;
  readonly chartCanvas: HTMLCanvasElement;
  readonly runs: HTMLUListElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
}

export function buildDescentDom(): DescentDom {
  const layout = el('div', { class: 'layout' });

  const controls = el('div', { class: 'controls' });
  const surfaceLabel = el('label', {}, 'Surface ');
  const surface = el('select', { name: 'surface' });
  for (const name of SURFACE_NAMES) surface.append(el('option', { value: name }, SURFACES[name].label));
  surfaceLabel.append(surface);
  const ratesLabel = el('label', {}, 'Learning rates η ');
  const rates = el('input', {
    type: 'text',
    name: 'rates',
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'rates-hint rates-error',
  });
  ratesLabel.append(rates);
  const momentum: Slider = {
    row: el('label'),
    input: el('input', { type: 'range', name: 'momentum' }),
    value: el('output', { class: 'value' }),
  };
  momentum.row.append(
    el('span', { class: 'slider-name' }, 'Momentum β'),
    ' ',
    momentum.input,
    momentum.value,
  );
  const settings = el('div', { class: 'row' });
  settings.append(surfaceLabel, ratesLabel, momentum.row);
  const ratesHint = el(
    'p',
    { class: 'hint', id: 'rates-hint' },
    'Up to 4 rates, separated by commas; Enter applies them.',
  );
  const ratesError = el('p', { class: 'error', id: 'rates-error', role: 'alert' });

  const toolbar = el('div', { class: 'row', role: 'toolbar', 'aria-label': 'Run the descent' });
  const play = keyButton('play', 'Play', 'p', true);
  const step = keyButton('step', 'Step', 'n');
  const end = keyButton('end', 'Run to the end', 'e');
  const reset = keyButton('reset', 'Reset', 'r');
  const status = el('p', { class: 'status' });
  toolbar.append(play, step, end, reset, status);
  controls.append(settings, ratesHint, ratesError, toolbar);

  const views = el('div', { class: 'views' });
  const plot = el('div', { class: 'plot' });
  const stage = el('div', {
    class: 'stage',
    tabindex: '0',
    role: 'img',
    'aria-roledescription': '3D view',
    'aria-describedby': 'view-keys',
  });
  const glMessage = el('p', { class: 'gl-message', role: 'status', hidden: '' });
  plot.append(stage, glMessage);
  const map = el('div', { class: 'map' });
  const mapCanvas = el('canvas', {
    tabindex: '0',
    role: 'application',
    'aria-roledescription': 'contour map',
    'aria-label':
      'Contour map of the loss. Click to choose where the runs start; or move the cursor with the arrow keys and press Enter.',
  });
  map.append(mapCanvas);
  views.append(plot, map);
  const keys = el(
    'p',
    { class: 'hint', id: 'view-keys' },
    'Drag the 3D view or use its arrow keys to turn it. On the contour map, click (or arrows and Enter) to start there. Keys: p play, n step, e end, r reset.',
  );

  const lower = el('div', { class: 'lower' });
  const chart = el('div', { class: 'chart' });
  const chartCanvas = el('canvas', {
    role: 'img',
    'aria-label': 'Loss against step, one curve per run, on a log scale',
  });
  chart.append(chartCanvas);
  const chartWrap = el('div', { class: 'chart-wrap' });
  const chartHint = el(
    'p',
    { class: 'hint' },
    'Loss above the minimum, L − L*, against the step (log scale). A diverging run leaves through the top.',
  );
  chartWrap.append(chart, chartHint);
  const runs = el('ul', { class: 'runs', 'aria-label': 'Runs' });
  lower.append(chartWrap, runs);

  const { formulaWrap, formula, formulaText } = buildFormula();

  layout.append(controls, views, keys, lower, formulaWrap);
  return {
    layout,
    controls,
    toolbar,
    surface,
    rates,
    ratesError,
    momentum,
    play,
    step,
    end,
    reset,
    status,
    plot,
    stage,
    glMessage,
    map,
    mapCanvas,
    chart,
    chartCanvas,
    runs,
    formulaWrap,
    formula,
    formulaText,
  };
}

/** One run's list item: its colour swatch, a radio button that selects it for the formula, its sentence. */
export function runItem(k: number): HTMLLIElement {
  const li = el('li');
  const label = el('label');
  label.append(
    el('input', { type: 'radio', name: 'selected', value: String(k + 1) }),
    el('span', { class: 'run-text' }),
  );
  li.append(el('span', { class: 'swatch' }), label);
  return li;
}
