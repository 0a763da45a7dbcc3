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
 * The element only wires things together: numbers come from `model.ts` and `numbers.ts` (and
 * src/math/estimation), the background work from `runs.ts`, pixels from `view.ts` and `scenes.ts`,
 * sentences from `words.ts`, TeX from `formula.ts`.
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
import { ESTIMATE_PROPS, MAX_ROUNDS, SEED_MAX, type EstimateState } from './props';
import {
  BATCH,
  effectiveMethod,
  rowKey,
  scoreMissGuess,
  snapTheta,
  sourceSpec,
  statisticOf,
  thetaKey,
  truth,
  type IntervalRow,
  type MissPrediction,
} from './model';
import type { Frame } from './view';
import { modeFormula } from './formula';
import {
  FIELD_LABELS,
  bootWords,
  expectedSentence,
  fieldProblem,
  guessingWords,
  intervalText,
  likelihoodWords,
  methodName,
  missSentence,
  moreLimit,
  num,
  paramName,
  predictSentence,
  questionText,
  sourceWords,
  thetaOutside,
  thetaText,
} from './words';
import { buildEstimateDom, handleKeysText, showParts, type EstimateDom } from './dom';
import { ESTIMATE_CSS } from './estimate.css';
import { bootstrapScene, intervalScene, likelihoodScene } from './scenes';
import { setAttr, setDisabled, setHidden, setText } from '../../ui/dom';
import { CanvasSurface } from '../../render/canvas-surface';
import { FormulaView, LIVE_FORMULA_MS, texPalette } from '../../ui/formula-view';
import { PredictFlow, guessControls } from '../../ui/predict-flow';
import { bindCheckbox, bindSelect, bindTypedField } from '../../ui/bind';
import { Handles, type Projection } from '../../ui/handles';
import { BootRunner, MissTally } from './runs';
import { EstimateNumbers, type IntervalsInfo, type LikelihoodInfo, type BootstrapInfo } from './numbers';

export type { IntervalsInfo, LikelihoodInfo, BootstrapInfo };

/** The keys that define the sample: a new one starts the likelihood from its automatic θ. */
const SAMPLE_KEYS = ['source', 'mean', 'sd', 'p', 'n', 'seed'] as const;

