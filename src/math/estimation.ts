/**
 * Estimation from a sample: maximum likelihood (normal and Bernoulli), confidence intervals for a
 * mean (t and normal) and for a proportion (Wald and Wilson), the bootstrap percentile interval,
 * and coverage counting. Pure numbers, no DOM: the estimation widget shows what these compute.
 *
 * Conventions: `level` is the confidence level as a fraction (0.95), strictly between 0 and 1;
 * the sample standard deviation `s` divides by n − 1 (the t interval's), the normal MLE of σ by n.
 *
 * @example
 * const xs = [4.8, 5.1, 5.6, 4.4, 5.0];
 * normalMle(xs);                 // { mu: 4.98, sigma: 0.387… }
 * meanInterval(xs, 0.95, 't');   // x̄ ± t₀.₉₇₅,₄ · s/√5 = { lo: 4.44…, hi: 5.51…, critical: 2.776… }
 * wilsonInterval(7, 10, 0.95);   // { lo: 0.397…, hi: 0.892… }
 */
import { normalQuantile, studentTQuantile } from './special';

export interface Interval {
  readonly lo: number;
  readonly hi: number;
  /** The point estimate the interval is built around (x̄, p̂; the bootstrap's is the sample's statistic if given). */
  readonly center: number;
  /** The multiplier: t or z for the formula intervals; NaN for the bootstrap. */
  readonly critical: number;
  /** The standard error that `critical` multiplies; NaN for the bootstrap. */
  readonly se: number;
}

export type MeanMethod = 't' | 'z';

// ---- summaries ------------------------------------------------------------------------------

export function mean(xs: ArrayLike<number>): number {
  if (xs.length === 0) throw new RangeError('the mean of an empty sample is undefined');
  let s = 0;
  for (let k = 0; k < xs.length; k++) s += xs[k] as number;
  return s / xs.length;
}

/** The sample standard deviation with n − 1 in the denominator (what the t interval uses). */
export function sampleSd(xs: ArrayLike<number>): number {
  if (xs.length < 2) throw new RangeError('a sample standard deviation needs at least 2 values');
  const m = mean(xs);
  let ss = 0;
  for (let k = 0; k < xs.length; k++) ss += ((xs[k] as number) - m) ** 2;
  return Math.sqrt(ss / (xs.length - 1));
}

/** The median: the middle value, or the mean of the two middle values. */
export function median(xs: ArrayLike<number>): number {
  if (xs.length === 0) throw new RangeError('the median of an empty sample is undefined');
  const sorted = Float64Array.from(xs as ArrayLike<number>).sort();
  const h = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[h] as number) : ((sorted[h - 1] as number) + (sorted[h] as number)) / 2;
}

// ---- maximum likelihood -----------------------------------------------------------------------

const LOG_2PI = Math.log(2 * Math.PI);

/** log L(μ, σ) = Σ log φ((x − μ)/σ)/σ for a normal sample. σ must be positive. */
export function normalLogLikelihood(xs: ArrayLike<number>, mu: number, sigma: number): number {
  if (!(sigma > 0)) throw new RangeError(`sigma must be positive, got ${sigma}`);
  let ss = 0;
  for (let k = 0; k < xs.length; k++) ss += ((xs[k] as number) - mu) ** 2;
  return -0.5 * xs.length * (LOG_2PI + 2 * Math.log(sigma)) - ss / (2 * sigma * sigma);
}

/** The maximum-likelihood estimates of a normal: μ̂ = x̄ and σ̂ = √(Σ(x − x̄)²/n) (n, not n − 1). */
export function normalMle(xs: ArrayLike<number>): { mu: number; sigma: number } {
  const mu = mean(xs);
  let ss = 0;
  for (let k = 0; k < xs.length; k++) ss += ((xs[k] as number) - mu) ** 2;
  return { mu, sigma: Math.sqrt(ss / xs.length) };
}

/**
 * The profile log-likelihood of μ: for each μ, σ is set to its best value σ̂(μ) = √(Σ(x − μ)²/n),
 * which gives −n/2 · (log 2π σ̂(μ)² + 1). Its peak is the same μ̂ = x̄ as with σ held fixed.
 */
