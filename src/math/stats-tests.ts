/**
 * Small goodness-of-fit tests for checking samplers at a fixed seed: Pearson's chi-square for
 * counts, Kolmogorov–Smirnov for continuous draws, and a z-score for a sample mean. Each returns
 * a p-value; a test asserts p above a small threshold (draws fit) and, as a control, below it for
 * draws from a different distribution (the test can fail).
 */
import { gammaQ } from './special';

export interface TestResult {
  readonly statistic: number;
  readonly pValue: number;
}

/**
 * Pearson's chi-square of observed counts against expected probabilities (summing to 1).
 * Neighbouring cells are merged until each expects at least `minExpected` draws, as the
 * chi-square approximation needs.
 */
export function chiSquareTest(
  observed: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  minExpected = 5,
): TestResult & { df: number } {
  if (observed.length !== probabilities.length)
    throw new RangeError('observed and probabilities must have the same length');
  let n = 0;
  for (let i = 0; i < observed.length; i++) n += observed[i]!;
  const cells: { o: number; e: number }[] = [];
  let o = 0;
  let e = 0;
  for (let i = 0; i < observed.length; i++) {
    o += observed[i]!;
    e += probabilities[i]! * n;
    if (e >= minExpected) {
      cells.push({ o, e });
      o = 0;
      e = 0;
    }
  }
  // A short remainder joins the last full cell.
  if (o > 0 || e > 0) {
    const last = cells[cells.length - 1];
    if (last) {
      last.o += o;
      last.e += e;
    } else cells.push({ o, e });
  }
  let statistic = 0;
  for (const c of cells) statistic += c.e > 0 ? ((c.o - c.e) * (c.o - c.e)) / c.e : c.o > 0 ? Infinity : 0;
  const df = cells.length - 1;
  const pValue = df < 1 ? 1 : chiSquareSurvival(statistic, df);
  return { statistic, df, pValue };
}

/** P(χ²_df > x). */
export function chiSquareSurvival(x: number, df: number): number {
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return gammaQ(df / 2, x / 2);
}

/** P(K > x) for the Kolmogorov distribution: 2 Σ (−1)^(k−1) e^(−2k²x²). */
export function kolmogorovSurvival(x: number): number {
  if (x <= 0) return 1;
  if (x < 0.2) return 1; // the series converges slowly there and the value is 1 to 1e−20
  let sum = 0;
  for (let k = 1; k < 100; k++) {
    const term = Math.exp(-2 * k * k * x * x);
    sum += k % 2 === 1 ? term : -term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * One-sample Kolmogorov–Smirnov test of draws against a continuous cdf: D = sup |F_n − F|, with
 * Stephens' small-sample correction √n + 0.12 + 0.11/√n for the p-value.
 */
export function ksTest(draws: ArrayLike<number>, cdf: (x: number) => number): TestResult {
  const xs = Float64Array.from(draws).sort();
  const n = xs.length;
  if (n === 0) throw new RangeError('ksTest needs at least one draw');
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]!);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  const sn = Math.sqrt(n);
  return { statistic: d, pValue: kolmogorovSurvival(d * (sn + 0.12 + 0.11 / sn)) };
}

/** How many standard errors the sample mean lies from `mean`, given the true variance. */
export function meanZScore(draws: ArrayLike<number>, mean: number, variance: number): number {
  let s = 0;
  for (let i = 0; i < draws.length; i++) s += draws[i]!;
  return (s / draws.length - mean) / Math.sqrt(variance / draws.length);
}

/**
 * How many standard errors the sample variance lies from `variance`, using the fourth central
 * moment `mu4` of the distribution: Var(s²) ≈ (μ₄ − σ⁴)/n.
 */
export function varianceZScore(
  draws: ArrayLike<number>,
  mean: number,
  variance: number,
  mu4: number,
): number {
  const n = draws.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += (draws[i]! - mean) ** 2;
  return (s / n - variance) / Math.sqrt((mu4 - variance * variance) / n);
}
