/**
 * `<lumen-derivative>`: the derivative as a picture, in two modes.
 * - tangent (lesson 17): a curve f the learner types; a point x0 dragged along it; a secant from
 *   x0 to x0 + h that shrinks into the tangent; zoom about the point until the curve looks
 *   straight; the derivative curve f′ traced below wherever x0 has been.
 * - chain (lesson 18): three number lines x, u = g(x), y = f(u); a nudge dx ripples down, scaled
 *   by g′(x), then by f′(u); the formula multiplies the two factors.
 * In predict mode the learner types a guess for the slope (or dy/dx) before it is shown.
 *
 * Public API besides `state`/`setState`/`change`: `numbers` (what the formula shows), `prediction`
 * (after Reveal), `swept` (the stretches of x where f′ has been traced).
 *
 * The element only wires things together: numbers come from `src/math/calculus*.ts` and
 * `model.ts`, pictures from `view.ts`, TeX from `formula.ts`, sentences from `words.ts`.
 *
 * @example
 * <lumen-derivative f="x^3 - 2*x" x0="1" h="0.5"></lumen-derivative>
 * <lumen-derivative mode="chain" g="x^2" f="sigmoid(u)" x0="1.5"></lumen-derivative>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import { parseNumber } from '../../math/number-text';
import { compileFunction, shrinkStep, MIN_H, type ChainNumbers, type Fn1 } from '../../math/calculus';
import { addSwept, type Interval, type Window } from '../../math/calculus-plot';
import { DERIVATIVE_PROPS, type DerivativeState } from './props';
import {
  RIPPLE_SPEED,
  arrowDirection,
  baseWindows,
  chainNumbers,
  clampX0,
  functionOf,
  keyScale,
  lineHalfSpan,
  num,
  rippleStages,
  scoreGuess,
  snap,
  stepDx,
  stepH,
  tangentNumbers,
  tangentWindow,
  zoomBy,
  type BaseWindows,
  type TangentNumbers,
} from './model';
import { chainLayout, drawChain, drawTangent, fromPxX, linePx, tangentPanels, toPx, type Ctx } from './view';
import {
  chainTex,
  chainTexNarrow,
  chainWords,
  tangentTex,
  tangentTexNarrow,
  tangentWords,
  type DerivativeColors,
} from './formula';
import { describeChain, describeTangent, secantSentence } from './words';
import {
  PRESETS_F_CHAIN,
  PRESETS_F_TANGENT,
  buildDerivativeDom,
  fillPresets,
  type DerivativeDom,
} from './dom';
import { DERIVATIVE_CSS } from './derivative.css';
import type { Verdict } from '../../ui/verdict';
import { texColor } from '../../ui/tex-format';
import { setText, setHidden, setDisabled } from '../../ui/dom';
import { clearGuess, wireGuess } from '../../ui/guess-field';
import { watchSize } from '../../ui/resize';

const MAX_DPR = 2;
const MAX_BACKING_SIDE = 2000;
/** Typing pauses this long (ms) before a function is read, so a half-typed one is not an error yet. */
const TYPING_PAUSE = 350;
/** One press of + or − doubles or halves the zoom; one wheel notch 1.25×. */
const ZOOM_STEP = 2;
const WHEEL_STEP = 1.25;

type Phase = 'off' | 'guess' | 'revealed';

type Drag = {
  readonly kind: 'point' | 'secant' | 'x' | 'nudge';
  readonly pointerId: number;
  readonly startPx: number;
  readonly start: number;
  readonly unitsPerPx: number;
};

export interface Prediction {
  readonly guess: number;
  readonly answer: number;
  readonly error: number;
  readonly correct: boolean;
  readonly sentence: string;
}

