/**
 * `<lumen-estimate>`: estimation, three ways.
 * - mode "likelihood": a seeded sample from a normal or a coin; the (log-)likelihood of the
 *   parameter with the maximum-likelihood estimate marked; drag θ (or use the arrow keys) and
 *   watch the normal slide over the data and the likelihood rise and fall.
 * - mode "intervals": 100 confidence intervals from 100 seeded samples, the true value a line,
 *   the misses in the error colour and counted; "Draw 100 more" adds a batch to the tally.
 *   With `predict`, the learner first types how many will miss.
 * - mode "bootstrap": one sample; its mean or median recomputed on many resamples (through the
 *   bulk simulator, off the main thread), the histogram and its percentile interval.
 *
 * The element only wires things together: numbers come from `model.ts` (and src/math/estimation),
 * pixels from `view.ts`, sentences from `words.ts`, TeX from `formula.ts`.
 *
 * @example
 * <lumen-estimate mode="intervals" level="95" n="10" seed="3"></lumen-estimate>
 * <script type="module">
 *   const el = document.querySelector('lumen-estimate');
 *   el.intervals.misses;        // misses among the 100 intervals shown
 *   el.setState({ level: 80 }); // wider misses: about 20 of 100
 * </script>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import { parseNumber } from '../../math/number-text';
import { distributionProblem } from '../../math/distributions';
import { histogramQuantile } from '../../math/estimation';
import { simulate } from '../../sim/client';
import type { SimProgress, SimRun } from '../../sim/client';
import {
  ESTIMATE_PROPS,
  MAX_ROUNDS,
  SEED_MAX,
  type EstimateState,
  type Level,
  type Method,
  type Mode,
} from './props';
import {
  BATCH,
  autoTheta,
  bootBins,
  bootSeed,
  clampTheta,
  effectiveMethod,
  firstSample,
  intervalBatch,
  intervalDomain,
  likelihoodCurve,
  likelihoodModel,
  scoreMissGuess,
  sourceSpec,
  statisticOf,
  MissCounter,
  thetaKey,
  truth,
  type BootBins,
  type IntervalRow,
  type LikelihoodModel,
  type MissPrediction,
  type Tally,
} from './model';
import {
  drawBootstrap,
  drawIntervals,
  drawLikelihood,
  fromPx,
  intervalGeometry,
  type EstimateColors,
  type Frame,
  type Scale,
} from './view';
import { bootstrapTex, intervalTex, likelihoodTex, type EstimateTexColors } from './formula';
import {
  bootstrapSentence,
  decimalsFor,
  expectedSentence,
  likelihoodSentence,
  methodName,
  missSentence,
  num,
  paramName,
  predictSentence,
} from './words';
import { buildEstimateDom, handleKeysText, type EstimateDom } from './dom';
import { ESTIMATE_CSS } from './estimate.css';
import { texColor } from '../../ui/tex-format';
import { setText, setValue, setHidden, setDisabled } from '../../ui/dom';
import { clearGuess, wireGuess } from '../../ui/guess-field';
import { watchSize } from '../../ui/resize';

const MAX_DPR = 2;
type Phase = 'off' | 'guess' | 'revealed';

interface BootRun {
  readonly key: string;
  readonly bins: BootBins;
  readonly run: SimRun | undefined;
  progress: SimProgress | undefined;
  done: boolean;
}

/** The intervals on screen, for scripts and tests. */
export interface IntervalsInfo {
  readonly method: Method;
  readonly level: Level;
  readonly truth: number;
  readonly rows: readonly IntervalRow[];
  readonly misses: number;
  readonly selected: number;
  readonly tally: Tally;
}

export interface LikelihoodInfo {
  readonly theta: number;
  readonly logL: number;
  readonly mle: number;
  readonly maxLogL: number;
  readonly range: readonly [number, number];
}

export interface BootstrapInfo {
  readonly estimate: number;
  readonly done: number;
  readonly total: number;
  readonly interval: readonly [number, number] | undefined;
  readonly path: string;
  readonly finished: boolean;
}

