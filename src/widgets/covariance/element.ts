/**
 * `<lumen-covariance>`: covariance is the shape of the cloud, and that shape is a matrix. A 2D
 * Gaussian cloud N(0, Σ) of seeded points; drag the tips of its ellipse's axes (or use the arrow
 * keys, or the σx, σy, ρ sliders) to turn and stretch it. The covariance matrix, its eigenvalues
 * (the variances along the principal axes, lesson 10), the 1σ/2σ/3σ ellipses and the sample
 * covariance of the points follow live. With `predict`, the learner guesses the correlation first.
 *
 * The element only wires things together: numbers come from `model.ts` (and
 * `src/math/gaussian2.ts`), pixels from `view.ts`, sentences from `words.ts`, TeX from `formula.ts`.
 *
 * @example
 * <lumen-covariance sd-x="2" sd-y="1" rho="0.8" n="400" seed="3"></lumen-covariance>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import type { Mat2, Vec2 } from '../../math/mat2';
import type { SampleStats, SigmaEllipse } from '../../math/gaussian2';
import { COVARIANCE_PROPS, SD_MAX, SD_MIN, SEED_MAX, type CovarianceState } from './props';
import {
  analyse,
  dragMajor,
  dragMinor,
  extentFor,
  handleTips,
  keyMinor,
  scoreGuess,
  shapeState,
  type Analysis,
  type Prediction,
} from './model';
import { drawCovariance } from './view';
import { covarianceTex } from './formula';
import { axesSentence, describe, num, predictSentence, sampleSentence, shapeSentence } from './words';
import { buildCovarianceDom, type CovarianceDom } from './dom';
import { COVARIANCE_CSS } from './covariance.css';
import { texColor } from '../../ui/tex-format';
import { makeView, toPixel, type View } from '../../render/view2d';
import { keyDelta, sliderKey } from '../../ui/keys';
import { Handles, viewProjection } from '../../ui/handles';
import { setText, setHidden } from '../../ui/dom';
import { dispatchPhase, type Phase } from '../../ui/predict-flow';
import { watchSize } from '../../ui/resize';
import { wireSlider, type Slider, type SliderRange } from '../../ui/slider';

const MAX_DPR = 2;
const MAX_BACKING_SIDE = 1600;

/** The numbers behind the picture (unrounded), for scripts and tests. */
export interface CovarianceNumbers {
  readonly covariance: Mat2;
  readonly rho: number;
  /** The 1σ ellipse: eigenvalues, eigenvectors, radii √λ, angle of the long axis. */
  readonly ellipse: SigmaEllipse;
  readonly sample: SampleStats | undefined;
}

