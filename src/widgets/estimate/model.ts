/**
 * The numbers behind `<lumen-estimate>`, as pure functions of the state (no DOM): the seeded
 * samples, the batches of confidence intervals and their tally, the likelihood curve and its
 * range, the bootstrap job, key steps and the predict-first score.
 *
 * Seeding: sample k of batch r is drawn, in order, from `createRandom(seed · 1000 + r)`, so the
 * same state always shows the same intervals, and the likelihood and bootstrap modes use the first
 * sample of the first batch (the very sample the first interval is built from).
 */
import { createRandom, type Random } from '../../math/random';
import { distribution } from '../../math/distributions';
import type { DistSpec } from '../../math/distributions/types';
import {
  histogramQuantile,
  tallyQuantile,
  bernoulliLogLikelihood,
  bernoulliMle,
  mean,
  meanInterval,
  median,
  normalLogLikelihood,
  normalMle,
  normalProfileLogLikelihood,
  sampleSd,
  waldInterval,
  wilsonInterval,
  type Interval,
} from '../../math/estimation';
import type { EstimateState, Method, SourceKind } from './props';
import type { SimProgress } from '../../math/sim/job';

/** Intervals in one batch ("100 confidence intervals"). */
export const BATCH = 100;
/** Points on the likelihood curve. */
export const CURVE_POINTS = 241;
/** Bins of the bootstrap histogram for a normal sample. */
export const BOOT_BINS = 120;

type SourceState = Pick<EstimateState, 'source' | 'mean' | 'sd' | 'p'>;

export function sourceSpec(s: SourceState): DistSpec {
  // A coin flip is a binomial with one trial: 1 is heads, 0 tails.
  return s.source === 'coin'
    ? { kind: 'binomial', n: 1, p: s.p }
    : { kind: 'normal', mean: s.mean, sd: s.sd };
}

/** The true value of the parameter being estimated: μ, or the coin's p. */
export function truth(s: SourceState): number {
  return s.source === 'coin' ? s.p : s.mean;
}

export function batchSeed(seed: number, round: number): number {
  return seed * 1000 + round;
}

function drawInto(out: Float64Array, sampler: (rng: Random) => number, rng: Random): Float64Array {
  for (let k = 0; k < out.length; k++) out[k] = sampler(rng);
  return out;
}

/** The one sample of the likelihood and bootstrap modes (the first sample of batch 0). */
export function firstSample(s: SourceState & Pick<EstimateState, 'n' | 'seed'>): Float64Array {
  const d = distribution(sourceSpec(s));
  return drawInto(new Float64Array(s.n), (r) => d.sample(r), createRandom(batchSeed(s.seed, 0)));
}

// ---- intervals ------------------------------------------------------------------------------------

/** The interval methods that fit a source; the first is the fallback. */
export function methodsFor(source: SourceKind): readonly Method[] {
  return source === 'coin' ? ['wilson', 'wald'] : ['t', 'z'];
}

/** The method actually used, and a message when the state's method does not fit the source. */
export function effectiveMethod(
  source: SourceKind,
  method: Method,
): { method: Method; problem: string | undefined } {
  const fits = methodsFor(source);
  if (fits.includes(method)) return { method, problem: undefined };
  const used = fits[0] as Method;
  return {
    method: used,
    problem: `method=${method} does not fit a ${source} source (use ${fits.join(' or ')}); showing ${used} intervals.`,
  };
}

export interface IntervalRow extends Interval {
  /** The sample's summary: x̄ and s for the normal, the share of heads (and heads) for the coin. */
  readonly estimate: number;
  readonly spread: number;
  readonly heads: number;
  readonly miss: boolean;
}

type IntervalState = SourceState & Pick<EstimateState, 'n' | 'seed' | 'level'> & { method: Method };

/** One batch of 100 intervals (round 0 is the first). */
export function intervalBatch(s: IntervalState, round: number): IntervalRow[] {
  const d = distribution(sourceSpec(s));
  const rng = createRandom(batchSeed(s.seed, round));
  const level = s.level / 100;
  const t = truth(s);
  const xs = new Float64Array(s.n);
  const rows: IntervalRow[] = [];
  for (let k = 0; k < BATCH; k++) {
    drawInto(xs, (r) => d.sample(r), rng);
    let iv: Interval;
    let spread = 0;
    let heads = 0;
    if (s.source === 'coin') {
      for (const x of xs) heads += x;
      iv = s.method === 'wald' ? waldInterval(heads, s.n, level) : wilsonInterval(heads, s.n, level);
    } else {
      spread = sampleSd(xs);
      iv = meanInterval(xs, level, s.method === 'z' ? 'z' : 't', s.method === 'z' ? s.sd : undefined);
    }
    const estimate = s.source === 'coin' ? heads / s.n : mean(xs);
    rows.push({ ...iv, estimate, spread, heads, miss: !(iv.lo <= t && t <= iv.hi) });
  }
  return rows;
}

