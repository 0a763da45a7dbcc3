/**
 * `<lumen-clt>`: the central limit theorem. Pick a source (uniform, exponential, beta, a coin or
 * binomial, a weighted die, or a density you paint), a sample size n and how many sample means to
 * draw (up to ten million); the means are simulated off the main thread (src/sim) with progress
 * and Cancel, and their histogram is drawn under the normal curve of sd σ/√n. The path that made
 * the numbers (typed arrays, or the GPU's Philox kernel where a real GPU is) is shown.
 *
 * Besides its settings, `el.state` carries the run's results (read-only): `done` (means drawn so
 * far), `measuredMean`, `measuredSd`, `mu`, `sigma`, `theorySd` (σ/√n), `running` and `pathInUse`.
 *
 * @example
 * <lumen-clt source="die" die="1 1 1 1 1 3" n="25" means="1000000"></lumen-clt>
 * <script type="module">
 *   const el = document.querySelector('lumen-clt');
 *   el.addEventListener('simulated', () => console.log(el.state.measuredSd, el.state.theorySd));
 * </script>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { parseNumber } from '../../math/number-text';
import type { PathChoice } from '../../sim/client';
import type { GeneratorCheck } from '../../math/sim/engine';
import { CLT_PROPS, type CltState } from './props';
import {
  measuredOf,
  meanBins,
  normalOverlay,
  scoreGuess,
  sourceOf,
  theoryOf,
  type GuessScore,
  type Measured,
  type Source,
} from './model';
import { barsGeometry, drawMeans, drawSource, frameOf, sourceAxis } from './view';
import { cltTex, cltWords } from './formula';
import {
  BARS_ALL_ZERO,
  PATH_NAMES,
  SOURCE_NAMES,
  describeClt,
  progressText,
  questionText,
  sourceLabel,
} from './words';
import { PARAMS, buildCltDom, type CltDom, type ParamKey } from './dom';
import { CLT_CSS } from './clt.css';
import { BarsEditor } from './bars';
import { MeansRun, type RunStats } from './means-run';
import { CanvasSurface } from '../../render/canvas-surface';
import { FormulaView, LIVE_FORMULA_MS, texPalette } from '../../ui/formula-view';
import { PredictFlow, guessControls } from '../../ui/predict-flow';
import { bindNumberField, bindRange, bindSelect } from '../../ui/bind';
import { setAttr, setDisabled, setHidden, setText } from '../../ui/dom';

export type { RunStats };

/** Settings changes wait this long (ms) before a new run starts, so a slider drag runs once. */
const RERUN_PAUSE = 150;
const SIM_KEYS = [
  'source',
  'n',
  'means',
  'seed',
  'rate',
  'alpha',
  'beta',
  'trials',
  'p',
  'die',
  'density',
  'path',
] as const;

export interface CltResults {
  readonly done: number;
  readonly measuredMean: number | null;
  readonly measuredSd: number | null;
  readonly mu: number;
  readonly sigma: number;
  readonly theorySd: number;
  readonly running: boolean;
  readonly pathInUse: string;
}

