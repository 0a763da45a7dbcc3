/**
 * Every simulation path turns one uniform u in [0, 1) into one draw of the source the same way:
 * by the inverse of its cdf. Each source becomes a small table that a typed-array loop, a tfjs
 * op chain and a GLSL shader can all read:
 *
 * - `affine`: the uniform on [a, b], x = a + (b − a)·u (exact);
 * - `exponential`: x = −log(1 − u) / rate (exact);
 * - `discrete`: values v_k with cumulative probabilities c_k; x = v_k for c_k ≤ u < c_{k+1}
 *   (binomial, Poisson, categorical: exact up to float32 rounding of the c_k);
 * - `continuous`: a piecewise-constant density on bins with edges e_k and cumulative
 *   probabilities c_k; x = e_k + (u − c_k)/(c_{k+1} − c_k)·(e_{k+1} − e_k). Exact for a drawn
 *   density; for the normal and beta, 2048 bins of their exact cdf (the variance is off by
 *   (bin width)²/12, under 10⁻⁴ of it).
 *
 * The c_k are rounded to float32 for every path, so a GPU comparing float32 numbers picks the
 * same bin as JavaScript comparing doubles: one uniform, one bin, on every device.
 */
import { distribution, type DistSpec } from '../distributions';

export type SourceMode = 'affine' | 'exponential' | 'discrete' | 'continuous';

export interface SourceTable {
  readonly mode: SourceMode;
  /** affine: [a, b]; exponential: [rate]; otherwise unused. */
  readonly params: readonly number[];
  /** discrete: the K values (plus one unused); continuous: the K + 1 bin edges. */
  readonly xs: Float32Array;
  /** K + 1 cumulative probabilities, c_0 = 0, c_K = 1, rounded to float32. */
  readonly cs: Float32Array;
}

/** Bins for the normal and beta tables; the most values for a discrete table. */
export const CONTINUOUS_BINS = 2048;
export const MAX_TABLE = 65_536;

export function sourceTable(spec: DistSpec): SourceTable {
  const d = distribution(spec); // throws a RangeError with a clear message for a bad spec
  const empty = new Float32Array(0);
  switch (spec.kind) {
    case 'uniform':
      return { mode: 'affine', params: [spec.a, spec.b], xs: empty, cs: empty };
    case 'exponential':
      return { mode: 'exponential', params: [spec.rate], xs: empty, cs: empty };
    case 'drawn': {
      const k = spec.density.length;
      const edges = Array.from({ length: k + 1 }, (_, i) => spec.lo + ((spec.hi - spec.lo) * i) / k);
      return continuousTable(edges, cumulative(spec.density));
    }
    case 'normal': {
      const lo = spec.mean - 8.5 * spec.sd;
      const hi = spec.mean + 8.5 * spec.sd;
      return cdfTable(lo, hi, (x) => d.cdf(x));
    }
    case 'beta':
      return cdfTable(0, 1, (x) => d.cdf(x));
    case 'categorical':
      return discreteTable(
        spec.weights.map((_, i) => i),
        spec.weights,
      );
    case 'binomial':
    case 'poisson': {
      // The plotting support holds all but ~1e-9 of the mass; wider than MAX_TABLE values is
      // thinned to its central MAX_TABLE values (only for n·p·(1 − p) in the millions).
      let [lo, hi] = d.support;
      if (hi - lo + 1 > MAX_TABLE) {
        const mid = Math.round(d.mean);
        lo = Math.max(lo, mid - MAX_TABLE / 2);
        hi = lo + MAX_TABLE - 1;
      }
      const values = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
      return discreteTable(
        values,
        values.map((v) => d.pdf(v)),
      );
    }
  }
}

function cumulative(weights: readonly number[]): number[] {
  const out = [0];
  let total = 0;
  for (const w of weights) out.push((total += w));
  return out.map((c) => c / total);
}

function discreteTable(values: readonly number[], weights: readonly number[]): SourceTable {
  const xs = new Float32Array(values.length + 1);
  xs.set(values);
  xs[values.length] = values[values.length - 1] ?? 0;
  return { mode: 'discrete', params: [], xs, cs: toF32Cumulative(cumulative(weights)) };
}

function continuousTable(edges: readonly number[], cum: readonly number[]): SourceTable {
  return { mode: 'continuous', params: [], xs: Float32Array.from(edges), cs: toF32Cumulative(cum) };
}

function cdfTable(lo: number, hi: number, cdf: (x: number) => number): SourceTable {
  const edges = Array.from({ length: CONTINUOUS_BINS + 1 }, (_, i) => lo + ((hi - lo) * i) / CONTINUOUS_BINS);
  const raw = edges.map(cdf);
  const c0 = raw[0] ?? 0;
  const span = (raw[raw.length - 1] ?? 1) - c0;
  return continuousTable(
    edges,
    raw.map((c) => Math.min(1, Math.max(0, (c - c0) / span))),
  );
}

/** Monotone, starts at exactly 0 and ends at exactly 1 after rounding to float32. */
function toF32Cumulative(cum: readonly number[]): Float32Array {
  const cs = Float32Array.from(cum);
  for (let i = 1; i < cs.length; i++)
    if ((cs[i] as number) < (cs[i - 1] as number)) cs[i] = cs[i - 1] as number;
  cs[0] = 0;
  cs[cs.length - 1] = 1;
  return cs;
}

/** The k with c_k ≤ u < c_{k+1} (binary search; the same steps as the shader's). */
export function findBin(cs: Float32Array, u: number): number {
  let lo = 0;
  let hi = cs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((cs[mid] as number) <= u) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** One draw from a uniform u in [0, 1). */
export function drawFrom(t: SourceTable, u: number): number {
  switch (t.mode) {
    case 'affine':
      return (t.params[0] as number) + ((t.params[1] as number) - (t.params[0] as number)) * u;
    case 'exponential':
      return -Math.log1p(-u) / (t.params[0] as number);
    case 'discrete':
      return t.xs[findBin(t.cs, u)] as number;
    case 'continuous': {
      const k = findBin(t.cs, u);
      const c0 = t.cs[k] as number;
      const c1 = t.cs[k + 1] as number;
      const x0 = t.xs[k] as number;
      return x0 + ((u - c0) / (c1 - c0)) * ((t.xs[k + 1] as number) - x0);
    }
  }
}
