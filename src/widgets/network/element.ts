/**
 * `<lumen-network>`: a small neural network that trains live on 2D points, like TensorFlow
 * Playground: the decision-boundary heat map with the training points (filled) and test points
 * (hollow), the training and test loss per epoch, the network with every weight drawn by size
 * and sign, and, for the weight under the pointer or the keyboard, its gradient and its last
 * update written out with numbers. Play, step one batch, rewind to the same seeded start (a replay
 * is exact); click the plot to add a point.
 *
 * Besides its settings, `el.state` carries the run (read-only): `epoch`, `trainLoss` and
 * `testLoss` (the latest mean ½(ŷ − y)², undefined before the first snapshot) and `backend`.
 *
 * The element only wires things together: training runs in the engine (`engine.ts`, a worker),
 * rules in `model.ts`, pictures in `plot-view.ts`, `loss-view.ts` and `diagram.ts`, sentences in
 * `words.ts`, TeX in `formula.ts`.
 *
 * @example
 * <lumen-network dataset="xor" layers="4,4" play></lumen-network>
 * <script type="module">
 *   const el = document.querySelector('lumen-network');
 *   el.addEventListener('snapshot', () => console.log(el.state.epoch, el.state.testLoss));
 *   el.setState({ activation: 'relu' });   // back to the seeded start with ReLU neurons
 * </script>
 */
import {
  LumenElement,
  defineOnce,
  observedAttributesOf,
  prefersReducedMotion,
} from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import { parseNumber } from '../../math/number-text';
import { makeDataset, splitDataset, withPoint, type Dataset } from '../../math/nn';
import { texColor } from '../../ui/tex-format';
import { colorRgb as parseHex } from '../../render/color';
import { setText, setValue } from '../../ui/dom';
import { createEngine, type EngineSnapshot, type NetworkEngine } from './engine';
import { MAX_ADDED, NETWORK_PROPS, type EdgeRef, type NetworkSettings } from './props';
import {
  addLayer,
  autoEdge,
  dataKey,
  edgeExists,
  isEdgeKey,
  layerSizes,
  moveCursor,
  netSpecOf,
  nextEdge,
  removeLayer,
  resizeLayer,
  runKey,
  toPlane,
  trainSettingsOf,
  weightIndex,
  withAdded,
} from './model';
import { buildLayerRow, buildNetworkDom, L2_RATES, RATES, type NetworkDom } from './dom';
import { NetworkDiagram } from './diagram';
import { drawPlot, drawPlotMarks, type PlotColors } from './plot-view';
import { drawLoss } from './loss-view';
import { LossDigest } from './loss-digest';
import { HeatImage, type HeatColors } from './heat-image';
import { weightFormulaTex, weightFormulaWords, type WeightFacts } from './formula';
import { describeRun, statusText, type RunFacts } from './words';
import { formatEdge } from './props';
import { NETWORK_CSS } from './network.css';

const MAX_DPR = 2;
const MAX_SEED = 999999;
/**
 * While training, the KaTeX formula is re-typeset at most this often (typesetting and the layout
 * it causes cost a few ms, too much for every frame); paused, stepped or for another weight it
 * follows at once, so it is always exact when anyone can read it.
 */
const FORMULA_MS = 400;
/** While training, the weights' aria-labels are rewritten at most this often. */
const LABELS_MS = 1000;
/** While training, a screen reader hears the run's numbers at most this often. */
const ANNOUNCE_MS = 5000;

export type NetworkElementState = NetworkSettings & {
  readonly epoch: number;
  readonly trainLoss: number | undefined;
  readonly testLoss: number | undefined;
  readonly backend: string;
};

interface Data {
  readonly key: string;
  readonly train: Dataset;
  readonly test: Dataset;
}