export class LumenClt extends LumenElement<typeof CLT_PROPS, CltDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(CLT_PROPS);
  }

  private readonly runner = new MeansRun({
    job: () => {
      const src = sourceOf(this.s);
      const { n, means, seed } = this.s;
      return { kind: 'means', dist: src.spec, sampleSize: n, count: means, seed, bins: meanBins(src, n) };
    },
    path: () => this.s.path as PathChoice,
    changed: () => this.syncView(),
    finished: () => {
      this.syncView();
      this.sayNow(this.describe());
      this.dispatchEvent(new CustomEvent('simulated', { detail: { state: this.state } }));
    },
    failure: (m) => this.setMessage('run', m && `The simulation could not run: ${m}`),
  });
  private flow!: PredictFlow<GuessScore>;
  private sourceSurface!: CanvasSurface;
  private meansSurface!: CanvasSurface;
  private formula!: FormulaView;
  private bars!: BarsEditor;

  constructor() {
    super(CLT_PROPS, CLT_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  override get state(): Readonly<CltState & CltResults> {
    const s = this.s;
    const src = sourceOf(s);
    const t = theoryOf(src, s.n);
    // While a rerun is pending, the results on hand belong to the old settings: report none.
    const m = this.runner.pending ? undefined : this.measured(src);
    return Object.freeze({
      ...s,
      done: m?.done ?? 0,
      measuredMean: m?.mean ?? null,
      measuredSd: m?.sd ?? null,
      mu: t.mu,
      sigma: t.sigma,
      theorySd: t.sdOfMeans,
      running: this.runner.running,
      pathInUse: this.runner.path,
    });
  }

  /** After Reveal in predict mode: the guess, σ/√n and how far apart; else undefined. */
  get prediction(): GuessScore | undefined {
    const r = this.flow?.result;
    return r && { ...r };
  }

  /**
   * Where the GPU was considered for the current run: whether its Philox reproduced Random123's
   * known answers and the CPU's words bit for bit. Undefined where no GPU path was tried.
   */
  get generatorCheck(): GeneratorCheck | undefined {
    const check = this.runner.current?.check;
    return check && { ...check };
  }

  /** Timing of the last finished run (for the benchmark and the curious); undefined before one. */
  get runStats(): RunStats | undefined {
    return this.runner.stats && { ...this.runner.stats };
  }

  /** Stops the current run; the histogram keeps what was drawn so far. */
  cancel(): void {
    this.runner.cancel();
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): CltDom {
    ensureKatexFonts(document);
    return buildCltDom();
  }

  protected build(): void {
    const dom = this.dom;
    const onResize = (): void => this.requestRender();
    this.sourceSurface = this.use(new CanvasSurface(dom.sourceCanvas, { onResize }));
    this.meansSurface = this.use(new CanvasSurface(dom.meansCanvas, { onResize }));
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText, displayMode: false }));
    this.use(this.runner);
    this.flow = this.use(
      new PredictFlow<GuessScore>(this.host, guessControls(dom), {
        score: () => this.score(),
        sentence: (r) => r.sentence,
        // A new question: guess again for the new n or source.
        newQuestion: (previous) => previous.n !== this.s.n || previous.source !== this.s.source,
        changed: () => this.syncView(),
        revealed: (r) => this.sayNow(r.sentence),
      }),
    );
    this.bars = this.use(
      new BarsEditor(dom.sourceCanvas, {
        bars: () => this.editableBars(),
        set: (next) => this.setBars(next),
        changed: () => this.requestRender(),
      }),
    );
    bindSelect(this.host, dom.source, 'source', { label: (v: CltState['source']) => SOURCE_NAMES[v] });
    // The slider covers the usual 1 … 100; a larger n (from an attribute) shows in its readout.
    bindRange(this.host, dom.n, 'n', { max: 100, step: 1 });
    bindSelect(this.host, dom.means, 'means', { label: (v: number) => v.toLocaleString('en-US') });
    for (const key of Object.keys(PARAMS) as ParamKey[])
      bindNumberField(this.host, dom.params[key].input, key);
    bindSelect(this.host, dom.path, 'path', { label: (v: CltState['path']) => PATH_NAMES[v] });
    dom.cancel.addEventListener('click', () => this.cancel());
    dom.reseed.addEventListener('click', () => this.update({ seed: (this.s.seed + 1) % 4294967296 }));
    this.syncView();
  }

  protected override stateChanged(previous: Readonly<CltState>): void {
    const s = this.s;
    this.syncView();
    if (SIM_KEYS.some((k) => previous[k] !== s[k])) this.runner.schedule(RERUN_PAUSE);
  }

  protected describe(): string {
    const src = sourceOf(this.s);
    const guessing = this.flow?.guessing ?? false;
    const t = theoryOf(src, this.s.n);
    return describeClt(src, t, this.measured(src), this.s.means, this.runner.path, guessing);
  }

  protected render(): void {
    const dom = this.dom;
    const s = this.s;
    const src = sourceOf(s);
    const t = theoryOf(src, s.n);
    const shown = this.runner.shown;
    const m = this.measured(src, shown);
    const hidden = this.flow.guessing;

    const sctx = this.sourceSurface.frame(this.palette);
    const fontPx = (sctx?.fontPx ?? 18) * 0.85;
    const style = { palette: this.palette, fontPx, scale: sctx?.lineScale ?? 1 };
    if (sctx) {
      const f = frameOf(sctx.width, sctx.height, fontPx);
      const bars = this.editableBars();
      this.bars.place(f, bars && barsGeometry(src, bars, f));
      const { selected, focused } = this.bars;
      drawSource(sctx.ctx, f, { src, bars, selected, focused }, style);
    }
    const mctx = this.meansSurface.frame(this.palette);
    const job = this.runner.job;
    const bins = job?.bins ?? meanBins(src, s.n);
    if (mctx) {
      const f = frameOf(mctx.width, mctx.height, fontPx);
      const curve = normalOverlay(t, bins.lo + src.offset, bins.hi + src.offset);
      const histogram = shown?.histogram;
      const range = sourceAxis(src);
      const view = {
        histogram,
        done: shown?.done ?? 0,
        bins,
        offset: src.offset,
        theory: t,
        curve,
        hidden,
        range,
      };
      drawMeans(mctx.ctx, f, view, style);
    }
    setAttr(dom.sourceCanvas, 'aria-label', sourceLabel(src, t));
    const meansLabel = hidden ? 'Histogram of sample means: hidden until you guess.' : cltWords(t, m, false);
    setAttr(dom.meansCanvas, 'aria-label', meansLabel);
    this.syncStatus();
    if (!s.formula) return;
    const tp = texPalette(this.palette);
    // While the means stream in, their count changes with every report: typeset a few times a second.
    const throttleMs = this.runner.running ? LIVE_FORMULA_MS : 0;
    this.formula.show(cltTex(t, m, hidden, { data: tp.data, model: tp.model }), cltWords(t, m, hidden), {
      throttleMs,
    });
  }

  // ---- the widget's own rules ---------------------------------------------------------------------

  private measured(src: Source, p = this.runner.progress): Measured | undefined {
    return p ? measuredOf(p.done, p.sum, p.sumSq, src.offset) : undefined;
  }

  /** The editable bars of the current source (die weights or drawn heights), or undefined. */
  private editableBars(): readonly number[] | undefined {
    const s = this.s;
    return s.source === 'die' ? s.die : s.source === 'drawn' ? s.density : undefined;
  }

  private setBars(next: number[]): void {
    const allZero = next.every((x) => x === 0);
    // Stale once the source changes (the bars are another source's, or gone).
    this.setMessage('bars', allZero ? BARS_ALL_ZERO : undefined, ['source']);
    if (allZero) this.requestRender();
    else this.update(this.s.source === 'die' ? { die: next } : { density: next });
  }

  private score(): GuessScore | string {
    const guess = parseNumber(this.dom.guess.value);
    if (guess === undefined || guess < 0) return 'Type a positive number, such as 0.3, then press Reveal.';
    const t = theoryOf(sourceOf(this.s), this.s.n);
    return scoreGuess(guess, t.sdOfMeans, this.s.n, t.sigma);
  }

  /** What the bindings do not cover: shown parts, the question, the bars, the run line. */
  private syncView(): void {
    const dom = this.dom;
    const s = this.s;
    setHidden(dom.controls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);
    for (const key of Object.keys(PARAMS) as ParamKey[])
      setHidden(dom.params[key].label, PARAMS[key][1] !== s.source);
    this.flow.sync();
    setText(dom.question, questionText(s.n, theoryOf(sourceOf(s), s.n).sigma));
    this.syncStatus();
    this.requestRender();
  }

  private syncStatus(): void {
    const dom = this.dom;
    const r = this.runner;
    const done = r.progress?.done ?? 0;
    const total = r.job?.kind === 'means' ? r.job.count : this.s.means;
    dom.progress.value = total ? done / total : 0;
    const path = r.path;
    const state = r.state === 'failed' ? 'idle' : r.state;
    const text =
      r.state === 'running' && !path ? 'Starting…' : progressText(done, total, path, r.rate, state);
    setText(dom.status, text);
    setText(dom.reason, r.current?.reason ? `(${r.current.reason})` : '');
    setDisabled(dom.cancel, r.state !== 'running');
  }
}

defineOnce('lumen-clt', LumenClt);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-clt': LumenClt;
  }
}
