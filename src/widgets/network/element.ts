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
 * rules in `model.ts`, the canvases in `pictures.ts`, the diagram in `diagram.ts`, the buttons and
 * settings in `controls.ts`, sentences in `words.ts`, TeX in `formula.ts`.
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
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { ActionBar } from '../../ui/action-bar';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { Handles, type Projection } from '../../ui/handles';
import { memo } from '../../ui/memo';
import { setText } from '../../ui/dom';
import { CanvasSurface } from '../../render/canvas-surface';
import { createEngine, type EngineSnapshot, type NetworkEngine } from './engine';
import { MAX_ADDED, NETWORK_PROPS, formatEdge, type NetworkSettings } from './props';
import {
  clampToPlane,
  layerSizes,
  moveCursor,
  netSpecOf,
  networkData,
  runKey,
  toPixel,
  toPlane,
  trainSettingsOf,
  weightIndex,
  withAdded,
} from './model';
import { buildNetworkDom, type NetworkDom } from './dom';
import { NetworkDiagram } from './diagram';
import { MAP_RES, NeuronMaps } from './neuron-maps';
import { NetworkControls } from './controls';
import { EdgePicker } from './edge-picker';
import { NetworkPictures, heatColorsOf, sameList } from './pictures';
import { lastStep, weightFormulaTex, weightFormulaWords } from './formula';
import { describeRun, statusText, type RunFacts } from './words';
import { NETWORK_CSS } from './network.css';

/**
 * While training, the KaTeX formula is re-typeset at most this often (typesetting and the layout
 * it causes cost a few ms, too much for every frame); paused, stepped or for another weight it
 * follows at once, so it is always exact when anyone can read it.
 */
const FORMULA_MS = 400;
/** While training, the weights' aria-labels are rewritten at most this often. */
const LABELS_MS = 1000;
/** While training, the neurons' pictures follow at most this often (a few times a second: no dropped frames). */
const MAPS_MS = 250;
/** While training, a screen reader hears the run's numbers at most this often. */
const ANNOUNCE_MS = 5000;

export type NetworkElementState = NetworkSettings & {
  readonly epoch: number;
  readonly trainLoss: number | undefined;
  readonly testLoss: number | undefined;
  readonly backend: string;
};

