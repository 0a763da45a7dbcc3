/**
 * `<lumen-sampler>`: draw from a coin, a die, a weighted die or a named distribution, 1, 100 or
 * 1,000,000 at a time; the histogram of the draws sits over the exact pmf/pdf, and the running
 * mean (with the single draws behind it) closes in on the true mean.
 *
 * The picture is a function of the settings, `seed` and `draws`: up to 10,000 draws are made here
 * by the exact samplers of src/math/distributions, more by the bulk simulation (src/sim, in a
 * worker, with progress and Cancel). Changing a parameter redraws the same number of draws.
 *
 * Besides the settings, `el.summary` gives the numbers shown: `{ count, mean, sd, trueMean,
 * trueSd, path, running }`.
 *
 * @example
 * <lumen-sampler dist="die" draws="600" seed="7"></lumen-sampler>
 * <script type="module">
 *   const el = document.querySelector('lumen-sampler');
 *   el.setState({ draws: el.state.draws + 100 }); // what "Draw 100" does
 *   el.summary.mean;                              // the sample mean of the 700 draws
 * </script>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import { bindShortcuts } from '../../ui/shortcuts';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { formatNumber, parseNumber } from '../../math/number-text';
import { Simulator, type LiveSimRun } from '../../sim/client';
import { tracePoints, type SimProgress } from '../../math/sim/job';
import { MAX_DRAWS, MAX_FACES, SAMPLER_PROPS } from './props';
import { PARAMS, type ParamControl } from './controls';
import {
  MAIN_DRAWS,
  binsOf,
  continuePicture,
  drawPicture,
  emptyPicture,
  exactAt,
  outcomeName,
  sampleStats,
  simPicture,
  sourceOf,
  trueMoments,
  type Bins,
  type Picture,
  type SourceInfo,
} from './model';
import { drawHistogram, drawTrace, type ChartColors } from './view';
import { samplerTex } from './formula';
import { describeSampler, histCaption, readNum, statusLine, traceCaption } from './words';
import { PARAM_KEYS, buildSamplerDom, type SamplerDom } from './dom';
import { SAMPLER_CSS } from './sampler.css';
import { setHidden, setText } from '../../ui/dom';
import { CanvasSurface } from '../../render/canvas-surface';
import { FormulaView, LIVE_FORMULA_MS, texPalette } from '../../ui/formula-view';
import { bindNumberField, bindRange, bindSelect } from '../../ui/bind';
import { RunSlot, settle } from '../../ui/run';
import type { PaletteNumbers } from '../../ui/tokens';

/** What the charts show: a picture together with the source and bins it was made for. */
interface Shown {
  readonly key: string;
  readonly src: SourceInfo;
  readonly bins: Bins;
  readonly picture: Picture;
}

export interface SamplerSummary {
  readonly count: number;
  readonly mean: number | undefined;
  readonly sd: number | undefined;
  readonly trueMean: number;
  readonly trueSd: number;
  readonly path: string;
  /** True while a bulk simulation is still drawing. */
  readonly running: boolean;
}

/** The chart font: a little smaller than the body text. */
const chartFont = (n: PaletteNumbers): number => n.fontPx * 0.72;
const histHeight = (width: number, n: PaletteNumbers): number =>
  Math.round(Math.min(380, Math.max(220, width * 0.42)) * (chartFont(n) / 13));

