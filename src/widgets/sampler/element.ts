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
import { PALETTES } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import { formatNumber, parseNumber } from '../../math/number-text';
import { Simulator, SimCancelled, type LiveSimRun } from '../../sim/client';
import { tracePoints } from '../../math/sim/job';
import { MAX_DRAWS, MAX_FACES, SAMPLER_PROPS, type SamplerState } from './props';
import { PARAMS, nudge, type ParamControl, type ParamKey } from './controls';
import {
  MAIN_DRAWS,
  binsOf,
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
import { drawHistogram, drawTrace, type ChartColors, type ChartSize } from './view';
import { samplerTex } from './formula';
import { describeSampler, histCaption, readNum, statusLine, traceCaption } from './words';
import { buildSamplerDom, type SamplerDom } from './dom';
import { SAMPLER_CSS } from './sampler.css';
import { texColor } from '../../ui/tex-format';
import { setText } from '../../ui/dom';
import { watchSize } from '../../ui/resize';

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

export class LumenSampler extends LumenElement<typeof SAMPLER_PROPS, SamplerDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(SAMPLER_PROPS);
  }

  private shown: Shown | undefined;
  private sim: Simulator | undefined;
  private run: LiveSimRun | undefined;
  private running: { done: number; total: number } | null = null;
  /** The last draw count whose picture was complete: Cancel goes back to it. */
  private settled = 0;
  private paramsFor = '';
  private formulaTex = '';

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

  /** Counts per histogram bin and the bins, for tests and embedding pages. */
  get histogram(): { lo: number; hi: number; n: number; counts: number[] } {
    const shown = this.shownNow();
    return { ...shown.bins, counts: Array.from(shown.picture.histogram) };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildSamplerDom();
    this.dom = dom;
    this.body.append(dom.layout);
    this.wire(dom);
    this.syncControls();
    this.refreshPicture();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.onDisconnect(watchSize(this.body, () => this.requestRender()));
    this.onDisconnect(() => {
      this.run?.cancel();
      this.run = undefined;
      this.sim?.dispose();
      this.sim = undefined;
      // A reconnected element draws again (the simulation was stopped with the worker).
      if (this.running) this.shown = undefined;
      this.running = null;
    });
    if (this.dom) this.refreshPicture();
  }

  protected override stateChanged(): void {
    this.syncControls();
    this.refreshPicture();
  }

  protected describe(): string {
    const s = super.state;
    const shown = this.shownNow();
    return describeSampler(s, shown.src, shown.bins, shown.picture);
  }

  protected render(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = super.state;
    const shown = this.shownNow();
    const pal = this.palette;
    const fontPx = Number.parseFloat(pal.fontSize);
    const font = (Number.isFinite(fontPx) && fontPx > 0 ? Math.min(fontPx, 40) : 18) * 0.72;
    const lineScale = Number.parseFloat(pal.lineScale) || 1;
    const colors: ChartColors = {
      fg: pal.fg,
      muted: pal.muted,
      grid: pal.grid,
      axis: pal.axis,
      data: pal.data,
      model: pal.model,
      bg: pal.bg,
    };
    const width = Math.max(240, Math.floor(dom.histogram.clientWidth || this.body.clientWidth || 600));
    const histH = Math.round(Math.min(380, Math.max(220, width * 0.42)) * (font / 13));
    const traceH = Math.round(histH * 0.7);
    const { discrete } = shown.src.dist;
    paint(dom.histogram, { width, height: histH, font, lineScale }, (ctx, size) =>
      drawHistogram(ctx, size, colors, {
        bins: shown.bins,
        discrete,
        picture: shown.picture,
        exact: s.truth ? (x) => exactAt(shown.src, x) : null,
        label: (x) => (shown.src.source === 'coin' ? outcomeName('coin', x) : formatNumber(x)),
      }),
    );
    const traceWidth = Math.max(240, Math.floor(dom.trace.clientWidth || width));
    const truth = trueMoments(shown.src);
    paint(dom.trace, { width: traceWidth, height: traceH, font, lineScale }, (ctx, size) =>
      drawTrace(ctx, size, colors, {
        picture: shown.picture,
        trueMean: s.truth ? truth.mean : null,
        lo: shown.bins.lo,
        hi: shown.bins.hi,
      }),
    );
    setText(dom.status, statusLine(shown.picture, shown.src, this.running, s.truth));
    setText(dom.histCaption, histCaption(shown.src, s.truth));
    setText(dom.traceCaption, traceCaption(s.truth));
    dom.histogram.setAttribute(
      'aria-label',
      `Histogram of ${readNum(shown.picture.count)} draws over the exact ${discrete ? 'probabilities' : 'density'}`,
    );
    dom.trace.setAttribute('aria-label', 'Running mean of the draws against the true mean');
    this.syncFormula(s, shown);
  }

  // ---- the picture --------------------------------------------------------------------------------

  private shownNow(): Shown {
    if (this.shown) return this.shown;
    const s = super.state;
    const src = sourceOf(s);
    const bins = binsOf(src);
    return { key: '', src, bins, picture: emptyPicture(bins) };
  }

  /** Makes the picture for the current settings: here for a few draws, by the bulk simulation for many. */
  private refreshPicture(): void {
    if (!this.dom) return;
    const s = super.state;
    const src = sourceOf(s);
    this.setMessage('combination', src.problem ?? undefined);
    const key = JSON.stringify([src.spec, src.offset, s.seed, s.draws]);
    if (this.shown?.key === key) return;
    this.run?.cancel();
    this.run = undefined;
    this.running = null;
    this.setMessage('simulation', undefined);
    const bins = binsOf(src);
    if (s.draws <= MAIN_DRAWS) {
      this.shown = { key, src, bins, picture: drawPicture(src, bins, s.seed, s.draws) };
      this.settled = s.draws;
      this.requestRender();
      return;
    }
    // Until the simulation reports, the old bars stay if they fit the new bins.
    const old = this.shown;
    const fits =
      old &&
      old.bins.lo === bins.lo &&
      old.bins.hi === bins.hi &&
      old.bins.n === bins.n &&
      old.src.offset === src.offset;
    this.shown = { key, src, bins, picture: fits ? old.picture : emptyPicture(bins) };
    this.sim ??= new Simulator();
    const total = s.draws;
    const run = this.sim.simulate({
      kind: 'draws',
      dist: src.spec,
      count: total,
      seed: s.seed,
      // The simulation draws the raw outcomes (a die's 0 … 5); the bins are shifted to match.
      bins: { lo: bins.lo - src.offset, hi: bins.hi - src.offset, n: bins.n },
    });
    this.run = run;
    this.running = { done: 0, total };
    const points = tracePoints(total);
    run.progress((p) => {
      if (this.run !== run) return;
      this.running = { done: p.done, total };
      this.shown = { key, src, bins, picture: simPicture(src, p, points, run.path) };
      this.requestRender();
    });
    run.result.then(
      (p) => {
        if (this.run !== run) return;
        this.run = undefined;
        this.running = null;
        this.settled = total;
        this.shown = { key, src, bins, picture: simPicture(src, p, points, run.path) };
        this.syncControls();
        this.requestRender();
        this.announceNow();
      },
      (err: unknown) => {
        if (this.run !== run) return;
        this.run = undefined;
        this.running = null;
        this.syncControls();
        if (!(err instanceof SimCancelled))
          this.setMessage(
            'simulation',
            `The simulation stopped: ${err instanceof Error ? err.message : String(err)}`,
          );
        this.requestRender();
      },
    );
    this.syncControls();
    this.requestRender();
  }

  /**
   * A finished simulation changes the picture without a state change, so the base class does not
   * announce it: say it here, and fire `draws-done` for pages and tests.
   */
  private announceNow(): void {
    setText(this.requireDom().done, this.describe());
    this.dispatchEvent(new CustomEvent('draws-done', { detail: this.summary }));
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wire(dom: SamplerDom): void {
    dom.picker.addEventListener('change', () => {
      const r = SAMPLER_PROPS.dist.check(dom.picker.value);
      if (r.ok) this.update({ dist: r.value });
    });
    const add = (k: number): void => {
      const s = super.state;
      const draws = Math.min(MAX_DRAWS, s.draws + k);
      if (draws === s.draws)
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
      this.run?.cancel();
      this.run = undefined;
      this.running = null;
      this.update({ draws: this.settled });
      this.syncControls();
      dom.draw1.focus();
    });
    dom.newSeed.addEventListener('click', () => this.update({ seed: (super.state.seed + 1) % 2 ** 32 }));
    dom.seed.addEventListener('change', () => {
      const n = parseNumber(dom.seed.value);
      const r = SAMPLER_PROPS.seed.check(n);
      this.inputProblem(dom.seed, 'seed', r.ok ? undefined : `seed: ${r.error}`);
      if (r.ok) this.update({ seed: r.value });
    });
    this.body.addEventListener('keydown', (e) => {
      const t = e.composedPath()[0];
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        t instanceof HTMLInputElement ||
        t instanceof HTMLSelectElement
      )
        return;
      const action: Record<string, () => void> = {
        '1': () => add(1),
        '2': () => add(100),
        '3': () => add(1_000_000),
        r: () => dom.reset.click(),
      };
      const run = action[e.key.toLowerCase()];
      if (!run) return;
      e.preventDefault();
      run();
    });
  }

  private inputProblem(input: HTMLInputElement, key: string, message: string | undefined): void {
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    this.setMessage(`input-${key}`, message);
  }

  /** The parameter sliders of the current source (rebuilt when the source changes). */
  private buildParams(dom: SamplerDom, controls: readonly ParamControl[]): void {
    const rows = controls.map((c) => {
      const row = document.createElement('div');
      row.className = 'param';
      const id = `param-${c.key}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = c.label;
      const range = document.createElement('input');
      range.type = 'range';
      range.id = id;
      range.name = c.key;
      range.min = String(c.min);
      range.max = String(c.max);
      range.step = String(c.step);
      const box = document.createElement('input');
      box.type = 'number';
      box.name = `${c.key}-value`;
      box.step = String(c.step);
      box.setAttribute('aria-label', `${c.label}, exact value`);
      box.inputMode = 'decimal';
      range.addEventListener('input', () => this.setParam(c.key, Number(range.value), box));
      range.addEventListener('keydown', (e) => {
        const dir =
          e.key === 'ArrowRight' || e.key === 'ArrowUp'
            ? 1
            : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
              ? -1
              : 0;
        if (!dir || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        this.setParam(c.key, nudge(super.state[c.key], c, dir, { shift: e.shiftKey, alt: e.altKey }), box);
      });
      const typed = (): void => {
        const n = parseNumber(box.value);
        if (n === undefined) {
          this.inputProblem(box, c.key, `${c.label}: expected a number such as 0.5`);
          return;
        }
        this.setParam(c.key, n, box);
      };
      box.addEventListener('change', typed);
      box.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') typed();
      });
      row.append(label, range, box);
      return row;
    });
    dom.params.replaceChildren(...rows);
  }

  private setParam(key: ParamKey, value: number, box: HTMLInputElement): void {
    const r = SAMPLER_PROPS[key].check(value);
    const label = PARAMS[super.state.dist].find((c) => c.key === key)?.label ?? key;
    this.inputProblem(box, key, r.ok ? undefined : `${label} = ${value}: ${r.error}. Value kept.`);
    if (r.ok) this.update({ [key]: r.value } as Partial<SamplerState>);
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
    more.addEventListener('click', () => this.update({ weights: [...super.state.weights, 1] }));
    const fewer = document.createElement('button');
    fewer.type = 'button';
    fewer.name = 'removeFace';
    fewer.textContent = '− face';
    fewer.disabled = weights.length <= 2;
    fewer.addEventListener('click', () => {
      const ws = super.state.weights.slice(0, -1);
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

  private syncControls(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = super.state;
    if (dom.picker.value !== s.dist) dom.picker.value = s.dist;
    const controls = PARAMS[s.dist];
    if (this.paramsFor !== s.dist) {
      this.paramsFor = s.dist;
      this.buildParams(dom, controls);
    }
    for (const c of controls) {
      const range = dom.params.querySelector<HTMLInputElement>(`input[name="${c.key}"]`);
      const box = dom.params.querySelector<HTMLInputElement>(`input[name="${c.key}-value"]`);
      const v = s[c.key];
      // Never rewrite the field the learner is typing in: a finishing simulation calls this too.
      const focused = this.root.activeElement;
      if (range && range !== focused && range.value !== String(v)) range.value = String(v);
      if (
        box &&
        box !== focused &&
        box.getAttribute('aria-invalid') !== 'true' &&
        parseNumber(box.value) !== v
      )
        box.value = formatNumber(v);
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
    if (
      dom.seed !== this.root.activeElement &&
      dom.seed.getAttribute('aria-invalid') !== 'true' &&
      dom.seed.value !== String(s.seed)
    )
      dom.seed.value = String(s.seed);
    const running = this.running !== null;
    dom.cancel.hidden = !running;
    dom.progress.hidden = !running;
    if (this.running) dom.progress.value = this.running.total ? this.running.done / this.running.total : 0;
    dom.reset.disabled = s.draws === 0 && !running;
    if (s.draws < MAX_DRAWS) this.setMessage('draws', undefined);
  }

  private syncFormula(s: Readonly<SamplerState>, shown: Shown): void {
    const dom = this.requireDom();
    const { mean } = sampleStats(shown.picture);
    const narrow = (this.body.clientWidth || 600) < 560;
    const tex = samplerTex(
      s,
      shown.src,
      shown.picture.count,
      mean,
      {
        data: texColor(this.palette.data, PALETTES.light.data),
        model: texColor(this.palette.model, PALETTES.light.model),
      },
      narrow,
    );
    if (this.running) dom.progress.value = this.running.total ? this.running.done / this.running.total : 0;
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    const truth = trueMoments(shown.src);
    const words = `Sample mean after ${readNum(shown.picture.count)} draws: ${mean === undefined ? 'none yet' : readNum(mean, 5)}; ${s.truth ? `true mean E[X] = ${readNum(truth.mean, 5)}` : 'the true mean is hidden until you answer'}.`;
    setText(dom.formulaText, words);
    renderTex(dom.formula, tex, { displayMode: true }).catch(() => setText(dom.formula, words));
  }

  private requireDom(): SamplerDom {
    if (!this.dom) throw new Error('<lumen-sampler> is not built yet: add it to the document first.');
    return this.dom;
  }
}

/** Sizes a canvas for the device pixel ratio and draws on it in CSS pixels. */
function paint(
  canvas: HTMLCanvasElement,
  size: ChartSize,
  draw: (ctx: CanvasRenderingContext2D, size: ChartSize) => void,
): void {
  const dpr = Math.min(3, window.devicePixelRatio || 1);
  const w = Math.round(size.width * dpr);
  const h = Math.round(size.height * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.height = `${size.height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  draw(ctx, size);
}

defineOnce('lumen-sampler', LumenSampler);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-sampler': LumenSampler;
  }
}
