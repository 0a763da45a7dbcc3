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
 * Numbers come from `src/math/calculus*.ts` and `model.ts`, pictures and handle positions from
 * `view.ts`, TeX from `formula.ts`, sentences from `words.ts`; the element holds the widget's own
 * rules (the swept stretches, zoom, shrink and ripple, the letter keys).
 *
 * @example
 * <lumen-derivative f="x^3 - 2*x" x0="1" h="0.5"></lumen-derivative>
 * <lumen-derivative mode="chain" g="x^2" f="sigmoid(u)" x0="1.5"></lumen-derivative>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import { bindShortcuts } from '../../ui/shortcuts';
import type { Source } from '../../ui/props';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { shrinkStep, type ChainNumbers } from '../../math/calculus';
import { addSwept, type Interval, type Window } from '../../math/calculus-plot';
import { DERIVATIVE_PROPS, type DerivativeState } from './props';
import {
  HANDLE_NAMES,
  RIPPLE_SPEED,
  arrowDirection,
  clampX0,
  dragTo,
  handleAt,
  handleOn,
  judgeGuess,
  derivativeSlips,
  chainNumbers,
  keyTo,
  letterAction,
  lineHalfSpan,
  num,
  rippleStages,
  shrinkTarget,
  toScale,
  snap,
  zoomBy,
  type Action,
  type HandleName,
  type Prediction,
  type TangentNumbers,
} from './model';
import {
  curveProjection,
  drawChain,
  drawTangent,
  lineProjection,
  tangentPanels,
  type HandleProjection,
} from './view';
import { chainFormula, derivativeColors, tangentFormula } from './formula';
import {
  chainReadout,
  describeChain,
  describeTangent,
  functionRejected,
  hint,
  question,
  tangentReadout,
  x0Outside,
} from './words';
import {
  PRESETS_F_CHAIN,
  PRESETS_F_TANGENT,
  buildDerivativeDom,
  fillPresets,
  type DerivativeDom,
} from './dom';
import { DERIVATIVE_CSS } from './derivative.css';
import { setText, setHidden, setDisabled } from '../../ui/dom';
import { CanvasSurface } from '../../render/canvas-surface';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { PredictFlow, guessControls } from '../../ui/predict-flow';
import type { Slip } from '../../ui/slips';
import { Handles } from '../../ui/handles';
import { bindLogRange, bindTypedField } from '../../ui/bind';
import { onTypingPause } from '../../ui/typed-field';
import { DerivativeNumbers } from './numbers';

export type { Prediction } from './model';

/** One press of + or − doubles or halves the zoom; one wheel notch 1.25×. */
const ZOOM_STEP = 2;
const WHEEL_STEP = 1.25;