export class LumenNetwork extends LumenElement<typeof NETWORK_PROPS, NetworkDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(NETWORK_PROPS);
  }

  private diagram: NetworkDiagram | undefined;
  private engine: NetworkEngine | undefined;
  private offSnapshot: (() => void) | undefined;
  private snap: EngineSnapshot | undefined;
  /** The run key the snapshot belongs to; a changed setting makes the snapshot stale until the next one. */
  private snapKey = '';
  private configuredKey = '';
  private data: Data | undefined;
  private readonly heatImage = new HeatImage();
  private heatColors: { palette: Palette; colors: HeatColors } | undefined;
  /** The plot's grid and points, drawn once per data, size and theme (see drawPlotMarks). */
  private marks: { canvas: HTMLCanvasElement; key: string; palette: Palette } | undefined;
  private readonly digests = { train: new LossDigest(), test: new LossDigest() };
  private lastBatches = -1;
  /** CSS sizes of the plot and the loss chart, from the ResizeObserver: no layout reads while drawing. */
  private plotSide = 0;
  private lossSize: [number, number] = [0, 0];
  /** What each picture was last drawn from: a frame with nothing new draws nothing. */
  private drawnPlot: readonly unknown[] = [];
  private drawnLoss: readonly unknown[] = [];
  private drawnDiagram: readonly unknown[] = [];
  private formulaAt = 0;
  private formulaEdge = '';
  private announcer: HTMLParagraphElement | undefined;
  private announcedAt = 0;
  /** A step or rewind asked for by the learner: its result is read out when it lands. */
  private announceNext = false;
  private cursor: [number, number] = [0, 0];
  private plotFocused = false;
  private addClass: 1 | -1 = 1;
  private hovered: EdgeRef | undefined;
  private formulaTex = '';
  private onScreen = false;
  private layerRowsFor = -1;
  private motionNote = false;
  private shownError: string | null = null;
  private labelledAt = 0;
  private io: IntersectionObserver | undefined;
  /** Watch speed: an epoch of batches was sent and its snapshot has not come back yet (since sentAt). */
  private awaiting = false;
  private sentAt = 0;
  private readonly resizeObserver = new ResizeObserver((entries) => this.resized(entries));

  constructor() {
    super(NETWORK_PROPS, NETWORK_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The settings plus the run: `epoch`, `trainLoss`, `testLoss` (latest, per epoch) and `backend`. */
  override get state(): Readonly<NetworkElementState> {
    const s = super.state;
    const snap = this.freshSnapshot();
    return Object.freeze({
      ...s,
      epoch: snap?.epoch ?? 0,
      trainLoss: snap ? last(snap.trainLoss) : undefined,
      testLoss: snap ? last(snap.testLoss) : undefined,
      backend: this.engine?.backend ?? 'not started',
    });
  }

  /** Copies of the loss curves so far: entry k is the mean loss after k epochs. */
  get losses(): { train: number[]; test: number[] } {
    const snap = this.freshSnapshot();
    return { train: snap ? [...snap.trainLoss] : [], test: snap ? [...snap.testLoss] : [] };
  }

  /** Batches trained since the seeded start. */
  get batches(): number {
    return this.freshSnapshot()?.batches ?? 0;
  }

  /** The weight shown in the formula (under the pointer, else the selected one): its value and gradient. */
  get weight(): { edge: string; w: number; grad: number | undefined } | undefined {
    const snap = this.freshSnapshot();
    if (!snap) return undefined;
    const e = this.shownEdge();
    const k = weightIndex(snap.net.sizes, e);
    return {
      edge: formatEdge(e),
      w: snap.net.weights[e.layer - 1]?.[k] ?? NaN,
      grad: snap.grads?.weights[e.layer - 1]?.[k],
    };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildNetworkDom();
    this.dom = dom;
    this.diagram = new NetworkDiagram(dom.diagram);
    // The run's numbers for screen readers, now and then (see announceRun): not every frame.
    this.announcer = document.createElement('p');
    this.announcer.className = 'sr-only';
    this.announcer.setAttribute('aria-live', 'polite');
    this.body.append(dom.layout, this.announcer);
    this.wireRun(dom);
    this.wirePlot(dom);
    this.wireDiagram(dom);
    this.wireSettings(dom);
    this.resizeObserver.observe(dom.plot);
    this.resizeObserver.observe(dom.loss);
    if (super.state.play) this.holdAutoplay();
    this.syncControls();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.io = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      this.onScreen = entry.isIntersecting;
      this.syncEngine();
    });
    this.io.observe(this);
    if (!this.engine) this.startEngine();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.io?.disconnect();
    this.io = undefined;
    this.onScreen = false;
    // Removed from the page: the worker goes too. Put back, the run starts again from its seed.
    this.offSnapshot?.();
    this.offSnapshot = undefined;
    this.engine?.dispose();
    this.engine = undefined;
    this.snap = undefined;
    this.configuredKey = '';
  }

  protected override stateChanged(previous: Readonly<NetworkSettings>, source: Source | 'user'): void {
    // Play asked for by the page (an attribute, the URL, a lesson or presenter step) is autoplay.
    if (!previous.play && super.state.play && source !== 'user' && source !== 'setState') this.holdAutoplay();
    const s = super.state;
    if (runKey(previous) !== runKey(s)) this.configure();
    if (previous.play !== s.play && s.play) this.motionNote = false;
    this.syncEngine();
    this.resolveEdge(source);
    this.syncControls();
  }

  /** A reader who prefers reduced motion starts training themselves: autoplay turns into a note. */
  private holdAutoplay(): boolean {
    if (!prefersReducedMotion()) return false;
    this.motionNote = true;
    this.update({ play: false });
    return true;
  }

  protected describe(): string {
    return describeRun(this.facts());
  }

  /**
   * Draws what changed since the last frame. While training this runs every frame, so each part
   * keeps to cheap work: the plot and the loss chart are redrawn only for a new snapshot (or size,
   * theme, data), the diagram only changes attributes, KaTeX is throttled (FORMULA_MS), text is
   * written only when it differs, and sizes come from the ResizeObserver (no layout reads).
   */
  protected render(): void {
    const dom = this.dom;
    if (!dom) return;
    const palette = this.palette;
    const s = super.state;
    this.syncControls();
    this.drawPlot(dom, palette);
    const snap = this.freshSnapshot();
    this.drawLoss(dom, palette, snap);
    const sizes = layerSizes(s.layers);
    if (snap && this.diagram) {
      const selected = this.selectedEdge();
      const shown = this.shownEdge();
      const key = [snap, formatEdge(selected), formatEdge(shown), s.play];
      if (!sameList(key, this.drawnDiagram)) {
        this.drawnDiagram = key;
        const now = performance.now();
        const labels = !s.play || now - this.labelledAt > LABELS_MS;
        if (labels) this.labelledAt = now;
        this.diagram.draw(snap.net, snap.grads, selected, shown, labels);
      }
    }
    this.syncFormula(snap, sizes, palette);
    const f = this.facts();
    setText(
      dom.status,
      statusText(f) + (this.motionNote ? ' · press Play to train (reduced motion: no autoplay)' : ''),
    );
    setText(dom.backend, `Computed with ${f.backend}.`);
    const error = this.engine?.error ?? null;
    if (error !== this.shownError) {
      this.shownError = error;
      this.setMessage('engine-error', error ? `Training stopped: ${error}.` : undefined);
    }
  }

  private resized(entries: readonly ResizeObserverEntry[]): void {
    const dom = this.dom;
    if (!dom) return;
    for (const e of entries) {
      const box = e.borderBoxSize?.[0];
      const w = box ? box.inlineSize : e.contentRect.width;
      const h = box ? box.blockSize : e.contentRect.height;
      if (e.target === dom.plot) this.plotSide = w;
      else if (e.target === dom.loss) this.lossSize = [w, h];
    }
    this.requestRender();
  }

  /**
   * Reads the run's numbers out through the widget's live region: the result of a step or a
   * rewind when it lands, and every ANNOUNCE_MS while training (a pause is read out by the base
   * element, as every change of the settings is). Never every frame: a screen reader would drown.
   */
  private announceRun(): void {
    const now = performance.now();
    const due = this.announceNext || (super.state.play && now - this.announcedAt >= ANNOUNCE_MS);
    if (!due || !this.announcer) return;
    this.announceNext = false;
    this.announcedAt = now;
    const text = this.describe();
    if (this.announcer.textContent !== text) this.announcer.textContent = text;
  }

  // ---- engine ---------------------------------------------------------------------------------------

  private startEngine(): void {
    const engine = createEngine({ resolution: 100 });
    this.engine = engine;
    this.offSnapshot = engine.onSnapshot((snap) => {
      this.awaiting = false;
      // Back at (or before) an earlier batch: a new run, whose curves start again.
      if (snap.batches < this.lastBatches || snap.batches === 0) {
        this.digests.train.reset();
        this.digests.test.reset();
      }
      this.lastBatches = snap.batches;
      this.snap = snap;
      this.snapKey = this.configuredKey;
      this.requestRender();
      this.announceRun();
      this.dispatchEvent(new CustomEvent('snapshot'));
    });
    this.configure();
    this.syncEngine();
  }

  /** Sends the engine back to the seeded start with the current settings (new points if they changed). */
  private configure(): void {
    const engine = this.engine;
    if (!engine) return;
    const s = super.state;
    const data = this.dataFor(s);
    const key = runKey(s);
    try {
      this.awaiting = false;
      engine.configure(netSpecOf(s), trainSettingsOf(s), { train: data.train, test: data.test }, s.seed);
      this.configuredKey = key;
      this.setMessage('engine', undefined);
    } catch (err) {
      this.setMessage(
        'engine',
        `The network could not start: ${err instanceof Error ? err.message : String(err)}.`,
      );
    }
  }

  private dataFor(s: Readonly<NetworkSettings>): Data {
    const key = dataKey(s);
    if (this.data?.key === key) return this.data;
    const all = makeDataset(s.dataset, s.points, s.noise, s.seed);
    const split = splitDataset(all, s.test, s.seed);
    let train = split.train;
    for (const p of s.added) train = withPoint(train, p.x, p.y, p.label);
    this.data = { key, train, test: split.test };
    return this.data;
  }

  /**
   * Trains only while asked to, on screen and in the page. At max speed the engine runs its own
   * loop; at watch speed the widget asks for one epoch per frame, as ONE request (n batches, one
   * snapshot), and for the next epoch only when the last one has come back: a slow machine gets
   * fewer epochs, never a queue.
   */
  private syncEngine(): void {
    const engine = this.engine;
    if (!engine) return;
    const s = super.state;
    const want = s.play && this.onScreen;
    const max = s.speed === 'max';
    if (want && max && !engine.playing) engine.play();
    else if ((!want || !max) && engine.playing) engine.pause();
    if (want && !max && !this.animating) this.startAnimation(() => this.watchFrame());
    else if ((!want || max) && this.animating) this.stopAnimation();
  }

  private watchFrame(): boolean {
    const engine = this.engine;
    if (!engine) return false;
    const now = performance.now();
    // A reply that never comes (a configuration the core refused) must not stall the loop.
    if (this.awaiting && now - this.sentAt < 1000) return true;
    const s = super.state;
    engine.stepBatch(Math.max(1, Math.ceil((this.data?.train.count ?? s.batch) / s.batch)));
    this.awaiting = true;
    this.sentAt = now;
    return true;
  }

  /** The last snapshot, if it belongs to the current settings. */
  private freshSnapshot(): EngineSnapshot | undefined {
    return this.snap && this.snapKey === runKey(super.state) ? this.snap : undefined;
  }

  private facts(): RunFacts {
    const s = super.state;
    const snap = this.freshSnapshot();
    const data = this.data;
    return {
      dataset: s.dataset,
      sizes: layerSizes(s.layers),
      activation: s.activation,
      trainCount: data?.train.count ?? 0,
      testCount: data?.test.count ?? 0,
      epoch: snap?.epoch ?? 0,
      batches: snap?.batches ?? 0,
      trainLoss: snap ? last(snap.trainLoss) : undefined,
      testLoss: snap ? last(snap.testLoss) : undefined,
      playing: s.play && (!!this.engine?.playing || this.animating),
      backend: this.engine?.backend ?? 'not started',
    };
  }

  // ---- run buttons and keys ---------------------------------------------------------------------

  private wireRun(dom: NetworkDom): void {
    dom.play.addEventListener('click', () => this.update({ play: !super.state.play }));
    dom.step.addEventListener('click', () => {
      this.update({ play: false });
      this.announceNext = true;
      this.engine?.stepBatch();
    });
    dom.rewind.addEventListener('click', () => {
      this.update({ play: false });
      this.awaiting = false;
      this.announceNext = true;
      this.engine?.rewind();
    });
    dom.fast.addEventListener('click', () =>
      this.update({ speed: super.state.speed === 'max' ? 'watch' : 'max' }),
    );
    this.body.addEventListener('keydown', (e) => {
      const t = e.composedPath()[0];
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (t instanceof HTMLInputElement && t.type === 'text') return;
      if (t instanceof HTMLSelectElement) return;
      const action: Record<string, HTMLButtonElement> = { p: dom.play, s: dom.step, r: dom.rewind };
      const button = action[e.key.toLowerCase()];
      if (!button) return;
      e.preventDefault();
      button.click();
    });
  }

  // ---- the plot: click or keys to add points --------------------------------------------------------

  private wirePlot(dom: NetworkDom): void {
    dom.canvas.addEventListener('click', (e) => {
      const r = dom.canvas.getBoundingClientRect();
      if (!(r.width > 0)) return;
      const [x, y] = toPlane(e.clientX - r.left, e.clientY - r.top, r.width);
      this.cursor = [x, y];
      this.addPoint(e.shiftKey ? (-this.addClass as 1 | -1) : this.addClass);
    });
    dom.canvas.addEventListener('focus', () => {
      this.plotFocused = true;
      this.requestRender();
    });
    dom.canvas.addEventListener('blur', () => {
      this.plotFocused = false;
      this.requestRender();
    });
    dom.canvas.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.addPoint(e.shiftKey ? (-this.addClass as 1 | -1) : this.addClass);
        return;
      }
      const next = moveCursor(this.cursor, e.key, { shift: e.shiftKey, alt: e.altKey });
      if (!next) return;
      e.preventDefault();
      this.cursor = next;
      this.requestRender();
    });
    const pick = (label: 1 | -1): void => {
      this.addClass = label;
      this.syncControls();
    };
    dom.classPos.addEventListener('click', () => pick(1));
    dom.classNeg.addEventListener('click', () => pick(-1));
    dom.clearAdded.addEventListener('click', () => this.update({ added: [] }));
  }

  private addPoint(label: 1 | -1): void {
    const [x, y] = this.cursor;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    this.update({ added: withAdded(super.state.added, { x, y, label }, MAX_ADDED) });
  }

  // ---- the diagram: hover, click, keys ----------------------------------------------------------------

  private wireDiagram(dom: NetworkDom): void {
    const edgeFrom = (e: Event): { ref: EdgeRef; el: SVGGElement } | undefined => {
      for (const t of e.composedPath()) {
        if (t === dom.diagram) return undefined;
        const ref = this.diagram?.edgeOf(t);
        if (ref) return { ref, el: this.diagram?.edgeElement(ref) as SVGGElement };
      }
      return undefined;
    };
    dom.diagram.addEventListener('pointerover', (e) => {
      const hit = edgeFrom(e);
      if (hit && formatEdge(hit.ref) !== formatEdge(this.hovered ?? null)) {
        this.hovered = hit.ref;
        this.requestRender();
      }
    });
    dom.diagram.addEventListener('pointerleave', () => {
      if (!this.hovered) return;
      this.hovered = undefined;
      this.requestRender();
    });
    dom.diagram.addEventListener('click', (e) => {
      const hit = edgeFrom(e);
      if (!hit) return;
      this.select(hit.ref);
      hit.el.focus({ preventScroll: true });
    });
    dom.diagram.addEventListener('focusin', (e) => {
      const hit = edgeFrom(e);
      if (hit) this.select(hit.ref);
    });
    dom.diagram.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !isEdgeKey(e.key)) return;
      const hit = edgeFrom(e);
      if (!hit) return;
      e.preventDefault();
      const to = nextEdge(layerSizes(super.state.layers), hit.ref, e.key);
      this.hovered = undefined;
      this.select(to);
      this.render();
      this.diagram?.edgeElement(to)?.focus();
    });
  }

  private select(e: EdgeRef): void {
    if (formatEdge(e) !== formatEdge(super.state.edge)) this.update({ edge: e });
  }

  private selectedEdge(): EdgeRef {
    const sizes = layerSizes(super.state.layers);
    const e = super.state.edge;
    return e && edgeExists(sizes, e) ? e : autoEdge(sizes);
  }

  private shownEdge(): EdgeRef {
    const sizes = layerSizes(super.state.layers);
    return this.hovered && edgeExists(sizes, this.hovered) ? this.hovered : this.selectedEdge();
  }

  /**
   * Says so when `edge` names a weight the network does not have. When the learner's own click
   * removed it (a layer or a neuron less), the selection quietly goes back to auto.
   */
  private resolveEdge(source: Source | 'user'): void {
    const e = super.state.edge;
    const sizes = layerSizes(super.state.layers);
    if (source === 'user' && e && !edgeExists(sizes, e)) {
      this.update({ edge: null });
      return;
    }
    this.setMessage(
      'edge',
      e && !edgeExists(sizes, e)
        ? `edge="${formatEdge(e)}": this network has no such weight; showing ${formatEdge(autoEdge(sizes))} instead.`
        : undefined,
    );
  }

  // ---- settings ---------------------------------------------------------------------------------------

  private wireSettings(dom: NetworkDom): void {
    for (const b of dom.datasets)
      b.addEventListener('click', () => {
        const r = NETWORK_PROPS.dataset.check(b.value);
        if (r.ok) this.update({ dataset: r.value });
      });
    const num = (input: HTMLInputElement | HTMLSelectElement, apply: (v: number) => void): void => {
      const read = (): void => {
        const v = parseNumber(input.value);
        if (v !== undefined) apply(v);
      };
      input.addEventListener(input instanceof HTMLSelectElement ? 'change' : 'input', read);
    };
    num(dom.noise, (v) => this.update({ noise: v / 100 }));
    num(dom.test, (v) => this.update({ test: v / 100 }));
    num(dom.points, (v) => this.update({ points: Math.round(v) }));
    num(dom.batch, (v) => this.update({ batch: Math.round(v) }));
    num(dom.rate, (v) => this.update({ rate: v }));
    num(dom.l2, (v) => this.update({ l2: v }));
    dom.activation.addEventListener('change', () => {
      const r = NETWORK_PROPS.activation.check(dom.activation.value);
      if (r.ok) this.update({ activation: r.value });
    });
    dom.addLayer.addEventListener('click', () => this.update({ layers: addLayer(super.state.layers) }));
    dom.removeLayer.addEventListener('click', () => this.update({ layers: removeLayer(super.state.layers) }));
    const readSeed = (): void => {
      const v = parseNumber(dom.seed.value);
      if (v === undefined || !Number.isInteger(v) || v < 0 || v > MAX_SEED) {
        dom.seed.setAttribute('aria-invalid', 'true');
        this.setMessage(
          'seed-input',
          `Seed "${dom.seed.value.slice(0, 20)}": type a whole number from 0 to ${MAX_SEED}.`,
        );
        return;
      }
      dom.seed.removeAttribute('aria-invalid');
      this.setMessage('seed-input', undefined);
      this.update({ seed: v });
    };
    dom.seed.addEventListener('change', readSeed);
    dom.seed.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') readSeed();
    });
    dom.newSeed.addEventListener('click', () =>
      this.update({ seed: (super.state.seed + 1) % (MAX_SEED + 1) }),
    );
  }

  private syncLayerRows(dom: NetworkDom, hidden: readonly number[]): void {
    if (this.layerRowsFor === hidden.length) return;
    this.layerRowsFor = hidden.length;
    const rows = hidden.map((_, k) => {
      const r = buildLayerRow(k);
      r.minus.addEventListener('click', () =>
        this.update({ layers: resizeLayer(super.state.layers, k, -1) }),
      );
      r.plus.addEventListener('click', () => this.update({ layers: resizeLayer(super.state.layers, k, 1) }));
      return r.row;
    });
    dom.layerRows.replaceChildren(...rows);
  }

  private syncControls(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = super.state;
    const playing = s.play;
    setText(dom.play, playing ? '‖ Pause' : '▶ Play');
    setAttr(dom.play, 'aria-pressed', String(playing));
    setAttr(dom.fast, 'aria-pressed', String(s.speed === 'max'));
    setAttr(dom.classPos, 'aria-pressed', String(this.addClass === 1));
    setAttr(dom.classNeg, 'aria-pressed', String(this.addClass === -1));
    dom.clearAdded.hidden = s.added.length === 0;
    dom.settings.hidden = !s.controls;
    dom.formulaWrap.hidden = !s.formula;
    for (const b of dom.datasets) setAttr(b, 'aria-pressed', String(b.value === s.dataset));
    setValue(dom.noise, String(Math.round(s.noise * 100)));
    setText(dom.noiseOut, `${Math.round(s.noise * 100)} %`);
    setValue(dom.test, String(Math.round(s.test * 100)));
    setText(dom.testOut, `${Math.round(s.test * 100)} %`);
    setValue(dom.points, String(s.points));
    setText(dom.pointsOut, String(s.points));
    setValue(dom.batch, String(s.batch));
    setText(dom.batchOut, String(s.batch));
    setText(dom.layersOut, String(s.layers.length));
    dom.addLayer.disabled = s.layers.length >= 4;
    dom.removeLayer.disabled = s.layers.length <= 1;
    this.syncLayerRows(dom, s.layers);
    dom.layerRows.querySelectorAll<HTMLDivElement>('.layer').forEach((row, k) => {
      const n = s.layers[k] ?? 0;
      const out = row.querySelector('.count');
      if (out) setText(out as HTMLElement, `${n} neuron${n === 1 ? '' : 's'}`);
      const [minus, plus] = row.querySelectorAll('button');
      if (minus) minus.disabled = n <= 1;
      if (plus) plus.disabled = n >= 8;
    });
    setSelect(dom.activation, s.activation);
    setSelect(dom.rate, String(s.rate), RATES.map(String));
    setSelect(dom.l2, String(s.l2), L2_RATES.map(String));
    if (this.root.activeElement !== dom.seed) setValue(dom.seed, String(s.seed));
  }

  // ---- drawing -------------------------------------------------------------------------------------

  private drawPlot(dom: NetworkDom, palette: Palette): void {
    const side = this.plotSide;
    if (!(side > 0)) return;
    const s = super.state;
    const data = this.dataFor(s);
    const snap = this.snap;
    const scale = pixelRatio();
    const cursor = this.plotFocused ? this.cursor : undefined;
    const key = [snap?.boundary, palette, side, scale, data.key, cursor?.[0], cursor?.[1]];
    if (sameList(key, this.drawnPlot)) return;
    const ctx = sizeCanvas(dom.canvas, side, side);
    if (!ctx) return;
    this.drawnPlot = key;
    const colors: PlotColors = {
      positive: palette.j,
      negative: palette.i,
      fg: palette.fg,
      bg: palette.bg,
      grid: palette.grid,
      focus: palette.focus,
    };
    const lineScale = positive(palette.lineScale, 1);
    const scene = {
      side,
      train: data.train,
      test: data.test,
      added: s.added,
      showTest: true,
      colors,
      lineScale,
    };
    drawPlot(ctx, {
      ...scene,
      heat: snap
        ? this.heatImage.draw(snap.boundary, snap.resolution, this.heatColorsOf(palette))
        : undefined,
      marks: this.marksImage(
        dom.canvas,
        `${data.key}|${dom.canvas.width}x${dom.canvas.height}`,
        palette,
        (m) => drawPlotMarks(m, scene),
        side,
      ),
      cursor,
    });
  }

  private heatColorsOf(palette: Palette): HeatColors {
    if (this.heatColors?.palette === palette) return this.heatColors.colors;
    const light = PALETTES.light;
    const colors = {
      positive: parseHex(palette.j, parseHex(light.j, [0, 0, 0])),
      negative: parseHex(palette.i, parseHex(light.i, [0, 0, 0])),
      bg: parseHex(palette.bg, [255, 255, 255]),
    };
    this.heatColors = { palette, colors };
    return colors;
  }

  /** The plot's grid and points on a transparent canvas of the plot's backing size, redrawn only when `key` or the theme changes. */
  private marksImage(
    plot: HTMLCanvasElement,
    key: string,
    palette: Palette,
    draw: (ctx: CanvasRenderingContext2D) => void,
    side: number,
  ): HTMLCanvasElement | undefined {
    if (this.marks?.key === key && this.marks.palette === palette) return this.marks.canvas;
    const canvas = this.marks?.canvas ?? document.createElement('canvas');
    if (canvas.width !== plot.width) canvas.width = plot.width;
    if (canvas.height !== plot.height) canvas.height = plot.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(canvas.width / side, 0, 0, canvas.height / side, 0, 0);
    draw(ctx);
    this.marks = { canvas, key, palette };
    return canvas;
  }

  private drawLoss(dom: NetworkDom, palette: Palette, snap: EngineSnapshot | undefined): void {
    const [width, height] = this.lossSize;
    if (!(width > 0 && height > 0)) return;
    const key = [snap, palette, width, height, pixelRatio()];
    if (sameList(key, this.drawnLoss)) return;
    const ctx = sizeCanvas(dom.loss, width, height);
    if (!ctx) return;
    this.drawnLoss = key;
    drawLoss(ctx, {
      width,
      height,
      train: snap ? snap.trainLoss : [],
      test: snap ? snap.testLoss : [],
      colors: {
        train: palette.model,
        test: palette.fg,
        fg: palette.fg,
        muted: palette.muted,
        grid: palette.grid,
        bg: palette.bg,
      },
      fontPx: positive(palette.fontSize, 18),
      lineScale: positive(palette.lineScale, 1),
      digests: this.digests,
    });
  }

  private syncFormula(snap: EngineSnapshot | undefined, sizes: readonly number[], palette: Palette): void {
    const dom = this.dom;
    if (!dom || !super.state.formula || !snap) return;
    const s = super.state;
    const e = this.shownEdge();
    const k = weightIndex(sizes, e);
    const w = snap.net.weights[e.layer - 1]?.[k];
    if (w === undefined) return;
    const facts: WeightFacts = {
      edge: e,
      sizes,
      w,
      g: snap.grads?.weights[e.layer - 1]?.[k],
      rate: s.rate,
      l2: s.l2,
    };
    const light = PALETTES.light;
    const tex = weightFormulaTex(facts, {
      weight: w >= 0 ? texColor(palette.j, light.j) : texColor(palette.i, light.i),
      gradient: texColor(palette.gradient, light.gradient),
    });
    if (tex === this.formulaTex) return;
    // Training: the numbers change every frame; typeset a few times a second. Another weight, a
    // step, a pause: at once.
    const now = performance.now();
    const edge = formatEdge(e);
    if (s.play && edge === this.formulaEdge && now - this.formulaAt < FORMULA_MS) return;
    this.formulaAt = now;
    this.formulaEdge = edge;
    this.formulaTex = tex;
    const words = weightFormulaWords(facts);
    setText(dom.formulaText, words);
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
  }
}

