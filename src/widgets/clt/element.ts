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
import {
  LumenElement,
  defineOnce,
  observedAttributesOf,
  prefersReducedMotion,
} from '../../ui/widget-element';
import type { Source as PropSource } from '../../ui/props';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { parseNumber } from '../../math/number-text';
import { Simulator, type LiveSimRun, type PathChoice } from '../../sim/client';
import type { SimJob, SimProgress } from '../../sim/job';
import type { GeneratorCheck } from '../../sim/engine';
import { CLT_PROPS, MAX_HEIGHT, type CltState } from './props';
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
import { barsGeometry, drawMeans, drawSource, frameOf } from './view';
import { cltTex, cltWords } from './formula';
import { describeClt, progressText } from './words';
import { buildCltDom, type CltDom } from './dom';
import { CLT_CSS } from './clt.css';
import { CanvasSurface } from '../../render/canvas-surface';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { PredictFlow, guessControls } from '../../ui/predict-flow';
import { RunSlot, settle } from '../../ui/run';

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

type RunState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

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

/** The last finished run: where, how many random numbers, and how long it took. */
export interface RunStats {
  readonly path: string;
  readonly draws: number;
  /** From the start of the run (worker message, path choice included) to its result. */
  readonly ms: number;
  /** The part spent making the numbers (generator, source, means), without histogram and messaging. */
  readonly computeMs: number;
}

