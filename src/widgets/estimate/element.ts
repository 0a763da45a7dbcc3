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
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { parseNumber } from '../../math/number-text';
import { distributionProblem } from '../../math/distributions';
import { simulate } from '../../sim/client';
import type { SimProgress, SimRun } from '../../sim/client';
import { ESTIMATE_PROPS, MAX_ROUNDS, SEED_MAX, type EstimateState } from './props';
import {
  BATCH,
  bootSeed,
  clampTheta,
  countInSlices,
  percentileInterval,
  effectiveMethod,
  scoreMissGuess,
  sourceSpec,
  statisticOf,
  thetaKey,
  truth,
  type BootBins,
  type CountRun,
  type IntervalRow,
  type MissPrediction,
  type Tally,
} from './model';
import type { Frame } from './view';
import { modeFormula } from './formula';
import {
  FIELD_LABELS,
  expectedSentence,
  fieldProblem,
  methodName,
  missSentence,
  num,
  paramName,
  predictSentence,
  sourceWords,
  likelihoodWords,
  thetaText,
  intervalText,
  bootWords,
} from './words';
import { buildEstimateDom, handleKeysText, type EstimateDom } from './dom';
import { ESTIMATE_CSS } from './estimate.css';
import { bootstrapScene, intervalScene, likelihoodScene } from './scenes';
import { setText, setValue, setHidden, setDisabled } from '../../ui/dom';
import { CanvasSurface } from '../../render/canvas-surface';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { PredictFlow, guessControls } from '../../ui/predict-flow';
import { bindCheckbox, bindSelect, bindTypedField } from '../../ui/bind';
import { Handles, type Projection } from '../../ui/handles';
import { RunSlot, settle } from '../../ui/run';
import { EstimateNumbers, type IntervalsInfo, type LikelihoodInfo, type BootstrapInfo } from './numbers';
import type { Palette } from '../../ui/tokens';

/** The bootstrap run on screen: its job's bins and what it has counted so far. */
interface BootRun {
  readonly job: object;
  readonly bins: BootBins;
  readonly run: SimRun | undefined;
  progress: SimProgress | undefined;
  done: boolean;
}

export type { IntervalsInfo, LikelihoodInfo, BootstrapInfo };

/** The keys that define the sample: a new one starts the likelihood from its automatic θ. */
const SAMPLE_KEYS = ['source', 'mean', 'sd', 'p', 'n', 'seed'] as const;
/** Row keys in intervals mode: how far each moves the selection. */
const ROW_JUMPS: Record<string, number> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
  PageDown: 10,
  PageUp: -10,
};