export class LumenNetwork extends LumenElement<typeof NETWORK_PROPS, NetworkDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(NETWORK_PROPS);
  }

  private diagram!: NetworkDiagram;
  private controls!: NetworkControls;
  private edges!: EdgePicker;
  private pictures!: NetworkPictures;
  private formula!: FormulaView;
  private engine: NetworkEngine | undefined;
  private offSnapshot: (() => void) | undefined;
  private snap: EngineSnapshot | undefined;
  /** The run key the snapshot belongs to; a changed setting makes the snapshot stale until the next one. */
  private snapKey = '';
  private configuredKey = '';
  private readonly data = memo(
    (dataset, points, noise, test, seed, added) => networkData({ dataset, points, noise, test, seed, added }),
    () => [this.s.dataset, this.s.points, this.s.noise, this.s.test, this.s.seed, this.s.added] as const,
  );
  private lastBatches = -1;
  private drawnDiagram: readonly unknown[] = [];
  private formulaEdge = '';
  private announcedAt = 0;
  /** A step or rewind asked for by the learner: its result is read out when it lands. */
  private announceNext = false;
  private cursor: [number, number] = [0, 0];
  private plotFocused = false;
  /** The base's visibility (it starts visible, and reports only changes). */
  private onScreen = true;
  private motionNote = false;
  private shownError: string | null = null;
  private labelledAt = 0;
  private readonly neuronMaps = new NeuronMaps();
  /** What the neurons' pictures were drawn from (snapshot, palette) and when. */
  private mapped: readonly unknown[] = [];
  private mappedAt = -Infinity;
  /** Watch speed: an epoch of batches was sent and its snapshot has not come back yet (since sentAt). */
  private awaiting = false;
  private sentAt = 0;

  constructor() {
    super(NETWORK_PROPS, NETWORK_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The settings plus the run: `epoch`, `trainLoss`, `testLoss` (latest, per epoch) and `backend`. */
  override get state(): Readonly<NetworkElementState> {
    const snap = this.freshSnapshot();
    return Object.freeze({
      ...this.s,
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
    const e = this.edges.shownEdge();
    const k = weightIndex(snap.net.sizes, e);
    return {
      edge: formatEdge(e),
      w: snap.net.weights[e.layer - 1]?.[k] ?? NaN,
      grad: snap.grads?.weights[e.layer - 1]?.[k],
    };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): NetworkDom {
    return buildNetworkDom();
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = this.dom;
    this.diagram = new NetworkDiagram(dom.diagram);
    const redraw = (): void => {
      this.pictures.invalidate();
      this.requestRender();
    };
    const plot = this.use(new CanvasSurface(dom.canvas, { box: dom.plot, onResize: redraw }));
    const loss = this.use(new CanvasSurface(dom.loss, { onResize: redraw }));
    this.pictures = new NetworkPictures(plot, loss);
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    // The columns sit side by side from 760 px; narrower, the run buttons go under the plot.
    this.use(new ActionBar(this, dom.plot, [dom.head], 760));
    this.controls = this.use(
      new NetworkControls(this.host, dom, {
        step: () => {
          this.announceNext = true;
          this.engine?.stepBatch();
        },
        rewind: () => {
          this.awaiting = false;
          this.announceNext = true;
          this.engine?.rewind();
        },
      }),
    );
    // Trains only on screen: the base's visibility, not a second IntersectionObserver.
    this.use({
      hostVisible: (visible: boolean) => {
        this.onScreen = visible;
        this.syncEngine();
      },
    });
    this.wireCursor(dom, plot);
    this.edges = this.use(new EdgePicker(this.host, dom, this.diagram, () => this.render()));
    if (this.s.play) this.holdAutoplay();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.engine) this.startEngine();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    if (!previous.play && this.s.play && source !== 'user' && source !== 'setState') this.holdAutoplay();
    const s = this.s; // after holdAutoplay, which may have turned play off
    if (runKey(previous) !== runKey(s)) this.configure();
    if (previous.play !== s.play && s.play) this.motionNote = false;
    this.syncEngine();
  }

  /** A reader who prefers reduced motion starts training themselves: autoplay turns into a note. */
  private holdAutoplay(): void {
    if (!prefersReducedMotion()) return;
    this.motionNote = true;
    this.update({ play: false });
  }

  protected describe(): string {
    return describeRun(this.facts());
  }

  /**
   * Draws what changed since the last frame. While training this runs every frame, so each part
   * keeps to cheap work: the canvases are redrawn only for a new snapshot (or size, theme, data;
   * see pictures.ts), the diagram only changes attributes, KaTeX is throttled (FORMULA_MS), and
   * text is written only when it differs.
   */
  protected render(): void {
    const { dom, s } = this;
    const palette = this.palette;
    const snap = this.freshSnapshot();
    this.controls.sync();
    this.pictures.drawPlot({
      palette,
      snap: this.snap,
      data: this.data(),
      added: s.added,
      cursor: this.plotFocused ? this.cursor : undefined,
    });
    this.pictures.drawLoss(palette, snap);
    if (snap) {
      const selected = this.edges.selectedEdge();
      const shown = this.edges.shownEdge();
      const key = [snap, formatEdge(selected), formatEdge(shown), s.play, s.features];
      if (!sameList(key, this.drawnDiagram)) {
        this.drawnDiagram = key;
        const now = performance.now();
        const labels = !s.play || now - this.labelledAt > LABELS_MS;
        if (labels) this.labelledAt = now;
        this.diagram.draw(snap.net, snap.grads, selected, shown, labels, s.features);
      }
      this.drawNeuronMaps(snap);
      this.showFormula(snap);
    }
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

  /** Each neuron's output over the plane, inside its circle; throttled to MAPS_MS while training. */
  private drawNeuronMaps(snap: EngineSnapshot): void {
    const key = [snap, this.palette];
    if (sameList(key, this.mapped)) return;
    const now = performance.now();
    if (this.s.play && now - this.mappedAt < MAPS_MS) {
      // Not yet: the next frame looks again (training keeps rendering).
      return;
    }
    this.mapped = key;
    this.mappedAt = now;
    const maps = this.neuronMaps.compute(snap.net, this.s.activation, this.s.features);
    const colors = heatColorsOf(this.palette);
    this.neuronMaps.inputMaps(this.s.features).forEach((values, j) => {
      const canvas = this.diagram.mapCanvas(0, j);
      if (canvas) this.neuronMaps.paint(canvas, values, MAP_RES, colors);
    });
    maps.forEach((layer, l) =>
      layer.forEach((values, j) => {
        const canvas = this.diagram.mapCanvas(l + 1, j);
        if (canvas) this.neuronMaps.paint(canvas, values, MAP_RES, colors);
      }),
    );
  }

  /** The shown weight's gradient and update; while training another frame's numbers wait FORMULA_MS. */
  private showFormula(snap: EngineSnapshot): void {
    const s = this.s;
    const sizes = layerSizes(s.layers, s.features);
    const e = this.edges.shownEdge();
    const k = weightIndex(sizes, e);
    const w = snap.net.weights[e.layer - 1]?.[k];
    if (w === undefined) return;
    const facts = {
      edge: e,
      sizes,
      inputs: s.features,
      w,
      g: snap.grads?.weights[e.layer - 1]?.[k],
      rate: s.rate,
      l2: s.l2,
    };
    const edge = formatEdge(e);
    // The diagram's readout shows what the formula shows, put there when the formula is (D7).
    const tip = { edge, w, g: facts.g === undefined ? undefined : lastStep(w, facts.g, s.rate, s.l2).data };
    if (!s.formula) {
      this.diagram.showTip(tip);
      return;
    }
    const p = texPalette(this.palette);
    const tex = weightFormulaTex(facts, { weight: w >= 0 ? p.j : p.i, gradient: p.gradient });
    // Another weight, a step, a pause: at once.
    const throttleMs = s.play && edge === this.formulaEdge ? FORMULA_MS : 0;
    this.formulaEdge = edge;
    this.formula.show(tex, weightFormulaWords(facts), {
      throttleMs,
      shown: () => this.diagram.showTip(tip),
    });
  }

  /**
   * Reads the run's numbers out through the widget's live region: the result of a step or a
   * rewind when it lands, and every ANNOUNCE_MS while training (a pause is read out by the base
   * element, as every change of the settings is). Never every frame: a screen reader would drown.
   */
  private announceRun(): void {
    const now = performance.now();
    const due = this.announceNext || (this.s.play && now - this.announcedAt >= ANNOUNCE_MS);
    if (!due) return;
    this.announceNext = false;
    this.announcedAt = now;
    setText(this.dom.announcer, this.describe());
  }

  // ---- engine ---------------------------------------------------------------------------------------

  private startEngine(): void {
    const engine = createEngine({ resolution: 100 });
    this.engine = engine;
    this.offSnapshot = engine.onSnapshot((snap) => {
      this.awaiting = false;
      // Back at (or before) an earlier batch: a new run, whose curves start again.
      if (snap.batches < this.lastBatches || snap.batches === 0) this.pictures.resetCurves();
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
    const s = this.s;
    const data = this.data();
    try {
      this.awaiting = false;
      engine.configure(netSpecOf(s), trainSettingsOf(s), { train: data.train, test: data.test }, s.seed);
      this.configuredKey = runKey(s);
      this.setMessage('engine', undefined);
    } catch (err) {
      this.setMessage(
        'engine',
        `The network could not start: ${err instanceof Error ? err.message : String(err)}.`,
      );
    }
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
    const s = this.s;
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
    const s = this.s;
    engine.stepBatch(Math.max(1, Math.ceil(this.data().train.count / s.batch)));
    this.awaiting = true;
    this.sentAt = now;
    return true;
  }

  /** The last snapshot, if it belongs to the current settings. */
  private freshSnapshot(): EngineSnapshot | undefined {
    return this.snap && this.snapKey === runKey(this.s) ? this.snap : undefined;
  }

  private facts(): RunFacts {
    const s = this.s;
    const snap = this.freshSnapshot();
    const data = this.data();
    return {
      dataset: s.dataset,
      sizes: layerSizes(s.layers, s.features),
      activation: s.activation,
      trainCount: data.train.count,
      testCount: data.test.count,
      epoch: snap?.epoch ?? 0,
      batches: snap?.batches ?? 0,
      trainLoss: snap ? last(snap.trainLoss) : undefined,
      testLoss: snap ? last(snap.testLoss) : undefined,
      playing: s.play && (!!this.engine?.playing || this.animating),
      backend: this.engine?.backend ?? 'not started',
    };
  }

  // ---- the plot: click or keys to add points --------------------------------------------------------

  /**
   * A click on the plot adds a point (Handles' `miss`, Shift: the other class); the focused plot
   * is a keyboard handle whose arrows move the cross (moveCursor's steps) and Enter adds a point.
   */
  private wireCursor(dom: NetworkDom, plot: CanvasSurface): void {
    const projection = (): Projection => {
      const side = plot.boxWidth;
      return {
        toPixel: (p) => toPixel(p[0], p[1], side),
        fromPixel: (x, y) => (side > 0 ? toPlane(x, y, side) : [NaN, NaN]),
      };
    };
    const handles = this.use(
      new Handles(dom.plot, {
        projection,
        miss: (p, e) => {
          this.cursor = [clampToPlane(p[0]), clampToPlane(p[1])];
          this.addPoint(e.shiftKey);
          return false;
        },
      }),
    );
    handles.add(dom.canvas, {
      at: () => this.cursor,
      moveTo: () => undefined,
      pointer: false,
      arrows: false,
      key: (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          this.addPoint(e.shiftKey);
          return true;
        }
        const next = moveCursor(this.cursor, e.key, { shift: e.shiftKey, alt: e.altKey });
        if (next) {
          this.cursor = next;
          this.requestRender();
        }
        return next !== undefined;
      },
    });
    const focus = (on: boolean): void => {
      this.plotFocused = on;
      this.requestRender();
    };
    dom.canvas.addEventListener('focus', () => focus(true));
    dom.canvas.addEventListener('blur', () => focus(false));
  }

  private addPoint(other: boolean): void {
    const [x, y] = this.cursor;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const label = other ? (-this.controls.addClass as 1 | -1) : this.controls.addClass;
    this.update({ added: withAdded(this.s.added, { x, y, label }, MAX_ADDED) });
  }
}

function last(a: readonly number[]): number | undefined {
  return a.length ? a[a.length - 1] : undefined;
}

defineOnce('lumen-network', LumenNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-network': LumenNetwork;
  }
}
