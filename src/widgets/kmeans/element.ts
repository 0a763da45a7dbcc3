/**
 * `<lumen-kmeans>`: k-means, one half-step at a time. Points (seeded blobs or placed by hand) and
 * k centroids (placed by clicking, or chosen by random / k-means++ from a seed); Assign colours
 * every point by its nearest centroid (the Voronoi cells show the regions), Update moves every
 * centroid to the mean of its points; the inertia after each half-step, Back to the exact previous
 * state, Play, Run to the end. Optional charts: the final inertia of 20 seeds (bad starts end in
 * bad minima) and the elbow curve over k. `mode="mnist"`: the same half-steps on 10,000 MNIST
 * digits in a worker, the centroids drawn as 28 × 28 images (digits-mode.ts).
 *
 * The element only wires things together: numbers come from `model.ts` (and
 * `src/math/ml/kmeans.ts`), pixels from `view.ts`, sentences from `words.ts`, TeX from `formula.ts`.
 *
 * @example
 * <lumen-kmeans data="blobs" k="3" seed="4"></lumen-kmeans>
 * <lumen-kmeans mode="mnist" k="10"></lumen-kmeans>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { setDisabled, setHidden, setText } from '../../ui/dom';
import { keyDelta } from '../../ui/keys';
import { memo } from '../../ui/memo';
import { bindCheckbox, bindSelect } from '../../ui/bind';
import { CanvasSurface } from '../../render/canvas-surface';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { Handles, viewProjection } from '../../ui/handles';
import type { Vec2 } from '../../math/mat2';
import { makeView, toPixel, type View } from '../../render/view2d';
import { voronoiCells } from '../../render/voronoi';
import type { Point2 } from '../../ui/point-list-prop';
import { KMEANS_PROPS, MAX_K, MAX_STEP, SEED_MAX, type KmeansState } from './props';
import { RunController } from '../../ui/run-controller';
import { DataEditor } from '../../ui/data-editor/editor';
import {
  analyse,
  centroidList,
  clusterSizes,
  editorPoints,
  elbowCurve,
  extentFor,
  freshStart,
  inRange,
  lastStep,
  nextPhase,
  numbersAt,
  round2,
  roundedCentroids,
  seedSpread,
  stateAt,
  type KmeansNumbers,
} from './model';
import { clusterColors, drawElbow, drawKmeans, drawSpread } from './view';
import { kmeansTex } from './formula';
import { describe, elbowSentence, inertiaList, phaseSentence, spreadSentence } from './words';
import { buildKmeansDom, type KmeansDom } from './dom';
import { KMEANS_CSS } from './kmeans.css';
import { DigitsMode, type KmeansDigits } from './digits-mode';

export type { KmeansDigits, KmeansNumbers };
export { clusterColors };

export class LumenKmeans extends LumenElement<typeof KMEANS_PROPS, KmeansDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(KMEANS_PROPS);
  }

  private cross: Vec2 | undefined;
  private focusJ = -1;
  private surface!: CanvasSurface;
  private spreadSurface!: CanvasSurface;
  private elbowSurface!: CanvasSurface;
  private formula!: FormulaView;
  private handles!: Handles;
  private run!: RunController;
  private editor!: DataEditor;
  private digitsMode!: DigitsMode;

  private readonly analysis = memo(
    (data, points, n, seed, centroids, k, init) => analyse({ data, points, n, seed, centroids, k, init }),
    () => {
      const s = this.s;
      return [s.data, s.data === 'hand' ? s.points : [], s.n, s.seed, s.centroids, s.k, s.init] as const;
    },
  );
  private readonly spreadResults = memo(
    (a, init, seed) => seedSpread({ init, seed }, a.data, a.k),
    () => [this.analysis(), this.s.init, this.s.seed] as const,
  );
  private readonly elbowResults = memo(
    (data, seed) => elbowCurve({ seed }, data),
    () => [this.analysis().data, this.s.seed] as const,
  );

  constructor() {
    super(KMEANS_PROPS, KMEANS_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  protected override createDom(): KmeansDom {
    return buildKmeansDom();
  }

  // ---- public API ---------------------------------------------------------------------------------

  get numbers(): KmeansNumbers | undefined {
    const s = this.s;
    const a = this.analysis();
    return numbersAt(
      a,
      this.shownStep(),
      s.spread ? this.spreadResults() : undefined,
      s.elbow ? this.elbowResults() : undefined,
    );
  }

  /** The MNIST mode's numbers (undefined in the plane mode and until the digits are in). */
  get digits(): KmeansDigits | undefined {
    return this.digitsMode.numbers();
  }

  /** Client (viewport) pixel of a plane point as currently drawn. */
  plotToClient(p: Vec2): { x: number; y: number } {
    const rect = this.dom.canvas.getBoundingClientRect();
    const [x, y] = toPixel(this.view(), p);
    return { x: rect.left + x, y: rect.top + y };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected build(): void {
    ensureKatexFonts(document);
    const dom = this.dom;
    const redraw = (): void => this.requestRender();
    this.surface = this.use(new CanvasSurface(dom.canvas, { box: dom.plot, onResize: redraw }));
    this.spreadSurface = this.use(new CanvasSurface(dom.spreadCanvas, { onResize: redraw }));
    this.elbowSurface = this.use(new CanvasSurface(dom.elbowCanvas, { onResize: redraw }));
    this.formula = this.use(
      new FormulaView({ tex: dom.formula, text: dom.formulaText, box: dom.formulaWrap }),
    );
    const changed = (): void => this.syncControls();
    this.digitsMode = this.use(new DigitsMode(this.host, dom.digits, () => this.palette, changed));
    this.run = this.use(
      new RunController({
        dom: dom.run,
        iteration: () => this.shownStep(),
        setIteration: (k) => this.update({ iteration: k }),
        speed: () => this.s.speed,
        setSpeed: (v) => this.update({ speed: v }),
        limit: () => this.lastStep() ?? MAX_STEP,
        label: (k) => `half-step ${k}`,
        forward: (k) => this.forwardWords(k),
      }),
    );
    // The editor's handles live in the plot, beside the canvas (inside it they were never shown).
    dom.plot.classList.add('data-surface');
    this.editor = this.use(
      new DataEditor({
        surface: dom.plot,
        dom: dom.editor,
        toPixel: (p) => {
          const [x, y] = toPixel(this.view(), [p.x, p.y]);
          return { x, y };
        },
        fromPixel: (p) => {
          const [x, y] = viewProjection(this.view()).fromPixel(p.x, p.y);
          return { x, y };
        },
        step: () => 0.1,
        points: () => (this.s.data === 'hand' ? [...this.s.points] : editorPoints(this.analysis().data)),
        setPoints: (points) => this.update({ data: 'hand', points, iteration: 0 }),
        setMessage: (key, text) => this.setMessage(`data-${key}`, text),
        classes: () => 1,
        enabled: () => this.s.click === 'points' && this.s.mode === 'plane',
        redraw,
      }),
    );
    this.wireCentroids(dom);
    this.wireControls(dom);
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<KmeansState>, source: Source | 'user'): void {
    if (source !== 'user' && previous.iteration !== this.s.iteration && this.run.playing) this.run.pause();
    this.syncControls();
  }

  protected describe(): string {
    if (this.s.mode === 'mnist') return this.digitsMode.describe();
    const a = this.analysis();
    if (!a.run) return a.problem ?? '';
    const st = stateAt(a.run, this.s.iteration);
    return describe(a.data.n, a.k, st, clusterSizes(st.labels, a.k));
  }

  protected render(): void {
    if (this.s.mode === 'mnist') {
      this.digitsMode.render();
      return;
    }
    const palette = this.palette;
    this.syncFormula(palette);
    const f = this.surface.frame(palette);
    if (!f) return;
    const a = this.analysis();
    const view = this.view();
    const run = a.run;
    const st = run ? stateAt(run, this.s.iteration) : undefined;
    const centroids = st?.centroids ?? new Float64Array(0);
    const e = view.extent * Math.max(1, view.width / view.height);
    drawKmeans(f.ctx, {
      view,
      colors: palette,
      lineScale: f.lineScale,
      fontPx: f.fontPx,
      data: a.data,
      labels: st?.labels,
      centroids,
      previous: st && st.phase === 'update' && run ? run.states[st.step - 1]!.centroids : undefined,
      cells: this.s.voronoi && st ? voronoiCells(centroidList(centroids), [-e, -e, e, e]) : undefined,
      clusterColors: clusterColors(palette),
      focus: this.focusJ,
      cross: this.s.click === 'points' ? [this.editor.cursor.x, this.editor.cursor.y] : this.cross,
      selected: this.s.click === 'points' ? this.editor.selected : undefined,
    });
    this.handles.place(viewProjection(view));
    this.editor.place();
    const sf = this.s.spread && run ? this.spreadSurface.frame(palette) : undefined;
    if (sf && run) {
      const res = this.spreadResults().map((r) => r.inertia);
      drawSpread(sf.ctx, { ...sf, colors: palette }, res, run.states[lastStep(run)]!.inertia);
    }
    const ef = this.s.elbow ? this.elbowSurface.frame(palette) : undefined;
    if (ef) drawElbow(ef.ctx, { ...ef, colors: palette }, this.elbowResults(), a.k);
  }

  /** The plot's view: frozen while a centroid is dragged, so the plot does not run from the pointer. */
  private view(): View {
    const frozen = this.handles.frozen;
    if (frozen) return frozen.view;
    const a = this.analysis();
    const st = a.run ? stateAt(a.run, this.s.iteration) : undefined;
    const side = this.surface.boxWidth || this.dom.canvas.getBoundingClientRect().width;
    return makeView(side, side, extentFor(a.data, st?.centroids ?? []));
  }

  /** The centroids shown now, as the list a placed edit starts from. */
  private shownCentroids(): Point2[] {
    const a = this.analysis();
    return a.run ? roundedCentroids(stateAt(a.run, this.s.iteration).centroids) : [...this.s.centroids];
  }

  private setCentroids(list: Point2[]): void {
    this.run.pause();
    this.update({ centroids: list, iteration: 0 });
  }

  private addCentroid(p: Vec2): void {
    if (!inRange(p)) return;
    const list = this.s.centroids.length ? this.shownCentroids() : [];
    if (list.length >= MAX_K) {
      this.setMessage('place', `At most ${MAX_K} centroids; drag one or clear them first.`);
      return;
    }
    this.setMessage('place', undefined);
    this.setCentroids([...list, [round2(p[0]), round2(p[1])]]);
  }

  private moveCentroid(j: number, p: Vec2): void {
    const list = this.shownCentroids();
    if (!inRange(p) || j >= list.length) return;
    list[j] = [round2(p[0]), round2(p[1])];
    this.setCentroids(list);
  }

  /** The last half-step (MNIST: undefined until the worker has sent it). */
  private lastStep(): number | undefined {
    if (this.s.mode === 'mnist') return this.digitsMode.lastStep;
    const run = this.analysis().run;
    return run ? lastStep(run) : 0;
  }

  private shownStep(): number {
    if (this.s.mode === 'mnist') return this.digitsMode.shownStep;
    return Math.min(this.s.iteration, this.lastStep() ?? 0);
  }

  // ---- pointer and keys ---------------------------------------------------------------------------

  /** Centroids: a press on the plot places one, a press on one drags it; keys move and delete. */
  private wireCentroids(dom: KmeansDom): void {
    const placing = (): boolean => this.s.click === 'centroids' && this.s.mode === 'plane';
    this.handles = this.use(
      new Handles(dom.plot, {
        box: dom.canvas,
        freeze: true,
        projection: () => viewProjection(this.view()),
        miss: (p) => {
          if (placing()) this.addCentroid(p);
          return false;
        },
      }),
    );
    dom.handles.forEach((h, j) => {
      this.handles.add(h, {
        enabled: () => placing() && j < this.shownCentroids().length,
        at: () => this.shownCentroids()[j] ?? [0, 0],
        moveTo: (p) => this.moveCentroid(j, p),
        drop: () => this.requestRender(),
        label: () => {
          const c = this.shownCentroids()[j];
          return c ? `Centroid ${j + 1} at (${c[0]}, ${c[1]})` : `Centroid ${j + 1}`;
        },
        key: (e) => {
          if (e.key !== 'Delete' && e.key !== 'Backspace') return false;
          this.setCentroids(this.shownCentroids().filter((_, t) => t !== j));
          (dom.handles[Math.max(0, j - 1)] ?? dom.canvas).focus();
          return true;
        },
      });
      h.addEventListener('focus', () => this.focusOn(j));
      h.addEventListener('blur', () => this.focusOn(-1));
    });
    // The keyboard cross on the focused plot: arrows move it, Enter places a centroid there.
    dom.canvas.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || !placing()) return;
      const d = keyDelta(e);
      if (d) {
        e.preventDefault();
        const c = this.cross ?? [0, 0];
        this.cross = [round2(c[0] + d[0]), round2(c[1] + d[1])];
        this.requestRender();
      } else if (e.key === 'Enter' && this.cross) {
        e.preventDefault();
        this.addCentroid(this.cross);
      }
    });
    dom.canvas.addEventListener('blur', () => {
      this.cross = undefined;
      this.requestRender();
    });
  }

  private focusOn(j: number): void {
    this.focusJ = j;
    this.requestRender();
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: KmeansDom): void {
    dom.end.addEventListener('click', () => {
      this.run.pause();
      const last = this.lastStep();
      if (last !== undefined) this.update({ iteration: last });
    });
    dom.mode.addEventListener('change', () => {
      this.run.pause();
      // The digits are ten classes: MNIST starts with k = 10 unless k was changed from the default.
      const mnist = dom.mode.value === 'mnist';
      const k = mnist && this.s.k === KMEANS_PROPS.k.default ? MAX_K : this.s.k;
      this.update({ mode: mnist ? 'mnist' : 'plane', k, iteration: 0 });
    });
    bindSelect(this.host, dom.path, 'path');
    dom.data.addEventListener('change', () => {
      const v = dom.data.value as KmeansState['data'];
      this.run.pause();
      // Start the hand-placed set from the points on screen, so nothing vanishes.
      const points = v === 'hand' && !this.s.points.length ? editorPoints(this.analysis().data) : undefined;
      this.update(points ? { data: v, points, iteration: 0 } : { data: v, iteration: 0 });
    });
    dom.k.addEventListener('change', () => {
      const k = Number(dom.k.value);
      if (!Number.isInteger(k)) return;
      this.run.pause();
      this.update({ k, centroids: [], iteration: 0 });
    });
    const initWith = (init: 'random' | 'plusplus'): void => {
      const next = freshStart(this.s, init, SEED_MAX);
      if (!next) return;
      this.run.pause();
      this.update(next);
    };
    dom.random.addEventListener('click', () => initWith('random'));
    dom.plusplus.addEventListener('click', () => initWith('plusplus'));
    dom.clear.addEventListener('click', () => this.setCentroids([]));
    bindSelect(this.host, dom.click, 'click');
    bindCheckbox(this.host, dom.voronoi, 'voronoi');
    bindCheckbox(this.host, dom.spread, 'spread');
    bindCheckbox(this.host, dom.elbow, 'elbow');
  }

  private syncControls(): void {
    const dom = this.dom;
    this.run.sync(); // a streamed MNIST half-step moves the counter and the buttons too
    const s = this.s;
    const mnist = s.mode === 'mnist';
    dom.layout.classList.toggle('mnist', mnist);
    dom.mode.value = s.mode;
    setHidden(dom.controls, !s.controls);
    dom.k.value = String(mnist ? s.k : this.analysis().k);
    if (mnist) {
      const last = this.lastStep();
      const step = this.shownStep();
      setDisabled(dom.end, last !== undefined && step >= last);
      // The digits run moves on without a state change: the forward button's words follow it.
      this.run.sync();
      setText(dom.phase, '');
      setText(dom.inertiaList, this.digitsMode.inertiaList());
      this.setMessage('run', undefined);
      this.requestRender();
      return;
    }
    const a = this.analysis();
    this.setMessage('run', a.problem);
    const run = a.run;
    const step = this.shownStep();
    const next = run ? nextPhase(run, step) : 'done';
    setHidden(dom.formulaWrap, !s.formula || !run);
    setDisabled(dom.end, next === 'done');
    dom.canvas.style.cursor = s.click === 'points' ? 'copy' : 'crosshair';
    setText(dom.phase, run ? phaseSentence(run, stateAt(run, step), next) : (a.problem ?? ''));
    setText(dom.inertiaList, run ? inertiaList(run.states.slice(0, step + 1)) : '');
    dom.data.value = s.data;
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

  /** The forward button's words: the half-step it takes next. */
  private forwardWords(step: number): string {
    const run = this.s.mode === 'mnist' ? undefined : this.analysis().run;
    const update = this.s.mode === 'mnist' ? step % 2 === 1 : !!run && nextPhase(run, step) === 'update';
    return update ? 'Update +1' : 'Assign +1';
  }

  private syncFormula(palette: Palette): void {
    const a = this.analysis();
    if (!this.s.formula || !a.run) return;
    const step = this.shownStep();
    const st = stateAt(a.run, step);
    const next = nextPhase(a.run, step);
    const p = texPalette(palette);
    const tex = kmeansTex(st, a.data, next, { data: p.data, err: p.error, first: p.i });
    this.formula.show(tex, phaseSentence(a.run, st, next));
  }
}

defineOnce('lumen-kmeans', LumenKmeans);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-kmeans': LumenKmeans;
  }
}
