/**
 * Eigenvalues and eigenvectors of a real 2x2 matrix, classified the way the lesson talks about
 * them: two real directions, one repeated direction (a shear: defective), every direction
 * (a multiple of the identity), or none at all (a complex pair, as for a rotation).
 */
import { det, maxAbs, normalize, trace, type Mat2, type Vec2 } from './mat2';

export type Eigen2 =
  | { kind: 'distinct'; values: readonly [number, number]; vectors: readonly [Vec2, Vec2] }
  | { kind: 'defective'; value: number; vector: Vec2 }
  | { kind: 'scalar'; value: number }
  | { kind: 'complex'; re: number; im: number };

/**
 * The discriminant ((λ1 − λ2) / 2)² is "zero" below DISC_EPS·s² (s = largest entry): rounding
 * leaves a few ε·s² ≈ 1e-15·s² there, and the threshold must stay far below the real gaps a
 * learner can type, or diag(1, 1.00001) would be called a shear. Eigenvalues closer than
 * 2·√DISC_EPS·s = 2e-6·s count as one.
 */
const DISC_EPS = 1e-12;
/** A − λI with entries below √DISC_EPS·s is λI, on the same scale as the eigenvalue gap above. */
const SCALAR_EPS = Math.sqrt(DISC_EPS);

export function eigen2(m: Mat2): Eigen2 {
  const s = maxAbs(m) || 1;
  const [a, b, c, d] = m;
  const half = trace(m) / 2;
  // ((a − d)/2)² + bc equals half² − det without its cancellation, which costs digits exactly
  // where half² ≈ det (near-equal eigenvalues of triangular or symmetric matrices).
  const disc = ((a - d) / 2) ** 2 + b * c;
  const tol = DISC_EPS * s * s;
  if (disc < -tol) return { kind: 'complex', re: half, im: Math.sqrt(-disc) };
  if (disc <= tol) {
    const near = SCALAR_EPS * s;
    if (Math.abs(b) <= near && Math.abs(c) <= near && Math.abs(a - d) / 2 <= near)
      return { kind: 'scalar', value: half };
    return { kind: 'defective', value: half, vector: eigenvector(m, half) };
  }
  const r = Math.sqrt(disc);
  // Written to avoid cancellation: the larger-magnitude root first, the other from det = λ1·λ2.
  const big = half >= 0 ? half + r : half - r;
  const small = big !== 0 ? det(m) / big : half - r;
  const l1 = Math.max(big, small);
  const l2 = Math.min(big, small);
  return { kind: 'distinct', values: [l1, l2], vectors: [eigenvector(m, l1), eigenvector(m, l2)] };
}

/**
 * A unit vector v with (A − λI) v = 0. Each row of A − λI is orthogonal to v, so v is
 * perpendicular to the longer (numerically safer) row.
 */
export function eigenvector(m: Mat2, lambda: number): Vec2 {
  const [a, b, c, d] = m;
  const r1: Vec2 = [a - lambda, b];
  const r2: Vec2 = [c, d - lambda];
  const row = Math.hypot(...r1) >= Math.hypot(...r2) ? r1 : r2;
  if (row[0] === 0 && row[1] === 0) return [1, 0];
  const v = normalize([-row[1], row[0]]);
  // Sign convention: first non-zero component positive, so the same line always gives the same
  // vector; "+ 0" turns -0 into 0, which would otherwise print as "-0" and fail equality checks.
  const flip = v[0] < -1e-15 || (Math.abs(v[0]) <= 1e-15 && v[1] < 0);
  return flip ? [-v[0] + 0, -v[1] + 0] : [v[0] + 0, v[1] + 0];
}