export class LumenEstimate extends LumenElement<typeof ESTIMATE_PROPS, EstimateDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(ESTIMATE_PROPS);
  }

  private ctx: CanvasRenderingContext2D | null = null;
  private size = { w: 0, h: 0 };
  private dirty = true;
  private drawnPalette: Palette | undefined;
  private formulaTex = '';
  private phase: Phase = 'off';
  private result: MissPrediction | undefined;
  private selected = 0;
  private dragging: number | undefined;
  private lastScale: Scale | undefined;
  private sampleCache: { key: string; xs: Float64Array } | undefined;
  private batchCache: { key: string; rows: IntervalRow[] } | undefined;
  private counter: { key: string; c: MissCounter } | undefined;
  private tallyTimer = 0;
  private boot: BootRun | undefined;
  private readonly notes = new Map<string, string | undefined>();
  constructor() {
    super(ESTIMATE_PROPS, ESTIMATE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The 100 intervals on screen, their misses and the tally over every batch drawn. */
  get intervals(): IntervalsInfo {
    const s = this.state;
    const rows = this.rows();
    return {
      method: this.method(),
      level: s.level,
      truth: truth(s),
      rows: rows.map((r) => ({ ...r })),
      misses: rows.filter((r) => r.miss).length,
      selected: this.selected,
      tally: (({ intervals, misses }) => ({ intervals, misses }))(this.tally()),
    };
  }

  /** The likelihood at the tried parameter and at its maximum. */
  get likelihood(): LikelihoodInfo {
    const m = this.likelihoodModel();
    const theta = this.theta(m);
    return { theta, logL: m.logL(theta), mle: m.mle, maxLogL: m.maxLogL, range: [m.range[0], m.range[1]] };
  }

  /** The bootstrap run: resamples done, the percentile interval once there are enough. */
  get bootstrap(): BootstrapInfo {
    const b = this.boot;
    return {
      estimate: statisticOf(this.sample(), this.state.statistic),
      done: b?.progress?.done ?? 0,
      total: this.state.resamples,
      interval: this.bootInterval(),
      path: b?.run?.path ?? '',
      finished: b?.done ?? false,
    };
  }

  /** The sample of the likelihood and bootstrap modes. */
  get sampleValues(): number[] {
    return [...this.sample()];
  }

  /** After Reveal in predict mode: the guess, this batch's misses and the long-run expectation. */
  get prediction(): MissPrediction | undefined {
    return this.result && { ...this.result };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    const plot = this.dom?.plot;
    if (plot) {
      this.onDisconnect(
        watchSize(plot, (box) => {
          this.size = { w: box.width, h: box.height };
          this.invalidate();
        }),
      );
    }
    this.onDisconnect(() => {
      this.stopBoot();
      window.clearTimeout(this.tallyTimer);
      this.tallyTimer = 0;
    });
    this.syncAll();
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildEstimateDom();
    this.dom = dom;
    this.body.append(dom.layout);
    this.ctx = dom.canvas.getContext('2d');
    this.wirePointer(dom);
    this.wireKeys(dom);
    this.wireControls(dom);
    this.wirePredict(dom);
    if (this.state.predict) this.enterGuess();
  }

  protected override stateChanged(previous: Readonly<EstimateState>, _source: Source | 'user'): void {
    const s = this.state;
    if (previous.predict !== s.predict) {
      if (s.predict) this.enterGuess();
      else this.phase = 'off';
    }
    const batchMoved =
      previous.seed !== s.seed ||
      previous.n !== s.n ||
      previous.source !== s.source ||
      previous.rounds !== s.rounds ||
      previous.mean !== s.mean ||
      previous.sd !== s.sd ||
      previous.p !== s.p;
    if (batchMoved || previous.level !== s.level || previous.method !== s.method)
      this.selected = this.firstMiss();
    this.syncAll();
  }

  protected describe(): string {
    const s = this.state;
    switch (s.mode) {
      case 'likelihood':
        return `${this.likelihoodWords()} ${this.sourceWords()}`;
      case 'intervals': {
        if (this.phase === 'guess')
          return `Predict first: how many of 100 ${s.level}% intervals will miss the true ${s.source === 'coin' ? 'p' : 'mean'}? ${this.sourceWords()}`;
        const lead = this.phase === 'revealed' && this.result ? predictSentence(this.result) + ' ' : '';
        return `${lead}${this.missWords()} ${s.level}% ${methodName(this.method())}. ${this.sourceWords()}`;
      }
      case 'bootstrap':
        return `${this.bootWords()} ${this.sourceWords()}`;
    }
  }

  protected render(): void {
    const dom = this.dom;
    const ctx = this.ctx;
    if (!dom || !ctx) return;
    const palette = this.palette;
    if (!this.dirty && palette === this.drawnPalette) return;
    this.dirty = false;
    this.drawnPalette = palette;
    this.syncFormula(palette);
    const w = this.size.w || dom.plot.getBoundingClientRect().width;
    const h = this.size.h || dom.plot.getBoundingClientRect().height;
    if (!(w > 0 && h > 0)) return;
    const dpr = Math.min(window.devicePixelRatio || 1, MAX_DPR);
    const bw = Math.max(1, Math.round(w * dpr));
    const bh = Math.max(1, Math.round(h * dpr));
    if (dom.canvas.width !== bw || dom.canvas.height !== bh) {
      dom.canvas.width = bw;
      dom.canvas.height = bh;
    }
    ctx.setTransform(bw / w, 0, 0, bh / h, 0, 0);
    const lineScale = Number.parseFloat(palette.lineScale);
    const fontPx = Number.parseFloat(palette.fontSize);
    const frame: Frame = {
      width: w,
      height: h,
      colors: palette as EstimateColors,
      lineScale: Number.isFinite(lineScale) && lineScale > 0 ? lineScale : 1,
      fontPx: Number.isFinite(fontPx) && fontPx > 0 ? Math.min(fontPx, 36) : 18,
    };
    const s = this.state;
    if (s.mode === 'likelihood') this.drawLikelihoodMode(ctx, frame);
    else if (s.mode === 'intervals') this.drawIntervalMode(ctx, frame);
    else this.drawBootstrapMode(ctx, frame);
  }

  // ---- derived numbers ----------------------------------------------------------------------------

  private sample(): Float64Array {
    const s = this.state;
    const key = `${s.source}|${s.mean}|${s.sd}|${s.p}|${s.n}|${s.seed}`;
    if (this.sampleCache?.key !== key) this.sampleCache = { key, xs: firstSample(s) };
    return this.sampleCache.xs;
  }

  private method(): Method {
    const s = this.state;
    return effectiveMethod(s.source, s.method).method;
  }

  private intervalKey(): string {
    const s = this.state;
    return `${s.source}|${s.mean}|${s.sd}|${s.p}|${s.n}|${s.seed}|${s.level}|${this.method()}`;
  }

  /** The batch on screen: the last one drawn. */
  private rows(): IntervalRow[] {
    const key = `${this.intervalKey()}|${this.state.rounds}`;
    if (this.batchCache?.key !== key) {
      const s = this.state;
      this.batchCache = { key, rows: intervalBatch({ ...s, method: this.method() }, s.rounds - 1) };
    }
    return this.batchCache.rows;
  }

  /** The misses over every batch drawn, as far as they are counted (the rest are counted in slices). */
  private tally(): Tally & { readonly counted: number } {
    const s = this.state;
    const key = this.intervalKey();
    if (this.counter?.key !== key) {
      window.clearTimeout(this.tallyTimer);
      this.tallyTimer = 0;
      this.counter = { key, c: new MissCounter({ ...s, method: this.method() }) };
    }
    const t = this.counter.c.tally(s.rounds);
    if (t.counted < s.rounds) {
      // The first batch is cheap and on screen anyway: count it now, so a page never opens on "counting".
      if (t.counted === 0 && s.rounds === 1) this.counter.c.advance(1, BATCH);
      else this.scheduleCount();
    }
    return this.counter.c.tally(s.rounds);
  }

  /** Counts the remaining batches in slices of about 5 ms between frames, then updates the words. */
  private scheduleCount(): void {
    if (this.tallyTimer || !this.isConnected) return;
    this.tallyTimer = window.setTimeout(() => {
      this.tallyTimer = 0;
      const work = this.counter;
      if (!work) return;
      const s = this.state;
      const per = Math.max(1, Math.floor(10_000 / s.n));
      const start = performance.now();
      let done = false;
      while (!done && performance.now() - start < 5) done = work.c.advance(s.rounds, per);
      if (!done) this.scheduleCount();
      this.syncReadout();
      this.syncLabel();
    }, 0);
  }

  private firstMiss(): number {
    const k = this.rows().findIndex((r) => r.miss);
    return k < 0 ? 0 : k;
  }

  private likelihoodModel(): LikelihoodModel {
    const s = this.state;
    return likelihoodModel(s, this.sample(), s.theta ?? Number.NaN);
  }

  /** The tried parameter: the state's (a coin's kept inside 0 … 1), or the auto start. */
  private theta(m: LikelihoodModel): number {
    const s = this.state;
    if (s.theta === null) return autoTheta(m, s.source === 'coin');
    return s.source === 'coin' ? clampTheta(m, s.theta) : s.theta;
  }

  private bootInterval(): [number, number] | undefined {
    const b = this.boot;
    const p = b?.progress;
    if (!b || !p || p.done < 50) return undefined;
    const a = (1 - this.state.level / 100) / 2;
    return [
      histogramQuantile(p.histogram, b.bins.lo, b.bins.hi, a),
      histogramQuantile(p.histogram, b.bins.lo, b.bins.hi, 1 - a),
    ];
  }

  /** Decimals for this source's numbers: about 1% of a standard error (a coin: 2 or 3). */
  private decimals(): number {
    const s = this.state;
    return s.source === 'coin' ? (s.n > 200 ? 3 : 2) : decimalsFor(s.sd / Math.sqrt(s.n));
  }

  // ---- words ----------------------------------------------------------------------------------------

  private sourceWords(): string {
    const s = this.state;
    return s.source === 'coin'
      ? `Samples of ${s.n} flips of a coin with p = ${s.p}, seed ${s.seed}.`
      : `Samples of ${s.n} from a normal with μ = ${s.mean} and σ = ${s.sd}, seed ${s.seed}.`;
  }

  private missWords(): string {
    const s = this.state;
    const rows = this.rows();
    return missSentence(
      rows.filter((r) => r.miss).length,
      num(truth(s), this.decimals()),
      s.source === 'coin',
      this.tally(),
      s.rounds,
    );
  }

  private likelihoodWords(): string {
    const m = this.likelihoodModel();
    const theta = this.theta(m);
    const d = this.decimals();
    const logL = m.logL(theta);
    return likelihoodSentence({
      coin: this.state.source === 'coin',
      theta: num(theta, d),
      logL: num(logL, 2),
      mle: num(m.mle, d),
      maxLogL: num(m.maxLogL, 2),
      ratio: Math.exp(logL - m.maxLogL),
    });
  }

  private bootWords(): string {
    const s = this.state;
    const d = this.decimals();
    const iv = this.bootInterval();
    const done = this.boot?.progress?.done ?? 0;
    if (!iv)
      return `Resampling the ${s.statistic} of the sample: ${done.toLocaleString('en-US')} of ${s.resamples.toLocaleString('en-US')} resamples.`;
    return bootstrapSentence({
      statistic: s.statistic,
      estimate: num(statisticOf(this.sample(), s.statistic), d),
      level: s.level,
      lo: num(iv[0], d),
      hi: num(iv[1], d),
      done,
      total: s.resamples,
    });
  }

  // ---- drawing ------------------------------------------------------------------------------------

  private drawLikelihoodMode(ctx: CanvasRenderingContext2D, frame: Frame): void {
    const s = this.state;
    const coin = s.source === 'coin';
    const xs = this.sample();
    const m = this.likelihoodModel();
    const theta = this.theta(m);
    const curve = likelihoodCurve(m, s.log);
    let lo = m.range[0];
    let hi = m.range[1];
    if (!coin) {
      for (const v of xs) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      const pad = (hi - lo) * 0.04;
      lo -= pad;
      hi += pad;
    }
    const d = this.decimals();
    const thetaY = s.log ? m.logL(theta) : Math.exp(m.logL(theta) - m.maxLogL);
    const drawn = drawLikelihood(ctx, {
      ...frame,
      coin,
      sample: xs,
      domain: coin ? [0, 1] : [lo, hi],
      curve,
      log: s.log,
      theta,
      thetaY,
      mle: m.mle,
      sigma: m.sigma,
      thetaText: `${paramName(coin)} = ${num(theta, d)}`,
      mleText: `${paramName(coin)}̂ = ${num(m.mle, d)}`,
    });
    this.lastScale = drawn.scale;
    this.placeHandle(drawn.handle[0], drawn.handle[1]);
  }

  private drawIntervalMode(ctx: CanvasRenderingContext2D, frame: Frame): void {
    const s = this.state;
    const rows = this.rows();
    const t = truth(s);
    const domain = intervalDomain(rows, t, s.source);
    const hidden = this.phase === 'guess';
    drawIntervals(ctx, {
      ...frame,
      rows,
      domain,
      truth: t,
      truthText: `${s.source === 'coin' ? 'p' : 'μ'} = ${num(t, this.decimals())}`,
      selected: this.selected,
      hidden,
      prompt: 'Your guess first: how many will miss?',
    });
    const g = intervalGeometry(frame, domain, rows.length);
    this.lastScale = g.scale;
    this.placeHandle(2, g.top + g.rowH * (this.selected + 0.5));
  }

  private drawBootstrapMode(ctx: CanvasRenderingContext2D, frame: Frame): void {
    const s = this.state;
    const xs = this.sample();
    const b = this.boot;
    const bins = b?.bins ?? bootBins(xs, s.statistic, s.source);
    let lo = bins.lo;
    let hi = bins.hi;
    for (const v of xs) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const d = this.decimals();
    const iv = this.bootInterval();
    const est = statisticOf(xs, s.statistic);
    const done = b?.progress?.done ?? 0;
    drawBootstrap(ctx, {
      ...frame,
      sample: xs,
      domain: [lo, hi],
      bins,
      histogram: b?.progress?.histogram,
      estimate: est,
      interval: iv,
      estimateText: `${s.statistic} ${num(est, d)}`,
      intervalText: iv ? `${s.level}%: ${num(iv[0], d)} to ${num(iv[1], d)}` : '',
      status: `${done.toLocaleString('en-US')} / ${s.resamples.toLocaleString('en-US')} resamples${b?.run ? ` · ${b.run.path}` : ''}`,
    });
  }

  private placeHandle(x: number, y: number): void {
    const h = this.dom?.handle;
    if (!h || !Number.isFinite(x) || !Number.isFinite(y)) return;
    const t = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    if (h.style.transform !== t) h.style.transform = t;
  }

  // ---- bootstrap runs -------------------------------------------------------------------------------

  /** Starts the resampling for the current sample and settings, unless that very run is on. */
  private ensureBoot(): void {
    const s = this.state;
    if (s.mode !== 'bootstrap' || !this.isConnected) {
      this.stopBoot();
      return;
    }
    const xs = this.sample();
    const key = `${this.sampleCache?.key}|${s.statistic}|${s.resamples}`;
    if (this.boot?.key === key) return;
    this.stopBoot();
    const bins = bootBins(xs, s.statistic, s.source);
    let run: SimRun | undefined;
    try {
      run = simulate({
        kind: 'bootstrap',
        data: [...xs],
        statistic: s.statistic,
        resamples: s.resamples,
        seed: bootSeed(s.seed),
        bins,
      });
      this.note('boot', undefined);
    } catch (err) {
      this.note('boot', err instanceof Error ? err.message : String(err));
    }
    const boot: BootRun = { key, bins, run, progress: undefined, done: false };
    this.boot = boot;
    if (!run) return;
    run.progress((p) => {
      if (this.boot !== boot) return;
      boot.progress = p;
      this.invalidate();
      this.syncReadout();
    });
    run.result.then(
      (p) => {
        if (this.boot !== boot) return;
        boot.progress = p;
        boot.done = true;
        this.invalidate();
        this.syncAll();
      },
      (err: unknown) => {
        if (this.boot !== boot) return;
        boot.done = true;
        // A run cancelled on purpose is not a problem to report.
        const message = err instanceof Error ? err.message : String(err);
        if (!/cancel/i.test(message)) this.note('boot', `The resampling stopped: ${message}`);
        this.syncAll();
      },
    );
  }

  private stopBoot(): void {
    const b = this.boot;
    this.boot = undefined;
    if (b && !b.done) b.run?.cancel();
  }

  // ---- pointer --------------------------------------------------------------------------------------

  private wirePointer(dom: EstimateDom): void {
    const plot = dom.plot;
    const local = (e: PointerEvent): { x: number; y: number } => {
      const r = dom.canvas.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    plot.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      const mode = this.state.mode;
      const at = local(e);
      if (mode === 'likelihood') {
        e.preventDefault();
        plot.setPointerCapture(e.pointerId);
        this.dragging = e.pointerId;
        dom.handle.classList.add('dragging');
        dom.handle.focus({ preventScroll: true });
        this.dragTo(at.x);
      } else if (mode === 'intervals' && this.phase !== 'guess') {
        const r = dom.canvas.getBoundingClientRect();
        const rows = this.rows();
        const g = intervalGeometry({ ...this.frameSize(r.width, r.height) }, [0, 1], rows.length);
        const k = Math.floor((at.y - g.top) / g.rowH);
        if (k < 0 || k >= rows.length) return;
        e.preventDefault();
        this.selectRow(k);
        dom.handle.focus({ preventScroll: true });
      }
    });
    plot.addEventListener('pointermove', (e) => {
      if (this.dragging !== e.pointerId) return;
      e.preventDefault();
      this.dragTo(local(e).x);
    });
    const end = (e: PointerEvent): void => {
      if (this.dragging !== e.pointerId) return;
      this.dragging = undefined;
      dom.handle.classList.remove('dragging');
      if (plot.hasPointerCapture(e.pointerId)) plot.releasePointerCapture(e.pointerId);
    };
    plot.addEventListener('pointerup', end);
    plot.addEventListener('pointercancel', end);
    plot.addEventListener('lostpointercapture', end);
  }

  private frameSize(w: number, h: number): Frame {
    const p = this.palette;
    const lineScale = Number.parseFloat(p.lineScale);
    const fontPx = Number.parseFloat(p.fontSize);
    return {
      width: w,
      height: h,
      colors: p as EstimateColors,
      lineScale: Number.isFinite(lineScale) && lineScale > 0 ? lineScale : 1,
      fontPx: Number.isFinite(fontPx) && fontPx > 0 ? Math.min(fontPx, 36) : 18,
    };
  }

  private dragTo(x: number): void {
    const scale = this.lastScale;
    if (!scale) return;
    const m = this.likelihoodModel();
    const v = clampTheta(m, fromPx(scale, x));
    if (!Number.isFinite(v)) return;
    const step = (m.range[1] - m.range[0]) / 1000;
    this.setTheta(Number((Math.round(v / step) * step).toPrecision(10)));
  }

  private setTheta(theta: number): void {
    if (this.state.theta === theta) return;
    this.update({ theta });
  }

  private selectRow(k: number): void {
    const rows = this.rows();
    const next = Math.max(0, Math.min(rows.length - 1, k));
    if (next === this.selected) return;
    this.selected = next;
    this.syncAll();
    this.invalidate();
  }

  // ---- keyboard -----------------------------------------------------------------------------------

  private wireKeys(dom: EstimateDom): void {
    dom.handle.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey) return;
      const mode = this.state.mode;
      if (mode === 'likelihood') {
        const m = this.likelihoodModel();
        const next = thetaKey(m, this.theta(m), e);
        if (next === undefined) return;
        e.preventDefault();
        this.setTheta(next);
      } else if (mode === 'intervals' && this.phase !== 'guess') {
        const jumps: Record<string, number> = {
          ArrowDown: 1,
          ArrowRight: 1,
          ArrowUp: -1,
          ArrowLeft: -1,
          PageDown: 10,
          PageUp: -10,
        };
        let k: number | undefined;
        if (e.key in jumps) k = this.selected + (jumps[e.key] as number);
        else if (e.key === 'Home') k = 0;
        else if (e.key === 'End') k = BATCH - 1;
        if (k === undefined) return;
        e.preventDefault();
        this.selectRow(k);
      }
    });
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: EstimateDom): void {
    dom.mode.addEventListener('change', () => {
      const v = dom.mode.value as Mode;
      if (ESTIMATE_PROPS.mode.check(v).ok) this.update({ mode: v });
    });
    dom.source.addEventListener('change', () => {
      const v = dom.source.value;
      if (v !== 'normal' && v !== 'coin') return;
      // A new source starts from its own fitting method and an automatic θ.
      this.update({ source: v, method: v === 'coin' ? 'wilson' : 't', theta: null });
    });
    for (const key of ['mean', 'sd', 'p', 'n'] as const) {
      const input = dom.fields[key].input;
      const apply = (): void => this.applyField(key, input);
      input.addEventListener('change', apply);
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          apply();
        }
      });
    }
    dom.newSample.addEventListener('click', () => {
      const s = this.state;
      this.update({
        seed: (s.seed + 1) % (SEED_MAX + 1),
        rounds: 1,
        theta: s.mode === 'likelihood' ? null : s.theta,
      });
      if (this.phase === 'revealed') this.enterGuess();
    });
    dom.log.addEventListener('change', () => this.update({ log: dom.log.checked }));
    dom.profile.addEventListener('change', () => this.update({ profile: dom.profile.checked }));
    const levelFrom = (sel: HTMLSelectElement): void => {
      const r = ESTIMATE_PROPS.level.parse(sel.value);
      if (r.ok) this.update({ level: r.value });
    };
    dom.level.addEventListener('change', () => levelFrom(dom.level));
    dom.bootLevel.addEventListener('change', () => levelFrom(dom.bootLevel));
    dom.method.addEventListener('change', () => {
      const r = ESTIMATE_PROPS.method.parse(dom.method.value);
      if (r.ok) this.update({ method: r.value });
    });
    dom.more.addEventListener('click', () => {
      if (this.phase === 'guess') return;
      this.update({ rounds: Math.min(MAX_ROUNDS, this.state.rounds + 1) });
    });
    dom.statistic.addEventListener('change', () => {
      const v = dom.statistic.value;
      if (v === 'mean' || v === 'median') this.update({ statistic: v });
    });
    dom.resamples.addEventListener('change', () => {
      const r = ESTIMATE_PROPS.resamples.parse(dom.resamples.value);
      if (r.ok) this.update({ resamples: r.value });
    });
    dom.cancel.addEventListener('click', () => {
      const b = this.boot;
      if (!b || b.done) return;
      b.run?.cancel();
      b.done = true;
      this.syncAll();
    });
  }

  /** A typed number: checked by the property table; a bad one is explained and the value kept. */
  private applyField(key: 'mean' | 'sd' | 'p' | 'n', input: HTMLInputElement): void {
    const dom = this.dom;
    if (!dom) return;
    const text = input.value;
    const prop = ESTIMATE_PROPS[key];
    const r = prop.parse(text);
    const label = { mean: 'μ', sd: 'σ', p: 'p', n: 'n' }[key];
    if (!r.ok) {
      const n = parseNumber(text);
      const why =
        key === 'sd' && n !== undefined && n <= 0
          ? 'σ must be positive: a spread of zero or less is no distribution'
          : key === 'p' && n !== undefined && (n < 0 || n > 1)
            ? 'p is a probability, so it must be between 0 and 1'
            : `${label} ${r.error}`;
      input.setAttribute('aria-invalid', 'true');
      setText(dom.inputError, `${why}. Kept ${label} = ${prop.format(this.state[key])}.`);
      return;
    }
    input.removeAttribute('aria-invalid');
    setText(dom.inputError, '');
    this.update({ [key]: r.value, theta: this.state.mode === 'likelihood' ? null : this.state.theta });
  }

  // ---- predict-first --------------------------------------------------------------------------------

  private wirePredict(dom: EstimateDom): void {
    wireGuess(
      dom,
      () => this.reveal(),
      () => {
        this.enterGuess();
        this.update({ seed: (this.state.seed + 1) % (SEED_MAX + 1), rounds: 1 });
        this.syncAll();
      },
    );
  }

  private enterGuess(): void {
    this.phase = 'guess';
    this.result = undefined;
    const dom = this.dom;
    if (dom) clearGuess(dom);
    this.invalidate();
  }

  private reveal(): void {
    if (this.phase !== 'guess') return;
    const dom = this.dom;
    if (!dom) return;
    const g = parseNumber(dom.guess.value);
    if (g === undefined || !Number.isInteger(g) || g < 0 || g > BATCH) {
      dom.guess.setAttribute('aria-invalid', 'true');
      setText(dom.guessError, 'Type a whole number from 0 to 100, then press Reveal.');
      return;
    }
    const misses = this.rows().filter((r) => r.miss).length;
    this.result = scoreMissGuess(g, misses, this.state.level);
    this.phase = 'revealed';
    this.syncAll();
    this.invalidate();
    dom.again.focus();
    this.dispatchEvent(new CustomEvent('predict', { detail: this.prediction }));
  }

  // ---- DOM sync -------------------------------------------------------------------------------------

  private invalidate(): void {
    this.dirty = true;
    this.requestRender();
  }

  /** Widget messages, written only when they change. */
  private note(key: string, message: string | undefined): void {
    if (this.notes.get(key) === message) return;
    this.notes.set(key, message);
    this.setMessage(key, message);
  }

  /** Brings every control, message and readout in line with the state; writes only what differs. */
  private syncAll(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.state;
    this.note('source', distributionProblem(sourceSpec(s)) ?? undefined);
    this.note('method', s.mode === 'intervals' ? effectiveMethod(s.source, s.method).problem : undefined);
    this.note(
      'theta',
      s.mode === 'likelihood' && s.source === 'coin' && s.theta !== null && (s.theta < 0 || s.theta > 1)
        ? `theta=${s.theta} is outside 0 … 1, and a coin’s p is a probability; showing p = ${s.theta < 0 ? 0 : 1}.`
        : undefined,
    );
    this.ensureBoot();
    const coin = s.source === 'coin';
    dom.plot.classList.toggle('likelihood', s.mode === 'likelihood');
    dom.plot.classList.toggle('intervals', s.mode === 'intervals');
    setHidden(dom.controls, !s.controls);
    setValue(dom.mode, s.mode);
    setValue(dom.source, s.source);
    for (const key of ['mean', 'sd', 'p', 'n'] as const) {
      const input = dom.fields[key].input;
      if (this.shadowRoot?.activeElement !== input && input.getAttribute('aria-invalid') !== 'true')
        setValue(input, ESTIMATE_PROPS[key].format(s[key]));
    }
    setHidden(dom.fields.mean.wrap, coin);
    setHidden(dom.fields.sd.wrap, coin);
    setHidden(dom.fields.p.wrap, !coin);
    setText(dom.newSample, s.mode === 'intervals' ? 'New 100 samples' : 'New sample');

    setHidden(dom.likelihoodRow, s.mode !== 'likelihood');
    if (dom.log.checked !== s.log) dom.log.checked = s.log;
    if (dom.profile.checked !== s.profile) dom.profile.checked = s.profile;
    setHidden(dom.profileLabel, coin);

    setHidden(dom.intervalRow, s.mode !== 'intervals');
    setValue(dom.level, String(s.level));
    for (const o of dom.method.options)
      o.hidden = !(coin ? ['wilson', 'wald'] : ['t', 'z']).includes(o.value);
    setValue(dom.method, this.method());
    setDisabled(dom.more, this.phase === 'guess' || s.rounds >= MAX_ROUNDS);
    dom.more.title =
      s.rounds >= MAX_ROUNDS ? `At most ${MAX_ROUNDS} batches (${MAX_ROUNDS * BATCH} intervals)` : '';

    setHidden(dom.bootRow, s.mode !== 'bootstrap');
    setValue(dom.statistic, s.statistic);
    setValue(dom.bootLevel, String(s.level));
    const rs = String(s.resamples);
    if (![...dom.resamples.options].some((o) => o.value === rs))
      dom.resamples.append(
        Object.assign(document.createElement('option'), {
          value: rs,
          textContent: s.resamples.toLocaleString('en-US'),
        }),
      );
    setValue(dom.resamples, rs);
    setDisabled(dom.cancel, !this.boot?.run || this.boot.done);

    // The handle: θ in likelihood mode, the selected interval in intervals mode.
    const handleOn = s.mode === 'likelihood' || (s.mode === 'intervals' && this.phase !== 'guess');
    setHidden(dom.handle, !handleOn);
    dom.handle.classList.toggle('row', s.mode === 'intervals');
    if (s.mode === 'likelihood') {
      const m = this.likelihoodModel();
      const theta = this.theta(m);
      const d = this.decimals();
      setAttr(dom.handle, 'aria-label', `The parameter ${paramName(coin)} being tried`);
      setAttr(dom.handle, 'aria-valuemin', num(m.range[0], d).replace('\u2212', '-'));
      setAttr(dom.handle, 'aria-valuemax', num(m.range[1], d).replace('\u2212', '-'));
      setAttr(dom.handle, 'aria-valuenow', String(theta));
      setAttr(
        dom.handle,
        'aria-valuetext',
        `${paramName(coin)} = ${num(theta, d)}, log-likelihood ${num(m.logL(theta), 2)}`,
      );
      setText(dom.handle.nextElementSibling as HTMLElement, handleKeysText('likelihood'));
    } else if (s.mode === 'intervals') {
      const row = this.rows()[this.selected];
      const d = this.decimals();
      setAttr(dom.handle, 'aria-label', 'Selected interval');
      setAttr(dom.handle, 'aria-valuemin', '1');
      setAttr(dom.handle, 'aria-valuemax', String(BATCH));
      setAttr(dom.handle, 'aria-valuenow', String(this.selected + 1));
      if (row)
        setAttr(
          dom.handle,
          'aria-valuetext',
          `Interval ${this.selected + 1}: ${num(row.lo, d)} to ${num(row.hi, d)}, ${row.miss ? 'misses' : 'contains'} the true value`,
        );
      setText(dom.handle.nextElementSibling as HTMLElement, handleKeysText('intervals'));
    }

    // Predict-first.
    const predicting = s.mode === 'intervals' && this.phase !== 'off';
    setHidden(dom.predict, !predicting);
    setText(
      dom.question,
      `Predict first: 100 samples, one ${s.level}% confidence interval from each. How many of the 100 intervals will miss the true ${coin ? 'p' : 'mean'}?`,
    );
    setDisabled(dom.guess, this.phase !== 'guess');
    setHidden(dom.reveal, this.phase !== 'guess');
    setHidden(dom.again, this.phase !== 'revealed');
    setText(dom.predictResult, this.phase === 'revealed' && this.result ? predictSentence(this.result) : '');
    setHidden(dom.formulaWrap, !s.formula || (s.mode === 'intervals' && this.phase === 'guess'));

    this.syncReadout();
    this.syncLabel();
    this.invalidate();
  }

  /** The picture's text alternative: the same sentence as the live region. */
  private syncLabel(): void {
    if (this.dom) setAttr(this.dom.canvas, 'aria-label', this.describe());
  }

  private syncReadout(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.state;
    let text: string;
    if (s.mode === 'likelihood') text = this.likelihoodWords();
    else if (s.mode === 'intervals')
      text =
        this.phase === 'guess'
          ? 'The intervals are drawn after your guess.'
          : `${this.missWords()} ${expectedSentence(s.level)}`;
    else text = this.bootWords();
    setText(dom.readout, text);
    setDisabled(dom.cancel, !this.boot?.run || this.boot.done);
  }

  private syncFormula(palette: Palette): void {
    const dom = this.dom;
    const s = this.state;
    if (!dom || !s.formula) return;
    const colors: EstimateTexColors = {
      data: texColor(palette.data, PALETTES.light.data),
      truth: texColor(palette.j, PALETTES.light.j),
      model: texColor(palette.model, PALETTES.light.model),
      error: texColor(palette.error, PALETTES.light.error),
    };
    const d = this.decimals();
    let tex = '';
    let words = '';
    if (s.mode === 'likelihood') {
      const m = this.likelihoodModel();
      tex = likelihoodTex({
        coin: s.source === 'coin',
        profile: s.profile,
        model: m,
        theta: this.theta(m),
        decimals: d,
        colors,
      });
      words = this.likelihoodWords();
    } else if (s.mode === 'intervals') {
      const row = this.rows()[this.selected];
      if (row) {
        tex = intervalTex({
          row,
          method: this.method(),
          level: s.level,
          n: s.n,
          truth: truth(s),
          sigma: s.sd,
          decimals: d,
          colors,
        });
        words = `Interval ${this.selected + 1}: ${num(row.lo, d)} to ${num(row.hi, d)}; it ${row.miss ? 'misses' : 'contains'} the true value ${num(truth(s), d)}.`;
      }
    } else {
      const iv = this.bootInterval();
      const est = statisticOf(this.sample(), s.statistic);
      tex = iv
        ? bootstrapTex({
            statistic: s.statistic,
            estimate: est,
            lo: iv[0],
            hi: iv[1],
            level: s.level,
            resamples: this.boot?.progress?.done ?? 0,
            decimals: d,
            colors,
          })
        : '';
      words = this.bootWords();
    }
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    setText(dom.formulaText, words);
    if (!tex) {
      dom.formula.replaceChildren();
      return;
    }
    // If the formula library cannot be fetched (offline, blocked), the words stand in for it.
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
  }
}

function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

defineOnce('lumen-estimate', LumenEstimate);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-estimate': LumenEstimate;
  }
}
