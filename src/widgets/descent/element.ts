/**
 * `<lumen-descent>`: gradient descent, several runs side by side on one loss surface. The surface
 * in 3D (three.js; drag or arrow keys turn it) and as a contour map (click, or arrows and Enter,
 * to choose the start); one run per learning rate, each in its own colour, with its path on both
 * pictures and its loss curve; Play, Step, Run to the end, Reset; a live formula with the
 * selected run's numbers. A run that diverges stops with a "diverged" label, never a NaN.
 *
 * The numbers come from `src/math/descent.ts` through `model.ts`; pixels from `maps.ts` (canvas
 * 2D) and `scene.ts` (WebGL, drawn only after a change, released on removal); sentences from
 * `words.ts`; TeX from `formula.ts`.
 *
 * @example
 * <lumen-descent surface="valley" rates="0.02, 0.1, 0.25"></lumen-descent>
 * <script type="module">
 *   const el = document.querySelector('lumen-descent');
 *   el.setState({ steps: 40 });
 *   el.state.runs[2].status; // 'diverged'
 * </script>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { SURFACES, SURFACE_NAMES, globalMinimumLoss, type Point, type SurfaceName } from '../../math/descent';
import { cameraFor, viewKey, type ViewSettings } from '../../render/three-camera';
import { TurnGesture } from '../../ui/turn-gesture';
import { ActionBar } from '../../ui/action-bar';
import { CanvasSurface } from '../../render/canvas-surface';
import { GlStage } from '../../render/gl-stage';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { bindRange, bindTypedField } from '../../ui/bind';
import { bindShortcuts } from '../../ui/shortcuts';
import { memo } from '../../ui/memo';
import { setText, setValue } from '../../ui/dom';
import { DESCENT_PROPS, type DescentState } from './props';
import {
  advancePlay,
  computeRuns,
  contoursOf,
  curveTop,
  endStep,
  finished,
  moveCursor,
  nextStepOf,
  reportOf,
  runsKey,
  selectedIndex,
  snapPoint,
  startOf,
  viewAt,
  type RunReport,
  type RunView,
} from './model';
import { drawContourMap, drawLossChart, mapBox, pathInputs, pointAt, runColors, toPixel } from './maps';
import { DescentScene, VIEW_RADIUS } from './scene';
import { descentTex } from './formula';
import { GL_WORDS, describeDescent, formulaWords, runSentence } from './words';
import { buildDescentDom, runItem, type DescentDom } from './dom';
import { DESCENT_CSS } from './descent.css';

export type { RunReport };

export type DescentElementState = DescentState & { readonly runs: readonly RunReport[] };

export class LumenDescent extends LumenElement<typeof DESCENT_PROPS, DescentDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(DESCENT_PROPS);
  }

  private readonly runs = memo(
    (surface: SurfaceName, start: DescentState['start'], rates: readonly number[], momentum: number) =>
      computeRuns({ surface, start, rates, momentum }),
    () => [this.s.surface, this.s.start, this.s.rates, this.s.momentum] as const,
  );
  private readonly surfaceField = memo(contoursOf, () => [this.s.surface] as const);
  private map!: CanvasSurface;
  private chart!: CanvasSurface;
  private gl!: GlStage<DescentScene>;
  private formula!: FormulaView;
  private cursor: Point | undefined;
  private carry = 0;
  private home: ViewSettings = { azimuth: -60, elevation: 35, zoom: 1 };

  constructor() {
    super(DESCENT_PROPS, DESCENT_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The settings, plus `runs`: each run's numbers at the current step (read-only; setState ignores it). */
  override get state(): Readonly<DescentElementState> {
    return Object.freeze({ ...this.s, runs: this.views().map(reportOf) });
  }

  /** True while the 3D picture is drawn with WebGL. */
  get webgl(): boolean {
    return this.gl?.ok ?? false;
  }

  /** Viewport coordinates of a point of the plane on the contour map (for tests and tours). */
  mapToClient(p: Point): { x: number; y: number } {
    const rect = this.dom.mapCanvas.getBoundingClientRect();
    const q = toPixel(this.surfaceField().field, mapBox(rect.width, rect.height), p);
    return { x: rect.left + q.x, y: rect.top + q.y };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): DescentDom {
    ensureKatexFonts(document);
    return buildDescentDom();
  }

  protected build(): void {
    const dom = this.dom;
    const onResize = (): void => this.requestRender();
    this.map = this.use(new CanvasSurface(dom.mapCanvas, { onResize }));
    this.chart = this.use(new CanvasSurface(dom.chartCanvas, { onResize }));
    this.gl = this.use(
      new GlStage({
        create: () => DescentScene.create(),
        stage: dom.stage,
        box: dom.plot,
        message: dom.glMessage,
        ...GL_WORDS,
        unavailableLayout: () => dom.plot.classList.add('no-gl'),
        onChange: onResize,
      }),
    );
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    // The views sit side by side from 600 px; narrower, Play and Step go under the 3D view.
    this.use(new ActionBar(this, dom.plot, [dom.toolbar], 600));
    bindTypedField(this.host, dom.rates, 'rates', {
      error: dom.ratesError,
      reject: (e) => `Could not read those rates: ${e}. The runs were not changed.`,
      applied: () => this.restart(),
    });
    bindRange(this.host, dom.momentum, 'momentum', { max: 0.95, step: 0.05 });
    this.home = { azimuth: this.s.azimuth, elevation: this.s.elevation, zoom: 1 };
    dom.surface.addEventListener('change', () => {
      const v = dom.surface.value;
      if (!(SURFACE_NAMES as readonly string[]).includes(v)) return;
      this.stopPlay();
      this.update({ surface: v as SurfaceName, start: null, steps: 0 });
    });
    dom.play.addEventListener('click', () => this.play());
    dom.step.addEventListener('click', () => this.stepOnce());
    dom.end.addEventListener('click', () => this.toEnd());
    dom.reset.addEventListener('click', () => this.restart());
    dom.runs.addEventListener('change', (e) => {
      const t = e.target;
      if (t instanceof HTMLInputElement && t.name === 'selected') this.update({ selected: Number(t.value) });
    });
    this.wireMap(dom);
    this.wireView(dom);
    bindShortcuts(this.body, {
      p: () => this.play(),
      n: () => this.stepOnce(),
      e: () => this.toEnd(),
      r: () => this.restart(),
    });
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<DescentState>, source: Source | 'user'): void {
    const s = this.s;
    if (source !== 'user') {
      this.home = { azimuth: s.azimuth, elevation: s.elevation, zoom: 1 };
      // A lesson step or a page script sets the picture: a running animation would overwrite it.
      if (previous.steps !== s.steps || runsKey(previous) !== runsKey(s)) this.stopPlay();
    }
    if (previous.surface !== s.surface) this.cursor = undefined;
    // A new start (a click, a lesson step, a script) brings the keyboard cursor along.
    else if (this.cursor && !DESCENT_PROPS.start.equals(previous.start, s.start)) this.cursor = startOf(s);
    this.syncControls();
  }

  protected describe(): string {
    return describeDescent(this.s, startOf(this.s), this.views());
  }

  protected render(): void {
    const s = this.s;
    const palette = this.palette;
    const { field, levels, contours } = this.surfaceField();
    const runs = this.runs();
    const views = this.views();
    const sel = selectedIndex(s.selected, runs.length);
    const colors = runColors(palette);
    const paths = pathInputs(runs, views, colors, sel);
    const start = startOf(s);
    const selView = views[sel];

    const map = this.map.frame(palette);
    if (map) {
      const downhill = selView && selView.status !== 'diverged' ? selView : undefined;
      drawContourMap(map.ctx, {
        ...map,
        colors: palette,
        field,
        contours,
        paths,
        start,
        cursor: this.cursor,
        downhill: downhill && { at: downhill.theta, gradient: downhill.gradient },
      });
    }
    const chart = this.chart.frame(palette);
    if (chart) {
      drawLossChart(chart.ctx, {
        ...chart,
        colors: palette,
        paths,
        floor: globalMinimumLoss(field.surface),
        top: curveTop(
          field,
          runs.map((r) => r.losses[0]!),
        ),
        stepsShown: Math.max(s.steps, 20),
      });
    }

    const gl = this.gl.frame(palette);
    if (gl) {
      const { width, height } = gl.frame;
      const view = { azimuth: s.azimuth, elevation: s.elevation, radius: VIEW_RADIUS };
      gl.scene.draw({
        ...gl.frame,
        field,
        contours,
        levels,
        paths,
        start,
        camera: cameraFor(view, width / Math.max(1, height)),
      });
    }

    this.syncRuns(views, colors, sel);
    this.syncStatus(views);
    if (selView && s.formula) {
      const next = nextStepOf(SURFACES[s.surface], selView);
      const tp = texPalette(palette);
      const tex = descentTex(
        { view: selView, next },
        { run: colors[sel]!, gradient: tp.gradient, error: tp.error },
      );
      this.formula.show(tex, formulaWords(selView, next.theta));
    }
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private views(): RunView[] {
    return this.runs().map((r, k) => viewAt(r, k, this.s.steps));
  }

  // ---- play ---------------------------------------------------------------------------------------

  private play(): void {
    if (this.animating) {
      this.stopPlay();
      return;
    }
    const runs = this.runs();
    if (finished(runs, this.s.steps)) this.update({ steps: 0 });
    this.carry = 0;
    const walk = this.runMotion({
      step: (dt) => {
        const now = this.s;
        const next = advancePlay(now.steps, this.carry, dt, now.speed);
        this.carry = next.carry;
        if (next.steps !== now.steps) this.update({ steps: next.steps });
        return !finished(this.runs(), next.steps);
      },
      // No walking animation: the finished picture at once.
      finish: () => this.update({ steps: endStep(runs) }),
    });
    if (walk) this.syncControls();
  }

  private stopPlay(): void {
    if (!this.animating) return;
    this.stopAnimation();
    this.syncControls();
  }

  private stepOnce(): void {
    this.stopPlay();
    if (!finished(this.runs(), this.s.steps)) this.update({ steps: this.s.steps + 1 });
  }

  private toEnd(): void {
    this.stopPlay();
    this.update({ steps: endStep(this.runs()) });
  }

  /** Back to step 0 (Reset, and new rates). */
  private restart(): void {
    this.stopPlay();
    this.update({ steps: 0 });
  }

  private startAt(p: Point): void {
    this.stopPlay();
    this.update({ start: snapPoint(p), steps: 0 });
    this.play();
  }

  // ---- the contour map and the 3D view --------------------------------------------------------

  private wireMap(dom: DescentDom): void {
    const canvas = dom.mapCanvas;
    canvas.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      const rect = canvas.getBoundingClientRect();
      const p = pointAt(this.surfaceField().field, rect, e.clientX, e.clientY);
      if (!p) return;
      e.preventDefault();
      canvas.focus({ preventScroll: true });
      this.cursor = snapPoint(p);
      this.startAt(p);
    });
    canvas.addEventListener('focus', () => {
      // The cursor starts where the runs start (which a lesson step may have changed meanwhile).
      this.cursor = startOf(this.s);
      this.requestRender();
    });
    canvas.addEventListener('blur', () => {
      this.cursor = undefined;
      this.requestRender();
    });
    canvas.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        this.startAt(this.cursor ?? startOf(this.s));
        return;
      }
      const next = moveCursor(this.cursor ?? startOf(this.s), e, SURFACES[this.s.surface]);
      if (!next) return;
      e.preventDefault();
      this.cursor = next;
      this.requestRender();
    });
  }

  private wireView(dom: DescentDom): void {
    const stage = dom.stage;
    // A drag turns the view; on a phone a vertical swipe scrolls the page instead (TurnGesture).
    const turn = new TurnGesture(stage, {
      view: () => ({ azimuth: this.s.azimuth, elevation: this.s.elevation, zoom: 1 }),
      turn: (v) => this.update({ azimuth: v.azimuth, elevation: Math.max(5, v.elevation) }),
      began: () => stage.classList.add('orbiting'),
      ended: () => stage.classList.remove('orbiting'),
    });
    // A removed widget's pointer capture ends with it.
    this.use({ hostDisconnected: () => turn.end() });
    stage.addEventListener('pointerdown', (e) => {
      if (!this.gl.ok || (e.pointerType === 'mouse' && e.button !== 0) || !turn.down(e)) return;
      e.preventDefault();
      stage.setPointerCapture(e.pointerId);
      stage.focus({ preventScroll: true });
    });
    stage.addEventListener('pointermove', (e) => {
      if (turn.move(e)) e.preventDefault();
    });
    const end = (e: PointerEvent): void => {
      if (stage.hasPointerCapture(e.pointerId)) stage.releasePointerCapture(e.pointerId);
      turn.up(e);
    };
    stage.addEventListener('pointerup', end);
    stage.addEventListener('pointercancel', end);
    stage.addEventListener('lostpointercapture', end);
    stage.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || !this.gl.ok) return;
      const { azimuth, elevation } = this.s;
      const next = viewKey(e, { azimuth, elevation, zoom: 1 }, this.home);
      if (!next) return;
      e.preventDefault();
      e.stopPropagation();
      this.update({ azimuth: next.azimuth, elevation: Math.max(5, next.elevation) });
    });
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    setValue(dom.surface, s.surface);
    dom.controls.hidden = !s.controls;
    // Under the 3D view on a phone the toolbar is outside the controls: it follows them.
    dom.toolbar.hidden = !s.controls;
    dom.formulaWrap.hidden = !s.formula;
    this.syncStatus();
  }

  private syncStatus(views: readonly RunView[] = this.views()): void {
    const dom = this.dom;
    const s = this.s;
    const done = finished(this.runs(), s.steps);
    setText(dom.status, `Step ${s.steps}${done ? ' · all runs finished' : ''}`);
    dom.step.disabled = done;
    dom.end.disabled = done;
    dom.reset.disabled = s.steps === 0;
    setText(dom.play, this.animating ? 'Pause' : 'Play');
    dom.play.setAttribute('aria-pressed', String(this.animating));
    const label = `3D view of the loss surface. ${views.map(runSentence).join(' ')}`;
    if (dom.stage.getAttribute('aria-label') !== label) dom.stage.setAttribute('aria-label', label);
  }

  /** One list item per run: its colour, a radio button that selects it for the formula, its sentence. */
  private syncRuns(views: readonly RunView[], colors: readonly string[], sel: number): void {
    const dom = this.dom;
    const items = [...dom.runs.children] as HTMLLIElement[];
    while (items.length > views.length) items.pop()?.remove();
    views.forEach((v, k) => {
      let li = items[k];
      if (!li) {
        li = runItem(k);
        dom.runs.append(li);
        items.push(li);
      }
      li.dataset.run = String(k + 1);
      li.dataset.status = v.status;
      (li.firstElementChild as HTMLElement).style.color = colors[k] ?? '';
      const radio = li.querySelector('input') as HTMLInputElement;
      if (radio.checked !== (k === sel)) radio.checked = k === sel;
      const text = li.querySelector('.run-text') as HTMLSpanElement;
      setText(text, runSentence(v));
      text.classList.toggle('diverged', v.status === 'diverged');
    });
  }
}

defineOnce('lumen-descent', LumenDescent);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-descent': LumenDescent;
  }
}