export function normalProfileLogLikelihood(xs: ArrayLike<number>, mu: number): number {
  if (xs.length === 0) throw new RangeError('the likelihood of an empty sample is undefined');
  let ss = 0;
  for (let k = 0; k < xs.length; k++) ss += ((xs[k] as number) - mu) ** 2;
  const v = ss / xs.length;
  // A sample of identical values at μ: σ̂ = 0 and the likelihood is unbounded.
  return v > 0 ? -0.5 * xs.length * (LOG_2PI + Math.log(v) + 1) : Infinity;
}

/** log L(p) = k log p + (n − k) log(1 − p) for k heads in n flips (0 · log 0 counts as 0). */
export function bernoulliLogLikelihood(heads: number, n: number, p: number): number {
  checkCounts(heads, n);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1, got ${p}`);
  const a = heads === 0 ? 0 : heads * Math.log(p);
  const b = n - heads === 0 ? 0 : (n - heads) * Math.log(1 - p);
  return a + b;
}

/** The maximum-likelihood estimate of a coin's p: the share of heads, p̂ = k/n. */
export function bernoulliMle(heads: number, n: number): number {
  checkCounts(heads, n);
  return heads / n;
}

/** `points` evenly spaced parameter values from lo to hi with f at each (for drawing a curve). */
export function curve(
  f: (theta: number) => number,
  lo: number,
  hi: number,
  points: number,
): { x: Float64Array; y: Float64Array } {
  if (!(points >= 2) || !Number.isInteger(points)) throw new RangeError('a curve needs at least 2 points');
  if (!(hi > lo)) throw new RangeError(`a curve needs lo < hi, got ${lo} and ${hi}`);
  const x = new Float64Array(points);
  const y = new Float64Array(points);
  for (let k = 0; k < points; k++) {
    const t = lo + ((hi - lo) * k) / (points - 1);
    x[k] = t;
    y[k] = f(t);
  }
  return { x, y };
}

// ---- confidence intervals ---------------------------------------------------------------------

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1))
    throw new RangeError(`the confidence level must be between 0 and 1, got ${level}`);
}

function checkCounts(heads: number, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number of at least 1, got ${n}`);
  if (!Number.isInteger(heads) || heads < 0 || heads > n)
    throw new RangeError(`the number of heads must be a whole number from 0 to n = ${n}, got ${heads}`);
}

/** The two-sided critical value: t_{1 − α/2, df} (or z_{1 − α/2} when df is undefined). */
export function criticalValue(level: number, df?: number): number {
  checkLevel(level);
  const p = 1 - (1 - level) / 2;
  return df === undefined ? normalQuantile(p) : studentTQuantile(p, df);
}

/**
 * A confidence interval for a mean: x̄ ± c · s/√n with c = t_{1 − α/2, n − 1} ('t'), or
 * c = z_{1 − α/2} ('z'). For 'z', `sigma` is the known population σ (else s is plugged in).
 */
export function meanInterval(
  xs: ArrayLike<number>,
  level: number,
  method: MeanMethod = 't',
  sigma?: number,
): Interval {
  checkLevel(level);
  if (xs.length < 2) throw new RangeError('a confidence interval for a mean needs at least 2 values');
  if (sigma !== undefined && !(sigma > 0)) throw new RangeError(`sigma must be positive, got ${sigma}`);
  const m = mean(xs);
  const spread = method === 'z' && sigma !== undefined ? sigma : sampleSd(xs);
  const se = spread / Math.sqrt(xs.length);
  const critical = criticalValue(level, method === 't' ? xs.length - 1 : undefined);
  return { lo: m - critical * se, hi: m + critical * se, center: m, critical, se };
}

/** Wald's interval for a proportion: p̂ ± z · √(p̂(1 − p̂)/n). Collapses to a point at p̂ = 0 or 1. */
export function waldInterval(heads: number, n: number, level: number): Interval {
  checkCounts(heads, n);
  const p = heads / n;
  const se = Math.sqrt((p * (1 - p)) / n);
  const z = criticalValue(level);
  return { lo: Math.max(0, p - z * se), hi: Math.min(1, p + z * se), center: p, critical: z, se };
}

/**
 * Wilson's score interval for a proportion: the p whose z-test would not reject, which stays
 * inside [0, 1] and does not collapse at 0 or n heads. Centre (p̂ + z²/2n)/(1 + z²/n).
 */
