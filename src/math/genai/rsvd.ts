/**
 * Truncated randomized SVD (Halko, Martinsson & Tropp 2011) of a dense rows × cols matrix A:
 *   Y = A Ω (Ω a seeded Gaussian cols × l, l = k + oversample), q power iterations
 *   (Z = orth(Aᵀ Q), Q = orth(A Z)) so the leading directions dominate, then
 *   B = Qᵀ A is small (l × cols); the eigen-decomposition of B Bᵀ = Σ² gives U = Q W.
 * Lesson 10's SVD at scale: only l-column products with A are ever formed.
 *
 * A generator: it yields the share done after each slice of rows, for progress and cancelling.
 */
import type { Random } from '../random';
import { symmetricEigen } from './eigen-sym';
import type { Dense } from './cooccur';

export interface TruncatedSvd {
  /** Left singular vectors, rows × k, row-major. */
  readonly u: Float64Array;
  /** The k largest singular values, largest first. */
  readonly s: Float64Array;
  readonly rows: number;
  readonly k: number;
}

export interface RsvdOptions {
  readonly k: number;
  readonly oversample?: number;
  readonly powerIters?: number;
  readonly rng: Random;
}

const SLICE = 256;

/** Y = A X (X: cols × l), row slices at a time. */
function* timesRight(a: Dense, x: Float64Array, l: number, out: Float64Array): Generator<void> {
  const { rows, cols, data } = a;
  out.fill(0);
  for (let i0 = 0; i0 < rows; i0 += SLICE) {
    const i1 = Math.min(rows, i0 + SLICE);
    for (let i = i0; i < i1; i++) {
      const o = i * l;
      for (let c = 0; c < cols; c++) {
        const v = data[i * cols + c]!;
        if (v === 0) continue;
        const xo = c * l;
        for (let j = 0; j < l; j++) out[o + j]! += v * x[xo + j]!;
      }
    }
    yield;
  }
}

/** Z = Aᵀ Y (Y: rows × l), row slices of A at a time. */
function* timesLeft(a: Dense, y: Float64Array, l: number, out: Float64Array): Generator<void> {
  const { rows, cols, data } = a;
  out.fill(0);
  for (let i0 = 0; i0 < rows; i0 += SLICE) {
    const i1 = Math.min(rows, i0 + SLICE);
    for (let i = i0; i < i1; i++) {
      const yo = i * l;
      for (let c = 0; c < cols; c++) {
        const v = data[i * cols + c]!;
        if (v === 0) continue;
        const o = c * l;
        for (let j = 0; j < l; j++) out[o + j]! += v * y[yo + j]!;
      }
    }
    yield;
  }
}

/** Orthonormal columns in place by modified Gram–Schmidt (n × l, row-major). */
export function orthonormalize(y: Float64Array, n: number, l: number): void {
  for (let j = 0; j < l; j++) {
    for (let p = 0; p < j; p++) {
      let d = 0;
      for (let i = 0; i < n; i++) d += y[i * l + j]! * y[i * l + p]!;
      for (let i = 0; i < n; i++) y[i * l + j]! -= d * y[i * l + p]!;
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += y[i * l + j]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let i = 0; i < n; i++) y[i * l + j]! *= inv;
  }
}

/** The l × l Gram matrix XᵀX of an n × l row-major X. */
export function gram(x: Float64Array, n: number, l: number): Float64Array {
  const g = new Float64Array(l * l);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < l; a++) {
      const xa = x[i * l + a]!;
      if (xa === 0) continue;
      for (let b = a; b < l; b++) g[a * l + b]! += xa * x[i * l + b]!;
    }
  for (let a = 0; a < l; a++) for (let b = 0; b < a; b++) g[a * l + b] = g[b * l + a]!;
  return g;
}

/** From Q (rows × l) and Z = AᵀQ (cols × l): the top-k singular values and U = Q W. */
export function finishSvd(
  q: Float64Array,
  z: Float64Array,
  rows: number,
  cols: number,
  l: number,
  k: number,
): TruncatedSvd {
  const e = symmetricEigen(gram(z, cols, l), l);
  const s = Float64Array.from({ length: k }, (_, i) => Math.sqrt(Math.max(0, e.values[i]!)));
  const u = new Float64Array(rows * k);
  for (let i = 0; i < rows; i++)
    for (let c = 0; c < k; c++) {
      let t = 0;
      for (let j = 0; j < l; j++) t += q[i * l + j]! * e.vectors[j * l + c]!;
      u[i * k + c] = t;
    }
  return { u, s, rows, k };
}

export function gaussianBlock(n: number, l: number, rng: Random): Float64Array {
  return Float64Array.from({ length: n * l }, () => rng.normal());
}

export function* randomizedSvd(a: Dense, o: RsvdOptions): Generator<number, TruncatedSvd> {
  const { rows, cols } = a;
  const k = Math.min(o.k, rows, cols);
  const l = Math.min(k + (o.oversample ?? 8), rows, cols);
  const q = o.powerIters ?? 1;
  const passes = 2 + 2 * q;
  const slices = Math.ceil(rows / SLICE);
  let done = 0;
  const tick = (): number => ++done / (passes * slices);

  const omega = gaussianBlock(cols, l, o.rng);
  const y = new Float64Array(rows * l);
  const z = new Float64Array(cols * l);
  for (const _ of timesRight(a, omega, l, y)) yield tick();
  orthonormalize(y, rows, l);
  for (let it = 0; it < q; it++) {
    for (const _ of timesLeft(a, y, l, z)) yield tick();
    orthonormalize(z, cols, l);
    for (const _ of timesRight(a, z, l, y)) yield tick();
    orthonormalize(y, rows, l);
  }
  for (const _ of timesLeft(a, y, l, z)) yield tick();
  return finishSvd(y, z, rows, cols, l, k);
}

/** Word vectors from the SVD: row i of U scaled by √σ (Levy, Goldberg & Dagan 2015), as float32. */
export function embeddingFromSvd(svd: TruncatedSvd): Float32Array {
  const out = new Float32Array(svd.rows * svd.k);
  const root = Float64Array.from(svd.s, (x) => Math.sqrt(x));
  for (let i = 0; i < svd.rows; i++)
    for (let c = 0; c < svd.k; c++) out[i * svd.k + c] = svd.u[i * svd.k + c]! * root[c]!;
  return out;
}
