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
import { bindShortcuts } from '../../ui/shortcuts';
import type { Source } from '../../ui/props';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
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
import { setText, setHidden, setDisabled } from '../../ui/dom';
import { CanvasSurface } from '../../render/canvas-surface';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { PredictFlow, guessControls } from '../../ui/predict-flow';
import { bindCheckbox, bindRange, bindSelect } from '../../ui/bind';
import { memo } from '../../ui/memo';
import type { Palette } from '../../ui/tokens';

/** Flips per second while "Flip 100" runs (all at once with reduced motion). */
const FLIPS_PER_SECOND = 40;
const HISTORY = 40;

/** The numbers behind the picture (what the readouts round), for scripts and tests. */
export type BayesNumbers =
  | { readonly mode: 'test'; readonly analysis: TestAnalysis }
  | { readonly mode: 'coin'; readonly analysis: CoinAnalysis; readonly flips: readonly number[] };

export class LumenBayes extends LumenElement<typeof BAYES_PROPS, BayesDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(BAYES_PROPS);
  }

  private dots!: CanvasSurface;
  private density!: CanvasSurface;
  private formula!: FormulaView;
  private flow!: PredictFlow<Prediction>;
  private flipTarget = 0;
  private flipClock = 0;
  private readonly flips = memo(coinFlips, () => [this.s.seed, this.s.trueP, this.s.flips] as const);

  constructor() {
    super(BAYES_PROPS, BAYES_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The exact numbers on screen: the test's posteriors and counts, or the coin's flips and posterior. */
  get numbers(): BayesNumbers {
    if (this.s.mode === 'test') return { mode: 'test', analysis: this.test() };
    return { mode: 'coin', analysis: this.coin(), flips: [...this.flips()] };
  }

  /** After Reveal in predict mode: the guess, P(D | +) and the gap (all as probabilities); else undefined. */
  get prediction(): Prediction | undefined {
    const r = this.flow?.result;
    return r && { ...r };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): BayesDom {
    ensureKatexFonts(document);
    return buildBayesDom();
  }

  protected build(): void {
    const dom = this.dom;
    const onResize = (): void => this.requestRender();
    this.dots = this.use(
      new CanvasSurface(dom.dots, {
        box: dom.dotsBox,
        onResize,
        height: (width) => dotHeight({ width, ...this.grid(width) }),
      }),
    );
    this.density = this.use(
      new CanvasSurface(dom.density, {
        box: dom.densityBox,
        onResize,
        height: (width) => Math.round(Math.min(380, Math.max(200, width * 0.45))),
      }),
    );
    this.formula = this.use(
      new FormulaView({ tex: dom.formula, text: dom.formulaText, box: dom.formulaWrap }),
    );
    this.flow = this.use(
      new PredictFlow<Prediction>(this.host, guessControls(dom), {
        score: () => this.score(),
        sentence: predictSentence,
        shown: () => this.s.mode === 'test',
        // A lesson step or a script that poses a new question asks for a new guess.
        newQuestion: (previous, source) => source !== 'user' && testChanged(previous as BayesState, this.s),
        changed: () => this.syncControls(),
      }),
    );
    // The sliders show percentages; the state holds probabilities.
    for (const [sl, key] of [
      [dom.prevalence, 'prevalence'],
      [dom.sensitivity, 'sensitivity'],
      [dom.falsePositive, 'falsePositive'],
    ] as const)
      bindRange(this.host, sl, key, { scale: 100, text: pct });
    bindSelect(this.host, dom.population, 'population', { label: count });
    bindCheckbox(this.host, dom.highlight, 'highlight');
    // The sliders cover the useful range; attributes may go further (up to 100).
    bindRange(this.host, dom.alpha, 'alpha', { max: 20, text: (v) => num(v, 2) });
    bindRange(this.host, dom.beta, 'beta', { max: 20, text: (v) => num(v, 2) });
    bindRange(this.host, dom.trueP, 'trueP', { text: (v) => num(v, 2) });
    this.wireCoin(dom);
    this.syncControls();
  }

  protected override stateChanged(_previous: Readonly<BayesState>, source: Source | 'user'): void {
    if (source !== 'user' && this.animating) this.stopAnimation();
    this.syncControls();
  }

  protected describe(): string {
    const s = this.s;
    if (s.mode === 'coin') return describeCoin(this.coin(), s.trueP);
    const main = describeTest(this.test(), this.flow?.guessing ?? false);
    const r = this.flow?.result;
    return r ? `${predictSentence(r)} ${main}` : main;
  }

  protected render(): void {
    const palette = this.palette;
    const s = this.s;
    if (s.formula) this.showFormula(palette);
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
    if (s.mode === 'test') {
      const f = this.dots.frame(palette);
      if (!f) return;
      const a = this.test();
      drawDots(f.ctx, {
        width: f.width,
        ...this.grid(f.width),
        counts: a.counts,
        tested: !this.flow.guessing,
        highlight: s.highlight,
        colors,
        lineScale: f.lineScale,
      });
    } else {
      const f = this.density.frame(palette);
      if (!f) return;
      const c = this.coin();
      const prior = densityCurve(c.prior);
      const posterior = densityCurve(c.posterior);
      drawDensity(f.ctx, {
        width: f.width,
        height: f.height,
        prior,
        posterior,
        top: plotTop([prior, posterior]),
        interval: c.posterior.interval,
        trueP: s.trueP,
        colors,
        lineScale: f.lineScale,
        fontPx: f.fontPx,
      });
    }
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private test(): TestAnalysis {
    return analyseTest(this.s);
  }

  private coin(): CoinAnalysis {
    return analyseCoin(this.flips(), { alpha: this.s.alpha, beta: this.s.beta });
  }

  private grid(width: number): { cols: number; rows: number } {
    return gridShape(this.test().population, width >= 560 ? 2.4 : 1.15);
  }

  private score(): Prediction | string {
    const guess = parsePercent(this.dom.guess.value);
    if (guess === undefined) return 'Type a percentage from 0 to 100, such as 50 or 4.5, then press Reveal.';
    const answer = this.test().exact.diseaseGivenPositive;
    if (answer === undefined)
      return 'Nobody tests positive with these numbers, so there is nothing to predict.';
    return scoreGuess(guess, answer);
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
      this.update({ seed: (this.s.seed + 1) % (SEED_MAX + 1), flips: 0 });
    });
    const coinKeys: Record<string, () => void> = {
      f: () => this.flipBy(1, false),
      r: () => dom.reset.click(),
    };
    bindShortcuts(this.body, (key) => (this.s.mode === 'coin' ? coinKeys[key] : undefined));
  }

  /** Adds `n` flips: at once, or one by one at FLIPS_PER_SECOND (reduced motion: at once). */
  private flipBy(n: number, animate: boolean): void {
    const from = this.animating ? this.flipTarget : this.s.flips;
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
        this.update({ flips: Math.min(this.flipTarget, this.s.flips + step) });
      }
      return this.s.flips < this.flipTarget;
    });
  }

  private readonly notes = new Map<string, string | undefined>();
  private note(key: string, message: string | undefined): void {
    if (this.notes.get(key) === message) return;
    this.notes.set(key, message);
    this.setMessage(key, message);
  }

  // ---- what the bound controls do not cover -------------------------------------------------------

  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    const test = s.mode === 'test';
    const guessing = test && this.flow.guessing;
    setHidden(dom.testPanel, !test);
    setHidden(dom.coinPanel, test);
    setHidden(dom.testControls, !s.controls);
    setHidden(dom.coinControls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);
    this.flow.sync();
    if (test) {
      const a = this.test();
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
      dom.dots.setAttribute('aria-label', describeTest(a, guessing));
    } else {
      const c = this.coin();
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
      for (const b of [dom.flip, dom.flip10, dom.flip100]) setDisabled(b, s.flips >= MAX_FLIPS);
      dom.density.setAttribute('aria-label', describeCoin(c, s.trueP));
    }
    this.requestRender();
  }

  private showFormula(palette: Palette): void {
    const s = this.s;
    const tp = texPalette(palette);
    const colors = { sick: tp.i, healthy: tp.j, data: tp.data, model: tp.model };
    if (s.mode === 'coin') {
      const c = this.coin();
      this.formula.show(coinTex(c, colors), describeCoin(c, s.trueP));
      return;
    }
    const a = this.test();
    const hidden = this.flow.guessing;
    this.formula.show(
      { wide: testTex(a, colors, hidden), narrow: testTex(a, colors, hidden, true) },
      hidden
        ? `P(D | +) = P(+ | D) P(D) / (P(+ | D) P(D) + P(+ | not D) P(not D)) = ${num(s.sensitivity)} × ${num(s.prevalence, 4)} / (${num(s.sensitivity)} × ${num(s.prevalence, 4)} + ${num(s.falsePositive)} × ${num(1 - s.prevalence, 4)}), to be revealed.`
        : posteriorSentence(a),
    );
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

defineOnce('lumen-bayes', LumenBayes);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-bayes': LumenBayes;
  }
}
