/**
 * The pure side of `<lumen-bayes>`: no DOM, no clock, so it is unit-tested in Node.
 * - test mode: the four groups, their order in the dot grid, the grid's shape, the guess score;
 * - coin mode: the seeded flips, the prior and posterior, and density curves safe to draw.
 */
import {
  betaPdf,
  betaSummary,
  betaUpdate,
  frequencyPosterior,
  naturalFrequencies,
  testPosterior,
  type BetaParams,
  type BetaSummary,
  type Frequencies,
  type TestPosterior,
  type TestSpec,
} from '../../math/bayes';
import { createRandom } from '../../math/random';
import { parseNumber } from '../../math/number-text';
import type { BayesState } from './props';

// ---- test mode -----------------------------------------------------------------------------------

/** The four groups, in the order the grid lays them out: the positives first, side by side. */
export const GROUPS = ['truePositive', 'falsePositive', 'falseNegative', 'trueNegative'] as const;
export type Group = (typeof GROUPS)[number];

export function specOf(s: Pick<BayesState, 'prevalence' | 'sensitivity' | 'falsePositive'>): TestSpec {
  return { prevalence: s.prevalence, sensitivity: s.sensitivity, falsePositiveRate: s.falsePositive };
}

export interface TestAnalysis {
  readonly spec: TestSpec;
  readonly exact: TestPosterior;
  readonly counts: Frequencies;
  readonly population: number;
  /** Positive dots: true + false positives. */
  readonly positives: number;
  /** P(D | +) read off the dots (undefined without positives). */
  readonly counted: number | undefined;
}

export function analyseTest(
  s: Pick<BayesState, 'prevalence' | 'sensitivity' | 'falsePositive' | 'population'>,
): TestAnalysis {
  const spec = specOf(s);
  const counts = naturalFrequencies(spec, s.population);
  return {
    spec,
    exact: testPosterior(spec),
    counts,
    population: s.population,
    positives: counts.truePositive + counts.falsePositive,
    counted: frequencyPosterior(counts),
  };
}

/** Columns and rows of the dot grid: wide (about 2:1) in a wide widget, squarer on a phone. */
export function gridShape(population: number, aspect: number): { cols: number; rows: number } {
  const a = Number.isFinite(aspect) && aspect > 0 ? Math.min(4, Math.max(0.5, aspect)) : 2;
  const cols = Math.max(1, Math.round(Math.sqrt(population * a)));
  return { cols, rows: Math.ceil(population / cols) };
}

/**
 * The group of dot k. Dots fill the grid column by column (top to bottom, then the next column),
 * group after group, so each group is one block and the positives stand together at the left.
 */
export function groupOf(k: number, counts: Frequencies): Group {
  let end = 0;
  for (const g of GROUPS) {
    end += counts[g];
    if (k < end) return g;
  }
  return 'trueNegative';
}

/** Grid cell of dot k (column-major). */
export function cellOf(k: number, rows: number): { col: number; row: number } {
  return { col: Math.floor(k / rows), row: k % rows };
}

export interface Prediction {
  /** The guess for P(D | +), as a probability. */
  readonly guess: number;
  readonly answer: number;
  /** |guess − answer|, as a probability (0.05 = 5 percentage points). */
  readonly error: number;
}

/**
 * A typed guess in percent: "9", "9.2", "9%". Undefined for anything else or outside 0 … 100.
 */
export function parsePercent(text: string): number | undefined {
  const t = text.trim().replace(/\s*%$/, '');
  const n = parseNumber(t);
  if (n === undefined || n < 0 || n > 100) return undefined;
  return n / 100;
}

export function scoreGuess(guess: number, answer: number): Prediction {
  return { guess, answer, error: Math.abs(guess - answer) };
}

// ---- coin mode -----------------------------------------------------------------------------------

/**
 * The first `count` flips of the coin with heads probability `p` from `seed`: 1 for heads. Flip k
 * is the k-th uniform draw of createRandom(seed) below p, so a longer run extends a shorter one
 * and a shared link replays the same flips.
 */
export function coinFlips(seed: number, p: number, count: number): Uint8Array {
  const rng = createRandom(seed);
  const out = new Uint8Array(Math.max(0, Math.floor(count)));
  for (let k = 0; k < out.length; k++) out[k] = rng.next() < p ? 1 : 0;
  return out;
}

export interface CoinAnalysis {
  readonly heads: number;
  readonly tails: number;
  readonly prior: BetaParams;
  readonly posterior: BetaSummary;
  readonly priorSummary: BetaSummary;
}

export function analyseCoin(flips: Uint8Array, prior: BetaParams): CoinAnalysis {
  let heads = 0;
  for (const f of flips) heads += f;
  const tails = flips.length - heads;
  return {
    heads,
    tails,
    prior,
    posterior: betaSummary(betaUpdate(prior, heads, tails)),
    priorSummary: betaSummary(prior),
  };
}

/**
 * The density at `steps` midpoints of [0, 1] (never at 0 or 1, where it may be infinite),
 * each value finite and ≥ 0.
 */
export function densityCurve(b: BetaParams, steps = 240): Float64Array {
  const out = new Float64Array(steps);
  for (let k = 0; k < steps; k++) {
    const y = betaPdf((k + 0.5) / steps, b);
    out[k] = Number.isFinite(y) && y > 0 ? y : 0;
  }
  return out;
}

/**
 * The top of the density plot: the highest point of any curve away from the ends (2% in from 0
 * and 1), with room to spare. A density that shoots up to infinity at an end (α or β below 1)
 * would otherwise flatten everything else; its clipped part is drawn along the top edge.
 */
export function plotTop(curves: readonly Float64Array[]): number {
  let top = 0;
  for (const c of curves) {
    const edge = Math.ceil(c.length * 0.02);
    for (let k = edge; k < c.length - edge; k++) top = Math.max(top, c[k] as number);
  }
  return Math.max(top * 1.15, 1.5);
}
