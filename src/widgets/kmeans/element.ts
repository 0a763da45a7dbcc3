/**
 * `<lumen-kmeans>`: k-means, one half-step at a time. Points (seeded blobs or placed by hand) and
 * k centroids (placed by clicking, or chosen by random / k-means++ from a seed); Assign colours
 * every point by its nearest centroid (the Voronoi cells show the regions), Update moves every
 * centroid to the mean of its points; the inertia after each half-step, Back to the exact previous
 * state, Play, Run to the end. Optional charts: the final inertia of 20 seeds (bad starts end in
 * bad minima) and the elbow curve over k.
 *
 * The element only wires things together: numbers come from `model.ts` (and
 * `src/math/ml/kmeans.ts`), pixels from `view.ts`, sentences from `words.ts`, TeX from `formula.ts`.
 *
 * @example
 * <lumen-kmeans data="blobs" k="3" seed="4"></lumen-kmeans>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import { texColor } from '../../ui/tex-format';
import { setDisabled, setHidden, setText, setValue } from '../../ui/dom';
import { keyDelta } from '../../ui/keys';
import { watchSize } from '../../ui/resize';
import type { Vec2 } from '../../math/mat2';
import type { RunState, SeedResult } from '../../math/ml/kmeans';
import { createRandom } from '../../math/random';
import { initCentroids } from '../../math/ml/kmeans';
import { fromPixel, makeView, toPixel, type View } from '../../render/view2d';
import { voronoiCells } from '../../render/voronoi';
import type { Point2 } from '../../ui/point-list-prop';
import { KMEANS_PROPS, LIMIT, MAX_K, SEED_MAX, type KmeansState } from './props';
import { RunController } from '../../ui/run-controller';
import { DataEditor } from '../../ui/data-editor/editor';
import type { Point } from '../../math/ml/points';
import {
  analyse,
  centroidList,
  clusterSizes,
  dataPoints,
  elbowCurve,
  extentFor,
  lastStep,
  nextPhase,
  round2,
  seedSpread,
  stateAt,
  type Analysis,
} from './model';
import { drawElbow, drawKmeans, drawSpread, type ChartFrame } from './view';
import { kmeansTex } from './formula';
import { describe, elbowSentence, inertiaText, phaseSentence, spreadSentence } from './words';
import { buildKmeansDom, type KmeansDom } from './dom';
import { KMEANS_CSS } from './kmeans.css';

const MAX_DPR = 2;

/** The numbers on screen, unrounded, for scripts and tests. */
export interface KmeansNumbers {
  readonly step: number;
  readonly lastStep: number;
  readonly phase: RunState['phase'];
  readonly next: 'assign' | 'update' | 'done';
  readonly k: number;
  readonly centroids: Point2[];
  readonly labels: number[] | undefined;
  readonly inertia: number | undefined;
  /** Inertia after every half-step so far (undefined at step 0). */
  readonly inertias: (number | undefined)[];
  readonly converged: boolean;
  readonly spread: readonly SeedResult[] | undefined;
  readonly elbow: readonly number[] | undefined;
}

export function clusterColors(p: Palette): string[] {
  return [p.i, p.j, p.k, p.gradient, p.data, p.model, p.error, p.accent, p.muted, p.fg];
}