export class LumenClt extends LumenElement<typeof CLT_PROPS, CltDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(CLT_PROPS);
  }

  private readonly sim = new Simulator();
  private readonly runs = new RunSlot<LiveSimRun>();
  private progress: SimProgress | undefined;
  /** The progress the histogram shows (the same, except under prefers-reduced-motion). */
  private shown: SimProgress | undefined;
  private runState: RunState = 'idle';
  private runJob: SimJob | undefined;
  private runStart = 0;
  private rate: number | undefined;
  private rerunTimer = 0;
  /** A run is scheduled (settings just changed) but has not started yet. */
  private pending = false;
  private flow!: PredictFlow<GuessScore>;
  private sourceSurface!: CanvasSurface;
  private meansSurface!: CanvasSurface;
  private formula!: FormulaView;
  private selectedBar = 0;
  private barsFocused = false;
  private announcer: HTMLParagraphElement | undefined;
  private stats: RunStats | undefined;

  constructor() {
    super(CLT_PROPS, CLT_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  override get state(): Readonly<CltState & CltResults> {
    const s = super.state;
    const src = sourceOf(s);
    const t = theoryOf(src, s.n);
    // While a rerun is pending, the results on hand belong to the old settings: report none.
    const m = this.pending ? undefined : this.measured(src);
    return Object.freeze({
      ...s,
      done: m?.done ?? 0,
      measuredMean: m?.mean ?? null,
      measuredSd: m?.sd ?? null,
      mu: t.mu,
      sigma: t.sigma,
      theorySd: t.sdOfMeans,
      running: this.runState === 'running' || this.pending,
      pathInUse: this.pathInUse(),
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
    const check = this.runs.current?.check;
    return check && { ...check };
  }

  /** Timing of the last finished run (for the benchmark and the curious); undefined before one. */
  get runStats(): RunStats | undefined {
    return this.stats && { ...this.stats };
  }

  /** Stops the current run; the histogram keeps what was drawn so far. */
  cancel(): void {
    window.clearTimeout(this.rerunTimer);
    if (this.pending) {
      // Stopped before it started: nothing drawn for these settings.
      this.pending = false;
      this.runs.abandon();
      this.progress = undefined;
      this.shown = undefined;
      this.runState = 'cancelled';
      this.finishRun();
      return;
    }
    this.runs.cancel();
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): CltDom {
    ensureKatexFonts(document);
    return buildCltDom();
  }

  protected build(): void {
    const dom = this.dom;
    this.announcer = document.createElement('p');
    this.announcer.className = 'sr-only';
    this.announcer.setAttribute('aria-live', 'polite');
    this.body.append(this.announcer);
    const onResize = (): void => this.requestRender();
    this.sourceSurface = this.use(new CanvasSurface(dom.sourceCanvas, { onResize }));
    this.meansSurface = this.use(new CanvasSurface(dom.meansCanvas, { onResize }));
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText, displayMode: false }));
    this.use(this.runs);
    this.flow = this.use(
      new PredictFlow<GuessScore>(this.host, guessControls(dom), {
        score: () => this.score(),
        sentence: (r) => r.sentence,
        // A new question: guess again for the new n or source.
        newQuestion: (previous) => previous.n !== this.s.n || previous.source !== this.s.source,
        changed: () => {
          this.syncControls();
          this.requestRender();
        },
        revealed: (r) => {
          if (this.announcer) this.announcer.textContent = r.sentence;
        },
      }),
    );
    this.wireControls(dom);
    this.wireBars(dom);
    this.syncControls();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Every connection starts a run and every removal ends it and the worker (the cleanups of
    // the base element run once per removal, so they are registered here, per connection).
    this.onDisconnect(() => {
      window.clearTimeout(this.rerunTimer);
      this.pending = false;
      this.runs.abandon();
      if (this.runState === 'running') this.runState = 'cancelled';
      this.sim.dispose();
    });
    this.scheduleRun(0);
  }

  protected override stateChanged(previous: Readonly<CltState>, _source: PropSource | 'user'): void {
    const s = this.s;
    this.selectedBar = Math.max(0, Math.min(this.selectedBar, (this.bars()?.length ?? 1) - 1));
    this.syncControls();
    if (SIM_KEYS.some((k) => previous[k] !== s[k])) this.scheduleRun(RERUN_PAUSE);
  }

  protected describe(): string {
    const s = super.state;
    const src = sourceOf(s);
    return describeClt(
      src,
      theoryOf(src, s.n),
      this.measured(src),
      s.means,
      this.pathInUse(),
      this.flow?.guessing ?? false,
    );
  }

  protected render(): void {
    const dom = this.dom;
    const s = this.s;
    const src = sourceOf(s);
    const t = theoryOf(src, s.n);
    const m = this.measured(src, this.shown);
    const hidden = this.flow.guessing;

    const sctx = this.sourceSurface.frame(this.palette);
    const fontPx = (sctx?.fontPx ?? 18) * 0.85;
    const scale = sctx?.lineScale ?? 1;
    if (sctx) {
      const f = frameOf(sctx.width, sctx.height, fontPx);
      drawSource(
        sctx.ctx,
        f,
        { src, bars: this.bars(), selected: this.selectedBar, focused: this.barsFocused },
        this.palette,
        fontPx,
        scale,
      );
    }
    const mctx = this.meansSurface.frame(this.palette);
    const job = this.runJob;
    const bins = job?.bins ?? meanBins(src, s.n);
    if (mctx) {
      const f = frameOf(mctx.width, mctx.height, fontPx);
      drawMeans(
        mctx.ctx,
        f,
        {
          histogram: this.shown?.histogram,
          done: this.shown?.done ?? 0,
          bins,
          offset: src.offset,
          theory: t,
          curve: normalOverlay(t, bins.lo + src.offset, bins.hi + src.offset),
          hidden,
        },
        this.palette,
        fontPx,
        scale,
      );
    }
    dom.sourceCanvas.setAttribute(
      'aria-label',
      `Source distribution: ${src.label}; mean ${t.mu.toPrecision(3)}, sd ${t.sigma.toPrecision(3)}.`,
    );
    dom.meansCanvas.setAttribute(
      'aria-label',
      hidden ? 'Histogram of sample means: hidden until you guess.' : cltWords(t, m, false),
    );
    this.syncStatus();
    this.syncFormula(t, m, hidden);
  }

  // ---- the simulation -----------------------------------------------------------------------------

  private measured(src: Source, p: SimProgress | undefined = this.progress): Measured | undefined {
    return p ? measuredOf(p.done, p.sum, p.sumSq, src.offset) : undefined;
  }

  /** The path of the current run once chosen, else "". */
  private pathInUse(): string {
    const path = this.runs.current?.path ?? '';
    return path === 'not started' ? '' : path;
  }

  private scheduleRun(delay: number): void {
    window.clearTimeout(this.rerunTimer);
    this.pending = true;
    this.rerunTimer = window.setTimeout(() => this.startRun(), delay);
  }

  private startRun(): void {
    this.pending = false;
    const s = super.state;
    const src = sourceOf(s);
    const job: SimJob = {
      kind: 'means',
      dist: src.spec,
      sampleSize: s.n,
      count: s.means,
      seed: s.seed,
      bins: meanBins(src, s.n),
    };
    const run = this.sim.simulate(job, { path: s.path as PathChoice });
    const live = this.runs.start(run);
    this.runJob = job;
    this.progress = undefined;
    this.shown = undefined;
    this.runState = 'running';
    this.rate = undefined;
    this.runStart = performance.now();
    const t0 = this.runStart;
    this.setMessage('run', undefined);
    void run.started.then(
      live(() => {
        this.runStart = performance.now();
        this.requestRender();
      }),
    );
    run.progress(
      live((p) => {
        this.progress = p;
        // With reduced motion the histogram does not grow while it runs: it appears once, at the end.
        if (!prefersReducedMotion()) this.shown = p;
        const secs = (performance.now() - this.runStart) / 1000;
        if (secs > 0.05) this.rate = (p.done * job.sampleSize) / secs;
        this.requestRender();
      }),
    );
    settle(run.result, live, {
      done: (p) => {
        this.progress = p;
        this.shown = p;
        this.runState = 'done';
        this.stats = {
          path: run.path,
          draws: p.done * job.sampleSize,
          ms: performance.now() - t0,
          computeMs: p.computeMs ?? 0,
        };
        this.finishRun();
      },
      cancelled: () => {
        this.runState = 'cancelled';
        this.shown = this.progress; // a stopped run shows what it drew
        this.finishRun();
      },
      failed: (message) => {
        this.runState = 'failed';
        this.shown = this.progress;
        this.setMessage('run', `The simulation could not run: ${message}`);
        this.finishRun();
      },
    });
    this.syncControls();
    this.requestRender();
  }

  private finishRun(): void {
    this.syncControls();
    this.requestRender();
    if (this.announcer) this.announcer.textContent = this.describe();
    this.dispatchEvent(new CustomEvent('simulated', { detail: { state: this.state } }));
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: CltDom): void {
    dom.source.addEventListener('change', () =>
      this.update({ source: dom.source.value as CltState['source'] }),
    );
    dom.n.addEventListener('input', () => this.update({ n: Number(dom.n.value) }));
    dom.n.addEventListener('keydown', (e) => {
      const dir =
        e.key === 'ArrowRight' || e.key === 'ArrowUp'
          ? 1
          : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
            ? -1
            : 0;
      if (!dir || !e.shiftKey) return;
      e.preventDefault();
      this.update({ n: Math.max(1, Math.min(100, super.state.n + 10 * dir)) });
    });
    dom.means.addEventListener('change', () => this.update({ means: Number(dom.means.value) }));
    for (const [key, { input }] of Object.entries(dom.params) as [
      keyof CltDom['params'],
      { input: HTMLInputElement },
    ][]) {
      input.addEventListener('change', () => {
        const v = parseNumber(input.value);
        const r =
          v === undefined ? { ok: false as const, error: 'expected a number' } : CLT_PROPS[key].check(v);
        if (r.ok) {
          input.removeAttribute('aria-invalid');
          this.setMessage(key, undefined);
          this.update({ [key]: r.value } as Partial<CltState>);
        } else {
          input.setAttribute('aria-invalid', 'true');
          this.setMessage(key, `${key} = "${input.value}": ${r.error}. Keeping ${String(super.state[key])}.`);
        }
      });
    }
    dom.cancel.addEventListener('click', () => this.cancel());
    dom.reseed.addEventListener('click', () => this.update({ seed: (super.state.seed + 1) % 4294967296 }));
    dom.path.addEventListener('change', () => this.update({ path: dom.path.value as CltState['path'] }));
  }

  /** The editable bars of the current source (die weights or drawn heights), or undefined. */
  private bars(): readonly number[] | undefined {
    const s = super.state;
    return s.source === 'die' ? s.die : s.source === 'drawn' ? s.density : undefined;
  }

  private setBars(next: number[]): void {
    if (next.every((x) => x === 0)) {
      this.setMessage(
        'bars',
        'At least one bar must stay above zero: a distribution needs somewhere to put its probability.',
      );
      return;
    }
    this.setMessage('bars', undefined);
    this.update(super.state.source === 'die' ? { die: next } : { density: next });
  }

  private wireBars(dom: CltDom): void {
    const c = dom.sourceCanvas;
    const paint = (e: PointerEvent): void => {
      const bars = this.bars();
      if (!bars) return;
      const rect = c.getBoundingClientRect();
      const fontPx = Math.min(40, Math.max(10, Number.parseFloat(this.palette.fontSize) || 18)) * 0.85;
      const f = frameOf(rect.width, rect.height, fontPx);
      const g = barsGeometry(sourceOf(super.state), bars, f);
      const x = e.clientX - rect.left;
      let i = 0;
      while (i < g.count - 1 && x > g.x1(i)) i++;
      const h = Math.round(((f.bottom - (e.clientY - rect.top)) / g.yScale) * 10) / 10;
      const next = [...bars];
      next[i] = Math.max(0, Math.min(MAX_HEIGHT, h));
      this.selectedBar = i;
      this.setBars(next);
    };
    c.addEventListener('pointerdown', (e) => {
      if (!this.bars()) return;
      c.setPointerCapture(e.pointerId);
      c.focus({ preventScroll: true });
      paint(e);
    });
    c.addEventListener('pointermove', (e) => {
      if (c.hasPointerCapture(e.pointerId)) paint(e);
    });
    c.addEventListener('focus', () => {
      this.barsFocused = true;
      this.requestRender();
    });
    c.addEventListener('blur', () => {
      this.barsFocused = false;
      this.requestRender();
    });
    c.addEventListener('keydown', (e) => {
      const bars = this.bars();
      if (!bars || e.ctrlKey || e.metaKey) return;
      const step = e.shiftKey ? 2 : e.altKey ? 0.1 : 0.5;
      let i = this.selectedBar;
      const next = [...bars];
      switch (e.key) {
        case 'ArrowLeft':
          i = Math.max(0, i - 1);
          break;
        case 'ArrowRight':
          i = Math.min(bars.length - 1, i + 1);
          break;
        case 'Home':
          i = 0;
          break;
        case 'End':
          i = bars.length - 1;
          break;
        case 'ArrowUp':
          next[i] = Math.min(MAX_HEIGHT, Math.round(((bars[i] as number) + step) * 10) / 10);
          break;
        case 'ArrowDown':
          next[i] = Math.max(0, Math.round(((bars[i] as number) - step) * 10) / 10);
          break;
        default:
          return;
      }
      e.preventDefault();
      this.selectedBar = i;
      if (next[i] !== bars[i]) this.setBars(next);
      else this.requestRender();
    });
  }

  // ---- predict-first ------------------------------------------------------------------------------

  private score(): GuessScore | string {
    const guess = parseNumber(this.dom.guess.value);
    if (guess === undefined || guess < 0) return 'Type a positive number, such as 0.3, then press Reveal.';
    const t = theoryOf(sourceOf(this.s), this.s.n);
    return scoreGuess(guess, t.sdOfMeans, this.s.n, t.sigma);
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    dom.controls.hidden = !s.controls;
    dom.formulaWrap.hidden = !s.formula;
    if (dom.source.value !== s.source) dom.source.value = s.source;
    const nShown = String(Math.min(100, s.n));
    if (dom.n.value !== nShown) dom.n.value = nShown;
    dom.nOut.textContent = String(s.n);
    const meansText = String(s.means);
    if (![...dom.means.options].some((o) => o.value === meansText))
      dom.means.append(
        Object.assign(document.createElement('option'), {
          value: meansText,
          textContent: s.means.toLocaleString('en-US'),
        }),
      );
    if (dom.means.value !== meansText) dom.means.value = meansText;
    const shown: Record<keyof CltDom['params'], boolean> = {
      rate: s.source === 'exponential',
      alpha: s.source === 'beta',
      beta: s.source === 'beta',
      trials: s.source === 'binomial',
      p: s.source === 'binomial',
    };
    for (const [key, { label, input }] of Object.entries(dom.params) as [
      keyof CltDom['params'],
      { label: HTMLLabelElement; input: HTMLInputElement },
    ][]) {
      label.hidden = !shown[key];
      const text = String(s[key]);
      if (this.root.activeElement !== input && input.value !== text) input.value = text;
    }
    const editable = this.bars() !== undefined;
    dom.sourceCanvas.classList.toggle('editable', editable);
    if (editable) {
      dom.sourceCanvas.tabIndex = 0;
      dom.sourceCanvas.setAttribute('aria-roledescription', 'editable bars');
    } else {
      dom.sourceCanvas.removeAttribute('tabindex');
      dom.sourceCanvas.removeAttribute('aria-roledescription');
    }
    if (dom.path.value !== s.path) dom.path.value = s.path;
    this.flow.sync();
    dom.question.textContent = `Predict first: each mean averages n = ${s.n} draws from a source with sd σ = ${theoryOf(sourceOf(s), s.n).sigma.toPrecision(3)}. What is the standard deviation of the sample means?`;
    dom.cancel.disabled = this.runState !== 'running';
    this.syncStatus();
  }

  private syncStatus(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = super.state;
    const p = this.progress;
    const done = p?.done ?? 0;
    const total = this.runJob?.kind === 'means' ? this.runJob.count : s.means;
    dom.progress.value = total ? done / total : 0;
    const path = this.pathInUse();
    const state = this.runState === 'failed' ? 'idle' : this.runState;
    const text =
      this.runState === 'running' && !path ? 'Starting…' : progressText(done, total, path, this.rate, state);
    if (dom.status.textContent !== text) dom.status.textContent = text;
    const reason = this.runs.current?.reason ? `(${this.runs.current.reason})` : '';
    if (dom.reason.textContent !== reason) dom.reason.textContent = reason;
    if (dom.cancel.disabled !== (this.runState !== 'running'))
      dom.cancel.disabled = this.runState !== 'running';
  }

  private syncFormula(t: ReturnType<typeof theoryOf>, m: Measured | undefined, hidden: boolean): void {
    if (!this.s.formula) return;
    const tp = texPalette(this.palette);
    this.formula.show(cltTex(t, m, hidden, { data: tp.data, model: tp.model }), cltWords(t, m, hidden));
  }
}

defineOnce('lumen-clt', LumenClt);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-clt': LumenClt;
  }
}