export interface Tally {
  readonly intervals: number;
  readonly misses: number;
}

/**
 * Counts the misses of every batch drawn so far, a slice at a time: 100 batches of samples of
 * 1,000 are ten million draws, so the element runs `advance` in short slices between frames
 * instead of freezing the page. It draws exactly what `intervalBatch` draws, batch by batch.
 */
export class MissCounter {
  /** Misses of each batch counted so far. */
  readonly perRound: number[] = [];
  private round = 0;
  private k = 0;
  private misses = 0;
  private rng: Random | undefined;
  private readonly sampler: (r: Random) => number;
  private readonly xs: Float64Array;
  private readonly t: number;

  constructor(private readonly s: IntervalState) {
    const d = distribution(sourceSpec(s));
    this.sampler = (r) => d.sample(r);
    this.xs = new Float64Array(s.n);
    this.t = truth(s);
  }

  /** Counts up to `samples` more samples (at most up to batch `rounds`); true once all are counted. */
  advance(rounds: number, samples: number): boolean {
    const s = this.s;
    const level = s.level / 100;
    for (let done = 0; done < samples && this.round < rounds; done++) {
      this.rng ??= createRandom(batchSeed(s.seed, this.round));
      drawInto(this.xs, this.sampler, this.rng);
      let iv: Pick<Interval, 'lo' | 'hi'>;
      if (s.source === 'coin') {
        let heads = 0;
        for (const x of this.xs) heads += x;
        iv = s.method === 'wald' ? waldInterval(heads, s.n, level) : wilsonInterval(heads, s.n, level);
      } else
        iv = meanInterval(this.xs, level, s.method === 'z' ? 'z' : 't', s.method === 'z' ? s.sd : undefined);
      if (!(iv.lo <= this.t && this.t <= iv.hi)) this.misses++;
      if (++this.k === BATCH) {
        this.perRound.push(this.misses);
        this.round++;
        this.k = 0;
        this.misses = 0;
        this.rng = undefined;
      }
    }
    return this.round >= rounds;
  }

  /** The tally over the first `rounds` batches, as far as they are counted. */
  tally(rounds: number): Tally & { readonly counted: number } {
    const counted = Math.min(rounds, this.perRound.length);
    let misses = 0;
    for (let r = 0; r < counted; r++) misses += this.perRound[r] as number;
    return { intervals: counted * BATCH, misses, counted };
  }
}

/** A slice-by-slice count in progress (a run for src/ui/run.ts's RunSlot). */
export interface CountRun {
  readonly counter: MissCounter;
  readonly rounds: number;
  /** False once every batch is counted or the run was cancelled. */
  readonly active: boolean;
  cancel(): void;
}

/**
 * Counts `counter` up to batch `rounds` in slices of about 5 ms between frames (the page stays
 * responsive), calling `onSlice` after each; `cancel` stops it before the next slice.
 */
export function countInSlices(
  counter: MissCounter,
  rounds: number,
  n: number,
  onSlice: () => void,
): CountRun {
  const per = Math.max(1, Math.floor(10_000 / n));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = true;
  const slice = (): void => {
    const start = performance.now();
    let done = false;
    while (!done && performance.now() - start < 5) done = counter.advance(rounds, per);
    active = !done;
    timer = done ? undefined : setTimeout(slice, 0);
    onSlice();
  };
  timer = setTimeout(slice, 0);
  return {
    counter,
    rounds,
    get active() {
      return active;
    },
    cancel() {
      clearTimeout(timer);
      active = false;
    },
  };
}

/**
 * The bootstrap's percentile interval at `level`%, once 50 resamples are in; else undefined. From
 * the tally of exact values where the run keeps one (the median: each bound is a median some
 * resample had), else read off the histogram.
 */
export function percentileInterval(
  p: Pick<SimProgress, 'done' | 'histogram' | 'tally'>,
  bins: BootBins,
  level: number,
): [number, number] | undefined {
  if (p.done < 50) return undefined;
  const a = (1 - level / 100) / 2;
  const t = p.tally;
  if (t) return [tallyQuantile(t.values, t.counts, a), tallyQuantile(t.values, t.counts, 1 - a)];
  return [
    histogramQuantile(p.histogram, bins.lo, bins.hi, a),
    histogramQuantile(p.histogram, bins.lo, bins.hi, 1 - a),
  ];
}