export class LumenEstimate extends LumenElement<typeof ESTIMATE_PROPS, EstimateDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(ESTIMATE_PROPS);
  }

  private surface!: CanvasSurface;
  private formula!: FormulaView;
  private flow!: PredictFlow<MissPrediction>;
  private handles!: Handles<Projection>;
  private readonly numbers = new EstimateNumbers(() => this.s);
  private readonly boot = new BootRunner({
    progress: () => this.syncReadout(),
    finished: () => this.syncControls(),
    problem: (message) => this.setMessage('boot', message),
  });
  private readonly tally = new MissTally({
    counter: () => this.numbers.counter(),
    rounds: () => this.s.rounds,
    n: () => this.s.n,
    connected: () => this.isConnected,
    counted: () => this.syncReadout(),
  });
  private selected = 0;
  /** The batch `selected` was chosen in: a new batch selects its first miss. */
  private selectedIn: IntervalRow[] | undefined;
  /** The last drawing's geometry: the handle's projection and the rows a press picks. */
  private projection: Projection = {
    toPixel: () => [Number.NaN, Number.NaN],
    fromPixel: () => [Number.NaN, Number.NaN],
  };
  private rowAt: (y: number) => number = () => -1;

  constructor() {
    super(ESTIMATE_PROPS, ESTIMATE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The 100 intervals on screen, their misses and the tally over every batch drawn. */
  get intervals(): IntervalsInfo {
    const rows = this.numbers.rows();
    const { intervals, misses } = this.tally.get();
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
    return this.numbers.likelihood();
  }

  /** The bootstrap run: resamples done, the percentile interval once there are enough. */
  get bootstrap(): BootstrapInfo {
    return {
      estimate: statisticOf(this.numbers.sample(), this.s.statistic),
      done: this.boot.progress?.done ?? 0,
      total: this.s.resamples,
      interval: this.boot.interval(this.s.level),
      path: this.boot.path,
      finished: this.boot.finished,
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
    this.use(this.boot);
    this.use(this.tally);
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
    const likelihood = (): boolean => this.s.mode === 'likelihood';
    this.handles = this.use(new Handles(dom.plot, { projection: () => this.projection, box: dom.canvas }));
    this.handles.add(dom.handle, {
      at: () => (likelihood() ? [this.numbers.theta(), 0] : [0, this.selected]),
      moveTo: ([x, k]) => (likelihood() ? this.dragTo(x) : this.selectRow(Math.round(k))),
      enabled: () => likelihood() || (this.s.mode === 'intervals' && !this.flow.guessing),
      // θ follows the pointer itself; a row is picked by a press anywhere on it.
      pickup: false,
      claim: (x, y) => {
        if (likelihood()) {
          this.dragTo(this.projection.fromPixel(x, y)[0]);
          return true;
        }
        const k = this.rowAt(y);
        if (k >= 0) this.selectRow(k);
        return k >= 0;
      },
      arrows: false,
      key: (e) => this.handleKey(e),
      label: () => (likelihood() ? `The parameter ${paramName(this.coin)} being tried` : 'Selected interval'),
      valuetext: () => {
        if (likelihood()) return thetaText(this.coin, this.numbers);
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
    const newBatch = (): void => this.update({ seed: (this.s.seed + 1) % (SEED_MAX + 1), rounds: 1 });
    dom.newSample.addEventListener('click', newBatch);
    // "Again" (the flow asks for a new guess first): a new batch to guess about.
    dom.again.addEventListener('click', newBatch);
    dom.more.addEventListener('click', () => {
      if (!this.flow.guessing) this.update({ rounds: Math.min(MAX_ROUNDS, this.s.rounds + 1) });
    });
    dom.cancel.addEventListener('click', () => this.boot.cancel());
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
        return `${likelihoodWords(this.coin, this.numbers)} ${sourceWords(s)}`;
      case 'intervals': {
        if (this.flow?.guessing) return `${guessingWords(s.level, this.coin)} ${sourceWords(s)}`;
        const r = this.flow?.result;
        const method = methodName(this.numbers.method());
        return `${r ? predictSentence(r) + ' ' : ''}${this.missWords()} ${s.level}% ${method}. ${sourceWords(s)}`;
      }
      case 'bootstrap':
        return `${this.bootWords()} ${sourceWords(s)}`;
    }
  }

  protected render(): void {
    const palette = this.palette;
    const s = this.s;
    if (s.formula) {
      const tp = texPalette(palette);
      const colors = { data: tp.data, truth: tp.j, model: tp.model, error: tp.error };
      const [resamples, interval] = [this.boot.progress?.done ?? 0, this.bootInterval()];
      const o = { selected: this.selected, interval, resamples, bootWords: this.bootWords() };
      const f = modeFormula(s, this.numbers, colors, o);
      // While resampling streams in, the count changes with every report: typeset a few times a second.
      const throttleMs = this.boot.cancellable ? LIVE_FORMULA_MS : 0;
      if (f) this.formula.show(f.tex, f.words, { throttleMs });
    }
    const f = this.surface.frame(palette);
    if (!f) return;
    const frame: Frame = { ...f, colors: palette };
    if (s.mode === 'likelihood') this.projection = likelihoodScene(f.ctx, frame, s, this.numbers);
    else if (s.mode === 'intervals') {
      const o = { selected: this.selected, hidden: this.flow.guessing };
      ({ projection: this.projection, rowAt: this.rowAt } = intervalScene(f.ctx, frame, s, this.numbers, o));
    } else {
      const bins = this.boot.bins ?? this.numbers.bootJob().bins;
      const run = { bins, progress: this.boot.progress, interval: this.bootInterval(), path: this.boot.path };
      bootstrapScene(f.ctx, frame, s, this.numbers, run);
    }
    this.handles.place();
  }

  // ---- the widget's own rules ---------------------------------------------------------------------

  private get coin(): boolean {
    return this.s.source === 'coin';
  }

  private selectFirstMiss(): void {
    const rows = this.numbers.rows();
    this.selectedIn = rows;
    const first = rows.findIndex((r) => r.miss);
    this.selected = Math.max(0, first);
  }

  private bootInterval(): [number, number] | undefined {
    return this.boot.interval(this.s.level);
  }

  private score(): MissPrediction | string {
    const g = parseNumber(this.dom.guess.value);
    if (g === undefined || !Number.isInteger(g) || g < 0 || g > BATCH)
      return 'Type a whole number from 0 to 100, then press Reveal.';
    return scoreMissGuess(g, this.numbers.misses(), this.s.level);
  }

  private missWords(): string {
    const truthText = num(truth(this.s), this.numbers.decimals());
    return missSentence(this.numbers.misses(), truthText, this.coin, this.tally.get(), this.s.rounds);
  }

  private bootWords(): string {
    const estimate = statisticOf(this.numbers.sample(), this.s.statistic);
    const done = this.boot.progress?.done ?? 0;
    return bootWords(this.s, {
      estimate,
      interval: this.bootInterval(),
      done,
      decimals: this.numbers.decimals(),
    });
  }

  /** θ under the pointer (snapped to a thousandth of its range). */
  private dragTo(x: number): void {
    const theta = snapTheta(this.numbers.model(), x);
    if (theta !== undefined && this.s.theta !== theta) this.update({ theta });
  }

  private selectRow(k: number): void {
    const next = Math.max(0, Math.min(this.numbers.rows().length - 1, k));
    if (next === this.selected) return;
    this.selected = next;
    this.syncControls();
  }

  /** θ's keys (model.ts `thetaKey`), or the rows' (model.ts `rowKey`). */
  private handleKey(e: KeyboardEvent): boolean {
    if (this.s.mode === 'likelihood') {
      const theta = thetaKey(this.numbers.model(), this.numbers.theta(), e);
      if (theta !== undefined && this.s.theta !== theta) this.update({ theta });
      return theta !== undefined;
    }
    const k = rowKey(this.selected, e.key);
    if (k !== undefined) this.selectRow(k);
    return k !== undefined;
  }

  // ---- what the bound controls do not cover -------------------------------------------------------

  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    const coin = this.coin;
    const guessing = this.flow.guessing;
    const outside = s.mode === 'likelihood' && coin && s.theta !== null && (s.theta < 0 || s.theta > 1);
    this.setMessage('source', distributionProblem(sourceSpec(s)) ?? undefined);
    this.setMessage(
      'method',
      s.mode === 'intervals' ? effectiveMethod(s.source, s.method).problem : undefined,
    );
    this.setMessage('theta', outside && s.theta !== null ? thetaOutside(s.theta) : undefined);
    this.boot.ensure(s.mode === 'bootstrap' && this.isConnected ? this.numbers.bootJob() : undefined);
    showParts(dom, s, this.numbers.method());
    setDisabled(dom.more, guessing || s.rounds >= MAX_ROUNDS);
    dom.more.title = s.rounds >= MAX_ROUNDS ? moreLimit(MAX_ROUNDS, BATCH) : '';
    this.syncHandle();
    this.flow.sync();
    setText(dom.question, questionText(s.level, coin));
    setHidden(dom.formulaWrap, !s.formula || (s.mode === 'intervals' && guessing));
    this.syncReadout();
  }

  /** The handle's range for screen readers (Handles.place writes its label and value text). */
  private syncHandle(): void {
    const h = this.dom.handle;
    const mode = this.s.mode;
    h.classList.toggle('row', mode === 'intervals');
    if (mode !== 'bootstrap') {
      const [min, max, now] =
        mode === 'likelihood' ? this.thetaRange() : ['1', String(BATCH), this.selected + 1];
      setAttr(h, 'aria-valuemin', min);
      setAttr(h, 'aria-valuemax', max);
      setAttr(h, 'aria-valuenow', String(now));
      setText(h.nextElementSibling as HTMLElement, handleKeysText(mode));
    }
    this.handles.place();
  }

  /** θ's range (ASCII minus, for aria-valuemin/max) and value. */
  private thetaRange(): [string, string, number] {
    const d = this.numbers.decimals();
    const [lo, hi] = this.numbers.model().range;
    return [num(lo, d).replace('\u2212', '-'), num(hi, d).replace('\u2212', '-'), this.numbers.theta()];
  }

  /** The readout and the picture's text alternative (the same sentence as the live region). */
  private syncReadout(): void {
    const dom = this.dom;
    const s = this.s;
    let text: string;
    if (s.mode === 'likelihood') text = likelihoodWords(this.coin, this.numbers);
    else if (s.mode === 'intervals')
      text = this.flow.guessing
        ? 'The intervals are drawn after your guess.'
        : `${this.missWords()} ${expectedSentence(s.level)}`;
    else text = this.bootWords();
    setText(dom.readout, text);
    setDisabled(dom.cancel, !this.boot.cancellable);
    setAttr(dom.canvas, 'aria-label', this.describe());
    this.requestRender();
  }
}

defineOnce('lumen-estimate', LumenEstimate);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-estimate': LumenEstimate;
  }
}