export class LumenDerivative extends LumenElement<typeof DERIVATIVE_PROPS, DerivativeDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(DERIVATIVE_PROPS);
  }

  private ctx: CanvasRenderingContext2D | null = null;
  private size: { width: number; height: number } = { width: 0, height: 0 };
  private phase: Phase = 'off';
  private result: Prediction | undefined;
  private drag: Drag | undefined;
  /** The number-line scale held still while a chain handle is dragged (else it would chase the pointer). */
  private frozenSpan: number | undefined;
  private ripple = 3;
  private sweptList: Interval[] = [];
  private fCache: { text: string; fn: Fn1 } | undefined;
  private baseCache: { key: string; base: BaseWindows } | undefined;
  private formulaTex = '';
  private typingTimer = 0;
  constructor() {
    super(DERIVATIVE_PROPS, DERIVATIVE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The numbers of the formula: tangent mode's secant and slope, or chain mode's factors. */
  get numbers(): TangentNumbers | ChainNumbers | undefined {
    if (super.state.mode === 'tangent') return { ...this.tangent() };
    const n = this.chain();
    return n && { ...n };
  }

  /** After Reveal in predict mode: the guess, the answer, how far apart and the verdict; else undefined. */
  get prediction(): Prediction | undefined {
    return this.result && { ...this.result };
  }

  /** The stretches of x that x0 has swept, where f′ is drawn (tangent mode). */
  get swept(): Interval[] {
    return this.sweptList.map(([a, b]) => [a, b] as const);
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildDerivativeDom();
    this.dom = dom;
    this.ctx = dom.canvas.getContext('2d');
    this.body.append(dom.layout);
    const s = super.state;
    this.sweptList = addSwept([], s.x0, s.x0);
    this.wireFunctions(dom);
    this.wireControls(dom);
    this.wirePointer(dom);
    this.wireKeys(dom);
    this.wirePredict(dom);
    this.syncInputs();
    if (s.predict) this.enterGuess();
    this.checkX0();
    this.syncControls();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const plot = this.dom?.plot;
    if (plot) {
      this.onDisconnect(
        watchSize(plot, (box) => {
          this.size = { width: box.width, height: box.height };
          this.requestRender();
        }),
      );
    }
    this.onDisconnect(() => window.clearTimeout(this.typingTimer));
  }

  /** In tangent mode x0 must lie in the plotted range (else the point is off screen at every zoom). */
  private checkX0(): void {
    const s = super.state;
    const x0 = s.mode === 'tangent' ? clampX0(s, s.x0) : s.x0;
    if (x0 === s.x0) return;
    this.setMessage(
      'x0-range',
      `x0=${num(s.x0, 6)} lies outside the plotted range ${num(s.center - s.range, 6)} … ${num(s.center + s.range, 6)}; using ${num(x0, 6)}. Set center or range to plot further out.`,
    );
    queueMicrotask(() => this.update({ x0 }));
  }

  protected override stateChanged(previous: Readonly<DerivativeState>, source: Source | 'user'): void {
    const s = super.state;
    if (
      previous.f !== s.f ||
      previous.center !== s.center ||
      previous.range !== s.range ||
      previous.mode !== s.mode
    ) {
      this.sweptList = addSwept([], s.x0, s.x0);
    } else if (previous.x0 !== s.x0) {
      this.sweptList = addSwept(this.sweptList, previous.x0, s.x0);
    }
    if (source !== 'user') {
      this.setMessage('x0-range', undefined);
      this.checkX0();
    }
    if (previous.predict !== s.predict || previous.mode !== s.mode) {
      if (s.predict) this.enterGuess();
      else this.leavePredict();
    }
    if (source !== 'user') this.syncInputs();
    this.syncControls();
  }

  protected describe(): string {
    const s = super.state;
    const hidden = this.phase === 'guess';
    let main: string;
    if (s.mode === 'tangent') main = describeTangent(s.f, this.tangent(), s.zoom, hidden);
    else main = describeChain(s.g, s.f, this.chain(), s.x0, hidden);
    return this.phase === 'revealed' && this.result ? `${this.result.sentence} ${main}` : main;
  }

  protected render(): void {
    const dom = this.dom;
    const ctx = this.ctx;
    if (!dom || !ctx) return;
    const width = this.size.width || dom.plot.getBoundingClientRect().width;
    const height = this.size.height || dom.plot.getBoundingClientRect().height;
    this.syncFormula();
    this.syncControls();
    if (!(width > 0) || !(height > 0)) return;
    const scale = Math.min(
      window.devicePixelRatio || 1,
      MAX_DPR,
      Math.max(1, MAX_BACKING_SIDE / Math.max(width, height)),
    );
    const bw = Math.max(1, Math.round(width * scale));
    const bh = Math.max(1, Math.round(height * scale));
    if (dom.canvas.width !== bw || dom.canvas.height !== bh) {
      dom.canvas.width = bw;
      dom.canvas.height = bh;
    }
    ctx.setTransform(bw / width, 0, 0, bh / height, 0, 0);
    const palette = this.palette;
    const lineScale = Number.parseFloat(palette.lineScale);
    const fontPx = Number.parseFloat(palette.fontSize);
    const frame = {
      width,
      height,
      colors: palette,
      lineScale: Number.isFinite(lineScale) && lineScale > 0 ? lineScale : 1,
      fontPx: Number.isFinite(fontPx) && fontPx > 0 ? Math.min(fontPx, 40) : 18,
    };
    const s = super.state;
    const hidden = this.phase === 'guess';
    const c2d = ctx as Ctx;
    if (s.mode === 'tangent') {
      const slopeShown = s.derivative && !hidden;
      const scene = {
        ...frame,
        f: this.f(),
        t: this.tangent(),
        window: this.window(),
        slopeY: slopeShown ? this.base().slopeY : undefined,
        swept: this.sweptList,
        hidden,
        zoom: s.zoom,
      };
      drawTangent(c2d, scene);
      this.placeTangentHandles(width, height, slopeShown, hidden);
    } else {
      const n = this.chain();
      drawChain(c2d, { ...frame, n, halfSpan: this.halfSpan(n), stages: rippleStages(this.ripple), hidden });
      this.placeChainHandles(width, height, n, hidden);
    }
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private f(): Fn1 {
    const text = super.state.f;
    if (this.fCache?.text !== text) this.fCache = { text, fn: functionOf(text, 'f') };
    return this.fCache.fn;
  }

  private tangent(): TangentNumbers {
    const s = super.state;
    return tangentNumbers(this.f(), s.x0, s.h);
  }

  private chain(): ChainNumbers | undefined {
    return chainNumbers(super.state);
  }

  private base(): BaseWindows {
    const s = super.state;
    const key = `${s.f}|${s.center}|${s.range}`;
    if (this.baseCache?.key !== key) this.baseCache = { key, base: baseWindows(this.f(), s) };
    return this.baseCache.base;
  }

  private window(): Window {
    const s = super.state;
    return tangentWindow(this.base().curve, this.f(), s.x0, s.zoom);
  }

  private halfSpan(n: ChainNumbers | undefined): number {
    return this.frozenSpan ?? (n ? lineHalfSpan(n) : 1);
  }

  private plotRects(width: number, height: number, withSlope: boolean) {
    return tangentPanels(width, height, withSlope);
  }

  // ---- handles ------------------------------------------------------------------------------------

  private placeTangentHandles(width: number, height: number, slopeShown: boolean, hidden: boolean): void {
    const dom = this.requireDom();
    const { curve } = this.plotRects(width, height, slopeShown);
    const w = this.window();
    const t = this.tangent();
    place(dom.handles.point, toPx(curve, w, t.x0, t.fx0), curve);
    place(dom.handles.secant, hidden ? undefined : toPx(curve, w, t.x0 + t.h, t.fx1), curve);
    hide(dom.handles.x);
    hide(dom.handles.nudge);
  }

  private placeChainHandles(
    width: number,
    height: number,
    n: ChainNumbers | undefined,
    hidden: boolean,
  ): void {
    const dom = this.requireDom();
    hide(dom.handles.point);
    hide(dom.handles.secant);
    const L = chainLayout(width, height);
    const box = { left: 0, top: 0, width, height };
    if (!n) {
      place(dom.handles.x, [(L.left + L.right) / 2, L.rows[0]], box);
      hide(dom.handles.nudge);
      return;
    }
    const span = this.halfSpan(n);
    place(dom.handles.x, [linePx(L, n.x, span, n.x), L.rows[0]], box);
    const stage = rippleStages(this.ripple)[0];
    place(dom.handles.nudge, hidden ? undefined : [linePx(L, n.x, span, n.x + n.dx * stage), L.rows[0]], box);
  }

  // ---- functions ----------------------------------------------------------------------------------

  private wireFunctions(dom: DerivativeDom): void {
    for (const [input, which] of [
      [dom.f, 'f'],
      [dom.g, 'g'],
    ] as const) {
      input.addEventListener('input', () => {
        window.clearTimeout(this.typingTimer);
        this.typingTimer = window.setTimeout(() => this.applyTyped(which), TYPING_PAUSE);
      });
      input.addEventListener('change', () => this.applyTyped(which));
      input.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        this.applyTyped(which);
      });
    }
    for (const [select, input, which] of [
      [dom.fPresets, dom.f, 'f'],
      [dom.gPresets, dom.g, 'g'],
    ] as const) {
      select.addEventListener('change', () => {
        if (!select.value) return;
        input.value = select.value;
        select.value = '';
        this.applyTyped(which);
      });
    }
  }

  /** Reads a typed function: a good one replaces the curve; a bad one says where, and the last good one stays. */
  private applyTyped(which: 'f' | 'g'): void {
    window.clearTimeout(this.typingTimer);
    const dom = this.requireDom();
    const input = which === 'f' ? dom.f : dom.g;
    const allowed = which === 'f' ? (['x', 'u'] as const) : (['x'] as const);
    const r = compileFunction(input.value, allowed);
    if (!r.ok) {
      input.setAttribute('aria-invalid', 'true');
      dom.functionError.textContent = `${which === 'f' ? this.fName() : 'g(x)'}: ${r.message}. The picture keeps the last function that worked.`;
      return;
    }
    input.removeAttribute('aria-invalid');
    dom.functionError.textContent = '';
    if (r.fn.text === super.state[which]) return;
    this.update(which === 'f' ? { f: r.fn.text } : { g: r.fn.text });
    if (this.phase === 'revealed') this.enterGuess();
  }

  private fName(): string {
    return super.state.mode === 'tangent' ? 'f(x)' : 'f(u)';
  }

  // ---- tangent and chain controls -----------------------------------------------------------------

  private wireControls(dom: DerivativeDom): void {
    dom.h.addEventListener('input', () => {
      this.stopAnimation();
      this.update({ h: snap(Math.pow(10, Number(dom.h.value)), Math.pow(10, Number(dom.h.value)) / 10) });
    });
    dom.shrink.addEventListener('click', () => this.shrink());
    dom.zoomIn.addEventListener('click', () => this.zoom(ZOOM_STEP));
    dom.zoomOut.addEventListener('click', () => this.zoom(1 / ZOOM_STEP));
    dom.zoomReset.addEventListener('click', () => this.update({ zoom: 1 }));
    dom.dx.addEventListener('input', () => {
      const dx = Math.pow(10, Number(dom.dx.value));
      this.update({ dx: Math.min(2, Math.max(0.001, snap(dx, dx / 10))) });
    });
    dom.nudge.addEventListener('click', () => this.playRipple());
    dom.plot.addEventListener(
      'wheel',
      (e) => {
        // The page scrolls as usual unless the widget has the focus (or it is a pinch: ctrl+wheel).
        if (super.state.mode !== 'tangent' || !(e.ctrlKey || this.matches(':focus-within'))) return;
        e.preventDefault();
        this.zoom(e.deltaY < 0 ? WHEEL_STEP : 1 / WHEEL_STEP);
      },
      { passive: false },
    );
  }

  private zoom(factor: number): void {
    this.update({ zoom: zoomBy(super.state.zoom, factor) });
  }

  /** The secant step the shrink animation stops at: far below a pixel at the current zoom. */
  private shrinkTarget(): number {
    const s = super.state;
    return Math.max(MIN_H, (s.range / s.zoom) * 1e-3);
  }

  private shrink(): void {
    if (this.phase === 'guess') return;
    const target = this.shrinkTarget();
    this.runMotion({
      step: (dt) => {
        const h = shrinkStep(super.state.h, dt, target);
        this.update({ h });
        return h > target;
      },
      finish: () => this.update({ h: snap(target, target / 10) }),
    });
  }

  private playRipple(): void {
    if (this.phase === 'guess') return;
    this.ripple = 0;
    this.runMotion({
      step: (dt) => {
        this.ripple = Math.min(3, this.ripple + dt * RIPPLE_SPEED);
        return this.ripple < 3;
      },
      finish: () => {
        this.ripple = 3;
        this.requestRender();
      },
    });
  }

  // ---- pointer --------------------------------------------------------------------------------------

  private wirePointer(dom: DerivativeDom): void {
    const plot = dom.plot;
    plot.addEventListener('pointerdown', (e) => {
      if (this.drag || (e.pointerType === 'mouse' && e.button !== 0)) return;
      const rect = plot.getBoundingClientRect();
      const px = e.clientX - rect.left;
      const py = e.clientY - rect.top;
      const target = e.composedPath()[0];
      const name = target instanceof HTMLElement ? target.dataset.handle : undefined;
      const kind = this.pickDrag(name, px, py, rect.width, rect.height);
      if (!kind) return;
      e.preventDefault();
      plot.setPointerCapture(e.pointerId);
      this.stopAnimation();
      this.beginDrag(kind, e.pointerId, px, rect.width, rect.height);
      (kind === 'point'
        ? dom.handles.point
        : kind === 'secant'
          ? dom.handles.secant
          : kind === 'x'
            ? dom.handles.x
            : dom.handles.nudge
      ).focus({
        preventScroll: true,
      });
    });
    plot.addEventListener('pointermove', (e) => {
      const d = this.drag;
      if (!d || e.pointerId !== d.pointerId) return;
      const px = e.clientX - plot.getBoundingClientRect().left;
      this.dragTo(d, px);
    });
    const end = (e: PointerEvent): void => {
      const d = this.drag;
      if (!d || e.pointerId !== d.pointerId) return;
      this.drag = undefined;
      this.frozenSpan = undefined;
      for (const h of Object.values(dom.handles)) h.classList.remove('dragging');
      if (plot.hasPointerCapture(e.pointerId)) plot.releasePointerCapture(e.pointerId);
      this.requestRender();
    };
    plot.addEventListener('pointerup', end);
    plot.addEventListener('pointercancel', end);
    plot.addEventListener('lostpointercapture', end);
  }

  /** What a press at (px, py) drags: the handle under it, else the point (tangent) or x (chain, top line). */
  private pickDrag(
    handle: string | undefined,
    px: number,
    py: number,
    width: number,
    height: number,
  ): Drag['kind'] | undefined {
    const s = super.state;
    if (handle === 'point' || handle === 'secant' || handle === 'x' || handle === 'nudge') return handle;
    if (s.mode === 'tangent') {
      // A press elsewhere on the upper panel moves x0 there first.
      const { curve } = this.plotRects(width, height, s.derivative && this.phase !== 'guess');
      const x = fromPxX(curve, this.window(), px);
      if (Number.isFinite(x)) this.update({ x0: clampX0(s, x) });
      return 'point';
    }
    const L = chainLayout(width, height);
    return Math.abs(py - L.rows[0]) < 40 ? 'x' : undefined;
  }

  private beginDrag(kind: Drag['kind'], pointerId: number, px: number, width: number, height: number): void {
    const s = super.state;
    let unitsPerPx: number;
    let start: number;
    if (kind === 'point' || kind === 'secant') {
      const { curve } = this.plotRects(width, height, s.derivative && this.phase !== 'guess');
      const w = this.window();
      unitsPerPx = (w.x[1] - w.x[0]) / curve.width;
      start = kind === 'point' ? s.x0 : s.h;
    } else {
      const n = this.chain();
      const span = this.halfSpan(n);
      this.frozenSpan = span;
      const L = chainLayout(width, height);
      unitsPerPx = (2 * span) / (L.right - L.left);
      start = kind === 'x' ? s.x0 : s.dx;
      if (kind === 'nudge') this.ripple = 3;
    }
    this.drag = { kind, pointerId, startPx: px, start, unitsPerPx };
    this.requireDom().handles[kind === 'point' ? 'point' : kind === 'secant' ? 'secant' : kind].classList.add(
      'dragging',
    );
  }

  private dragTo(d: Drag, px: number): void {
    const s = super.state;
    const v = d.start + (px - d.startPx) * d.unitsPerPx;
    if (!Number.isFinite(v)) return;
    const tidy = (x: number): number => snap(x, d.unitsPerPx);
    switch (d.kind) {
      case 'point':
        this.update({ x0: clampX0(s, tidy(v)) });
        break;
      case 'secant':
        this.update({ h: Math.min(10, Math.max(MIN_H, tidy(v))) });
        break;
      case 'x':
        this.update({ x0: Math.min(100, Math.max(-100, tidy(v))) });
        break;
      case 'nudge':
        this.update({ dx: Math.min(2, Math.max(0.001, tidy(v))) });
        break;
    }
  }

  // ---- keys -----------------------------------------------------------------------------------------

  private wireKeys(dom: DerivativeDom): void {
    const onHandle = (handle: HTMLElement, act: (dir: -1 | 1, e: KeyboardEvent) => void): void => {
      handle.addEventListener('keydown', (e) => {
        const dir = arrowDirection(e.key);
        if (dir === 0 || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        e.stopPropagation();
        this.stopAnimation();
        act(dir, e);
      });
    };
    onHandle(dom.handles.point, (dir, e) => {
      const s = super.state;
      const w = this.window();
      const step = ((w.x[1] - w.x[0]) / 100) * keyScale(e);
      this.update({ x0: clampX0(s, snap(s.x0 + dir * step, step)) });
    });
    onHandle(dom.handles.secant, (dir, e) => {
      const h = stepH(super.state.h, dir, e);
      this.update({ h: snap(h, h / 100) });
    });
    onHandle(dom.handles.x, (dir, e) => {
      const step = 0.05 * keyScale(e);
      this.update({ x0: Math.min(100, Math.max(-100, snap(super.state.x0 + dir * step, step))) });
    });
    onHandle(dom.handles.nudge, (dir, e) => {
      this.ripple = 3;
      const dx = stepDx(super.state.dx, dir, e);
      this.update({ dx: snap(dx, dx / 100) });
    });
    // Letter keys anywhere in the widget except where text is typed.
    this.body.addEventListener('keydown', (e) => {
      const t = e.composedPath()[0];
      if (e.ctrlKey || e.metaKey || e.altKey || (t instanceof HTMLInputElement && t.type === 'text')) return;
      const s = super.state;
      const actions: Record<string, () => void> =
        s.mode === 'tangent'
          ? {
              '+': () => this.zoom(ZOOM_STEP),
              '=': () => this.zoom(ZOOM_STEP),
              '-': () => this.zoom(1 / ZOOM_STEP),
              _: () => this.zoom(1 / ZOOM_STEP),
              '0': () => this.update({ zoom: 1 }),
              s: () => this.shrink(),
            }
          : { n: () => this.playRipple() };
      const run = actions[e.key.toLowerCase()];
      if (!run) return;
      e.preventDefault();
      e.stopPropagation();
      run();
    });
  }

  // ---- predict-first ------------------------------------------------------------------------------

  private wirePredict(dom: DerivativeDom): void {
    wireGuess(
      dom,
      () => this.reveal(),
      () => {
        this.enterGuess();
        this.syncControls();
        this.requestRender();
      },
    );
  }

  private enterGuess(): void {
    this.phase = 'guess';
    this.result = undefined;
    this.stopAnimation();
    const dom = this.dom;
    if (!dom) return;
    clearGuess(dom);
    this.requestRender();
  }

  private leavePredict(): void {
    this.phase = 'off';
    this.result = undefined;
    this.requestRender();
  }

  /** The answer of the current question: f′(x0), or dy/dx of the composite. */
  private answer(): number {
    const s = super.state;
    return s.mode === 'tangent' ? this.tangent().slope : (this.chain()?.slope ?? NaN);
  }

  private reveal(): void {
    if (this.phase !== 'guess') return;
    const dom = this.requireDom();
    const guess = parseNumber(dom.guess.value);
    if (guess === undefined) {
      dom.guess.setAttribute('aria-invalid', 'true');
      dom.guessError.textContent = 'Type a number, such as -2 or 0.5, then press Reveal.';
      return;
    }
    const answer = this.answer();
    if (!Number.isFinite(answer)) {
      dom.guessError.textContent = 'The slope is not defined here; move the point first.';
      return;
    }
    const v: Verdict = scoreGuess(guess, answer);
    this.result = {
      guess,
      answer,
      error: v.error ?? Math.abs(guess - answer),
      correct: v.correct,
      sentence: v.sentence,
    };
    this.phase = 'revealed';
    this.syncControls();
    this.requestRender();
    // Then the picture shows why: the secant shrinks into the tangent, or the nudge ripples down.
    if (super.state.mode === 'tangent') this.shrink();
    else this.playRipple();
    dom.again.focus();
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private requireDom(): DerivativeDom {
    if (!this.dom) throw new Error('<lumen-derivative> is not built yet: add it to the document first.');
    return this.dom;
  }

  /** Puts the state's functions into the inputs (not while the learner is typing into them). */
  private syncInputs(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = super.state;
    window.clearTimeout(this.typingTimer);
    for (const [input, value] of [
      [dom.f, s.f],
      [dom.g, s.g],
    ] as const) {
      if (input.value !== value) input.value = value;
      input.removeAttribute('aria-invalid');
    }
    dom.functionError.textContent = '';
  }

  private syncControls(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = super.state;
    const tangent = s.mode === 'tangent';
    const hidden = this.phase === 'guess';
    setClass(dom.plot, 'chain', !tangent);
    setHidden(dom.functions, !s.controls);
    setHidden(dom.gRow, tangent);
    setHidden(dom.tangentControls, !tangent);
    setHidden(dom.chainControls, tangent);
    setHidden(dom.formulaWrap, !s.formula);
    const fName = this.fName();
    const nameEl = dom.fLabel.firstElementChild;
    if (nameEl && nameEl.textContent !== `${fName} =`) nameEl.textContent = `${fName} =`;
    if (dom.fPresets.dataset.mode !== s.mode) {
      dom.fPresets.dataset.mode = s.mode;
      fillPresets(dom.fPresets, tangent ? PRESETS_F_TANGENT : PRESETS_F_CHAIN);
    }
    const hLog = String(Math.log10(s.h));
    if (dom.h.value !== hLog && !this.root.activeElement?.isSameNode(dom.h)) dom.h.value = hLog;
    setText(dom.hValue, `h = ${num(s.h, 3)}`);
    setText(dom.zoomValue, `×${num(s.zoom, 3)}`);
    const dxLog = String(Math.log10(s.dx));
    if (dom.dx.value !== dxLog && !this.root.activeElement?.isSameNode(dom.dx)) dom.dx.value = dxLog;
    setText(dom.dxValue, `dx = ${num(s.dx, 3)}`);
    setDisabled(dom.shrink, hidden);
    setDisabled(dom.h, hidden);
    setDisabled(dom.nudge, hidden);
    setDisabled(dom.zoomOut, s.zoom <= 1);
    setDisabled(dom.zoomReset, s.zoom <= 1);
    setText(dom.readout, this.readout());
    setText(
      dom.hint,
      tangent
        ? 'Drag the point (or arrow keys on it). Zoom: + and − keys, the buttons, or the wheel once the widget has focus. s shrinks h.'
        : 'Drag x or the tip of dx (or arrow keys on them). n plays the nudge again.',
    );
    // Predict-first.
    setHidden(dom.predict, this.phase === 'off');
    if (this.phase !== 'off') {
      setText(
        dom.question,
        tangent
          ? `Predict first: what is the slope of the curve at x0 = ${num(s.x0)}? Type your guess, then press Reveal; the tangent waits for it.`
          : `Predict first: with u = g(x) and y = f(u), what is dy/dx at x = ${num(s.x0)}? Type your guess, then press Reveal.`,
      );
    }
    setDisabled(dom.guess, this.phase !== 'guess');
    setDisabled(dom.reveal, this.phase !== 'guess');
    setHidden(dom.again, this.phase !== 'revealed');
    setText(dom.predictResult, this.phase === 'revealed' && this.result ? this.result.sentence : '');
  }

  private readout(): string {
    const s = super.state;
    const hidden = this.phase === 'guess';
    if (s.mode === 'tangent') {
      const t = this.tangent();
      if (!Number.isFinite(t.fx0)) return `f is not defined at x0 = ${num(t.x0)}: move the point.`;
      if (hidden) return `x0 = ${num(t.x0)}, f(x0) = ${num(t.fx0)}.`;
      const gap = Math.abs(t.secant - t.slope);
      return `${secantSentence(t)} It misses the exact slope ${num(t.slope, 6)} by ${num(gap, 2)}.`;
    }
    const n = this.chain();
    if (!n) return `f(g(x)) is not defined at x = ${num(s.x0)}: move x.`;
    if (hidden) return `x = ${num(n.x)}, u = ${num(n.u)}, y = ${num(n.y)}.`;
    return (
      `The true changes are g(x + dx) − g(x) = ${num(n.duExact)} and f(g(x + dx)) − f(g(x)) = ${num(n.dyExact)} ` +
      `(the dark ticks); the estimates du and dy get closer as dx shrinks.`
    );
  }

  private colors(): DerivativeColors {
    const p = this.palette;
    const L = PALETTES.light;
    return {
      point: texColor(p.data, L.data),
      secant: texColor(p.i, L.i),
      slope: texColor(p.gradient, L.gradient),
      x: texColor(p.i, L.i),
      u: texColor(p.j, L.j),
      y: texColor(p.k, L.k),
    };
  }

  private syncFormula(): void {
    const dom = this.requireDom();
    const s = super.state;
    if (!s.formula) return;
    const hidden = this.phase === 'guess';
    let tex: string;
    let narrow: string | undefined;
    let words: string;
    if (s.mode === 'tangent') {
      const t = this.tangent();
      tex = tangentTex(t, this.colors(), hidden);
      narrow = tangentTexNarrow(t, this.colors(), hidden);
      words = tangentWords(t, hidden);
    } else {
      const n = this.chain();
      if (!n) {
        tex = '\\text{not defined here}';
        words = 'f(g(x)) is not defined here.';
      } else {
        tex = chainTex(n, this.colors(), hidden);
        narrow = chainTexNarrow(n, this.colors(), hidden);
        words = chainWords(n, hidden);
      }
    }
    setText(dom.formulaText, words);
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    // If the formula library cannot be fetched (offline, blocked), the words stand in for it.
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
    renderTex(dom.formulaNarrow, narrow ?? tex, { displayMode: true }).catch(() =>
      setText(dom.formulaNarrow, words),
    );
  }
}

/** Puts a handle at a point inside `box`, or hides it where the point is undefined or off the plot. */
function place(
  handle: HTMLElement,
  p: readonly [number, number] | undefined,
  box: { left: number; top: number; width: number; height: number },
): void {
  const inside =
    p !== undefined &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    p[0] >= box.left - 1 &&
    p[0] <= box.left + box.width + 1 &&
    p[1] >= box.top - 1 &&
    p[1] <= box.top + box.height + 1;
  if (!inside) {
    hide(handle);
    return;
  }
  if (handle.hidden) handle.hidden = false;
  handle.style.transform = `translate(${p[0].toFixed(1)}px, ${p[1].toFixed(1)}px)`;
}

function hide(handle: HTMLElement): void {
  if (!handle.hidden) handle.hidden = true;
}
function setClass(node: HTMLElement, name: string, on: boolean): void {
  if (node.classList.contains(name) !== on) node.classList.toggle(name, on);
}

defineOnce('lumen-derivative', LumenDerivative);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-derivative': LumenDerivative;
  }
}
