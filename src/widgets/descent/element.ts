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
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import {
  SURFACES,
  SURFACE_NAMES,
  descentStep,
  globalMinimumLoss,
  type Point,
  type Run,
  type RunStatus,
  type SurfaceName,
} from '../../math/descent';
import { contourLevels, contourSegments } from '../../math/contour';
import { cameraFor, orbitByDrag, viewKey, type Camera, type ViewSettings } from '../../render/three-camera';
import { DESCENT_PROPS, parseRates, type DescentState } from './props';
import {
  advancePlay,
  clipToDomain,
  computeRuns,
  curveTop,
  endStep,
  fieldOf,
  finished,
  moveCursor,
  runsKey,
  selectedIndex,
  snapPoint,
  startOf,
  viewAt,
  type RunView,
  type SurfaceField,
} from './model';
import {
  drawContourMap,
  drawLossChart,
  fromPixel,
  mapBox,
  type MapColors,
  type MapContext,
  type PathInput,
} from './maps';
import { DescentScene, VIEW_RADIUS } from './scene';
import { descentTex } from './formula';
import { describeDescent, formulaWords, runName, runSentence } from './words';
import { buildDescentDom, type DescentDom } from './dom';
import { DESCENT_CSS } from './descent.css';
import { texColor } from '../../ui/tex-format';
import { safeColor } from '../../render/three-kit';
import { setText, setValue } from '../../ui/dom';

const MAX_DPR = 2;
/** Run colours, in order: the basis-vector hues and data; never gradient (the arrow) or error (diverged). */
const RUN_KEYS = ['i', 'j', 'k', 'data'] as const satisfies readonly (keyof Palette)[];
const CONTOUR_COUNT = 14;

export const LOST_WEBGL_MESSAGE =
  'The 3D picture lost its WebGL context (too many 3D views open at once, or the graphics driver ' +
  'restarted). It comes back when the browser gives the context back; the contour map and everything else still work.';
export const NO_WEBGL_MESSAGE =
  'This browser could not start WebGL, so the 3D surface cannot be drawn here. ' +
  'The contour map, the runs, the loss curves and the formula still work.';

/** What `el.state.runs` holds for each run: the numbers at the current step. */
export interface RunReport {
  readonly rate: number;
  readonly momentum: number;
  readonly step: number;
  readonly theta: Point;
  readonly loss: number;
  readonly status: RunStatus;
  readonly divergedAt: number | undefined;
}

export type DescentElementState = DescentState & { readonly runs: readonly RunReport[] };

interface Cache<T> {
  key: string;
  value: T;
}