export class LumenDerivative extends LumenElement<typeof DERIVATIVE_PROPS, DerivativeDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(DERIVATIVE_PROPS);
  }

  private surface!: CanvasSurface;
  private formula!: FormulaView;
  private flow!: PredictFlow<Prediction>;
  /** The secant's h when the question was asked: Try again puts it back after the shrink. */
  private hAsked: number | undefined;
  private handles!: Handles<HandleProjection>;
  /** The plot's size at the last frame (the handles' pixels). */
  private size = { width: 0, height: 0 };
  private ripple = 3;
  private sweptList: Interval[] = [];
  private readonly model = new DerivativeNumbers(() => this.s);

  constructor() {
    super(DERIVATIVE_PROPS, DERIVATIVE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The numbers of the formula: tangent mode's secant and slope, or chain mode's factors. */
  get numbers(): TangentNumbers | ChainNumbers | undefined {
    if (this.s.mode === 'tangent') return { ...this.model.tangent() };
    const n = this.model.chain();
    return n && { ...n };
  }

  /** After Reveal in predict mode: the guess, the answer, how far apart and the verdict; else undefined. */
  get prediction(): Prediction | undefined {
    const r = this.flow?.result;
    return r && { ...r };
  }

  /** The stretches of x that x0 has swept, where f′ is drawn (tangent mode). */
  get swept(): Interval[] {
    return this.sweptList.map(([a, b]) => [a, b] as const);
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): DerivativeDom {
    ensureKatexFonts(document);
    return buildDerivativeDom();
  }

  protected build(): void {
    const dom = this.dom;
    this.surface = this.use(
      new CanvasSurface(dom.canvas, { box: dom.plot, onResize: () => this.requestRender() }),
    );
    // The wide formula needs about 30em; a slimmer panel gets the numbers-only form.
    this.formula = this.use(
      new FormulaView({ tex: dom.formula, text: dom.formulaText, box: dom.side, narrowEm: 32 }),
    );
    this.flow = this.use(
      new PredictFlow<Prediction>(this.host, guessControls(dom), {
        score: () => judgeGuess(this.dom.guess.value, this.model.answer(), this.slips()),
        sentence: (r) => r.sentence,
        // Another mode, or a function the learner typed, asks a new question.
        newQuestion: (p, source) =>
          p.mode !== this.s.mode || (source === 'user' && (p.f !== this.s.f || p.g !== this.s.g)),
        changed: () => {
          if (this.flow.guessing) this.stopAnimation();
          this.syncControls();
        },
        // Then the picture shows why: the secant shrinks into the tangent, or the nudge ripples down.
        revealed: () => (this.s.mode === 'tangent' ? this.shrink() : this.playRipple()),
        // Try again asks over the picture of the question: the secant as wide as it was, not the
        // tangent whose slope is the answer.
        reopened: () => {
          this.stopAnimation();
          if (this.hAsked !== undefined) this.update({ h: this.hAsked });
          this.hAsked = undefined;
        },
      }),
    );
    this.wireHandles(dom);
    bindLogRange(this.host, dom.h, 'h', { digits: 4 });
    bindLogRange(this.host, dom.dx, 'dx', { digits: 4 });
    for (const type of ['input', 'keydown']) dom.h.addEventListener(type, () => this.stopAnimation());
    this.wireFunction(dom.f, dom.fPresets, 'f');
    this.wireFunction(dom.g, dom.gPresets, 'g');
    this.wireButtons(dom);
    this.sweptList = addSwept([], this.s.x0, this.s.x0);
    this.checkX0();
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<DerivativeState>, source: Source | 'user'): void {
    const s = this.s;
    const redrawn = (['f', 'center', 'range', 'mode'] as const).some((k) => previous[k] !== s[k]);
    if (redrawn) this.sweptList = addSwept([], s.x0, s.x0);
    else if (previous.x0 !== s.x0) this.sweptList = addSwept(this.sweptList, previous.x0, s.x0);
    if (source !== 'user') {
      this.setMessage('x0-range', undefined);
      this.checkX0();
    }
    this.syncControls();
  }

  protected describe(): string {
    const s = this.s;
    const hidden = this.flow?.guessing ?? false;
    const main =
      s.mode === 'tangent'
        ? describeTangent(s.f, this.model.tangent(), s.zoom, hidden)
        : describeChain(s.g, s.f, this.model.chain(), s.x0, hidden, this.model.chainProblem());
    const r = this.flow?.result;
    return r ? `${r.sentence} ${main}` : main;
  }

  protected render(): void {
    const s = this.s;
    const hidden = this.flow.guessing;
    const palette = this.palette;
    if (s.formula) {
      const col = derivativeColors(texPalette(palette));
      const shown =
        s.mode === 'tangent'
          ? tangentFormula(this.model.tangent(), col, hidden)
          : chainFormula(this.model.chain(), col, hidden, /too large/.test(this.model.chainProblem()));
      this.formula.show(shown.tex, shown.words);
    }
    const f = this.surface.frame(palette);
    if (!f) return;
    this.size = { width: f.width, height: f.height };
    const frame = { ...f, colors: palette };
    if (s.mode === 'tangent') {
      drawTangent(f.ctx, {
        ...frame,
        f: this.model.f(),
        t: this.model.tangent(),
        window: this.window(),
        slopeY: this.slopeShown() ? this.model.base().slopeY : undefined,
        swept: this.sweptList,
        hidden,
        zoom: s.zoom,
      });
    } else {
      const n = this.model.chain();
      drawChain(f.ctx, {
        ...frame,
        n,
        halfSpan: this.halfSpan(n),
        stages: rippleStages(this.ripple),
        hidden,
      });
    }
    this.handles.place(this.projection());
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private slopeShown(): boolean {
    return this.s.derivative && !this.flow.guessing;
  }

  /** The number lines' half-span: held still while a chain handle is dragged (else it would chase the pointer). */
  private halfSpan(n: ChainNumbers | undefined): number {
    return this.handles.frozen?.halfSpan ?? (n ? lineHalfSpan(n) : 1);
  }

  /** In tangent mode x0 must lie in the plotted range (else the point is off screen at every zoom). */
  private checkX0(): void {
    const s = this.s;
    const x0 = s.mode === 'tangent' ? clampX0(s, s.x0) : s.x0;
    if (x0 === s.x0) return;
    this.setMessage('x0-range', x0Outside(s.x0, s.center - s.range, s.center + s.range, x0));
    queueMicrotask(() => this.update({ x0 }));
  }

  // ---- handles --------------------------------------------------------------------------------------

  private projection(): HandleProjection {
    const { width, height } = this.size;
    if (this.s.mode === 'chain')
      return lineProjection(width, height, this.s.x0, this.halfSpan(this.model.chain()));
    const { curve } = tangentPanels(width, height, this.slopeShown());
    return curveProjection(curve, this.window(), this.model.f().value);
  }

  /** Tangent mode: the window shown, to scale in the curve's panel where the curve allows. */
  private window(): Window {
    const { curve } = tangentPanels(this.size.width, this.size.height, this.slopeShown());
    return toScale(this.model.window(), curve.width, curve.height);
  }

  /**
   * Tangent: the point and the secant's end ride the curve; chain: x and the nudge's tip ride the
   * top line. A drag resolves to a pixel; the arrows step as `model.ts` says (Shift coarse, Alt fine).
   */
  private wireHandles(dom: DerivativeDom): void {
    const handles = new Handles<HandleProjection>(dom.plot, {
      projection: () => this.projection(),
      freeze: true,
    });
    this.handles = this.use(handles);
    const unitsPerPx = (): number => (handles.frozen ?? this.projection()).unitsPerPx;
    for (const name of HANDLE_NAMES)
      handles.add(dom.handles[name], {
        at: () => [handleAt(name, this.s, rippleStages(this.ripple)[0]), 0],
        moveTo: ([x]) => this.update(dragTo(name, this.s, x, unitsPerPx())),
        enabled: () => handleOn(name, this.s.mode, this.flow.guessing, this.model.chain() !== undefined),
        grab: () => this.grab(name),
        drop: () => this.requestRender(),
        claim: (px, py) => this.claim(name, px, py),
        arrows: false,
        key: (e) => {
          const dir = arrowDirection(e.key);
          if (dir === 0) return false;
          e.stopPropagation();
          this.grab(name);
          const w = this.model.window();
          this.update(keyTo(name, this.s, dir, e, w.x[1] - w.x[0]));
          return true;
        },
      });
  }

  private grab(name: HandleName): void {
    this.stopAnimation();
    if (name === 'nudge') this.ripple = 3;
  }

  /** A press away from every handle: tangent mode moves x0 there and drags it; chain mode drags x from near its line. */
  private claim(name: HandleName, px: number, py: number): boolean {
    if (name === 'x') return Math.abs(py - this.size.height * 0.2) < 40;
    if (name !== 'point') return false;
    const x = this.projection().fromPixel(px, py)[0];
    if (Number.isFinite(x)) this.update({ x0: clampX0(this.s, x) });
    return true;
  }

  // ---- functions, buttons, keys ---------------------------------------------------------------------

  /**
   * A typed function (Enter, leaving the field, or a pause in typing) or a preset: a good one
   * replaces the curve; a bad one says where, and the last good one stays.
   */
  private wireFunction(input: HTMLInputElement, presets: HTMLSelectElement, key: 'f' | 'g'): void {
    bindTypedField(this.host, input, key, {
      error: this.dom.functionError,
      reject: (e) => functionRejected(key === 'f' ? this.fName() : 'g(x)', e),
    });
    // A pause in typing applies a function that reads; errors wait for Enter or leaving the field.
    const cancel = onTypingPause(input, () => {
      const r = DERIVATIVE_PROPS[key].parse(input.value);
      if (r.ok && r.value !== this.s[key]) this.update({ [key]: r.value });
    });
    this.use({ hostDisconnected: cancel });
    presets.addEventListener('change', () => {
      if (!presets.value) return;
      input.value = presets.value;
      presets.value = '';
      input.dispatchEvent(new Event('change'));
    });
  }

  private fName(): string {
    return this.s.mode === 'tangent' ? 'f(x)' : 'f(u)';
  }

  private wireButtons(dom: DerivativeDom): void {
    const buttons = [
      [dom.shrink, 'shrink'],
      [dom.zoomIn, 'zoomIn'],
      [dom.zoomOut, 'zoomOut'],
      [dom.zoomReset, 'zoomReset'],
      [dom.nudge, 'ripple'],
    ] as const;
    for (const [button, action] of buttons) button.addEventListener('click', () => this.act(action));
    dom.plot.addEventListener(
      'wheel',
      (e) => {
        // The page scrolls as usual unless the widget has the focus (or it is a pinch: ctrl+wheel).
        if (this.s.mode !== 'tangent' || !(e.ctrlKey || this.matches(':focus-within'))) return;
        e.preventDefault();
        this.zoom(e.deltaY < 0 ? WHEEL_STEP : 1 / WHEEL_STEP);
      },
      { passive: false },
    );
    bindShortcuts(this.body, (key) => {
      const action = letterAction(this.s.mode, key);
      return action && (() => this.act(action));
    });
  }

  private act(action: Action): void {
    if (action === 'shrink') this.shrink();
    else if (action === 'ripple') this.playRipple();
    else if (action === 'zoomReset') this.update({ zoom: 1 });
    else this.zoom(action === 'zoomIn' ? ZOOM_STEP : 1 / ZOOM_STEP);
  }

  private zoom(factor: number): void {
    this.update({ zoom: zoomBy(this.s.zoom, factor) });
  }

  /** The known wrong answers of the question on screen (named in the verdict). */
  private slips(): Slip<number>[] {
    const c = this.s.mode === 'chain' ? this.model.chain() : undefined;
    const fAtX = c ? chainNumbers({ ...this.s, g: 'x' })?.fSlope : undefined;
    return derivativeSlips(this.s.mode, this.model.tangent(), c, fAtX);
  }

  private shrink(): void {
    if (this.flow.guessing) return;
    this.hAsked = this.s.h;
    const target = shrinkTarget(this.s);
    this.runMotion({
      step: (dt) => {
        const h = shrinkStep(this.s.h, dt, target);
        this.update({ h });
        return h > target;
      },
      finish: () => this.update({ h: snap(target, target / 10) }),
    });
  }

  private playRipple(): void {
    if (this.flow.guessing) return;
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

  // ---- what the bound controls do not cover -------------------------------------------------------

  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    const tangent = s.mode === 'tangent';
    const hidden = this.flow.guessing;
    dom.plot.classList.toggle('chain', !tangent);
    setHidden(dom.functions, !s.controls);
    setHidden(dom.gRow, tangent);
    setHidden(dom.tangentControls, !tangent);
    setHidden(dom.chainControls, tangent);
    setHidden(dom.formulaWrap, !s.formula);
    setText(dom.fName, `${this.fName()} =`);
    if (dom.fPresets.dataset.mode !== s.mode) {
      dom.fPresets.dataset.mode = s.mode;
      fillPresets(dom.fPresets, tangent ? PRESETS_F_TANGENT : PRESETS_F_CHAIN);
    }
    setText(dom.hValue, `h = ${num(s.h, 3)}`);
    setText(dom.zoomValue, `×${num(s.zoom, 3)}`);
    setText(dom.dxValue, `dx = ${num(s.dx, 3)}`);
    for (const b of [dom.shrink, dom.h, dom.nudge]) setDisabled(b, hidden);
    for (const b of [dom.zoomOut, dom.zoomReset]) setDisabled(b, s.zoom <= 1);
    setText(
      dom.readout,
      tangent
        ? tangentReadout(this.model.tangent(), hidden)
        : chainReadout(this.model.chain(), s.x0, hidden, this.model.chainProblem()),
    );
    setText(dom.hint, hint(tangent));
    if (this.flow.phase !== 'off') setText(dom.question, question(tangent, s.x0));
    this.requestRender();
  }
}

defineOnce('lumen-derivative', LumenDerivative);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-derivative': LumenDerivative;
  }
}