export class LumenSampler extends LumenElement<typeof SAMPLER_PROPS, SamplerDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(SAMPLER_PROPS);
  }

  private shown: Shown | undefined;
  private sim: Simulator | undefined;
  private readonly runs = new RunSlot<LiveSimRun>();
  private running: { done: number; total: number } | null = null;
  /** The last draw count whose picture was complete: Cancel goes back to it. */
  private settled = 0;
  private histogramSurface!: CanvasSurface;
  private traceSurface!: CanvasSurface;
  private formula!: FormulaView;

  constructor() {
    super(SAMPLER_PROPS, SAMPLER_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  /** The numbers on screen. */
  get summary(): SamplerSummary {
    const shown = this.shownNow();
    const { mean, sd } = sampleStats(shown.picture);
    const truth = trueMoments(shown.src);
    return {
      count: shown.picture.count,
      mean,
      sd,
      trueMean: truth.mean,
      trueSd: Math.sqrt(truth.variance),
      path: shown.picture.path,
      running: this.running !== null,
    };
  }

  /** The single draws drawn as dots (the first ones, up to 10,000), for tests and embedding pages. */
  get singleDraws(): number[] {
    return Array.from(this.shownNow().picture.draws ?? []);
  }

  /** Counts per histogram bin and the bins, for tests and embedding pages. */
  get histogram(): { lo: number; hi: number; n: number; counts: number[] } {
    const shown = this.shownNow();
    return { ...shown.bins, counts: Array.from(shown.picture.histogram) };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): SamplerDom {
    ensureKatexFonts(document);
    return buildSamplerDom();
  }

  protected build(): void {
    const dom = this.dom;
    const onResize = (): void => this.requestRender();
    this.histogramSurface = this.use(new CanvasSurface(dom.histogram, { onResize, height: histHeight }));
    this.traceSurface = this.use(
      new CanvasSurface(dom.trace, { onResize, height: (w, n) => Math.round(histHeight(w, n) * 0.7) }),
    );
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    this.use(this.runs);
    bindSelect(this.host, dom.picker, 'dist');
    for (const key of PARAM_KEYS) {
      const c = this.control(key);
      const row = dom.params[key];
      bindRange(this.host, row.range, key, { min: c.min, max: c.max, step: c.step, label: c.label });
      bindNumberField(this.host, row.box, key, { label: c.label });
      row.box.setAttribute('aria-label', `${c.label}, exact value`);
    }
    bindNumberField(this.host, dom.seed, 'seed');
    this.wire(dom);
    this.syncControls();
    this.refreshPicture();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.onDisconnect(() => {
      this.sim?.dispose();
      this.sim = undefined;
      // A reconnected element draws again (the simulation was stopped with the worker).
      if (this.running) this.shown = undefined;
      this.running = null;
    });
    this.refreshPicture();
  }

  protected override stateChanged(): void {
    this.syncControls();
    this.refreshPicture();
  }

  protected describe(): string {
    const shown = this.shownNow();
    return describeSampler(this.s, shown.src, shown.bins, shown.picture);
  }

  protected render(): void {
    const dom = this.dom;
    const s = this.s;
    const shown = this.shownNow();
    const pal = this.palette;
    const colors: ChartColors = {
      fg: pal.fg,
      muted: pal.muted,
      grid: pal.grid,
      axis: pal.axis,
      data: pal.data,
      model: pal.model,
      bg: pal.bg,
    };
    const { discrete } = shown.src.dist;
    const h = this.histogramSurface.frame(pal);
    if (h)
      drawHistogram(
        h.ctx,
        { width: h.width, height: h.height, font: chartFont(h), lineScale: h.lineScale },
        colors,
        {
          bins: shown.bins,
          discrete,
          picture: shown.picture,
          exact: s.truth ? (x) => exactAt(shown.src, x) : null,
          label: (x) => (shown.src.source === 'coin' ? outcomeName('coin', x) : formatNumber(x)),
        },
      );
    const truth = trueMoments(shown.src);
    const t = this.traceSurface.frame(pal);
    if (t)
      drawTrace(
        t.ctx,
        { width: t.width, height: t.height, font: chartFont(t), lineScale: t.lineScale },
        colors,
        {
          picture: shown.picture,
          trueMean: s.truth ? truth.mean : null,
          lo: shown.bins.lo,
          hi: shown.bins.hi,
        },
      );
    setText(dom.status, statusLine(shown.picture, shown.src, this.running, s.truth));
    setText(dom.histCaption, histCaption(shown.src, s.truth));
    setText(dom.traceCaption, traceCaption(s.truth));
    dom.histogram.setAttribute(
      'aria-label',
      `Histogram of ${readNum(shown.picture.count)} draws over the exact ${discrete ? 'probabilities' : 'density'}`,
    );
    dom.trace.setAttribute('aria-label', 'Running mean of the draws against the true mean');
    if (this.running) dom.progress.value = this.running.total ? this.running.done / this.running.total : 0;
    this.showFormula(shown);
  }

  // ---- the picture --------------------------------------------------------------------------------

  private shownNow(): Shown {
    if (this.shown) return this.shown;
    const src = sourceOf(this.s);
    const bins = binsOf(src);
    return { key: '', src, bins, picture: emptyPicture(bins) };
  }

  /** Makes the picture for the current settings: here for a few draws, by the bulk simulation for many. */
  private refreshPicture(): void {
    const s = this.s;
    const src = sourceOf(s);
    this.setMessage('combination', src.problem ?? undefined);
    const key = JSON.stringify([src.spec, src.offset, s.seed, s.draws]);
    if (this.shown?.key === key) return;
    this.runs.abandon();
    this.running = null;
    this.setMessage('simulation', undefined);
    const bins = binsOf(src);
    if (s.draws <= MAIN_DRAWS) {
      this.shown = { key, src, bins, picture: drawPicture(src, bins, s.seed, s.draws) };
      this.settled = s.draws;
      this.requestRender();
      return;
    }
    // The learner's first MAIN_DRAWS draws are made here as always; the simulation adds the rest.
    const first = drawPicture(src, bins, s.seed, MAIN_DRAWS);
    this.shown = { key, src, bins, picture: first };
    this.sim ??= new Simulator();
    const total = s.draws;
    const more = total - MAIN_DRAWS;
    const run = this.sim.simulate({
      kind: 'draws',
      dist: src.spec,
      count: more,
      seed: s.seed,
      // The simulation draws the raw outcomes (a die's 0 … 5); the bins are shifted to match.
      bins: { lo: bins.lo - src.offset, hi: bins.hi - src.offset, n: bins.n },
    });
    const live = this.runs.start(run);
    this.running = { done: MAIN_DRAWS, total };
    const points = tracePoints(more);
    const joined = (p: SimProgress): Picture => continuePicture(first, simPicture(src, p, points, run.path));
    run.progress(
      live((p) => {
        this.running = { done: MAIN_DRAWS + p.done, total };
        this.shown = { key, src, bins, picture: joined(p) };
        this.requestRender();
      }),
    );
    const stopped = (): void => {
      this.runs.abandon();
      this.running = null;
      this.syncControls();
      this.requestRender();
    };
    settle(run.result, live, {
      done: (p) => {
        this.settled = total;
        this.shown = { key, src, bins, picture: joined(p) };
        stopped();
        this.announceNow();
      },
      cancelled: stopped,
      failed: (message) => {
        stopped();
        this.setMessage('simulation', `The simulation stopped: ${message}`);
      },
    });
    this.syncControls();
    this.requestRender();
  }

  /**
   * A finished simulation changes the picture without a state change, so the base class does not
   * announce it: say it here, and fire `draws-done` for pages and tests.
   */
  private announceNow(): void {
    setText(this.dom.done, this.describe());
    this.dispatchEvent(new CustomEvent('draws-done', { detail: this.summary }));
  }

  // ---- controls -----------------------------------------------------------------------------------

  /** The slider of a parameter (its range is the same for every source that has it). */
  private control(key: ParamControl['key']): ParamControl {
    const own = PARAMS[this.s.dist].find((c) => c.key === key);
    return own ?? Object.values(PARAMS).flatMap((cs) => cs.filter((c) => c.key === key))[0]!;
  }

  private wire(dom: SamplerDom): void {
    const add = (k: number): void => {
      const draws = Math.min(MAX_DRAWS, this.s.draws + k);
      if (draws === this.s.draws)
        this.setMessage(
          'draws',
          `That is the limit: at most ${readNum(MAX_DRAWS)} draws in one picture. Start over to draw again.`,
        );
      else this.update({ draws });
    };
    dom.draw1.addEventListener('click', () => add(1));
    dom.draw100.addEventListener('click', () => add(100));
    dom.drawMillion.addEventListener('click', () => add(1_000_000));
    dom.reset.addEventListener('click', () => {
      this.setMessage('draws', undefined);
      this.update({ draws: 0 });
    });
    dom.cancel.addEventListener('click', () => {
      this.runs.abandon();
      this.running = null;
      this.update({ draws: this.settled });
      this.syncControls();
      dom.draw1.focus();
    });
    dom.newSeed.addEventListener('click', () => this.update({ seed: (this.s.seed + 1) % 2 ** 32 }));
    bindShortcuts(this.body, {
      '1': () => add(1),
      '2': () => add(100),
      '3': () => add(1_000_000),
      r: () => dom.reset.click(),
    });
  }

  private buildWeights(dom: SamplerDom, weights: readonly number[]): void {
    const inputs = weights.map((w, i) => {
      const face = document.createElement('label');
      face.className = 'face';
      face.textContent = String(i + 1);
      const input = document.createElement('input');
      input.type = 'number';
      input.name = `weight-${i + 1}`;
      input.min = '0';
      input.step = '0.5';
      input.value = formatNumber(w);
      input.setAttribute('aria-label', `Weight of face ${i + 1}`);
      input.addEventListener('change', () => this.readWeights(dom));
      face.append(input);
      return face;
    });
    const more = document.createElement('button');
    more.type = 'button';
    more.name = 'addFace';
    more.textContent = '+ face';
    more.disabled = weights.length >= MAX_FACES;
    more.addEventListener('click', () => this.update({ weights: [...this.s.weights, 1] }));
    const fewer = document.createElement('button');
    fewer.type = 'button';
    fewer.name = 'removeFace';
    fewer.textContent = '− face';
    fewer.disabled = weights.length <= 2;
    fewer.addEventListener('click', () => {
      const ws = this.s.weights.slice(0, -1);
      if (SAMPLER_PROPS.weights.check(ws).ok) this.update({ weights: ws });
      else
        this.setMessage(
          'input-weights',
          'The remaining faces all have weight 0: give one of them a positive weight first.',
        );
    });
    const hint = document.createElement('span');
    hint.textContent = 'Weights:';
    dom.weights.replaceChildren(hint, ...inputs, more, fewer);
  }

  private readWeights(dom: SamplerDom): void {
    const boxes = [...dom.weights.querySelectorAll('input')];
    const values = boxes.map((b) => parseNumber(b.value) ?? NaN);
    const r = SAMPLER_PROPS.weights.check(values);
    for (const [i, b] of boxes.entries()) {
      const v = values[i]!;
      if (!(Number.isFinite(v) && v >= 0)) b.setAttribute('aria-invalid', 'true');
      else b.removeAttribute('aria-invalid');
    }
    this.setMessage(
      'input-weights',
      r.ok ? undefined : `Weights: ${r.error}. The die keeps its last good weights.`,
    );
    if (r.ok) this.update({ weights: r.value });
  }

  /** What the bound controls do not cover: which parameters show, the weights, the run's buttons. */
  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    const own = PARAMS[s.dist];
    for (const key of PARAM_KEYS) {
      const c = own.find((p) => p.key === key);
      setHidden(dom.params[key].row, !c);
      if (c) setText(dom.params[key].label, c.label);
    }
    dom.weights.hidden = s.dist !== 'weighted';
    if (s.dist === 'weighted') {
      const boxes = [...dom.weights.querySelectorAll('input')];
      const same =
        boxes.length === s.weights.length &&
        boxes.every(
          (b, i) => b.getAttribute('aria-invalid') === 'true' || parseNumber(b.value) === s.weights[i],
        );
      if (!same) this.buildWeights(dom, s.weights);
    }
    const running = this.running !== null;
    dom.cancel.hidden = !running;
    dom.progress.hidden = !running;
    if (this.running) dom.progress.value = this.running.total ? this.running.done / this.running.total : 0;
    dom.reset.disabled = this.s.draws === 0 && !running;
    if (s.draws < MAX_DRAWS) this.setMessage('draws', undefined);
  }

  private showFormula(shown: Shown): void {
    const s = this.s;
    const { mean } = sampleStats(shown.picture);
    const tp = texPalette(this.palette);
    const colors = { data: tp.data, model: tp.model };
    const tex = (narrow: boolean): string =>
      samplerTex(s, shown.src, shown.picture.count, mean, colors, narrow);
    const truth = trueMoments(shown.src);
    const words = `Sample mean after ${readNum(shown.picture.count)} draws: ${mean === undefined ? 'none yet' : readNum(mean, 5)}; ${s.truth ? `true mean E[X] = ${readNum(truth.mean, 5)}` : 'the true mean is hidden until you answer'}.`;
    // While a run streams in, n changes every progress report: typeset at most a few times a second.
    const throttleMs = this.running ? LIVE_FORMULA_MS : 0;
    this.formula.show({ wide: tex(false), narrow: tex(true) }, words, { throttleMs });
  }
}

defineOnce('lumen-sampler', LumenSampler);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-sampler': LumenSampler;
  }
}