export class LumenCovariance extends LumenElement<typeof COVARIANCE_PROPS, CovarianceDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(COVARIANCE_PROPS);
  }

  private ctx: CanvasRenderingContext2D | null = null;
  private side = 0;
  private phase: Phase = 'off';
  private guess = 0;
  private result: Prediction | undefined;
  private handles!: Handles;
  private formulaTex = '';
  private cache: { key: string; a: Analysis } | undefined;
  constructor() {
    super(COVARIANCE_PROPS, COVARIANCE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  get numbers(): CovarianceNumbers {
    const a = this.analysis();
    return {
      covariance: [...a.covariance] as unknown as Mat2,
      rho: this.state.rho,
      ellipse: a.ellipse,
      sample: a.sample,
    };
  }

  /** After Reveal in predict mode: the guess, the cloud's correlation r and the gap; else undefined. */
  get prediction(): Prediction | undefined {
    return this.result && { ...this.result };
  }

  /** Client (viewport) pixel coordinates of the plane point `p`, as currently drawn. */
  plotToClient(p: Vec2): { x: number; y: number } {
    const rect = this.requireDom().canvas.getBoundingClientRect();
    const [x, y] = toPixel(this.view(rect.width), p);
    return { x: rect.left + x, y: rect.top + y };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    const plot = this.dom?.plot;
    if (!plot) return;
    this.onDisconnect(
      watchSize(plot, (box) => {
        this.side = Math.min(box.width, box.height);
        this.requestRender();
      }),
    );
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildCovarianceDom();
    this.dom = dom;
    this.body.append(dom.layout);
    this.ctx = dom.canvas.getContext('2d');
    this.wireHandles(dom);
    this.wireControls(dom);
    if (this.state.predict) this.enterGuess();
    this.syncControls();
    dispatchPhase(this, this.phase);
  }

  protected override stateChanged(previous: Readonly<CovarianceState>, source: Source | 'user'): void {
    const s = this.state;
    if (previous.predict !== s.predict) {
      if (s.predict) this.enterGuess();
      else this.leavePredict();
    } else if (s.predict && source !== 'user' && this.phase === 'revealed' && shapeChanged(previous, s)) {
      this.enterGuess();
    }
    this.syncControls();
  }

  protected describe(): string {
    const s = this.state;
    const main = describe(this.analysis(), s.rho, this.phase === 'guess');
    return this.phase === 'revealed' && this.result ? `${predictSentence(this.result)} ${main}` : main;
  }

  protected render(): void {
    const dom = this.dom;
    const ctx = this.ctx;
    if (!dom || !ctx) return;
    const palette = this.palette;
    this.syncFormula(palette);
    const side = this.side || dom.plot.getBoundingClientRect().width;
    if (!(side > 0)) return;
    const scale = Math.min(window.devicePixelRatio || 1, MAX_DPR, Math.max(1, MAX_BACKING_SIDE / side));
    const backing = Math.max(1, Math.round(side * scale));
    if (dom.canvas.width !== backing || dom.canvas.height !== backing) {
      dom.canvas.width = backing;
      dom.canvas.height = backing;
    }
    const k = backing / side;
    ctx.setTransform(k, 0, 0, k, 0, 0);
    const s = this.state;
    const a = this.analysis();
    const view = this.view(side);
    const lineScale = Number.parseFloat(palette.lineScale);
    const fontPx = Number.parseFloat(palette.fontSize);
    drawCovariance(ctx, {
      view,
      colors: palette,
      lineScale: Number.isFinite(lineScale) && lineScale > 0 ? lineScale : 1,
      fontPx: Number.isFinite(fontPx) && fontPx > 0 ? Math.min(fontPx, 40) : 18,
      points: a.points,
      ellipse: a.ellipse,
      sdX: s.sdX,
      sdY: s.sdY,
      sigmas: s.sigmas,
      guessing: this.phase === 'guess',
    });
    this.placeHandles(view);
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private analysis(): Analysis {
    const s = this.state;
    const key = `${s.sdX},${s.sdY},${s.rho},${s.n},${s.seed}`;
    if (this.cache?.key !== key) this.cache = { key, a: analyse(s) };
    return this.cache.a;
  }

  private view(side: number): View {
    return makeView(side, side, this.handles.frozen?.view.extent ?? extentFor(this.analysis().ellipse));
  }

  /** Sets the shape from a covariance (clamped to the table's ranges). */
  private shapeTo(cov: Mat2 | undefined): void {
    if (!cov || !cov.every(Number.isFinite)) return;
    this.update(shapeState(cov));
  }

  // ---- pointer and keys ---------------------------------------------------------------------------

  /** The two axis tips, dragged and stepped through `Handles` (hidden while guessing). */
  private wireHandles(dom: CovarianceDom): void {
    const h = (this.handles = this.use(
      new Handles(dom.plot, {
        box: dom.canvas,
        freeze: true,
        projection: () => viewProjection(this.view(dom.canvas.getBoundingClientRect().width)),
      }),
    ));
    const enabled = (): boolean => this.phase !== 'guess';
    const drop = (): void => this.requestRender();
    h.add(dom.handles.major, {
      enabled,
      drop,
      at: () => handleTips(this.analysis().ellipse).major,
      moveTo: (p) => this.shapeTo(dragMajor(this.analysis().ellipse, p)),
    });
    h.add(dom.handles.minor, {
      enabled,
      drop,
      at: () => handleTips(this.analysis().ellipse).minor,
      moveTo: (p) => this.shapeTo(dragMinor(this.analysis().ellipse, p)),
      // Keys lengthen and shorten the minor axis along itself (a free step would turn it).
      arrows: false,
      key: (e) => {
        const d = keyDelta(e);
        const cov = d && keyMinor(this.analysis().ellipse, e.key, Math.abs(d[0] + d[1]));
        if (!cov) return false;
        this.shapeTo(cov);
        return true;
      },
    });
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: CovarianceDom): void {
    const wire = (sl: Slider, key: 'sdX' | 'sdY' | 'rho', o: SliderRange): void =>
      wireSlider(
        sl,
        o,
        () => this.state[key],
        (v) => this.update({ [key]: v }),
      );
    wire(dom.sdX, 'sdX', { step: 0.1, min: SD_MIN, max: SD_MAX });
    wire(dom.sdY, 'sdY', { step: 0.1, min: SD_MIN, max: SD_MAX });
    wire(dom.rho, 'rho', { step: 0.05, min: -1, max: 1 });
    dom.n.addEventListener('change', () => {
      const n = Number(dom.n.value);
      if (Number.isInteger(n)) this.update({ n });
    });
    dom.sigmas.addEventListener('change', () => {
      const k = Number(dom.sigmas.value);
      if (Number.isInteger(k)) this.update({ sigmas: k });
    });
    dom.resample.addEventListener('click', () =>
      this.update({ seed: (this.state.seed + 1) % (SEED_MAX + 1) }),
    );

    const guess = dom.guess.input;
    guess.addEventListener('input', () => {
      const v = Number(guess.value);
      if (Number.isFinite(v)) this.setGuess(v);
    });
    guess.addEventListener('keydown', (e) => {
      const next = sliderKey(this.guess, e, { step: 0.05, min: -1, max: 1 });
      if (next === undefined) return;
      e.preventDefault();
      this.setGuess(next);
    });
    dom.reveal.addEventListener('click', () => this.reveal());
    dom.again.addEventListener('click', () => {
      this.enterGuess();
      this.syncControls();
      dom.guess.input.focus();
    });
  }

  // ---- predict-first ------------------------------------------------------------------------------

  private setGuess(v: number): void {
    if (this.phase !== 'guess') return;
    this.guess = Math.min(1, Math.max(-1, v));
    this.syncControls();
  }

  private enterGuess(): void {
    this.setPhase('guess');
    this.result = undefined;
    this.guess = 0;
  }

  private leavePredict(): void {
    this.setPhase('off');
    this.result = undefined;
  }

  /** The page's `:::reveal` text follows the phase (the `predictphase` event). */
  private setPhase(phase: Phase): void {
    const changed = phase !== this.phase;
    this.phase = phase;
    if (changed && this.dom) dispatchPhase(this, phase);
  }

  private reveal(): void {
    if (this.phase !== 'guess') return;
    const sample = this.analysis().sample;
    if (!sample) return;
    this.result = scoreGuess(this.guess, sample.correlation);
    this.setPhase('revealed');
    this.syncControls();
    this.requireDom().again.focus();
    this.dispatchEvent(new CustomEvent('predict', { detail: this.prediction }));
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private requireDom(): CovarianceDom {
    if (!this.dom) throw new Error('<lumen-covariance> is not built yet: add it to the document first.');
    return this.dom;
  }

  private placeHandles(view: View): void {
    this.handles.place(viewProjection(view));
  }

  private syncControls(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.state;
    const a = this.analysis();
    const guessing = this.phase === 'guess';
    setHidden(dom.predict, this.phase === 'off');
    setHidden(dom.formulaWrap, !s.formula || guessing);
    setHidden(dom.readouts, guessing);
    setHidden(dom.controls, !s.controls || guessing);
    setHidden(dom.handles.major, guessing);
    setHidden(dom.handles.minor, guessing);
    setHidden(dom.reveal, !guessing);
    setHidden(dom.again, this.phase !== 'revealed');
    dom.guess.input.disabled = !guessing;
    syncSlider(dom.guess, this.guess, num(this.guess));
    setText(dom.predictResult, this.phase === 'revealed' && this.result ? predictSentence(this.result) : '');

    syncSlider(dom.sdX, s.sdX, num(s.sdX));
    syncSlider(dom.sdY, s.sdY, num(s.sdY));
    syncSlider(dom.rho, s.rho, num(s.rho));
    const n = String(s.n);
    if (![...dom.n.options].some((o) => o.value === n))
      dom.n.append(
        Object.assign(document.createElement('option'), {
          value: n,
          textContent: s.n.toLocaleString('en-US'),
        }),
      );
    if (dom.n.value !== n) dom.n.value = n;
    if (dom.sigmas.value !== String(s.sigmas)) dom.sigmas.value = String(s.sigmas);

    setText(dom.readoutShape, shapeSentence(a, s.rho));
    // The formula shows the same matrix; the sentence stands in when the formula is switched off.
    setHidden(dom.readoutShape, s.formula);
    setText(dom.readoutAxes, `${axesSentence(a)} They are the principal axes of lesson 10.`);
    setText(dom.readoutSample, s.sample ? sampleSentence(a) : '');
    setHidden(dom.readoutSample, !s.sample);

    const e = a.ellipse;
    const major = `Tip of the long axis: 2σ = ${num(e.radii[0] * 2)} at ${num(e.angle, 1)}°`;
    const minor = `Tip of the short axis: 2σ = ${num(e.radii[1] * 2)}`;
    if (dom.handles.major.getAttribute('aria-label') !== major)
      dom.handles.major.setAttribute('aria-label', major);
    if (dom.handles.minor.getAttribute('aria-label') !== minor)
      dom.handles.minor.setAttribute('aria-label', minor);
    const description = this.describe();
    if (dom.canvas.getAttribute('aria-label') !== description)
      dom.canvas.setAttribute('aria-label', description);
    this.requestRender();
  }

  private syncFormula(palette: Palette): void {
    const dom = this.requireDom();
    const s = this.state;
    if (!s.formula || this.phase === 'guess') return;
    const colors = {
      x: texColor(palette.i, PALETTES.light.i),
      y: texColor(palette.j, PALETTES.light.j),
      cov: texColor(palette.gradient, PALETTES.light.gradient),
      model: texColor(palette.model, PALETTES.light.model),
      data: texColor(palette.data, PALETTES.light.data),
    };
    const a = this.analysis();
    const tex = covarianceTex(a, s, colors, s.sample);
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    const words = `${shapeSentence(a, s.rho)} ${axesSentence(a)}${s.sample ? ' ' + sampleSentence(a) : ''}`;
    setText(dom.formulaText, words);
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
  }
}

function shapeChanged(a: Readonly<CovarianceState>, b: Readonly<CovarianceState>): boolean {
  return a.sdX !== b.sdX || a.sdY !== b.sdY || a.rho !== b.rho || a.n !== b.n || a.seed !== b.seed;
}

function syncSlider(sl: Slider, value: number, text: string): void {
  if (Number(sl.input.value) !== value) sl.input.value = String(value);
  setText(sl.value, text);
  if (sl.input.getAttribute('aria-valuetext') !== text) sl.input.setAttribute('aria-valuetext', text);
}

defineOnce('lumen-covariance', LumenCovariance);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-covariance': LumenCovariance;
  }
}
