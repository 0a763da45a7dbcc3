/**
 * `<lumen-bayes>`: Bayes' theorem two ways.
 * - mode "test": a population of dots split by condition (squares: has it; circles: does not) and
 *   test result (filled: positive). Sliders for prevalence, sensitivity and false-positive rate;
 *   the posterior P(D | +) is the share of squares among the filled dots. With `predict`, the
 *   learner types a guess before anybody is tested.
 * - mode "coin": a Beta(α, β) prior on a coin's heads probability becomes the posterior flip by
 *   flip (seeded flips, so a shared link replays them), with its 95% credible interval.
 *
 * The element only wires things together: numbers come from `model.ts` (and `src/math/bayes.ts`),
 * pixels from `view.ts`, sentences from `words.ts`, TeX from `formula.ts`.
 *
 * @example
 * <lumen-bayes prevalence="0.01" sensitivity="0.9" false-positive="0.09" predict></lumen-bayes>
 * <lumen-bayes mode="coin" alpha="2" beta="2" flips="20" true-p="0.7" seed="4"></lumen-bayes>
 */
import {
  LumenElement,
  defineOnce,
  observedAttributesOf,
  prefersReducedMotion,
} from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts, renderTex } from '../../ui/katex-shadow';
import { BAYES_PROPS, MAX_FLIPS, SEED_MAX, type BayesState } from './props';
import {
  analyseCoin,
  analyseTest,
  coinFlips,
  densityCurve,
  gridShape,
  parsePercent,
  plotTop,
  scoreGuess,
  type CoinAnalysis,
  type Prediction,
  type TestAnalysis,
} from './model';
import { dotHeight, drawDensity, drawDots, type Colors } from './view';
import { coinTex, testTex } from './formula';
import {
  count,
  describeCoin,
  flipsWords,
  describeTest,
  negativeSentence,
  num,
  pct,
  posteriorSentence,
  predictSentence,
} from './words';
import { buildBayesDom, type BayesDom } from './dom';
import { BAYES_CSS } from './bayes.css';
import { texColor } from '../../ui/tex-format';
import { wireSlider, type Slider, type SliderRange } from '../../ui/slider';
import { setText, setHidden, setDisabled } from '../../ui/dom';
import { clearGuess, wireGuess } from '../../ui/guess-field';
import { watchSize } from '../../ui/resize';

const MAX_DPR = 2;
/** Flips per second while "Flip 100" runs (all at once with reduced motion). */
const FLIPS_PER_SECOND = 40;
const HISTORY = 40;

type Phase = 'off' | 'guess' | 'revealed';

/** The numbers behind the picture (what the readouts round), for scripts and tests. */
export type BayesNumbers =
  | { readonly mode: 'test'; readonly analysis: TestAnalysis }
  | { readonly mode: 'coin'; readonly analysis: CoinAnalysis; readonly flips: readonly number[] };

