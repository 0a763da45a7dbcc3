/**
 * The buttons and settings of `<lumen-network>`, bound to its property table: the run buttons and
 * their letter keys (p, s, r), the class a click adds, the dataset, layer and neuron buttons, and
 * the sliders, menus and seed through src/ui/bind.ts (ranges and steps from the table, stated
 * once). A controller: it follows every state change on `hostUpdated`.
 */
import { bindCheckboxSet, bindNumberField, bindRange, bindSelect } from '../../ui/bind';
import { setDisabled, setText } from '../../ui/dom';
import type { ControlHost, Controller } from '../../ui/widget-element';
import { bindShortcuts } from '../../ui/shortcuts';
import { buildLayerRow, type NetworkDom } from './dom';
import { addLayer, removeLayer, resizeLayer } from './model';
import { NETWORK_PROPS } from './props';

type Host = ControlHost<typeof NETWORK_PROPS>;

/** What the run buttons do besides changing the state (the engine is the element's). */
export interface RunActions {
  step(): void;
  rewind(): void;
}

const pct = (v: number): string => `${Math.round(v * 100)} %`;

export class NetworkControls implements Controller {
  /** The class a click (or Enter on the plot) adds; Shift adds the other one. */
  addClass: 1 | -1 = 1;
  private layerRowsFor = -1;

  constructor(
    private readonly host: Host,
    private readonly dom: NetworkDom,
    run: RunActions,
  ) {
    const update = (p: Parameters<Host['update']>[0]): void => host.update(p);
    dom.play.addEventListener('click', () => update({ play: !host.state.play }));
    dom.step.addEventListener('click', () => {
      update({ play: false });
      run.step();
    });
    dom.rewind.addEventListener('click', () => {
      update({ play: false });
      run.rewind();
    });
    dom.fast.addEventListener('click', () => update({ speed: host.state.speed === 'max' ? 'watch' : 'max' }));
    // p, s, r press Play, Step and Rewind.
    bindShortcuts(dom.layout, {
      p: () => dom.play.click(),
      s: () => dom.step.click(),
      r: () => dom.rewind.click(),
    });
    const pick = (label: 1 | -1): void => {
      this.addClass = label;
      this.sync();
    };
    dom.classPos.addEventListener('click', () => pick(1));
    dom.classNeg.addEventListener('click', () => pick(-1));
    dom.clearAdded.addEventListener('click', () => update({ added: [] }));
    for (const b of dom.datasets)
      b.addEventListener('click', () => {
        const r = NETWORK_PROPS.dataset.check(b.value);
        if (r.ok) update({ dataset: r.value });
      });
    dom.addLayer.addEventListener('click', () => update({ layers: addLayer(host.state.layers) }));
    dom.removeLayer.addEventListener('click', () => update({ layers: removeLayer(host.state.layers) }));
    dom.newSeed.addEventListener('click', () =>
      update({ seed: (host.state.seed + 1) % ((NETWORK_PROPS.seed.max ?? 999999) + 1) }),
    );
    bindRange(host, dom.noise, 'noise', { scale: 100, step: 0.05, text: pct });
    bindRange(host, dom.test, 'test', { scale: 100, step: 0.1, text: pct });
    bindRange(host, dom.points, 'points', { step: 10, text: String });
    bindRange(host, dom.batch, 'batch', { step: 1, text: String });
    bindCheckboxSet(host, dom.features, 'features', 'Inputs');
    bindSelect(host, dom.activation, 'activation');
    bindSelect(host, dom.rate, 'rate');
    bindSelect(host, dom.l2, 'l2');
    bindNumberField(host, dom.seed, 'seed', { label: 'Seed' });
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** The buttons' pressed states and the layer rows, from the state. */
  sync(): void {
    const { dom } = this;
    const s = this.host.state;
    setText(dom.play, s.play ? '‖ Pause' : '▶ Play');
    pressed(dom.play, s.play);
    pressed(dom.fast, s.speed === 'max');
    pressed(dom.classPos, this.addClass === 1);
    pressed(dom.classNeg, this.addClass === -1);
    for (const b of dom.datasets) pressed(b, b.value === s.dataset);
    dom.clearAdded.hidden = s.added.length === 0;
    dom.settings.hidden = !s.controls;
    dom.formulaWrap.hidden = !s.formula;
    setText(dom.layersOut, String(s.layers.length));
    // The focused button may be the one that turns off: focus moves to its partner (probe F8).
    setDisabled(dom.addLayer, s.layers.length >= 4, dom.removeLayer);
    setDisabled(dom.removeLayer, s.layers.length === 0, dom.addLayer);
    this.syncLayerRows(s.layers.length);
    dom.layerRows.querySelectorAll<HTMLDivElement>('.layer').forEach((row, k) => {
      const n = s.layers[k] ?? 0;
      const out = row.querySelector<HTMLElement>('.count');
      if (out) setText(out, `${n} neuron${n === 1 ? '' : 's'}`);
      const [minus, plus] = row.querySelectorAll('button');
      if (minus) minus.disabled = n <= 1;
      if (plus) plus.disabled = n >= 8;
    });
  }

  private syncLayerRows(count: number): void {
    if (this.layerRowsFor === count) return;
    this.layerRowsFor = count;
    const host = this.host;
    const rows = Array.from({ length: count }, (_, k) => {
      const r = buildLayerRow(k);
      r.minus.addEventListener('click', () => host.update({ layers: resizeLayer(host.state.layers, k, -1) }));
      r.plus.addEventListener('click', () => host.update({ layers: resizeLayer(host.state.layers, k, 1) }));
      return r.row;
    });
    this.dom.layerRows.replaceChildren(...rows);
  }
}

function pressed(button: HTMLElement, on: boolean): void {
  const v = String(on);
  if (button.getAttribute('aria-pressed') !== v) button.setAttribute('aria-pressed', v);
}
