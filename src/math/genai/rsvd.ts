/**
 * Truncated randomized SVD (Halko, Martinsson & Tropp 2011) of a rows × cols matrix A (sparse,
 * `csr.ts`):
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
import { csrFromDense, csrTimesBlock, csrTransposeTimesBlock, isCsr, type Csr } from './csr';

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
function* timesRight(a: Csr, x: Float64Array, l: number, out: Float64Array): Generator<void> {
  for (let i0 = 0; i0 < a.rows; i0 += SLICE) {
    csrTimesBlock(a, x, l, out, i0, Math.min(a.rows, i0 + SLICE));
    yield;
  }
}

/** Z = Aᵀ Y (Y: rows × l), row slices of A at a time. */
function* timesLeft(a: Csr, y: Float64Array, l: number, out: Float64Array): Generator<void> {
  out.fill(0);
  for (let i0 = 0; i0 < a.rows; i0 += SLICE) {
    csrTransposeTimesBlock(a, y, l, out, i0, Math.min(a.rows, i0 + SLICE));
    yield;
  }
}

/**
 * Orthonormal columns in place by modified Gram–Schmidt (n × l, row-major). The columns are
 * copied out to contiguous rows first: walking a column of a row-major block jumps l numbers at
 * a time, which on a 5,000 × 72 block misses the cache at every step.
 */
export function orthonormalize(y: Float64Array, n: number, l: number): void {
  const t = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) t[j * n + i] = y[i * l + j]!;
  for (let j = 0; j < l; j++) {
    const cj = j * n;
    for (let p = 0; p < j; p++) {
      const cp = p * n;
      let d = 0;
      for (let i = 0; i < n; i++) d += t[cj + i]! * t[cp + i]!;
      for (let i = 0; i < n; i++) t[cj + i]! -= d * t[cp + i]!;
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += t[cj + i]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let i = 0; i < n; i++) t[cj + i]! *= inv;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) y[i * l + j] = t[j * n + i]!;
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

/** A dense matrix is first stored sparse (its zeros skipped); a CSR one is used as it is. */
export function* randomizedSvd(m: Dense | Csr, o: RsvdOptions): Generator<number, TruncatedSvd> {
  const a = isCsr(m) ? m : csrFromDense(m);
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