export class LumenEstimate extends LumenElement<typeof ESTIMATE_PROPS, EstimateDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(ESTIMATE_PROPS);
  }

  private surface!: CanvasSurface;
  private formula!: FormulaView;
  private flow!: PredictFlow<MissPrediction>;
  private handles!: Handles<Projection>;
  private readonly boots = new RunSlot<SimRun>();
  private readonly counting = new RunSlot<CountRun>();
  private boot: BootRun | undefined;
  private selected = 0;
  /** The batch `selected` was chosen in: a new batch selects its first miss. */
  private selectedIn: IntervalRow[] | undefined;
  /** The last drawing's geometry: the handle's projection and the rows a press picks. */
  private projection: Projection = {
    toPixel: () => [Number.NaN, Number.NaN],
    fromPixel: () => [Number.NaN, Number.NaN],
  };
  private rowAt: (y: number) => number = () => -1;
  private readonly notes = new Map<string, string | undefined>();

  private readonly numbers = new EstimateNumbers(() => this.s);

  constructor() {
    super(ESTIMATE_PROPS, ESTIMATE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The 100 intervals on screen, their misses and the tally over every batch drawn. */
  get intervals(): IntervalsInfo {
    const rows = this.numbers.rows();
    const { intervals, misses } = this.tally();
    return {
      method: this.numbers.method(),
      level: this.s.level,
      truth: truth(this.s),
      rows: rows.map((r) => ({ ...r })),
      misses: rows.filter((r) => r.miss).length,
      selected: this.selected,
      tally: { intervals, misses },
    };
  }

  /** The likelihood at the tried parameter and at its maximum. */
  get likelihood(): LikelihoodInfo {
    const m = this.numbers.model();
    const theta = this.numbers.theta();
    return { theta, logL: m.logL(theta), mle: m.mle, maxLogL: m.maxLogL, range: [m.range[0], m.range[1]] };
  }

  /** The bootstrap run: resamples done, the percentile interval once there are enough. */
  get bootstrap(): BootstrapInfo {
    const b = this.boot;
    return {
      estimate: statisticOf(this.numbers.sample(), this.s.statistic),
      done: b?.progress?.done ?? 0,
      total: this.s.resamples,
      interval: this.bootInterval(),
      path: b?.run?.path ?? '',
      finished: b?.done ?? false,
    };
  }

  /** The sample of the likelihood and bootstrap modes. */
  get sampleValues(): number[] {
    return [...this.numbers.sample()];
  }

  /** After Reveal in predict mode: the guess, this batch's misses and the long-run expectation. */
  get prediction(): MissPrediction | undefined {
    const r = this.flow?.result;
    return r && { ...r };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): EstimateDom {
    ensureKatexFonts(document);
    return buildEstimateDom();
  }

  protected build(): void {
    const dom = this.dom;
    this.surface = this.use(
      new CanvasSurface(dom.canvas, { box: dom.plot, onResize: () => this.requestRender() }),
    );
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    this.use(this.boots);
    this.use(this.counting);
    // Every connection (re)starts the resampling that the state asks for.
    this.use({ hostConnected: () => this.syncControls() });
    this.flow = this.use(
      new PredictFlow<MissPrediction>(this.host, guessControls(dom), {
        score: () => this.score(),
        sentence: predictSentence,
        shown: () => this.s.mode === 'intervals',
        newQuestion: (previous) => previous.seed !== this.s.seed,
        changed: () => this.syncControls(),
      }),
    );
    this.handles = this.use(new Handles(dom.plot, { projection: () => this.projection, box: dom.canvas }));
    this.handles.add(dom.handle, {
      at: () => (this.s.mode === 'likelihood' ? [this.numbers.theta(), 0] : [0, this.selected]),
      moveTo: ([x, k]) => (this.s.mode === 'likelihood' ? this.dragTo(x) : this.selectRow(Math.round(k))),
      enabled: () => this.s.mode === 'likelihood' || (this.s.mode === 'intervals' && !this.flow.guessing),
      // θ follows the pointer itself; a row is picked by a press anywhere on it.
      pickup: false,
      claim: (x, y) => {
        if (this.s.mode === 'likelihood') {
          this.dragTo(this.projection.fromPixel(x, y)[0]);
          return true;
        }
        const k = this.rowAt(y);
        if (k >= 0) this.selectRow(k);
        return k >= 0;
      },
      arrows: false,
      key: (e) => this.handleKey(e),
      label: () =>
        this.s.mode === 'likelihood'
          ? `The parameter ${paramName(this.s.source === 'coin')} being tried`
          : 'Selected interval',
      valuetext: () => {
        if (this.s.mode === 'likelihood') return thetaText(this.s.source === 'coin', this.numbers);
        const row = this.numbers.rows()[this.selected];
        return row ? intervalText(row, this.selected, this.numbers.decimals()) : '';
      },
    });
    bindSelect(this.host, dom.mode, 'mode');
    dom.source.addEventListener('change', () => {
      const v = dom.source.value;
      // A new source starts from its own fitting method.
      if (v === 'normal' || v === 'coin') this.update({ source: v, method: v === 'coin' ? 'wilson' : 't' });
    });
    for (const key of ['mean', 'sd', 'p', 'n'] as const) {
      const prop = ESTIMATE_PROPS[key];
      bindTypedField(this.host, dom.fields[key].input, key, {
        error: dom.inputError,
        parse: (text) => {
          const r = prop.parse(text);
          return r.ok ? r : { ok: false, error: fieldProblem(key, parseNumber(text), r.error) };
        },
        reject: (why) => `${why}. Kept ${FIELD_LABELS[key]} = ${prop.format(this.s[key])}.`,
      });
    }
    bindCheckbox(this.host, dom.log, 'log');
    bindCheckbox(this.host, dom.profile, 'profile');
    bindSelect(this.host, dom.level, 'level');
    bindSelect(this.host, dom.bootLevel, 'level');
    bindSelect(this.host, dom.method, 'method');
    bindSelect(this.host, dom.statistic, 'statistic');
    bindSelect(this.host, dom.resamples, 'resamples', { label: (v: number) => v.toLocaleString('en-US') });
    this.wireButtons(dom);
    this.selectedIn = this.numbers.rows();
  }

  protected override stateChanged(previous: Readonly<EstimateState>, source: Source | 'user'): void {
    const s = this.s;
    // Whoever changes the sample in likelihood mode starts it from its automatic θ again.
    // Whoever picks a new source starts from the automatic θ too, in any mode.
    const newSample =
      previous.source !== s.source ||
      (s.mode === 'likelihood' && SAMPLE_KEYS.some((k) => previous[k] !== s[k]));
    if (source === 'user' && s.theta !== null && newSample) this.update({ theta: null });
    if (this.numbers.rows() !== this.selectedIn) this.selectFirstMiss();
    this.syncControls();
  }

  protected describe(): string {
    const s = this.s;
    switch (s.mode) {
      case 'likelihood':
        return `${likelihoodWords(this.s.source === 'coin', this.numbers)} ${sourceWords(this.s)}`;
      case 'intervals': {
        if (this.flow?.guessing)
          return `Predict first: how many of 100 ${s.level}% intervals will miss the true ${s.source === 'coin' ? 'p' : 'mean'}? ${sourceWords(this.s)}`;
        const r = this.flow?.result;
        return `${r ? predictSentence(r) + ' ' : ''}${this.missWords()} ${s.level}% ${methodName(this.numbers.method())}. ${sourceWords(this.s)}`;
      }
      case 'bootstrap':
        return `${this.bootWords()} ${sourceWords(this.s)}`;
    }
  }

  protected render(): void {
    const palette = this.palette;
    if (this.s.formula) this.showFormula(palette);
    const f = this.surface.frame(palette);
    if (!f) return;
    const frame: Frame = {
      width: f.width,
      height: f.height,
      colors: palette,
      lineScale: f.lineScale,
      fontPx: f.fontPx,
    };
    const s = this.s;
    if (s.mode === 'likelihood') this.projection = likelihoodScene(f.ctx, frame, s, this.numbers);
    else if (s.mode === 'intervals') {
      const o = { selected: this.selected, hidden: this.flow.guessing };
      ({ projection: this.projection, rowAt: this.rowAt } = intervalScene(f.ctx, frame, s, this.numbers, o));
    } else {
      const b = this.boot;
      const bins = b?.bins ?? this.numbers.bootJob().bins;
      const run = { bins, progress: b?.progress, interval: this.bootInterval(), path: b?.run?.path ?? '' };
      bootstrapScene(f.ctx, frame, s, this.numbers, run);
    }
    this.handles.place();
  }

  // ---- derived numbers ----------------------------------------------------------------------------

  /**
   * The misses over every batch drawn, as far as they are counted. The first batch is cheap and on
   * screen anyway, so it is counted at once (a page never opens on "counting"); the rest in slices.
   */
  private tally(): Tally & { readonly counted: number } {
    const s = this.s;
    const c = this.numbers.counter();
    const t = c.tally(s.rounds);
    if (t.counted >= s.rounds) return t;
    if (s.rounds === 1) {
      c.advance(1, BATCH);
      return c.tally(1);
    }
    const run = this.counting.current;
    if (this.isConnected && !(run?.active && run.counter === c && run.rounds === s.rounds))
      this.counting.start(countInSlices(c, s.rounds, s.n, () => this.syncReadout()));
    return t;
  }

  private selectFirstMiss(): void {
    const rows = this.numbers.rows();
    this.selectedIn = rows;
    this.selected = Math.max(
      0,
      rows.findIndex((r) => r.miss),
    );
  }

  private bootInterval(): [number, number] | undefined {
    const b = this.boot;
    return b?.progress && percentileInterval(b.progress, b.bins, this.s.level);
  }

  private score(): MissPrediction | string {
    const g = parseNumber(this.dom.guess.value);
    if (g === undefined || !Number.isInteger(g) || g < 0 || g > BATCH)
      return 'Type a whole number from 0 to 100, then press Reveal.';
    return scoreMissGuess(g, this.numbers.misses(), this.s.level);
  }

  // ---- words ----------------------------------------------------------------------------------------

  private missWords(): string {
    const s = this.s;
    const misses = this.numbers.misses();
    return missSentence(
      misses,
      num(truth(s), this.numbers.decimals()),
      s.source === 'coin',
      this.tally(),
      s.rounds,
    );
  }

  private bootWords(): string {
    const b = this.boot?.progress;
    const estimate = statisticOf(this.numbers.sample(), this.s.statistic);
    const o = {
      estimate,
      interval: this.bootInterval(),
      done: b?.done ?? 0,
      decimals: this.numbers.decimals(),
    };
    return bootWords(this.s, o);
  }

  // ---- drawing ------------------------------------------------------------------------------------

  private showFormula(palette: Palette): void {
    const tp = texPalette(palette);
    const colors = { data: tp.data, truth: tp.j, model: tp.model, error: tp.error };
    const resamples = this.boot?.progress?.done ?? 0;
    const o = {
      selected: this.selected,
      interval: this.bootInterval(),
      resamples,
      bootWords: this.bootWords(),
    };
    const f = modeFormula(this.s, this.numbers, colors, o);
    if (f) this.formula.show(f.tex, f.words);
  }

  // ---- bootstrap runs -------------------------------------------------------------------------------

  /** Starts the resampling for the current sample and settings, unless that very run is on (or done). */
  private ensureBoot(): void {
    if (this.s.mode !== 'bootstrap' || !this.isConnected) {
      this.boots.abandon();
      this.boot = undefined;
      return;
    }
    const job = this.numbers.bootJob();
    const b = this.boot;
    if (b?.job === job && (b.run === undefined || b.run === this.boots.current)) return;
    let run: SimRun | undefined;
    try {
      run = simulate({
        kind: 'bootstrap',
        data: [...job.xs],
        statistic: job.statistic,
        resamples: job.resamples,
        seed: bootSeed(job.seed),
        bins: job.bins,
      });
      this.note('boot', undefined);
    } catch (err) {
      this.boots.abandon();
      this.note('boot', err instanceof Error ? err.message : String(err));
    }
    const boot: BootRun = { job, bins: job.bins, run, progress: undefined, done: false };
    this.boot = boot;
    if (!run) return;
    const live = this.boots.start(run);
    run.progress(
      live((p) => {
        boot.progress = p;
        this.syncReadout();
        this.requestRender();
      }),
    );
    const finish = (): void => {
      boot.done = true;
      this.syncControls();
    };
    settle(run.result, live, {
      done: (p) => {
        boot.progress = p;
        finish();
      },
      cancelled: finish,
      failed: (message) => {
        this.note('boot', `The resampling stopped: ${message}`);
        finish();
      },
    });
  }

  // ---- moving θ and the selected row ----------------------------------------------------------------

  private dragTo(x: number): void {
    const m = this.numbers.model();
    const v = clampTheta(m, x);
    if (!Number.isFinite(v)) return;
    const step = (m.range[1] - m.range[0]) / 1000;
    this.setTheta(Number((Math.round(v / step) * step).toPrecision(10)));
  }

  private setTheta(theta: number): void {
    if (this.s.theta !== theta) this.update({ theta });
  }

  private selectRow(k: number): void {
    const next = Math.max(0, Math.min(this.numbers.rows().length - 1, k));
    if (next === this.selected) return;
    this.selected = next;
    this.syncControls();
  }

  /** θ's keys (model.ts), or the row keys: arrows one, Page ten, Home and End the ends. */
  private handleKey(e: KeyboardEvent): boolean {
    if (this.s.mode === 'likelihood') {
      const next = thetaKey(this.numbers.model(), this.numbers.theta(), e);
      if (next !== undefined) this.setTheta(next);
      return next !== undefined;
    }
    const jump = ROW_JUMPS[e.key];
    const k =
      jump !== undefined
        ? this.selected + jump
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? BATCH - 1
            : undefined;
    if (k !== undefined) this.selectRow(k);
    return k !== undefined;
  }

  // ---- buttons --------------------------------------------------------------------------------------

  private wireButtons(dom: EstimateDom): void {
    const nextSeed = (): number => (this.s.seed + 1) % (SEED_MAX + 1);
    dom.newSample.addEventListener('click', () => this.update({ seed: nextSeed(), rounds: 1 }));
    // "Again" (the flow asks for a new guess first): a new batch to guess about.
    dom.again.addEventListener('click', () => this.update({ seed: nextSeed(), rounds: 1 }));
    dom.more.addEventListener('click', () => {
      if (!this.flow.guessing) this.update({ rounds: Math.min(MAX_ROUNDS, this.s.rounds + 1) });
    });
    dom.cancel.addEventListener('click', () => {
      if (this.boot && !this.boot.done) this.boots.cancel();
    });
  }

  // ---- what the bound controls do not cover -------------------------------------------------------

  /** Widget messages, written only when they change. */
  private note(key: string, message: string | undefined): void {
    if (this.notes.get(key) === message) return;
    this.notes.set(key, message);
    this.setMessage(key, message);
  }

  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    const coin = s.source === 'coin';
    const guessing = this.flow.guessing;
    this.note('source', distributionProblem(sourceSpec(s)) ?? undefined);
    this.note('method', s.mode === 'intervals' ? effectiveMethod(s.source, s.method).problem : undefined);
    this.note(
      'theta',
      s.mode === 'likelihood' && coin && s.theta !== null && (s.theta < 0 || s.theta > 1)
        ? `theta=${s.theta} is outside 0 … 1, and a coin’s p is a probability; showing p = ${s.theta < 0 ? 0 : 1}.`
        : undefined,
    );
    this.ensureBoot();
    dom.plot.classList.toggle('likelihood', s.mode === 'likelihood');
    dom.plot.classList.toggle('intervals', s.mode === 'intervals');
    setHidden(dom.controls, !s.controls);
    setValue(dom.source, s.source);
    setHidden(dom.fields.mean.wrap, coin);
    setHidden(dom.fields.sd.wrap, coin);
    setHidden(dom.fields.p.wrap, !coin);
    setText(dom.newSample, s.mode === 'intervals' ? 'New 100 samples' : 'New sample');
    setHidden(dom.likelihoodRow, s.mode !== 'likelihood');
    setHidden(dom.profileLabel, coin);
    setHidden(dom.intervalRow, s.mode !== 'intervals');
    // The menu offers this source's methods and shows the one in use.
    for (const o of dom.method.options)
      o.hidden = !(coin ? ['wilson', 'wald'] : ['t', 'z']).includes(o.value);
    setValue(dom.method, this.numbers.method());
    setDisabled(dom.more, guessing || s.rounds >= MAX_ROUNDS);
    dom.more.title =
      s.rounds >= MAX_ROUNDS ? `At most ${MAX_ROUNDS} batches (${MAX_ROUNDS * BATCH} intervals)` : '';
    setHidden(dom.bootRow, s.mode !== 'bootstrap');
    this.syncHandle();
    this.flow.sync();
    setText(
      dom.question,
      `Predict first: 100 samples, one ${s.level}% confidence interval from each. How many of the 100 intervals will miss the true ${coin ? 'p' : 'mean'}?`,
    );
    setHidden(dom.formulaWrap, !s.formula || (s.mode === 'intervals' && guessing));
    this.syncReadout();
  }

  /** The handle's range for screen readers (Handles.place writes its label and value text). */
  private syncHandle(): void {
    const h = this.dom.handle;
    const d = this.numbers.decimals();
    h.classList.toggle('row', this.s.mode === 'intervals');
    if (this.s.mode === 'likelihood') {
      const m = this.numbers.model();
      setAttr(h, 'aria-valuemin', num(m.range[0], d).replace('\u2212', '-'));
      setAttr(h, 'aria-valuemax', num(m.range[1], d).replace('\u2212', '-'));
      setAttr(h, 'aria-valuenow', String(this.numbers.theta()));
    } else if (this.s.mode === 'intervals') {
      setAttr(h, 'aria-valuemin', '1');
      setAttr(h, 'aria-valuemax', String(BATCH));
      setAttr(h, 'aria-valuenow', String(this.selected + 1));
    }
    if (this.s.mode !== 'bootstrap')
      setText(h.nextElementSibling as HTMLElement, handleKeysText(this.s.mode));
    this.handles.place();
  }

  /** The readout and the picture's text alternative (the same sentence as the live region). */
  private syncReadout(): void {
    const dom = this.dom;
    const s = this.s;
    let text: string;
    if (s.mode === 'likelihood') text = likelihoodWords(this.s.source === 'coin', this.numbers);
    else if (s.mode === 'intervals')
      text = this.flow.guessing
        ? 'The intervals are drawn after your guess.'
        : `${this.missWords()} ${expectedSentence(s.level)}`;
    else text = this.bootWords();
    setText(dom.readout, text);
    setDisabled(dom.cancel, !this.boot?.run || this.boot.done);
    setAttr(dom.canvas, 'aria-label', this.describe());
    this.requestRender();
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
