/**
 * One-sided (Hestenes) Jacobi on the columns of a 3x3 matrix: plane rotations applied on the
 * right until the columns are mutually orthogonal, A·V = W. The column lengths of W are then the
 * singular values. It is the stable core of the 3x3 SVD, rank and null space: it works on A
 * itself (never AᵀA, which would square the condition number and lose the small singular
 * values), and small singular values come out with small absolute error.
 *
 * Self-contained on purpose (no runtime imports), so that mat3.ts can use it for its singularity
 * test while svd.ts, which builds on mat3.ts, uses it too.
 */
import type { Mat3, Vec3 } from './types';

/**
 * The power of two nearest below the largest absolute entry (1 for a zero matrix). Dividing by a
 * power of two is exact, so integer matrices keep exact results, and every scaled entry lies in
 * [-2, 2) with at least one of magnitude ≥ 1: no overflow or underflow, whatever the magnitude.
 */
export function powerOfTwoScale(entries: readonly number[]): number {
  let s = 0;
  for (const x of entries) s = Math.max(s, Math.abs(x));
  if (s === 0 || !Number.isFinite(s)) return 1;
  return 2 ** Math.floor(Math.log2(s));
}

export interface ColumnJacobi3 {
  /** Columns of A·V / scale, mutually orthogonal, in the order of V's columns (not sorted). */
  readonly w: readonly Vec3[];
  /** Columns of the orthogonal V (a product of rotations, so det V = +1). */
  readonly v: readonly Vec3[];
  readonly scale: number;
}

const MAX_SWEEPS = 40;

export function orthogonalizeColumns3(m: Mat3): ColumnJacobi3 {
  const scale = powerOfTwoScale(m);
  const w = [0, 1, 2].map((c) => [m[c]! / scale, m[3 + c]! / scale, m[6 + c]! / scale]);
  const v = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  const pairs = [
    [0, 1],
    [0, 2],
    [1, 2],
  ] as const;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (const [p, q] of pairs) {
      const wp = w[p]!;
      const wq = w[q]!;
      const alpha = wp[0]! ** 2 + wp[1]! ** 2 + wp[2]! ** 2;
      const beta = wq[0]! ** 2 + wq[1]! ** 2 + wq[2]! ** 2;
      const gamma = wp[0]! * wq[0]! + wp[1]! * wq[1]! + wp[2]! * wq[2]!;
      // Orthogonal to working precision: the cosine of the angle between them is below ε.
      if (gamma === 0 || Math.abs(gamma) <= Number.EPSILON * Math.sqrt(alpha * beta)) continue;
      rotated = true;
      const zeta = (beta - alpha) / (2 * gamma);
      // The smaller of the two rotation angles, written so that no term cancels.
      const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
      const c = 1 / Math.hypot(1, t);
      const s = c * t;
      for (const cols of [w, v]) {
        const a = cols[p]!;
        const b = cols[q]!;
        for (let r = 0; r < 3; r++) {
          const x = a[r]!;
          const y = b[r]!;
          a[r] = c * x - s * y;
          b[r] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  const asVec = (x: number[]): Vec3 => [x[0]!, x[1]!, x[2]!];
  return { w: w.map(asVec), v: v.map(asVec), scale };
}

/** Singular values, descending, ≥ 0. */
export function singularValues3(m: Mat3): [number, number, number] {
  const { w, scale } = orthogonalizeColumns3(m);
  const s = w.map((c) => Math.hypot(c[0], c[1], c[2]) * scale).sort((a, b) => b - a);
  return [s[0]!, s[1]!, s[2]!];
}

/**
 * How many singular values count as non-zero: those above REL_EPS times the largest, the 3x3
 * counterpart of mat2's isSingular (|det| of the 2x2 scaled to unit entries ≈ σ2/σ1).
 */
export function rankOfSingularValues(sigma: readonly number[], relEps: number): number {
  const top = sigma[0] ?? 0;
  if (!(top > 0) || !Number.isFinite(top)) return 0;
  return sigma.filter((x) => x > relEps * top).length;
}
