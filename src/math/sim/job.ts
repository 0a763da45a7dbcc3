/**
 * The "Bulk simulation" contract's types, its limits and the checks that turn a bad job into a
 * clear message before any work starts (a 10^9-sample request is refused, not a frozen tab).
 */
import { distributionProblem, type DistSpec } from '../distributions';

export interface Bins {
  readonly lo: number;
  readonly hi: number;
  readonly n: number;
}

export type SimJob =
  | { kind: 'draws'; dist: DistSpec; count: number; seed: number; bins: Bins }
  | { kind: 'means'; dist: DistSpec; sampleSize: number; count: number; seed: number; bins: Bins }
  | {
      kind: 'bootstrap';
      data: readonly number[];
      statistic: 'mean' | 'median';
      resamples: number;
      seed: number;
      bins: Bins;
    };

export interface SimProgress {
  /** Items finished: draws, sample means or bootstrap resamples. */
  done: number;
  total: number;
  /** Counts per bin of [lo, hi) (hi itself counts in the last bin); values outside are not binned. */
  histogram: Float64Array;
  /** Sum and sum of squares of the items so far (for their mean and sd). */
  sum: number;
  sumSq: number;
  /** 'draws' only: the running mean after `tracePoints(total)[i]` draws, for the points reached. */
  trace?: Float64Array;
  /**
   * A bootstrap of the median only: every value the resampled medians took, ascending, and how
   * often (at most n(n + 1)/2 values), so its percentile bounds are values a median can take.
   */
  tally?: { values: Float64Array; counts: Float64Array };
  /** Milliseconds spent making the values so far (generator, source, means; not the histogram or messaging). */
  computeMs?: number;
}

export interface SimRun {
  readonly progress: (cb: (p: SimProgress) => void) => void;
  readonly result: Promise<SimProgress>;
  cancel(): void;
  /** Where the numbers are made, e.g. "typed arrays (worker)". */
  readonly path: string;
}

/** The most items (draws, means, resamples) one job may ask for. */
export const MAX_COUNT = 1e8;
/** The most uniform numbers one job may use: every counter then fits one 32-bit word. */
export const MAX_DRAWS = 4e9;
export const MAX_SAMPLE_SIZE = 10_000;
export const MAX_BINS = 10_000;
export const MAX_DATA = 100_000;

/** Uniforms one item uses: 1 for a draw, n for a sample mean, the data size for a resample. */
export function drawsPerItem(job: SimJob): number {
  return job.kind === 'draws' ? 1 : job.kind === 'means' ? job.sampleSize : job.data.length;
}

export function itemCount(job: SimJob): number {
  return job.kind === 'bootstrap' ? job.resamples : job.count;
}

const whole = (v: unknown, lo: number, hi: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

/** A clear message for a job that cannot run, or null. */
export function jobProblem(job: SimJob): string | null {
  const b = job.bins;
  if (!b || !Number.isFinite(b.lo) || !Number.isFinite(b.hi) || !(b.lo < b.hi))
    return 'histogram bins need finite lo < hi';
  if (!whole(b.n, 1, MAX_BINS)) return `histogram bins must be a whole number from 1 to ${MAX_BINS}`;
  if (!whole(job.seed, -(2 ** 31), 2 ** 32 - 1)) return 'seed must be a whole number (0 … 4294967295)';
  const count = itemCount(job);
  const what = job.kind === 'draws' ? 'draws' : job.kind === 'means' ? 'sample means' : 'resamples';
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
    return `the number of ${what} must be a whole number of at least 1`;
  if (count > MAX_COUNT)
    return `${count.toExponential(1)} ${what} is more than the limit of 10^8 per run: ask for fewer`;
  if (job.kind === 'bootstrap') {
    if (!Array.isArray(job.data) || job.data.length < 1) return 'the bootstrap needs at least one data value';
    if (job.data.length > MAX_DATA) return `the bootstrap takes at most ${MAX_DATA} data values`;
    if (!job.data.every((x) => Number.isFinite(x))) return 'every data value must be a finite number';
    if (job.statistic !== 'mean' && job.statistic !== 'median') return 'the statistic must be mean or median';
  } else {
    const problem = distributionProblem(job.dist);
    if (problem) return problem;
    if (job.kind === 'means' && !whole(job.sampleSize, 1, MAX_SAMPLE_SIZE))
      return `the sample size n must be a whole number from 1 to ${MAX_SAMPLE_SIZE}`;
  }
  if (count * drawsPerItem(job) > MAX_DRAWS)
    return `${(count * drawsPerItem(job)).toExponential(1)} random numbers is more than the limit of 4·10^9 per run: ask for fewer`;
  return null;
}

/** The draw counts at which a 'draws' job records its running mean: about 20 per decade. */
export function tracePoints(total: number): number[] {
  const out: number[] = [];
  for (let k = 0; ; k++) {
    const p = Math.round(10 ** (k / 20));
    if (p > total) break;
    if (out[out.length - 1] !== p) out.push(p);
  }
  if (out[out.length - 1] !== total) out.push(total);
  return out;
}