export class LumenDescent extends LumenElement<typeof DESCENT_PROPS, DescentDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(DESCENT_PROPS);
  }

  private gl: DescentScene | undefined;
  private glState: 'untried' | 'ok' | 'unavailable' = 'untried';
  private runsCache: Cache<Run[]> | undefined;
  private fieldCache: Cache<{ field: SurfaceField; levels: number[]; contours: number[][] }> | undefined;
  private cursor: Point | undefined;
  private carry = 0;
  private orbit: { pointerId: number; x: number; y: number; azimuth: number; elevation: number } | undefined;
  private formulaTex = '';
  private home: ViewSettings = { azimuth: -60, elevation: 35, zoom: 1 };
  private readonly resize = new ResizeObserver(() => this.requestRender());

  constructor() {
    super(DESCENT_PROPS, DESCENT_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The settings, plus `runs`: each run's numbers at the current step (read-only; setState ignores it). */
  override get state(): Readonly<DescentElementState> {
    const s = super.state;
    const runs = this.views(s).map((v): RunReport => ({
      rate: v.rate,
      momentum: v.momentum,
      step: v.t,
      theta: v.theta,
      loss: v.loss,
      status: v.status,
      divergedAt: v.divergedAt,
    }));
    return Object.freeze({ ...s, runs });
  }

  /** True while the 3D picture is drawn with WebGL. */
  get webgl(): boolean {
    return this.glState === 'ok';
  }

  /** Viewport coordinates of a point of the plane on the contour map (for tests and tours). */
  mapToClient(p: Point): { x: number; y: number } {
    const rect = this.requireDom().mapCanvas.getBoundingClientRect();
    const box = mapBox(rect.width, rect.height);
    const f = this.surfaceField(this.state.surface).field;
    const d = f.surface.domain;
    return {
      x: rect.left + box.left + ((p[0] - d.xMin) / (d.xMax - d.xMin)) * box.size,
      y: rect.top + box.top + (1 - (p[1] - d.yMin) / (d.yMax - d.yMin)) * box.size,
    };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    const dom = this.dom;
    if (!dom) return;
    for (const box of [dom.plot, dom.map, dom.chart]) this.resize.observe(box);
    this.onDisconnect(() => {
      this.resize.disconnect();
      this.orbit = undefined;
      this.releaseGl();
    });
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildDescentDom();
    this.dom = dom;
    this.body.append(dom.layout);
    this.home = { azimuth: this.state.azimuth, elevation: this.state.elevation, zoom: 1 };
    this.wireControls(dom);
    this.wireMap(dom);
    this.wireView(dom);
    this.body.addEventListener('keydown', (e) => this.onShortcut(e));
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<DescentState>, source: Source | 'user'): void {
    const s = this.state;
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
    const s = super.state;
    return describeDescent(s, startOf(s), this.views(s));
  }

  protected render(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = super.state;
    const palette = this.palette;
    const ls = Number.parseFloat(palette.lineScale);
    const lineScale = Number.isFinite(ls) && ls > 0 ? ls : 1;
    const { field, levels, contours } = this.surfaceField(s.surface);
    const runs = this.runs(s);
    const views = runs.map((r, k) => viewAt(r, k, s.steps));
    const sel = selectedIndex(s.selected, runs.length);
    const colors = this.runColors(palette);
    const paths: PathInput[] = runs.map((r, k) => {
      const v = views[k]!;
      return {
        points: r.points.slice(0, v.t + 1),
        losses: r.losses.slice(0, v.t + 1),
        color: colors[k]!,
        status: v.status,
        selected: k === sel,
        divergedAt: v.divergedAt,
        label: runName(k),
      };
    });
    const mapColors: MapColors = {
      bg: palette.bg,
      fg: palette.fg,
      muted: palette.muted,
      grid: palette.grid,
      axis: palette.axis,
      model: palette.model,
      gradient: palette.gradient,
      error: palette.error,
      focus: palette.focus,
    };
    const start = startOf(s);
    const selView = views[sel];

    const map = this.canvas2d(dom.mapCanvas);
    if (map) {
      drawContourMap(map.ctx, {
        width: map.w,
        height: map.h,
        lineScale,
        colors: mapColors,
        field,
        contours,
        paths,
        start,
        cursor: this.cursor,
        downhill:
          selView && selView.status !== 'diverged'
            ? { at: selView.theta, gradient: selView.gradient }
            : undefined,
      });
    }
    const chart = this.canvas2d(dom.chartCanvas);
    if (chart) {
      drawLossChart(chart.ctx, {
        width: chart.w,
        height: chart.h,
        lineScale,
        colors: mapColors,
        paths,
        floor: globalMinimumLoss(field.surface),
        top: curveTop(
          field,
          runs.map((r) => r.losses[0]!),
        ),
        stepsShown: Math.max(s.steps, 20),
      });
    }

    if (this.glState === 'untried') this.startGl();
    const gl = this.gl;
    const rect = dom.plot.getBoundingClientRect();
    if (gl && rect.width > 0 && rect.height > 0) {
      gl.draw({
        field,
        contours,
        levels,
        paths: paths.map((p) => ({
          ...clipToDomain(field.surface, p.points),
          color: p.color,
          selected: p.selected,
        })),
        start,
        camera: this.camera(rect.width, rect.height),
        width: rect.width,
        height: rect.height,
        pixelRatio: Math.min(window.devicePixelRatio || 1, MAX_DPR),
        palette,
        lineScale,
      });
    }

    this.syncRuns(views, colors, sel);
    this.syncStatus(views);
    if (selView) this.syncFormula(selView, colors[sel]!, palette);
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private runs(s: DescentState): Run[] {
    const key = runsKey(s);
    if (this.runsCache?.key !== key) this.runsCache = { key, value: computeRuns(s) };
    return this.runsCache.value;
  }

  private views(s: DescentState): RunView[] {
    return this.runs(s).map((r, k) => viewAt(r, k, s.steps));
  }

  private surfaceField(name: SurfaceName): { field: SurfaceField; levels: number[]; contours: number[][] } {
    if (this.fieldCache?.key !== name) {
      const field = fieldOf(SURFACES[name]);
      const levels = contourLevels(
        field.lo,
        field.hi,
        CONTOUR_COUNT,
        field.surface.scale === 'log' ? 'log' : 'square',
      );
      this.fieldCache = {
        key: name,
        value: { field, levels, contours: levels.map((l) => contourSegments(field.grid, l)) },
      };
    }
    return this.fieldCache.value;
  }

  private runColors(p: Palette): string[] {
    return RUN_KEYS.map((k) => safeColor(p[k], PALETTES.light[k]));
  }

  private camera(width: number, height: number): Camera {
    const s = super.state;
    return cameraFor(
      { azimuth: s.azimuth, elevation: s.elevation, radius: VIEW_RADIUS },
      width / Math.max(1, height),
    );
  }

  // ---- drawing helpers ----------------------------------------------------------------------------

  /** Sizes a 2D canvas's backing store to its box (device pixels) and returns a context in CSS pixels. */
  private canvas2d(canvas: HTMLCanvasElement): { ctx: MapContext; w: number; h: number } | undefined {
    const rect = canvas.getBoundingClientRect();
    if (!(rect.width > 0 && rect.height > 0)) return undefined;
    const dpr = Math.min(window.devicePixelRatio || 1, MAX_DPR);
    const bw = Math.round(rect.width * dpr);
    const bh = Math.round(rect.height * dpr);
    if (canvas.width !== bw || canvas.height !== bh) {
      canvas.width = bw;
      canvas.height = bh;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    return { ctx, w: rect.width, h: rect.height };
  }

  private startGl(): void {
    const dom = this.requireDom();
    const gl = DescentScene.create();
    if (!gl) {
      this.glState = 'unavailable';
      this.showGlMessage(NO_WEBGL_MESSAGE);
      dom.plot.classList.add('no-gl');
      dom.stage.removeAttribute('tabindex');
      return;
    }
    const canvas = gl.canvas;
    canvas.setAttribute('aria-hidden', 'true');
    dom.stage.append(canvas);
    canvas.addEventListener('webglcontextlost', () => {
      // Our own release (removal from the page) loses the context on purpose: no message then.
      if (this.gl === gl) this.showGlMessage(LOST_WEBGL_MESSAGE);
    });
    canvas.addEventListener('webglcontextrestored', () => {
      this.showGlMessage(undefined);
      this.requestRender();
    });
    this.gl = gl;
    this.glState = 'ok';
  }

  private showGlMessage(message: string | undefined): void {
    const dom = this.requireDom();
    dom.glMessage.textContent = message ?? '';
    dom.glMessage.hidden = !message;
  }

  private releaseGl(): void {
    const gl = this.gl;
    this.gl = undefined;
    gl?.dispose();
    gl?.canvas.remove();
    if (this.glState === 'ok') this.glState = 'untried';
  }

  // ---- play ---------------------------------------------------------------------------------------

  private play(): void {
    if (this.animating) {
      this.stopPlay();
      return;
    }
    const s = super.state;
    const runs = this.runs(s);
    if (finished(runs, s.steps)) this.update({ steps: 0 });
    this.carry = 0;
    const walk = this.runMotion({
      step: (dt) => {
        const now = super.state;
        const next = advancePlay(now.steps, this.carry, dt, now.speed);
        this.carry = next.carry;
        if (next.steps !== now.steps) this.update({ steps: next.steps });
        return !finished(this.runs(now), next.steps);
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
    const s = super.state;
    if (!finished(this.runs(s), s.steps)) this.update({ steps: s.steps + 1 });
  }

  private toEnd(): void {
    this.stopPlay();
    this.update({ steps: endStep(this.runs(super.state)) });
  }

  private reset(): void {
    this.stopPlay();
    this.update({ steps: 0 });
  }

  private startAt(p: Point): void {
    this.stopPlay();
    this.update({ start: snapPoint(p), steps: 0 });
    this.play();
  }

  // ---- wiring -------------------------------------------------------------------------------------

  private wireControls(dom: DescentDom): void {
    dom.surface.addEventListener('change', () => {
      const v = dom.surface.value;
      if (!(SURFACE_NAMES as readonly string[]).includes(v)) return;
      this.stopPlay();
      this.update({ surface: v as SurfaceName, start: null, steps: 0 });
    });
    const applyRates = (): void => {
      const r = parseRates(dom.rates.value);
      if (!r.ok) {
        dom.rates.setAttribute('aria-invalid', 'true');
        dom.ratesError.textContent = `Could not read those rates: ${r.error}. The runs were not changed.`;
        return;
      }
      dom.rates.removeAttribute('aria-invalid');
      dom.ratesError.textContent = '';
      this.stopPlay();
      this.update({ rates: r.value, steps: 0 });
      dom.rates.value = DESCENT_PROPS.rates.format(super.state.rates);
    };
    dom.rates.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        applyRates();
      } else if (e.key === 'Escape') {
        dom.rates.value = DESCENT_PROPS.rates.format(super.state.rates);
        dom.rates.removeAttribute('aria-invalid');
        dom.ratesError.textContent = '';
      }
    });
    dom.rates.addEventListener('change', applyRates);
    dom.momentum.addEventListener('input', () => {
      const m = Number(dom.momentum.value);
      if (Number.isFinite(m)) this.update({ momentum: Math.min(0.99, Math.max(0, m)) });
    });
    dom.play.addEventListener('click', () => this.play());
    dom.step.addEventListener('click', () => this.stepOnce());
    dom.end.addEventListener('click', () => this.toEnd());
    dom.reset.addEventListener('click', () => this.reset());
    dom.runs.addEventListener('change', (e) => {
      const t = e.target;
      if (t instanceof HTMLInputElement && t.name === 'selected') this.update({ selected: Number(t.value) });
    });
  }

  private wireMap(dom: DescentDom): void {
    const canvas = dom.mapCanvas;
    canvas.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      const rect = canvas.getBoundingClientRect();
      const box = mapBox(rect.width, rect.height);
      const x = e.clientX - rect.left;
      const y = e.clientY - rect.top;
      // Only inside the map's square: a tap on the axis numbers is not a start.
      if (x < box.left || x > box.left + box.size || y < box.top || y > box.top + box.size) return;
      e.preventDefault();
      canvas.focus({ preventScroll: true });
      const p = fromPixel(this.surfaceField(super.state.surface).field, box, x, y);
      this.cursor = snapPoint(p);
      this.startAt(p);
    });
    canvas.addEventListener('focus', () => {
      // The cursor starts where the runs start (which a lesson step may have changed meanwhile).
      this.cursor = startOf(super.state);
      this.requestRender();
    });
    canvas.addEventListener('blur', () => {
      this.cursor = undefined;
      this.requestRender();
    });
    canvas.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey) return;
      const s = super.state;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        this.startAt(this.cursor ?? startOf(s));
        return;
      }
      const next = moveCursor(this.cursor ?? startOf(s), e, SURFACES[s.surface]);
      if (!next) return;
      e.preventDefault();
      this.cursor = next;
      this.requestRender();
    });
  }

  private wireView(dom: DescentDom): void {
    const stage = dom.stage;
    stage.addEventListener('pointerdown', (e) => {
      if (this.glState !== 'ok' || this.orbit || (e.pointerType === 'mouse' && e.button !== 0)) return;
      e.preventDefault();
      stage.setPointerCapture(e.pointerId);
      stage.focus({ preventScroll: true });
      const s = super.state;
      this.orbit = {
        pointerId: e.pointerId,
        x: e.clientX,
        y: e.clientY,
        azimuth: s.azimuth,
        elevation: s.elevation,
      };
      stage.classList.add('orbiting');
    });
    stage.addEventListener('pointermove', (e) => {
      const o = this.orbit;
      if (!o || e.pointerId !== o.pointerId) return;
      e.preventDefault();
      const v = orbitByDrag(o.azimuth, o.elevation, e.clientX - o.x, e.clientY - o.y);
      this.update({ azimuth: v.azimuth, elevation: Math.max(5, v.elevation) });
    });
    const end = (e: PointerEvent): void => {
      if (this.orbit?.pointerId !== e.pointerId) return;
      if (stage.hasPointerCapture(e.pointerId)) stage.releasePointerCapture(e.pointerId);
      this.orbit = undefined;
      stage.classList.remove('orbiting');
    };
    stage.addEventListener('pointerup', end);
    stage.addEventListener('pointercancel', end);
    stage.addEventListener('lostpointercapture', end);
    stage.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || this.glState !== 'ok') return;
      const s = super.state;
      const next = viewKey(e, { azimuth: s.azimuth, elevation: s.elevation, zoom: 1 }, this.home);
      if (!next) return;
      e.preventDefault();
      e.stopPropagation();
      this.update({ azimuth: next.azimuth, elevation: Math.max(5, next.elevation) });
    });
  }

  /** p play/pause, n step, e run to the end, r reset: anywhere in the widget except in a text field. */
  private onShortcut(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const t = e.composedPath()[0];
    if (t instanceof HTMLInputElement && t.type === 'text') return;
    if (t instanceof HTMLSelectElement) return;
    const action = {
      p: () => this.play(),
      n: () => this.stepOnce(),
      e: () => this.toEnd(),
      r: () => this.reset(),
    }[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private requireDom(): DescentDom {
    if (!this.dom) throw new Error('<lumen-descent> is not built yet: add it to the document first.');
    return this.dom;
  }

  private syncControls(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = super.state;
    setValue(dom.surface, s.surface);
    if (this.shadowRoot?.activeElement !== dom.rates && dom.rates.getAttribute('aria-invalid') !== 'true')
      setValue(dom.rates, DESCENT_PROPS.rates.format(s.rates));
    setValue(dom.momentum, String(s.momentum));
    setText(dom.momentumOut, String(s.momentum));
    dom.controls.hidden = !s.controls;
    dom.formulaWrap.hidden = !s.formula;
    setText(dom.play, this.animating ? 'Pause' : 'Play');
    dom.play.setAttribute('aria-pressed', String(this.animating));
  }

  private syncStatus(views: readonly RunView[]): void {
    const dom = this.requireDom();
    const s = super.state;
    const done = finished(this.runs(s), s.steps);
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
    const dom = this.requireDom();
    const items = [...dom.runs.children] as HTMLLIElement[];
    while (items.length > views.length) items.pop()?.remove();
    views.forEach((v, k) => {
      let li = items[k];
      if (!li) {
        li = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        const label = document.createElement('label');
        const radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'selected';
        radio.value = String(k + 1);
        const text = document.createElement('span');
        text.className = 'run-text';
        label.append(radio, text);
        li.append(swatch, label);
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

  private syncFormula(v: RunView, runColor: string, palette: Palette): void {
    const dom = this.requireDom();
    if (!super.state.formula) return;
    const next = descentStep(
      SURFACES[super.state.surface],
      { theta: v.theta, velocity: v.velocity },
      { rate: v.rate, momentum: v.momentum },
    );
    const tex = descentTex(
      { view: v, next },
      {
        run: texColor(runColor, PALETTES.light.i),
        gradient: texColor(palette.gradient, PALETTES.light.gradient),
        error: texColor(palette.error, PALETTES.light.error),
      },
    );
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    const words = formulaWords(v, next.theta);
    dom.formulaText.textContent = words;
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
  }
}

defineOnce('lumen-descent', LumenDescent);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-descent': LumenDescent;
  }
}