/** The likelihood plot's value range: the parameter's range and (for a normal) the data, padded. */
export function likelihoodDomain(m: LikelihoodModel, xs: Float64Array, coin: boolean): [number, number] {
  if (coin) return [0, 1];
  let [lo, hi] = m.range;
  for (const v of xs) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}

/** The bootstrap plot's value range: the histogram's bins and the data. */
export function bootDomain(bins: BootBins, xs: Float64Array): [number, number] {
  let lo = bins.lo;
  let hi = bins.hi;
  for (const v of xs) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi];
}

/** The value range the intervals are drawn over: every interval and the truth, padded. */
export function intervalDomain(
  rows: readonly IntervalRow[],
  t: number,
  source: SourceKind,
): [number, number] {
  let lo = t;
  let hi = t;
  for (const r of rows) {
    if (Number.isFinite(r.lo)) lo = Math.min(lo, r.lo);
    if (Number.isFinite(r.hi)) hi = Math.max(hi, r.hi);
  }
  const pad = (hi - lo) * 0.05 || (source === 'coin' ? 0.05 : 1);
  // A share of heads lives in [0, 1]: no axis beyond it.
  return source === 'coin' ? [Math.max(0, lo - pad), Math.min(1, hi + pad)] : [lo - pad, hi + pad];
}

// ---- likelihood -------------------------------------------------------------------------------------

export interface LikelihoodModel {
  /** The parameter range the curve is drawn over. */
  readonly range: readonly [number, number];
  /** log L at a parameter value. */
  logL(theta: number): number;
  /** The maximum-likelihood estimate and log L there. */
  readonly mle: number;
  readonly maxLogL: number;
  /** What the data are summarised by in words and formula. */
  readonly n: number;
  readonly heads: number;
  readonly xbar: number;
  /** The σ the curve uses: the true sd (fixed), or σ̂ at the MLE (profile). */
  readonly sigma: number;
}

type LikelihoodState = SourceState & Pick<EstimateState, 'profile' | 'n'>;

/**
 * The likelihood of a sample: normal μ with σ fixed at the true sd (or profiled out), or a coin's
 * p. The drawn range is the MLE ± 4 standard errors (the whole [0, 1] for a coin), widened to
 * include `theta` when a page sets it further out.
 */
export function likelihoodModel(s: LikelihoodState, xs: Float64Array, theta: number): LikelihoodModel {
  if (s.source === 'coin') {
    let heads = 0;
    for (const x of xs) heads += x;
    const n = xs.length;
    const mle = bernoulliMle(heads, n);
    return {
      range: [0, 1],
      logL: (p) => bernoulliLogLikelihood(heads, n, Math.min(1, Math.max(0, p))),
      mle,
      maxLogL: bernoulliLogLikelihood(heads, n, mle),
      n,
      heads,
      xbar: mle,
      sigma: NaN,
    };
  }
  const fit = normalMle(xs);
  // A sample of identical values (σ̂ = 0) has no profile peak of finite height: keep σ fixed.
  const profile = s.profile && fit.sigma > 0;
  const sigma = profile ? fit.sigma : s.sd;
  const se = sigma / Math.sqrt(xs.length);
  let lo = fit.mu - 4 * se;
  let hi = fit.mu + 4 * se;
  if (Number.isFinite(theta) && (theta < lo || theta > hi)) {
    lo = Math.min(lo, theta - 0.5 * se);
    hi = Math.max(hi, theta + 0.5 * se);
  }
  const logL = profile
    ? (mu: number) => normalProfileLogLikelihood(xs, mu)
    : (mu: number) => normalLogLikelihood(xs, mu, s.sd);
  return {
    range: [lo, hi],
    logL,
    mle: fit.mu,
    maxLogL: logL(fit.mu),
    n: xs.length,
    heads: 0,
    xbar: fit.mu,
    sigma,
  };
}

/**
 * Where the tried parameter starts when the state says auto: visibly off the peak, so the first
 * thing a learner sees is a likelihood below its maximum (a coin: 0.25 from p̂; a normal: 1.5
 * standard errors below x̄), on a round value.
 */
export function autoTheta(m: LikelihoodModel, coin: boolean): number {
  if (coin) return Math.round((m.mle >= 0.5 ? m.mle - 0.25 : m.mle + 0.25) * 100) / 100;
  const se = m.sigma / Math.sqrt(m.n);
  const step = niceStep((m.range[1] - m.range[0]) / 100);
  return Number((Math.round((m.mle - 1.5 * se) / step) * step).toPrecision(12));
}

