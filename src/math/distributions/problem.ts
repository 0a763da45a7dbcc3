/**
 * Parameter checks with the words a learner reads next to the widget. Every parameter has a
 * range wide enough for teaching and narrow enough that no mean, variance or density overflows
 * (a 1e300 mean would make the variance of a uniform Infinity and a chart of NaN).
 */
import type { DistSpec } from './types';

/** The largest magnitude of a location (mean, a, b, lo, hi). */
export const MAX_LOCATION = 1e9;
/** Scales (sd, 1/rate) live in [MIN_SCALE, MAX_SCALE]. */
export const MIN_SCALE = 1e-9;
export const MAX_SCALE = 1e9;
/** The largest number of binomial trials. */
export const MAX_TRIALS = 1e7;
/** The largest Poisson mean. */
export const MAX_LAMBDA = 1e7;
/** Beta shapes live in [MIN_SHAPE, MAX_SHAPE]. */
export const MIN_SHAPE = 1e-3;
export const MAX_SHAPE = 1e6;
/** The most outcomes of a categorical distribution and the most bins of a drawn density. */
export const MAX_CATEGORIES = 1000;
export const MAX_BINS = 10_000;
/** The largest single weight or density height. */
export const MAX_WEIGHT = 1e12;

function show(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? v.slice(0, 20) + '…' : v);
  return typeof v;
}

function finite(name: string, v: unknown): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `${name} must be a finite number (got ${show(v)})`;
  return null;
}

function location(name: string, v: unknown): string | null {
  const f = finite(name, v);
  if (f) return f;
  if (Math.abs(v as number) > MAX_LOCATION)
    return `${name} must be between −${MAX_LOCATION} and ${MAX_LOCATION} (got ${show(v)})`;
  return null;
}

function weightsProblem(name: string, ws: unknown, max: number, what: string): string | null {
  if (!Array.isArray(ws)) return `${name} must be a list of numbers`;
  if (ws.length === 0) return `${name} must have at least one ${what}`;
  if (ws.length > max) return `${name} can have at most ${max} ${what}s (got ${ws.length})`;
  let total = 0;
  for (let i = 0; i < ws.length; i++) {
    const w: unknown = ws[i];
    if (typeof w !== 'number' || !Number.isFinite(w))
      return `${name}[${i}] must be a finite number (got ${show(w)})`;
    if (w < 0) return `${name}[${i}] is ${w}: a probability weight cannot be negative`;
    if (w > MAX_WEIGHT) return `${name}[${i}] must be at most ${MAX_WEIGHT} (got ${w})`;
    total += w;
  }
  if (total === 0)
    return `${name} are all zero: nothing can happen, so at least one ${what} must be positive`;
  return null;
}

/**
 * A clear message when `spec` is not a valid distribution (p > 1, sd ≤ 0, n = 0, a density of all
 * zeros, NaN, 1e300, an unknown kind …), or null when it is.
 */
export function distributionProblem(spec: DistSpec): string | null {
  const s = spec as unknown as Record<string, unknown> | null;
  if (typeof s !== 'object' || s === null) return 'a distribution must be an object with a kind';
  switch (spec.kind) {
    case 'uniform': {
      const e = location('a', spec.a) ?? location('b', spec.b);
      if (e) return e;
      if (!(spec.a < spec.b)) return `the uniform needs a < b (got a = ${spec.a}, b = ${spec.b})`;
      return null;
    }
    case 'normal': {
      const e = location('mean', spec.mean) ?? finite('sd', spec.sd);
      if (e) return e;
      if (spec.sd <= 0) return `sd is ${spec.sd}: a standard deviation must be positive`;
      if (spec.sd < MIN_SCALE || spec.sd > MAX_SCALE)
        return `sd must be between ${MIN_SCALE} and ${MAX_SCALE} (got ${spec.sd})`;
      return null;
    }
    case 'binomial': {
      const e = finite('n', spec.n) ?? finite('p', spec.p);
      if (e) return e;
      if (!Number.isInteger(spec.n)) return `n is ${spec.n}: the number of trials must be a whole number`;
      if (spec.n < 1) return `n is ${spec.n}: the binomial needs at least 1 trial`;
      if (spec.n > MAX_TRIALS) return `n must be at most ${MAX_TRIALS} trials (got ${spec.n})`;
      if (spec.p < 0 || spec.p > 1) return `p is ${spec.p}: a probability must be between 0 and 1`;
      return null;
    }
    case 'poisson': {
      const e = finite('λ', spec.lambda);
      if (e) return e;
      if (spec.lambda <= 0) return `λ is ${spec.lambda}: the Poisson mean must be positive`;
      if (spec.lambda > MAX_LAMBDA) return `λ must be at most ${MAX_LAMBDA} (got ${spec.lambda})`;
      return null;
    }
    case 'exponential': {
      const e = finite('rate', spec.rate);
      if (e) return e;
      if (spec.rate <= 0) return `rate is ${spec.rate}: the exponential rate must be positive`;
      if (spec.rate < 1 / MAX_SCALE || spec.rate > 1 / MIN_SCALE)
        return `rate must be between ${1 / MAX_SCALE} and ${1 / MIN_SCALE} (got ${spec.rate})`;
      return null;
    }
    case 'beta': {
      const e = finite('α', spec.alpha) ?? finite('β', spec.beta);
      if (e) return e;
      for (const [name, v] of [
        ['α', spec.alpha],
        ['β', spec.beta],
      ] as const) {
        if (v <= 0) return `${name} is ${v}: beta shapes must be positive`;
        if (v < MIN_SHAPE || v > MAX_SHAPE)
          return `${name} must be between ${MIN_SHAPE} and ${MAX_SHAPE} (got ${v})`;
      }
      return null;
    }
    case 'categorical':
      return weightsProblem('weights', spec.weights, MAX_CATEGORIES, 'outcome');
    case 'drawn': {
      const e = location('lo', spec.lo) ?? location('hi', spec.hi);
      if (e) return e;
      if (!(spec.lo < spec.hi)) return `a drawn density needs lo < hi (got lo = ${spec.lo}, hi = ${spec.hi})`;
      return weightsProblem('density heights', spec.density, MAX_BINS, 'bin');
    }
    default:
      return `unknown distribution kind ${show(s['kind'])}; expected uniform, normal, binomial, poisson, exponential, beta, categorical or drawn`;
  }
}