function last(a: readonly number[]): number | undefined {
  return a.length ? a[a.length - 1] : undefined;
}

function positive(text: string, fallback: number): number {
  const v = Number.parseFloat(text);
  return Number.isFinite(v) && v > 0 ? Math.min(v, 40) : fallback;
}

function pixelRatio(): number {
  return Math.min(window.devicePixelRatio || 1, MAX_DPR);
}

/** Element-wise ===: what a picture was drawn from, against what it would be drawn from now. */
function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}

/** Sizes a canvas's backing store for the device pixel ratio and returns its context in CSS pixels. */
function sizeCanvas(canvas: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D | null {
  const scale = pixelRatio();
  const bw = Math.max(1, Math.round(w * scale));
  const bh = Math.max(1, Math.round(h * scale));
  if (canvas.width !== bw) canvas.width = bw;
  if (canvas.height !== bh) canvas.height = bh;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(bw / w, 0, 0, bh / h, 0, 0);
  return ctx;
}

function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}
/** Selects `value`, adding it as an option first when a setting holds a value the menu does not list. */
function setSelect(select: HTMLSelectElement, value: string, listed?: readonly string[]): void {
  if (![...select.options].some((o) => o.value === value)) {
    for (const o of [...select.options]) if (listed && !listed.includes(o.value)) o.remove();
    const opt = document.createElement('option');
    opt.value = value;
    opt.textContent = value;
    select.append(opt);
  }
  if (select.value !== value) select.value = value;
}

defineOnce('lumen-network', LumenNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-network': LumenNetwork;
  }
}
