/**
 * The sampler's math, without DOM: which distribution the settings describe, the histogram bins
 * for it, and the picture of the first `count` draws of a seed (histogram, sums, running mean).
 * Up to MAIN_DRAWS draws are made here, exactly and draw by draw from `createRandom(seed)`; beyond
 * them the bulk simulation (src/sim) adds the rest from its own stream (`continuePicture`), so the
 * learner's first draws and their dots stay as they were, and a picture is a function of
 * (settings, seed, count) either way.
 */
import { distribution, type DistSpec, type Distribution } from '../../math/distributions';
import { createRandom } from '../../math/random';
import { defaults } from '../../ui/props';
import { SAMPLER_PROPS, type SamplerState, type Source } from './props';

/** At most this many draws are made on the main thread (a few milliseconds). */
export const MAIN_DRAWS = 10_000;
/** Bins of a continuous histogram. */
export const CONTINUOUS_BINS = 48;

export interface SourceInfo {
  readonly source: Source;
  readonly spec: DistSpec;
  readonly dist: Distribution;
  /** Added to every draw of `dist`: a die's outcomes 0 … 5 are shown as faces 1 … 6. */
  readonly offset: number;
  /** Why the settings could not be used as they are (then `spec` is the default of this source). */
  readonly problem: string | null;
}

const DEFAULTS = defaults(SAMPLER_PROPS);

function specOf(s: Readonly<SamplerState>): { spec: DistSpec; offset: number } {
  switch (s.dist) {
    case 'coin':
      return { spec: { kind: 'categorical', weights: [1 - s.p, s.p] }, offset: 0 };
    case 'die':
      return { spec: { kind: 'categorical', weights: [1, 1, 1, 1, 1, 1] }, offset: 1 };
    case 'weighted':
      return { spec: { kind: 'categorical', weights: s.weights }, offset: 1 };
    case 'uniform':
      return { spec: { kind: 'uniform', a: s.a, b: s.b }, offset: 0 };
    case 'normal':
      return { spec: { kind: 'normal', mean: s.mean, sd: s.sd }, offset: 0 };
    case 'binomial':
      return { spec: { kind: 'binomial', n: s.n, p: s.p }, offset: 0 };
    case 'poisson':
      return { spec: { kind: 'poisson', lambda: s.lambda }, offset: 0 };
    case 'exponential':
      return { spec: { kind: 'exponential', rate: s.rate }, offset: 0 };
    case 'beta':
      return { spec: { kind: 'beta', alpha: s.alpha, beta: s.beta }, offset: 0 };
  }
}

/**
 * The distribution the settings describe. Each parameter is valid on its own (the property
 * table saw to that); what can still be wrong is a combination, such as a uniform with a ≥ b, or
 * a coin with p = 0 (every weight of tails zero is fine, both zero is not possible). Then the
 * source's defaults are used and `problem` says why.
 */
export function sourceOf(s: Readonly<SamplerState>): SourceInfo {
  const { spec, offset } = specOf(s);
  try {
    return { source: s.dist, spec, dist: distribution(spec), offset, problem: null };
  } catch (e) {
    const fallback = specOf({ ...DEFAULTS, dist: s.dist });
    const problem = `${(e as Error).message}; showing the default ${s.dist} instead.`;
    return {
      source: s.dist,
      spec: fallback.spec,
      dist: distribution(fallback.spec),
      offset: fallback.offset,
      problem,
    };
  }
}

export interface Bins {
  readonly lo: number;
  readonly hi: number;
  readonly n: number;
}

/** Histogram bins in the units shown (after the offset): one per whole number for discrete sources. */
export function binsOf(src: SourceInfo): Bins {
  const [lo, hi] = src.dist.support;
  if (src.dist.discrete) return { lo: lo + src.offset - 0.5, hi: hi + src.offset + 0.5, n: hi - lo + 1 };
  return { lo, hi, n: CONTINUOUS_BINS };
}

/** What the widget draws for `count` draws. */
export interface Picture {
  readonly count: number;
  /** Counts per bin; draws outside [lo, hi] are counted in `outside`. */
  readonly histogram: Float64Array;
  readonly outside: number;
  readonly sum: number;
  readonly sumSq: number;
  /** Running mean after traceN[i] draws. */
  readonly traceN: readonly number[];
  readonly traceMean: readonly number[];
  /** The single draws (main-thread pictures only), for the scatter behind the running mean. */
  readonly draws: Float64Array | null;
  /** Where the numbers were made. */
  readonly path: string;
}

export function emptyPicture(bins: Bins): Picture {
  return {
    count: 0,
    histogram: new Float64Array(bins.n),
    outside: 0,
    sum: 0,
    sumSq: 0,
    traceN: [],
    traceMean: [],
    draws: null,
    path: 'none yet',
  };
}

