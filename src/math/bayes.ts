/**
 * Bayes' theorem for lesson 14, two ways.
 *
 * 1. A diagnostic test: from the prevalence P(D), the sensitivity P(+ | D) and the false-positive
 *    rate P(+ | not D), the exact posteriors P(D | +) and P(D | −), and the same as natural
 *    frequencies: how many of N people fall in each of the four groups (whole people that add up
 *    to N).
 * 2. A coin with a Beta(α, β) prior on its heads probability p: after h heads and t tails the
 *    posterior is Beta(α + h, β + t) (the beta-binomial conjugate update), with its mean, mode and
 *    central credible interval from the beta quantile (the inverse of the regularized incomplete
 *    beta function of `special.ts`).
 *
 * @example
 * testPosterior({ prevalence: 0.01, sensitivity: 0.9, falsePositiveRate: 0.09 }).diseaseGivenPositive; // 0.0917…
 * naturalFrequencies({ prevalence: 0.01, sensitivity: 0.9, falsePositiveRate: 0.09 }, 1000);
 * // { truePositive: 9, falseNegative: 1, falsePositive: 89, trueNegative: 901 }
 * betaSummary(betaUpdate({ alpha: 1, beta: 1 }, 7, 3)); // Beta(8, 4): mean 0.667, mode 0.7, …
 */
import { betaCdf, lgamma } from './special';

// ---- the diagnostic test ------------------------------------------------------------------------

export interface TestSpec {
  /** P(D): the share of the population that has the condition. */
  readonly prevalence: number;
  /** P(+ | D): the share of people with the condition that the test flags. */
  readonly sensitivity: number;
  /** P(+ | not D): the share of people without it that the test flags anyway. */
  readonly falsePositiveRate: number;
}

/** Why `spec` is not three probabilities, or null. */
export function testProblem(spec: TestSpec): string | null {
  const names: [keyof TestSpec, string][] = [
    ['prevalence', 'prevalence'],
    ['sensitivity', 'sensitivity'],
    ['falsePositiveRate', 'false-positive rate'],
  ];
  for (const [key, name] of names) {
    const v = spec[key];
    if (!Number.isFinite(v)) return `the ${name} must be a finite number`;
    if (v < 0 || v > 1) return `the ${name} is a probability: between 0 and 1 (0% … 100%), got ${v}`;
  }
  return null;
}

export interface TestPosterior {
  /** P(D and +) = P(+ | D)·P(D). */
  readonly jointTruePositive: number;
  /** P(not D and +) = P(+ | not D)·P(not D). */
  readonly jointFalsePositive: number;
  /** P(D and −). */
  readonly jointFalseNegative: number;
  /** P(not D and −). */
  readonly jointTrueNegative: number;
  /** P(+): everyone who tests positive. */
  readonly positive: number;
  /** P(D | +), or undefined when nobody tests positive (P(+) = 0). */
  readonly diseaseGivenPositive: number | undefined;
  /** P(D | −), or undefined when nobody tests negative (P(−) = 0). */
  readonly diseaseGivenNegative: number | undefined;
}

/** The exact posteriors. Throws a RangeError with `testProblem`'s message for a bad spec. */
export function testPosterior(spec: TestSpec): TestPosterior {
  const problem = testProblem(spec);
  if (problem) throw new RangeError(problem);
  const { prevalence: p, sensitivity: se, falsePositiveRate: fpr } = spec;
  const tp = se * p;
  const fn = (1 - se) * p;
  const fp = fpr * (1 - p);
  const tn = (1 - fpr) * (1 - p);
  const positive = tp + fp;
  const negative = fn + tn;
  return {
    jointTruePositive: tp,
    jointFalsePositive: fp,
    jointFalseNegative: fn,
    jointTrueNegative: tn,
    positive,
    diseaseGivenPositive: positive > 0 ? tp / positive : undefined,
    diseaseGivenNegative: negative > 0 ? fn / negative : undefined,
  };
}

export interface Frequencies {
  /** Has the condition, tests positive. */
  readonly truePositive: number;
  /** Has the condition, tests negative (missed). */
  readonly falseNegative: number;
  /** Does not have it, tests positive (a false alarm). */
  readonly falsePositive: number;
  /** Does not have it, tests negative. */
  readonly trueNegative: number;
}

/**
 * Natural frequencies: the four groups among `population` people as whole numbers that add up to
 * it. Rounded the way a person counts: first who has the condition (round(N·P(D))), then, inside
 * each group, who tests positive. Throws a RangeError for a bad spec or population.
 */
export function naturalFrequencies(spec: TestSpec, population: number): Frequencies {
  const problem = testProblem(spec);
  if (problem) throw new RangeError(problem);
  if (!Number.isInteger(population) || population < 0)
    throw new RangeError(`the population must be a whole number ≥ 0, got ${population}`);
  const sick = Math.round(population * spec.prevalence);
  const healthy = population - sick;
  const truePositive = Math.round(sick * spec.sensitivity);
  const falsePositive = Math.round(healthy * spec.falsePositiveRate);
  return {
    truePositive,
    falseNegative: sick - truePositive,
    falsePositive,
    trueNegative: healthy - falsePositive,
  };
}