export class LumenKmeans extends LumenElement<typeof KMEANS_PROPS, KmeansDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(KMEANS_PROPS);
  }

  private ctx: CanvasRenderingContext2D | null = null;
  private side = 0;
  private cache: { key: string; a: Analysis } | undefined;
  private spreadCache: { key: string; v: SeedResult[] } | undefined;
  private elbowCache: { key: string; v: number[] } | undefined;
  private drag: { j: number; pointerId: number; extent: number } | undefined;
  private cross: Vec2 | undefined;
  private focusJ = -1;
  private formulaTex = '';
  private run!: RunController;
  private editor!: DataEditor;

  constructor() {
    super(KMEANS_PROPS, KMEANS_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  protected override createDom(): KmeansDom {
    return buildKmeansDom();
  }

  // ---- public API ---------------------------------------------------------------------------------

  get numbers(): KmeansNumbers | undefined {
    const a = this.analysis();
    const run = a.run;
    if (!run) return undefined;
    const step = Math.min(this.s.iteration, lastStep(run));
    const st = stateAt(run, step);
    return {
      step,
      lastStep: lastStep(run),
      phase: st.phase,
      next: nextPhase(run, step),
      k: a.k,
      centroids: centroidList(st.centroids),
      labels: st.labels ? [...st.labels] : undefined,
      inertia: st.inertia,
      inertias: run.states.slice(0, step + 1).map((x) => x.inertia),
      converged: run.convergedAt !== undefined && step >= run.convergedAt,
      spread: this.s.spread ? this.spreadResults() : undefined,
      elbow: this.s.elbow ? this.elbowResults() : undefined,
    };
  }

  /** Client (viewport) pixel of a plane point as currently drawn. */
  plotToClient(p: Vec2): { x: number; y: number } {
    const rect = this.dom.canvas.getBoundingClientRect();
    const [x, y] = toPixel(this.view(rect.width), p);
    return { x: rect.left + x, y: rect.top + y };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.onDisconnect(
      watchSize(this.dom.plot, (box) => {
        this.side = Math.min(box.width, box.height);
        this.requestRender();
      }),
    );
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = this.dom;
    this.body.append(dom.layout);
    this.ctx = dom.canvas.getContext('2d');
    this.run = this.use(
      new RunController({
        dom: dom.run,
        iteration: () => this.shownStep(),
        setIteration: (k) => this.update({ iteration: k }),
        speed: () => this.s.speed,
        setSpeed: (v) => this.update({ speed: v }),
        limit: () => {
          const r = this.analysis().run;
          return r ? lastStep(r) : 0;
        },
        label: (k) => `half-step ${k}`,
      }),
    );
    dom.canvas.classList.add('data-surface');
    this.editor = this.use(
      new DataEditor({
        surface: dom.canvas,
        dom: dom.editor,
        toPixel: (p) => {
          const [x, y] = toPixel(this.view(this.plotSide()), [p.x, p.y]);
          return { x, y };
        },
        fromPixel: (p) => {
          const [x, y] = fromPixel(this.view(this.plotSide()), p.x, p.y);
          return { x, y };
        },
        step: () => 0.1,
        points: () => this.editorPoints(),
        setPoints: (points) => this.update({ data: 'hand', points, iteration: 0 }),
        setMessage: (key, text) => this.setMessage(`data-${key}`, text),
        classes: () => 1,
        enabled: () => this.s.click === 'points',
        redraw: () => this.requestRender(),
      }),
    );
    this.wirePlot(dom);
    this.wireHandles(dom);
    this.wireControls(dom);
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<KmeansState>, source: Source | 'user'): void {
    if (source !== 'user' && previous.iteration !== this.s.iteration && this.run.playing) this.run.pause();
    this.syncControls();
  }

  protected describe(): string {
    const a = this.analysis();
    if (!a.run) return a.problem ?? '';
    const st = stateAt(a.run, this.s.iteration);
    return describe(a.data.n, a.k, st, clusterSizes(st.labels, a.k));
  }

  protected render(): void {
    const dom = this.dom;
    const ctx = this.ctx;
    if (!ctx) return;
    const palette = this.palette;
    this.syncFormula(palette);
    const side = this.side || dom.plot.getBoundingClientRect().width;
    if (!(side > 0)) return;
    const k2 = this.fitCanvas(dom.canvas, side, side);
    ctx.setTransform(k2, 0, 0, k2, 0, 0);
    const a = this.analysis();
    const view = this.view(side);
    const lineScale = positive(Number.parseFloat(palette.lineScale), 1);
    const fontPx = Math.min(positive(Number.parseFloat(palette.fontSize), 18), 40);
    const run = a.run;
    const st = run ? stateAt(run, this.s.iteration) : undefined;
    const centroids = st?.centroids ?? new Float64Array(0);
    const e = view.extent * Math.max(1, view.width / view.height);
    const cells = this.s.voronoi && st ? voronoiCells(centroidList(centroids), [-e, -e, e, e]) : undefined;
    const previous = st && st.phase === 'update' && run ? run.states[st.step - 1]!.centroids : undefined;
    drawKmeans(ctx, {
      view,
      colors: palette,
      lineScale,
      fontPx,
      data: a.data,
      labels: st?.labels,
      centroids,
      previous,
      cells,
      clusterColors: clusterColors(palette),
      focus: this.drag?.j ?? this.focusJ,
      cross: this.s.click === 'points' ? editorCursor(this.editor) : this.cross,
      selected: this.s.click === 'points' ? this.editor.selected : undefined,
    });
    this.placeHandles(view, centroids);
    const chart = (
      canvas: HTMLCanvasElement,
      draw: (c: CanvasRenderingContext2D, f: ChartFrame) => void,
    ): void => {
      const w = canvas.clientWidth;
      const h = canvas.clientHeight;
      if (!(w > 0 && h > 0)) return;
      const c = canvas.getContext('2d');
      if (!c) return;
      const s = this.fitCanvas(canvas, w, h);
      c.setTransform(s, 0, 0, s, 0, 0);
      draw(c, { width: w, height: h, colors: palette, lineScale, fontPx });
    };
    if (this.s.spread && run) {
      const res = this.spreadResults();
      chart(dom.spreadCanvas, (c, f) =>
        drawSpread(
          c,
          f,
          res.map((r) => r.inertia),
          run.states[lastStep(run)]!.inertia,
        ),
      );
    }
    if (this.s.elbow) {
      const curve = this.elbowResults();
      chart(dom.elbowCanvas, (c, f) => drawElbow(c, f, curve, a.k));
    }
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private analysis(): Analysis {
    const s = this.s;
    const key = JSON.stringify([
      s.data,
      s.data === 'hand' ? s.points : 0,
      s.n,
      s.seed,
      s.centroids,
      s.k,
      s.init,
    ]);
    if (this.cache?.key !== key) {
      this.cache = { key, a: analyse(s as KmeansState) };
      this.setMessage('run', this.cache.a.problem);
    }
    return this.cache.a;
  }

  private spreadResults(): SeedResult[] {
    const s = this.s;
    const a = this.analysis();
    const key = JSON.stringify([s.data, s.data === 'hand' ? s.points : 0, s.n, s.seed, a.k, s.init]);
    if (this.spreadCache?.key !== key)
      this.spreadCache = { key, v: seedSpread(s as KmeansState, a.data, a.k) };
    return this.spreadCache.v;
  }

  private elbowResults(): number[] {
    const s = this.s;
    const key = JSON.stringify([s.data, s.data === 'hand' ? s.points : 0, s.n, s.seed]);
    if (this.elbowCache?.key !== key)
      this.elbowCache = { key, v: elbowCurve(s as KmeansState, this.analysis().data) };
    return this.elbowCache.v;
  }

  private view(side: number): View {
    const a = this.analysis();
    const st = a.run ? stateAt(a.run, this.s.iteration) : undefined;
    return makeView(side, side, this.drag?.extent ?? extentFor(a.data, st?.centroids ?? []));
  }

  private fitCanvas(canvas: HTMLCanvasElement, w: number, h: number): number {
    const scale = Math.min(window.devicePixelRatio || 1, MAX_DPR);
    const bw = Math.max(1, Math.round(w * scale));
    const bh = Math.max(1, Math.round(h * scale));
    if (canvas.width !== bw || canvas.height !== bh) {
      canvas.width = bw;
      canvas.height = bh;
    }
    return bw / w;
  }

  /** The centroids shown now, as the list a placed edit starts from. */
  private shownCentroids(): Point2[] {
    const a = this.analysis();
    if (!a.run) return [...this.s.centroids];
    return centroidList(stateAt(a.run, this.s.iteration).centroids).map(
      (p) => [round2(p[0]), round2(p[1])] as const,
    );
  }

  private setCentroids(list: Point2[]): void {
    this.pause();
    this.update({ centroids: list, iteration: 0 });
  }

  private addCentroid(p: Vec2): void {
    if (!this.inRange(p)) return;
    const list = this.s.centroids.length ? this.shownCentroids() : [];
    if (list.length >= MAX_K) {
      this.setMessage('place', `At most ${MAX_K} centroids; drag one or clear them first.`);
      return;
    }
    this.setMessage('place', undefined);
    this.setCentroids([...list, [round2(p[0]), round2(p[1])]]);
  }

  /** The points as the data editor sees them (the seeded ones too, so an edit starts from what is shown). */
  private editorPoints(): Point[] {
    const s = this.s;
    if (s.data === 'hand') return [...s.points];
    const d = this.analysis().data;
    const out: Point[] = [];
    for (let i = 0; i < d.n; i++) out.push({ x: round2(d.x[2 * i]!), y: round2(d.x[2 * i + 1]!), label: 0 });
    return out;
  }

  private plotSide(): number {
    return this.side || this.dom.canvas.getBoundingClientRect().width;
  }

  private inRange(p: Vec2): boolean {
    return (
      Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= LIMIT && Math.abs(p[1]) <= LIMIT
    );
  }

  // ---- run ----------------------------------------------------------------------------------------

  private go(step: number): void {
    const run = this.analysis().run;
    if (!run) return;
    this.update({ iteration: Math.max(0, Math.min(step, lastStep(run))) });
  }

  private shownStep(): number {
    const run = this.analysis().run;
    return run ? Math.min(this.s.iteration, lastStep(run)) : 0;
  }

  private pause(): void {
    this.run.pause();
  }

  // ---- pointer and keys ---------------------------------------------------------------------------

  private local(e: { clientX: number; clientY: number }, view?: View): Vec2 {
    const r = this.dom.canvas.getBoundingClientRect();
    return fromPixel(view ?? this.view(r.width), e.clientX - r.left, e.clientY - r.top);
  }

  private wirePlot(dom: KmeansDom): void {
    dom.canvas.addEventListener('pointerdown', (e) => {
      if (this.s.click !== 'centroids' || (e.pointerType === 'mouse' && e.button !== 0)) return;
      e.preventDefault();
      this.addCentroid(this.local(e));
    });
    dom.canvas.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || this.s.click !== 'centroids') return;
      const d = keyDelta(e);
      if (d) {
        e.preventDefault();
        const c = this.cross ?? [0, 0];
        this.cross = [round2(c[0] + d[0]), round2(c[1] + d[1])];
        this.requestRender();
        return;
      }
      if (e.key === 'Enter' && this.cross) {
        e.preventDefault();
        this.addCentroid(this.cross);
      }
    });
    dom.canvas.addEventListener('blur', () => {
      this.cross = undefined;
      this.requestRender();
    });
  }

  private wireHandles(dom: KmeansDom): void {
    dom.handles.forEach((h, j) => {
      h.addEventListener('pointerdown', (e) => {
        if (this.drag || (e.pointerType === 'mouse' && e.button !== 0)) return;
        e.preventDefault();
        e.stopPropagation();
        const r = dom.canvas.getBoundingClientRect();
        h.setPointerCapture(e.pointerId);
        this.drag = { j, pointerId: e.pointerId, extent: this.view(r.width).extent };
        h.classList.add('dragging');
        h.focus({ preventScroll: true });
      });
      h.addEventListener('pointermove', (e) => {
        const d = this.drag;
        if (!d || d.pointerId !== e.pointerId) return;
        e.preventDefault();
        const r = dom.canvas.getBoundingClientRect();
        this.moveCentroid(j, this.local(e, makeView(r.width, r.width, d.extent)));
      });
      const end = (e: PointerEvent): void => {
        const d = this.drag;
        if (!d || d.pointerId !== e.pointerId) return;
        this.drag = undefined;
        h.classList.remove('dragging');
        if (h.hasPointerCapture(e.pointerId)) h.releasePointerCapture(e.pointerId);
        this.requestRender();
      };
      h.addEventListener('pointerup', end);
      h.addEventListener('pointercancel', end);
      h.addEventListener('lostpointercapture', end);
      h.addEventListener('focus', () => {
        this.focusJ = j;
        this.requestRender();
      });
      h.addEventListener('blur', () => {
        this.focusJ = -1;
        this.requestRender();
      });
      h.addEventListener('keydown', (e) => {
        if (e.ctrlKey || e.metaKey) return;
        if (e.key === 'Delete' || e.key === 'Backspace') {
          e.preventDefault();
          const list = this.shownCentroids().filter((_, t) => t !== j);
          this.setCentroids(list);
          (dom.handles[Math.max(0, j - 1)] ?? dom.canvas).focus();
          return;
        }
        const d = keyDelta(e);
        if (!d) return;
        e.preventDefault();
        const c = this.shownCentroids()[j];
        if (c) this.moveCentroid(j, [c[0] + d[0], c[1] + d[1]]);
      });
    });
  }

  private moveCentroid(j: number, p: Vec2): void {
    if (!this.inRange(p)) return;
    const list = this.shownCentroids();
    if (j >= list.length) return;
    list[j] = [round2(p[0]), round2(p[1])];
    this.setCentroids(list);
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: KmeansDom): void {
    dom.end.addEventListener('click', () => {
      this.pause();
      const run = this.analysis().run;
      if (run) this.go(lastStep(run));
    });
    dom.data.addEventListener('change', () => {
      const v = dom.data.value as KmeansState['data'];
      this.pause();
      if (v === 'hand' && !this.s.points.length) {
        // Start the hand-placed set from the points on screen, so nothing vanishes.
        this.update({ data: v, points: this.editorPoints(), iteration: 0 });
      } else this.update({ data: v, iteration: 0 });
    });
    dom.k.addEventListener('change', () => {
      const k = Number(dom.k.value);
      if (!Number.isInteger(k)) return;
      this.pause();
      this.update({ k, centroids: [], iteration: 0 });
    });
    const initWith = (init: 'random' | 'plusplus'): void => {
      const s = this.s;
      const seed = (s.seed + 1) % (SEED_MAX + 1);
      const data = dataPoints({ ...s, seed: s.data === 'hand' ? seed : s.seed });
      const k = s.centroids.length || s.k;
      if (data.n < k) return;
      const c = initCentroids(data, k, init, createRandom(seed + 1_000_000));
      this.pause();
      const list = centroidList(c).map((p) => [round2(p[0]), round2(p[1])] as const);
      // The points stay; only the start changes (the seed moves on so each press gives a new one).
      this.update(
        s.data === 'hand'
          ? { init, seed, centroids: list, iteration: 0 }
          : { init, centroids: list, iteration: 0 },
      );
    };
    dom.random.addEventListener('click', () => initWith('random'));
    dom.plusplus.addEventListener('click', () => initWith('plusplus'));
    dom.clear.addEventListener('click', () => this.setCentroids([]));
    dom.click.addEventListener('change', () =>
      this.update({ click: dom.click.value === 'points' ? 'points' : 'centroids' }),
    );
    dom.voronoi.addEventListener('change', () => this.update({ voronoi: dom.voronoi.checked }));
    dom.spread.addEventListener('change', () => this.update({ spread: dom.spread.checked }));
    dom.elbow.addEventListener('change', () => this.update({ elbow: dom.elbow.checked }));
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private placeHandles(view: View, centroids: ArrayLike<number>): void {
    const k = centroids.length >> 1;
    this.dom.handles.forEach((h, j) => {
      const show = j < k;
      setHidden(h, !show);
      if (!show) return;
      const [x, y] = toPixel(view, [centroids[2 * j]!, centroids[2 * j + 1]!]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      h.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
      const label = `Centroid ${j + 1} at (${round2(centroids[2 * j]!)}, ${round2(centroids[2 * j + 1]!)})`;
      if (h.getAttribute('aria-label') !== label) h.setAttribute('aria-label', label);
    });
  }

  private syncControls(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.s;
    const a = this.analysis();
    const run = a.run;
    const step = this.shownStep();
    const next = run ? nextPhase(run, step) : 'done';
    setHidden(dom.controls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula || !run);
    setDisabled(dom.end, next === 'done');
    setText(dom.run.forward, next === 'update' ? 'Update +1' : 'Assign +1');
    setValue(dom.click, s.click);
    dom.canvas.style.cursor = s.click === 'points' ? 'copy' : 'crosshair';
    setText(dom.phase, run ? phaseSentence(run, stateAt(run, step), next) : (a.problem ?? ''));
    if (run) {
      const list = run.states
        .slice(1, step + 1)
        .map((x) => `${x.phase === 'assign' ? 'A' : 'U'}${Math.ceil(x.step / 2)} ${inertiaText(x.inertia)}`);
      setText(
        dom.inertiaList,
        list.length ? `Inertia per half-step: ${list.join(' · ')}` : 'Inertia per half-step: none yet.',
      );
    } else setText(dom.inertiaList, '');
    setValue(dom.data, s.data);
    setValue(dom.k, String(a.k));
    dom.voronoi.checked = s.voronoi;
    dom.spread.checked = s.spread;
    dom.elbow.checked = s.elbow;
    setHidden(dom.spreadWrap, !s.spread || !run);
    setHidden(dom.elbowWrap, !s.elbow);
    setHidden(dom.charts, !(s.spread && run) && !s.elbow);
    if (s.spread && run) setText(dom.spreadText, spreadSentence(this.spreadResults()));
    if (s.elbow) setText(dom.elbowText, elbowSentence(this.elbowResults()));
    const description = this.describe();
    if (dom.canvas.getAttribute('aria-label') !== description)
      dom.canvas.setAttribute('aria-label', description);
    this.requestRender();
  }

  private syncFormula(palette: Palette): void {
    const a = this.analysis();
    if (!this.s.formula || !a.run) return;
    const step = this.shownStep();
    const st = stateAt(a.run, step);
    const colors = {
      data: texColor(palette.data, PALETTES.light.data),
      err: texColor(palette.error, PALETTES.light.error),
      first: texColor(palette.i, PALETTES.light.i),
    };
    const tex = kmeansTex(st, a.data, nextPhase(a.run, step), colors);
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    const words = phaseSentence(a.run, st, nextPhase(a.run, step));
    setText(this.dom.formulaText, words);
    renderTex(this.dom.formula, tex, { displayMode: true }).catch(() => setText(this.dom.formula, words));
  }
}

function positive(v: number, fallback: number): number {
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

defineOnce('lumen-kmeans', LumenKmeans);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-kmeans': LumenKmeans;
  }
}

function editorCursor(e: DataEditor): Vec2 | undefined {
  return e.cursor ? [e.cursor.x, e.cursor.y] : undefined;
}