export class LumenBayes extends LumenElement<typeof BAYES_PROPS, BayesDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(BAYES_PROPS);
  }

  private width = 0;
  private phase: Phase = 'off';
  private result: Prediction | undefined;
  private formulaTex = '';
  private flipTarget = 0;
  private flipClock = 0;
  private flipsCache: { key: string; flips: Uint8Array } | undefined;
  constructor() {
    super(BAYES_PROPS, BAYES_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The exact numbers on screen: the test's posteriors and counts, or the coin's flips and posterior. */
  get numbers(): BayesNumbers {
    if (this.state.mode === 'test') return { mode: 'test', analysis: this.test() };
    const flips = this.flips();
    return { mode: 'coin', analysis: this.coin(), flips: [...flips] };
  }

  /** After Reveal in predict mode: the guess, P(D | +) and the gap (all as probabilities); else undefined. */
  get prediction(): Prediction | undefined {
    return this.result && { ...this.result };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.onDisconnect(
      watchSize(this.body, (box) => {
        if (box.width === this.width) return;
        this.width = box.width;
        this.requestRender();
      }),
    );
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = buildBayesDom();
    this.dom = dom;
    this.body.append(dom.layout);
    this.wireTest(dom);
    this.wireCoin(dom);
    this.wirePredict(dom);
    if (this.state.predict) this.enterGuess();
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<BayesState>, source: Source | 'user'): void {
    const s = this.state;
    if (source !== 'user' && this.animating) this.stopAnimation();
    if (previous.predict !== s.predict) {
      if (s.predict) this.enterGuess();
      else this.leavePredict();
    } else if (s.predict && source !== 'user' && this.phase === 'revealed' && testChanged(previous, s)) {
      // A lesson step or a script that poses a new question asks for a new guess.
      this.enterGuess();
    }
    this.syncControls();
  }

  protected describe(): string {
    const s = this.state;
    if (s.mode === 'coin') return describeCoin(this.coin(), s.trueP);
    const main = describeTest(this.test(), this.phase === 'guess');
    return this.phase === 'revealed' && this.result ? `${predictSentence(this.result)} ${main}` : main;
  }

  protected render(): void {
    const dom = this.dom;
    if (!dom) return;
    const palette = this.palette;
    this.syncFormula(palette);
    const width = this.width || this.body.getBoundingClientRect().width;
    if (!(width > 0)) return;
    const lineScale = positive(Number.parseFloat(palette.lineScale), 1);
    const fontPx = Math.min(positive(Number.parseFloat(palette.fontSize), 18), 40);
    const colors: Colors = {
      bg: palette.bg,
      fg: palette.fg,
      muted: palette.muted,
      grid: palette.grid,
      axis: palette.axis,
      accent: palette.accent,
      sick: palette.i,
      healthy: palette.j,
      data: palette.data,
      model: palette.model,
    };
    const s = this.state;
    if (s.mode === 'test') {
      const a = this.test();
      const { cols, rows } = gridShape(a.population, width >= 560 ? 2.4 : 1.15);
      const height = dotHeight({ width, cols, rows });
      const ctx = prepare(dom.dots, width, height);
      if (ctx)
        drawDots(ctx, {
          width,
          cols,
          rows,
          counts: a.counts,
          tested: this.phase !== 'guess',
          highlight: s.highlight,
          colors,
          lineScale,
        });
    } else {
      const c = this.coin();
      const height = Math.round(Math.min(380, Math.max(200, width * 0.45)));
      const ctx = prepare(dom.density, width, height);
      const prior = densityCurve(c.prior);
      const post = densityCurve(c.posterior);
      if (ctx)
        drawDensity(ctx, {
          width,
          height,
          prior,
          posterior: post,
          top: plotTop([prior, post]),
          interval: c.posterior.interval,
          trueP: s.trueP,
          colors,
          lineScale,
          fontPx,
        });
    }
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private test(): TestAnalysis {
    return analyseTest(this.state);
  }

  private flips(): Uint8Array {
    const s = this.state;
    const key = `${s.seed},${s.trueP},${s.flips}`;
    if (this.flipsCache?.key !== key) this.flipsCache = { key, flips: coinFlips(s.seed, s.trueP, s.flips) };
    return this.flipsCache.flips;
  }

  private coin(): CoinAnalysis {
    const s = this.state;
    return analyseCoin(this.flips(), { alpha: s.alpha, beta: s.beta });
  }

  // ---- test mode ----------------------------------------------------------------------------------

  private wireTest(dom: BayesDom): void {
    // The sliders show percentages; the state holds probabilities.
    const percent = (sl: Slider, key: 'prevalence' | 'sensitivity' | 'falsePositive'): void =>
      wireSlider(
        sl,
        { step: 0.1, min: 0, max: 100 },
        () => this.state[key] * 100,
        (v) => this.update({ [key]: clampUnit(v / 100) }),
      );
    percent(dom.prevalence, 'prevalence');
    percent(dom.sensitivity, 'sensitivity');
    percent(dom.falsePositive, 'falsePositive');
    dom.population.addEventListener('change', () => {
      const n = Number(dom.population.value);
      if (Number.isInteger(n)) this.update({ population: n });
    });
    dom.highlight.addEventListener('change', () => this.update({ highlight: dom.highlight.checked }));
  }

  // ---- coin mode ----------------------------------------------------------------------------------

  private wireCoin(dom: BayesDom): void {
    dom.flip.addEventListener('click', () => this.flipBy(1, false));
    dom.flip10.addEventListener('click', () => this.flipBy(10, false));
    dom.flip100.addEventListener('click', () => this.flipBy(100, true));
    dom.reset.addEventListener('click', () => {
      this.stopAnimation();
      this.update({ flips: 0 });
    });
    dom.newCoin.addEventListener('click', () => {
      this.stopAnimation();
      this.update({ seed: (this.state.seed + 1) % (SEED_MAX + 1), flips: 0 });
    });
    const plain = (sl: Slider, key: 'alpha' | 'beta' | 'trueP', o: SliderRange): void =>
      wireSlider(
        sl,
        o,
        () => this.state[key],
        (v) => this.update({ [key]: v }),
      );
    // The sliders cover the useful range; attributes may go further (up to 100).
    plain(dom.alpha, 'alpha', { step: 0.5, min: 0.1, max: 100 });
    plain(dom.beta, 'beta', { step: 0.5, min: 0.1, max: 100 });
    plain(dom.trueP, 'trueP', { step: 0.01, min: 0, max: 1 });
    // Letter keys anywhere in the widget except where text is typed (the site shell ignores keys from inside widgets).
    this.body.addEventListener('keydown', (e) => {
      if (this.state.mode !== 'coin' || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.composedPath()[0];
      if (t instanceof HTMLInputElement && t.type === 'text') return;
      const k = e.key.toLowerCase();
      if (k === 'f') {
        e.preventDefault();
        this.flipBy(1, false);
      } else if (k === 'r') {
        e.preventDefault();
        dom.reset.click();
      }
    });
  }

  /** Adds `n` flips: at once, or one by one at FLIPS_PER_SECOND (reduced motion: at once). */
  private flipBy(n: number, animate: boolean): void {
    const from = this.animating ? this.flipTarget : this.state.flips;
    const target = Math.min(MAX_FLIPS, from + n);
    this.note(
      'flips-max',
      target === MAX_FLIPS && from + n > MAX_FLIPS
        ? `At most ${count(MAX_FLIPS)} flips: press Reset to start again.`
        : undefined,
    );
    this.flipTarget = target;
    if (!animate || prefersReducedMotion()) {
      this.stopAnimation();
      this.update({ flips: target });
      return;
    }
    if (this.animating) return;
    this.flipClock = 0;
    this.startAnimation((dt) => {
      this.flipClock += dt * FLIPS_PER_SECOND;
      const step = Math.floor(this.flipClock);
      if (step > 0) {
        this.flipClock -= step;
        this.update({ flips: Math.min(this.flipTarget, this.state.flips + step) });
      }
      return this.state.flips < this.flipTarget;
    });
  }

  private readonly notes = new Map<string, string | undefined>();
  private note(key: string, message: string | undefined): void {
    if (this.notes.get(key) === message) return;
    this.notes.set(key, message);
    this.setMessage(key, message);
  }

  // ---- predict-first ------------------------------------------------------------------------------

  private wirePredict(dom: BayesDom): void {
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
    const dom = this.dom;
    if (!dom) return;
    clearGuess(dom);
  }

  private leavePredict(): void {
    this.phase = 'off';
    this.result = undefined;
  }

  private reveal(): void {
    if (this.phase !== 'guess') return;
    const dom = this.requireDom();
    const guess = parsePercent(dom.guess.value);
    if (guess === undefined) {
      dom.guess.setAttribute('aria-invalid', 'true');
      setText(dom.guessError, 'Type a percentage from 0 to 100, such as 50 or 4.5, then press Reveal.');
      return;
    }
    const answer = this.test().exact.diseaseGivenPositive;
    if (answer === undefined) {
      setText(dom.guessError, 'Nobody tests positive with these numbers, so there is nothing to predict.');
      return;
    }
    this.result = scoreGuess(guess, answer);
    this.phase = 'revealed';
    this.syncControls();
    this.requestRender();
    dom.again.focus();
    // The same event as any other change, so a page (and the tests) hear about the reveal.
    this.dispatchEvent(new CustomEvent('predict', { detail: this.prediction }));
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private requireDom(): BayesDom {
    if (!this.dom) throw new Error('<lumen-bayes> is not built yet: add it to the document first.');
    return this.dom;
  }

  private syncControls(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.state;
    const test = s.mode === 'test';
    const guessing = test && this.phase === 'guess';
    setHidden(dom.testPanel, !test);
    setHidden(dom.coinPanel, test);
    setHidden(dom.testControls, !s.controls);
    setHidden(dom.coinControls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);
    setHidden(dom.predict, !test || this.phase === 'off');

    if (test) {
      const a = this.test();
      syncSlider(dom.prevalence, s.prevalence * 100, pct(s.prevalence));
      syncSlider(dom.sensitivity, s.sensitivity * 100, pct(s.sensitivity));
      syncSlider(dom.falsePositive, s.falsePositive * 100, pct(s.falsePositive));
      const value = String(s.population);
      if (![...dom.population.options].some((o) => o.value === value))
        dom.population.append(
          Object.assign(document.createElement('option'), { value, textContent: count(s.population) }),
        );
      if (dom.population.value !== value) dom.population.value = value;
      if (dom.highlight.checked !== s.highlight) dom.highlight.checked = s.highlight;
      dom.testPanel.classList.toggle('testing', guessing);
      dom.testPanel.classList.toggle('no-shade', !s.highlight);
      for (const [g, node] of Object.entries(dom.legendCounts))
        setText(node, guessing ? '?' : count(a.counts[g as keyof typeof a.counts]));
      const sick = a.counts.truePositive + a.counts.falseNegative;
      setText(
        dom.posterior,
        guessing
          ? `${count(sick)} of the ${count(a.population)} people have the condition (squares). Nobody has been tested yet: make your guess.`
          : posteriorSentence(a),
      );
      setText(dom.negative, guessing ? '' : negativeSentence(a));
      setHidden(dom.negative, guessing);
      setText(
        dom.question,
        `Predict first: ${pct(s.prevalence)} of people have the condition; the test flags ${pct(s.sensitivity)} of them and ${pct(s.falsePositive)} of everybody else. Somebody tests positive. What is the chance that they have the condition?`,
      );
      setDisabled(dom.guess, this.phase !== 'guess');
      setHidden(dom.reveal, this.phase !== 'guess');
      setHidden(dom.again, this.phase !== 'revealed');
      setText(
        dom.predictResult,
        this.phase === 'revealed' && this.result ? predictSentence(this.result) : '',
      );
      dom.dots.setAttribute('aria-label', describeTest(a, guessing));
    } else {
      const c = this.coin();
      syncSlider(dom.alpha, Math.min(20, s.alpha), num(s.alpha, 2));
      syncSlider(dom.beta, Math.min(20, s.beta), num(s.beta, 2));
      syncSlider(dom.trueP, s.trueP, num(s.trueP, 2));
      const flips = this.flips();
      const shown = [...flips.subarray(Math.max(0, flips.length - HISTORY))]
        .map((f) => (f ? 'H' : 'T'))
        .join(' ');
      setText(
        dom.history,
        flips.length === 0
          ? 'No flips yet: the posterior is the prior.'
          : `${flips.length > HISTORY ? '… ' : ''}${shown}  (${flipsWords(c.heads, c.tails)})`,
      );
      setText(dom.coinReadout, describeCoin(c, s.trueP));
      setDisabled(dom.flip, s.flips >= MAX_FLIPS);
      setDisabled(dom.flip10, s.flips >= MAX_FLIPS);
      setDisabled(dom.flip100, s.flips >= MAX_FLIPS);
      dom.density.setAttribute('aria-label', describeCoin(c, s.trueP));
    }
    this.requestRender();
  }

  private syncFormula(palette: Palette): void {
    const dom = this.requireDom();
    const s = this.state;
    if (!s.formula) return;
    const colors = {
      sick: texColor(palette.i, PALETTES.light.i),
      healthy: texColor(palette.j, PALETTES.light.j),
      data: texColor(palette.data, PALETTES.light.data),
      model: texColor(palette.model, PALETTES.light.model),
    };
    let wide: string;
    let narrow: string;
    let words: string;
    if (s.mode === 'test') {
      const a = this.test();
      const hidden = this.phase === 'guess';
      wide = testTex(a, colors, hidden);
      narrow = testTex(a, colors, hidden, true);
      words = hidden
        ? `P(D | +) = P(+ | D) P(D) / (P(+ | D) P(D) + P(+ | not D) P(not D)) = ${num(s.sensitivity)} × ${num(s.prevalence, 4)} / (${num(s.sensitivity)} × ${num(s.prevalence, 4)} + ${num(s.falsePositive)} × ${num(1 - s.prevalence, 4)}), to be revealed.`
        : posteriorSentence(a);
    } else {
      const c = this.coin();
      wide = narrow = coinTex(c, colors);
      words = describeCoin(c, s.trueP);
    }
    if (wide + narrow === this.formulaTex) return;
    this.formulaTex = wide + narrow;
    setText(dom.formulaText, words);
    // If the formula library cannot be fetched (offline, blocked), the words stand in for it.
    for (const [node, tex] of [
      [dom.formulaWide, wide],
      [dom.formulaNarrow, narrow],
    ] as const)
      renderTex(node, tex, { displayMode: true }).catch(() => setText(node, words));
  }
}

function testChanged(a: Readonly<BayesState>, b: Readonly<BayesState>): boolean {
  return (
    a.prevalence !== b.prevalence ||
    a.sensitivity !== b.sensitivity ||
    a.falsePositive !== b.falsePositive ||
    a.mode !== b.mode
  );
}

/** Removes float noise from a slider's value (0.30000000000000004) and keeps it in 0 … 1. */
function clampUnit(x: number): number {
  return Math.min(1, Math.max(0, Number(x.toPrecision(12))));
}

function positive(x: number, fallback: number): number {
  return Number.isFinite(x) && x > 0 ? x : fallback;
}

/** Sizes a canvas to `width` × `height` CSS pixels (sharp on high-density screens) and returns its context. */
function prepare(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const dpr = Math.min(window.devicePixelRatio || 1, MAX_DPR);
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const css = `${Math.round(height)}px`;
  if (canvas.style.height !== css) canvas.style.height = css;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(w / width, 0, 0, h / height, 0, 0);
  return ctx;
}

function syncSlider(sl: Slider, value: number, text: string): void {
  const v = String(value);
  if (sl.input.value !== v && Number(sl.input.value) !== value) sl.input.value = v;
  setText(sl.value, text);
  const label = `${sl.row.querySelector('.slider-name')?.textContent ?? ''}: ${text}`;
  if (sl.input.getAttribute('aria-valuetext') !== text) sl.input.setAttribute('aria-valuetext', text);
  if (sl.input.getAttribute('aria-label') !== label) sl.input.setAttribute('aria-label', label);
}

defineOnce('lumen-bayes', LumenBayes);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-bayes': LumenBayes;
  }
}