/** P(D | +) read off the counts: the share of the positive people who have the condition. */
export function frequencyPosterior(f: Frequencies): number | undefined {
  const positives = f.truePositive + f.falsePositive;
  return positives > 0 ? f.truePositive / positives : undefined;
}

// ---- the coin: beta-binomial --------------------------------------------------------------------

export interface BetaParams {
  readonly alpha: number;
  readonly beta: number;
}

/** Why (α, β) is not a beta distribution, or null. */
export function betaProblem(b: BetaParams): string | null {
  if (!Number.isFinite(b.alpha) || !Number.isFinite(b.beta)) return 'α and β must be finite numbers';
  if (b.alpha <= 0 || b.beta <= 0) return `α and β must be greater than 0, got α = ${b.alpha}, β = ${b.beta}`;
  return null;
}

/**
 * The posterior after `heads` heads and `tails` tails: Beta(α + h, β + t). The binomial
 * likelihood p^h (1 − p)^t times the prior p^(α−1) (1 − p)^(β−1) has the same form.
 */
export function betaUpdate(prior: BetaParams, heads: number, tails: number): BetaParams {
  const problem = betaProblem(prior);
  if (problem) throw new RangeError(problem);
  if (!Number.isInteger(heads) || !Number.isInteger(tails) || heads < 0 || tails < 0)
    throw new RangeError(`heads and tails must be whole numbers ≥ 0, got ${heads} and ${tails}`);
  return { alpha: prior.alpha + heads, beta: prior.beta + tails };
}

/** ln B(α, β) = ln Γ(α) + ln Γ(β) − ln Γ(α + β). */
export function logBetaFunction(alpha: number, beta: number): number {
  return lgamma(alpha) + lgamma(beta) - lgamma(alpha + beta);
}

/**
 * The beta density at x. At the ends it is 0, finite, or +Infinity (α < 1 at 0, β < 1 at 1): the
 * caller that draws it clips.
 */
export function betaPdf(x: number, b: BetaParams): number {
  const { alpha, beta } = b;
  if (!(x >= 0 && x <= 1)) return 0;
  if (x === 0) return alpha < 1 ? Infinity : alpha === 1 ? beta : 0;
  if (x === 1) return beta < 1 ? Infinity : beta === 1 ? alpha : 0;
  return Math.exp((alpha - 1) * Math.log(x) + (beta - 1) * Math.log1p(-x) - logBetaFunction(alpha, beta));
}

/**
 * The beta quantile: the x with betaCdf(x) = q, by bisection on the monotone cdf (robust for
 * every α, β > 0, including the U-shaped ones where Newton's method overshoots), to 1e-12.
 */
export function betaQuantile(q: number, b: BetaParams): number {
  const problem = betaProblem(b);
  if (problem) throw new RangeError(problem);
  if (!(q >= 0 && q <= 1)) throw new RangeError(`a quantile level lies between 0 and 1, got ${q}`);
  if (q === 0) return 0;
  if (q === 1) return 1;
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 200 && hi - lo > 1e-12; k++) {
    const mid = (lo + hi) / 2;
    if (betaCdf(mid, b.alpha, b.beta) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface BetaSummary extends BetaParams {
  /** α / (α + β). */
  readonly mean: number;
  /** (α − 1) / (α + β − 2) when α, β > 1; otherwise the density peaks at an end (0 or 1), or is flat (undefined). */
  readonly mode: number | undefined;
  readonly variance: number;
  /** The central credible interval: the `level/2` tails cut off on either side. */
  readonly interval: readonly [number, number];
  readonly level: number;
}

/** Mean, mode, variance and the central credible interval (95% unless `level` says otherwise). */
export function betaSummary(b: BetaParams, level = 0.95): BetaSummary {
  const problem = betaProblem(b);
  if (problem) throw new RangeError(problem);
  if (!(level > 0 && level < 1))
    throw new RangeError(`the credible level lies strictly between 0 and 1, got ${level}`);
  const { alpha, beta } = b;
  const s = alpha + beta;
  const tail = (1 - level) / 2;
  return {
    alpha,
    beta,
    mean: alpha / s,
    mode: betaMode(b),
    variance: (alpha * beta) / (s * s * (s + 1)),
    interval: [betaQuantile(tail, b), betaQuantile(1 - tail, b)],
    level,
  };
}

/** Where the beta density is highest; undefined for the flat Beta(1, 1) and the U-shaped ones (two peaks). */
export function betaMode({ alpha, beta }: BetaParams): number | undefined {
  if (alpha > 1 && beta > 1) return (alpha - 1) / (alpha + beta - 2);
  if (alpha === 1 && beta === 1) return undefined;
  if (alpha <= 1 && beta > 1) return 0;
  if (alpha > 1 && beta <= 1) return 1;
  if (alpha === 1 && beta < 1) return 1;
  if (alpha < 1 && beta === 1) return 0;
  return undefined;
}