export function wilsonInterval(heads: number, n: number, level: number): Interval {
  checkCounts(heads, n);
  const p = heads / n;
  const z = criticalValue(level);
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 or n heads an end is exactly 0 or 1 (centre ∓ half cancel); rounding must not move it.
  const lo = heads === 0 ? 0 : Math.max(0, center - half);
  const hi = heads === n ? 1 : Math.min(1, center + half);
  return { lo, hi, center, critical: z, se: half / z };
}

/** The q-quantile of sorted values with linear interpolation between order statistics (NumPy's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('the quantile of no values is undefined');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be between 0 and 1, got ${q}`);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  return a + (h - lo) * ((sorted[hi] as number) - a);
}

/**
 * The bootstrap percentile interval: the (α/2, 1 − α/2) quantiles of the resampled statistics,
 * as `np.percentile(stats, [2.5, 97.5])` gives them for 95%. `estimate` (the statistic of the
 * original sample) becomes the centre; without it the resamples' median does.
 */
export function percentileInterval(stats: ArrayLike<number>, level: number, estimate?: number): Interval {
  checkLevel(level);
  if (stats.length < 2) throw new RangeError('a bootstrap interval needs at least 2 resampled statistics');
  const sorted = Float64Array.from(stats as ArrayLike<number>).sort();
  const a = (1 - level) / 2;
  return {
    lo: quantileSorted(sorted, a),
    hi: quantileSorted(sorted, 1 - a),
    center: estimate ?? quantileSorted(sorted, 0.5),
    critical: NaN,
    se: NaN,
  };
}

/**
 * The percentile interval read off a histogram of resampled statistics (what the bulk simulator
 * returns instead of every value): the value below which a share q of the counts lies, linear
 * inside the bin where the running count crosses it.
 */
export function histogramQuantile(counts: ArrayLike<number>, lo: number, hi: number, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be between 0 and 1, got ${q}`);
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += counts[k] as number;
  if (!(total > 0)) throw new RangeError('the quantile of an empty histogram is undefined');
  const width = (hi - lo) / counts.length;
  const target = q * total;
  let run = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k] as number;
    if (c > 0 && run + c >= target) return lo + width * (k + (target - run) / c);
    run += c;
  }
  return hi;
}

/**
 * The q-quantile of a tally of exact values (ascending `values`, each seen `counts` times): the
 * smallest value with at least a share q of the counts at or below it, NumPy's
 * `np.percentile(…, method="inverted_cdf")`. Unlike a histogram's or an interpolated quantile, it
 * is always a value the statistic took (a bootstrap bound a resampled median can be).
 */
export function tallyQuantile(values: ArrayLike<number>, counts: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be between 0 and 1, got ${q}`);
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += counts[k] as number;
  if (!(total > 0)) throw new RangeError('the quantile of an empty tally is undefined');
  let run = 0;
  for (let k = 0; k < values.length; k++) {
    run += counts[k] as number;
    // run / total ≥ q, compared in counts so a share like 0.025 · 40 is not lost to rounding.
    if (run > 0 && run >= q * total - 1e-9) return values[k] as number;
  }
  return values[values.length - 1] as number;
}

// ---- coverage -----------------------------------------------------------------------------------

/** Whether an interval contains the true value (an end point counts as inside). */
export function covers(interval: Pick<Interval, 'lo' | 'hi'>, truth: number): boolean {
  return interval.lo <= truth && truth <= interval.hi;
}

export interface Coverage {
  readonly total: number;
  readonly hits: number;
  readonly misses: number;
  /** hits / total (NaN for no intervals). */
  readonly rate: number;
  /** Indices of the intervals that miss the truth, in order. */
  readonly missed: readonly number[];
}

/** Counts how many intervals contain the true value and which ones miss it. */
export function coverage(intervals: readonly Pick<Interval, 'lo' | 'hi'>[], truth: number): Coverage {
  const missed: number[] = [];
  intervals.forEach((iv, k) => {
    if (!covers(iv, truth)) missed.push(k);
  });
  const total = intervals.length;
  return {
    total,
    hits: total - missed.length,
    misses: missed.length,
    rate: total ? (total - missed.length) / total : NaN,
    missed,
  };
}