/** The bin of x, or −1 outside [lo, hi] (hi itself counts in the last bin, as in src/sim). */
export function binIndex(bins: Bins, x: number): number {
  if (!(x >= bins.lo && x <= bins.hi)) return -1;
  const k = Math.floor(((x - bins.lo) / (bins.hi - bins.lo)) * bins.n);
  return k < bins.n ? k : bins.n - 1;
}

/** The first `count` draws of `seed`, made here (count ≤ MAIN_DRAWS). */
export function drawPicture(src: SourceInfo, bins: Bins, seed: number, count: number): Picture {
  if (!(Number.isInteger(count) && count >= 0 && count <= MAIN_DRAWS))
    throw new RangeError(`drawPicture makes 0 … ${MAIN_DRAWS} draws, got ${count}`);
  const rng = createRandom(seed);
  const histogram = new Float64Array(bins.n);
  const draws = new Float64Array(count);
  const traceN: number[] = [];
  const traceMean: number[] = [];
  let sum = 0;
  let sumSq = 0;
  let outside = 0;
  for (let i = 0; i < count; i++) {
    const x = src.dist.sample(rng) + src.offset;
    draws[i] = x;
    sum += x;
    sumSq += x * x;
    const k = binIndex(bins, x);
    if (k < 0) outside++;
    else histogram[k]! += 1;
    traceN.push(i + 1);
    traceMean.push(sum / (i + 1));
  }
  return {
    count,
    histogram,
    outside,
    sum,
    sumSq,
    traceN,
    traceMean,
    draws,
    path: 'exact samplers (main thread)',
  };
}

/** The picture from a bulk simulation's progress, in the units shown (the simulation ran without the offset). */
export function simPicture(
  src: SourceInfo,
  p: { done: number; histogram: Float64Array; sum: number; sumSq: number; trace?: Float64Array },
  points: readonly number[],
  path: string,
): Picture {
  const c = src.offset;
  const n = p.done;
  let binned = 0;
  for (const h of p.histogram) binned += h;
  const trace = p.trace ?? new Float64Array(0);
  return {
    count: n,
    histogram: p.histogram,
    outside: n - binned,
    // Σ(x + c) = Σx + nc and Σ(x + c)² = Σx² + 2cΣx + nc².
    sum: p.sum + n * c,
    sumSq: p.sumSq + 2 * c * p.sum + n * c * c,
    traceN: points.slice(0, trace.length),
    traceMean: Array.from(trace, (m) => m + c),
    draws: null,
    path,
  };
}

/**
 * The first MAIN_DRAWS draws (made here, with their dots) followed by `rest`, the bulk
 * simulation's draws after them: one picture whose running mean starts as the learner's own
 * (review D4: a million draws must not rewrite the first flips or lose their dots).
 */
export function continuePicture(first: Picture, rest: Picture): Picture {
  const n0 = first.count;
  const histogram = Float64Array.from(first.histogram, (h, k) => h + (rest.histogram[k] ?? 0));
  return {
    count: n0 + rest.count,
    histogram,
    outside: first.outside + rest.outside,
    sum: first.sum + rest.sum,
    sumSq: first.sumSq + rest.sumSq,
    traceN: [...first.traceN, ...rest.traceN.map((k) => n0 + k)],
    // After k more draws whose mean is m: (first's sum + k·m) / (n0 + k).
    traceMean: [
      ...first.traceMean,
      ...rest.traceMean.map((m, i) => (first.sum + m * rest.traceN[i]!) / (n0 + rest.traceN[i]!)),
    ],
    draws: first.draws,
    path: rest.count
      ? `${first.path} for the first ${n0.toLocaleString('en-US')}, then ${rest.path}`
      : first.path,
  };
}

/** Sample mean and sample standard deviation, or undefined before two draws. */
export function sampleStats(p: Picture): { mean: number | undefined; sd: number | undefined } {
  if (p.count === 0) return { mean: undefined, sd: undefined };
  const mean = p.sum / p.count;
  if (p.count < 2) return { mean, sd: undefined };
  const v = Math.max(0, (p.sumSq - p.count * mean * mean) / (p.count - 1));
  return { mean, sd: Math.sqrt(v) };
}

/** The true mean and variance in the units shown. */
export function trueMoments(src: SourceInfo): { mean: number; variance: number } {
  return { mean: src.dist.mean + src.offset, variance: src.dist.variance };
}

/** The exact probability (discrete) or density (continuous) at a shown value x. */
export function exactAt(src: SourceInfo, x: number): number {
  return src.dist.pdf(x - src.offset);
}

/** The name of an outcome: heads/tails for the coin, the number otherwise. */
export function outcomeName(source: Source, x: number): string {
  if (source === 'coin') return x === 1 ? 'heads' : 'tails';
  return String(x);
}