/** The curve to draw: log L, or L / L(MLE) (so the peak is 1) when `log` is false. */
export function likelihoodCurve(
  m: LikelihoodModel,
  log: boolean,
  points = CURVE_POINTS,
): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(points);
  const y = new Float64Array(points);
  const [lo, hi] = m.range;
  for (let k = 0; k < points; k++) {
    const t = lo + ((hi - lo) * k) / (points - 1);
    const l = m.logL(t);
    x[k] = t;
    y[k] = log ? l : Math.exp(l - m.maxLogL);
  }
  return { x, y };
}

/** A parameter kept inside the range (a coin's p inside [0, 1]). */
export function clampTheta(m: Pick<LikelihoodModel, 'range'>, theta: number): number {
  const [lo, hi] = m.range;
  return Math.min(hi, Math.max(lo, theta));
}

/**
 * How far one arrow key moves the parameter: a hundredth of the range (a coin: 0.01), Shift ten
 * times that, Alt a tenth. Values snap to the step so repeated presses land on round numbers.
 */
export function thetaKey(
  m: Pick<LikelihoodModel, 'range'>,
  theta: number,
  e: { key: string; shiftKey: boolean; altKey: boolean },
): number | undefined {
  const [lo, hi] = m.range;
  const base = niceStep((hi - lo) / 100);
  const step = e.shiftKey ? base * 10 : e.altKey ? base / 10 : base;
  let next: number;
  if (e.key === 'ArrowRight' || e.key === 'ArrowUp') next = theta + step;
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') next = theta - step;
  else if (e.key === 'Home') return lo;
  else if (e.key === 'End') return hi;
  else return undefined;
  const snapped = Math.round(next / step) * step;
  return clampTheta(m, Number(snapped.toPrecision(12)));
}

/** θ under the pointer at `x`: inside the range, on a thousandth of it (undefined if not a number). */
export function snapTheta(m: Pick<LikelihoodModel, 'range'>, x: number): number | undefined {
  const v = clampTheta(m, x);
  if (!Number.isFinite(v)) return undefined;
  const step = (m.range[1] - m.range[0]) / 1000;
  return Number((Math.round(v / step) * step).toPrecision(10));
}

/** Row keys in intervals mode: how far each moves the selection. */
const ROW_JUMPS: Record<string, number> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
  PageDown: 10,
  PageUp: -10,
};

/** The row a key selects in a batch: arrows one, Page ten, Home and End the ends; else undefined. */
export function rowKey(selected: number, key: string): number | undefined {
  const jump = ROW_JUMPS[key];
  if (jump !== undefined) return Math.max(0, Math.min(BATCH - 1, selected + jump));
  return key === 'Home' ? 0 : key === 'End' ? BATCH - 1 : undefined;
}

/** 1, 2 or 5 times a power of ten, at most x. */
export function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  let p = 10 ** Math.floor(Math.log10(x));
  // log10 rounds up just below a power of ten (log10(999999.9999999994) is 6).
  if (p > x) p /= 10;
  const f = x / p;
  return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
}

// ---- bootstrap --------------------------------------------------------------------------------------

export interface BootBins {
  readonly lo: number;
  readonly hi: number;
  readonly n: number;
}

/**
 * Histogram bins for the resampled statistic. A coin's share of heads only takes the values k/n,
 * so there is one bin centred on each; a normal sample's mean lies within x̄ ± 5 s/√n all but
 * never, and a median always lies between the smallest and largest value.
 */
export function bootBins(xs: Float64Array, statistic: 'mean' | 'median', source: SourceKind): BootBins {
  const n = xs.length;
  if (source === 'coin') return { lo: -0.5 / n, hi: 1 + 0.5 / n, n: n + 1 };
  let lo: number;
  let hi: number;
  if (statistic === 'median') {
    lo = Math.min(...xs);
    hi = Math.max(...xs);
  } else {
    const m = mean(xs);
    const se = sampleSd(xs) / Math.sqrt(n);
    lo = m - 5 * se;
    hi = m + 5 * se;
  }
  if (!(hi > lo)) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.02;
  return { lo: lo - pad, hi: hi + pad, n: BOOT_BINS };
}

export function statisticOf(xs: Float64Array, statistic: 'mean' | 'median'): number {
  return statistic === 'median' ? median(xs) : mean(xs);
}

/** The resampling seed: different from the sample's own, so resamples are not the sample's draws again. */
export function bootSeed(seed: number): number {
  return batchSeed(seed, 999);
}

// ---- predict-first -----------------------------------------------------------------------------------

export interface MissPrediction {
  readonly guess: number;
  /** Misses in the batch that was drawn. */
  readonly actual: number;
  /** The long-run expectation, 100 · (1 − level). */
  readonly expected: number;
}

export function scoreMissGuess(guess: number, actual: number, level: number): MissPrediction {
  return { guess, actual, expected: Math.round(BATCH * (1 - level / 100) * 1000) / 1000 };
}
