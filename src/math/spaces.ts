/**
 * Rank, column space and null space of 2x2 and 3x3 matrices. "Zero" is relative to the matrix
 * scale: 2x2 uses mat2's isSingular (so rank2 < 2 exactly when inverse() refuses), 3x3 counts
 * singular values above REL_EPS·σ1 (so rank3 < 3 exactly when inverse3() refuses).
 *
 * Bases are orthonormal. A one-dimensional space is given by the unit vector whose first clearly
 * non-zero component is positive; a full space by the standard basis.
 */
import { isSingular, maxAbs, norm, type Mat2, type Vec2 } from './mat2';
import { canonicalSign3, type Mat3, type Vec3 } from './mat3';
import { svd3 } from './svd';
import { canonicalSign2, unit2 } from './vec2';

export function rank2(m: Mat2): 0 | 1 | 2 {
  const s = maxAbs(m);
  if (s === 0 || !Number.isFinite(s)) return 0;
  return isSingular(m) ? 1 : 2;
}

/** Orthonormal basis of the column space (where the plane lands); its length is the rank. */
export function columnSpace2(m: Mat2): Vec2[] {
  const r = rank2(m);
  if (r === 2)
    return [
      [1, 0],
      [0, 1],
    ];
  if (r === 0) return [];
  // Both columns lie on the image line; the longer one carries its direction most accurately.
  const ci: Vec2 = [m[0], m[2]];
  const cj: Vec2 = [m[1], m[3]];
  return [canonicalSign2(unit2(norm(ci) >= norm(cj) ? ci : cj) ?? [1, 0])];
}

/** Orthonormal basis of the null space (the vectors sent to 0); its length is 2 − rank. */
export function nullSpace2(m: Mat2): Vec2[] {
  const r = rank2(m);
  if (r === 2) return [];
  if (r === 0)
    return [
      [1, 0],
      [0, 1],
    ];
  // A null vector is perpendicular to every row; the longer row gives the safer perpendicular.
  const r1: Vec2 = [m[0], m[1]];
  const r2: Vec2 = [m[2], m[3]];
  const row = norm(r1) >= norm(r2) ? r1 : r2;
  return [canonicalSign2(unit2([-row[1], row[0]]) ?? [1, 0])];
}

export function rank3(m: Mat3): 0 | 1 | 2 | 3 {
  return svd3(m).sigma.filter((x) => x > 0).length as 0 | 1 | 2 | 3;
}

const STANDARD3: Vec3[] = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

function uColumn(u: Mat3, c: number): Vec3 {
  return [u[c]!, u[3 + c]!, u[6 + c]!];
}

/** Orthonormal basis of the column space (where space lands); its length is the rank. */
export function columnSpace3(m: Mat3): Vec3[] {
  const { u, sigma } = svd3(m);
  const r = sigma.filter((x) => x > 0).length;
  if (r === 3) return STANDARD3.map((v) => [...v] as unknown as Vec3);
  return [0, 1].slice(0, r).map((c) => canonicalSign3(uColumn(u, c)));
}

/** Orthonormal basis of the null space (the vectors sent to 0); its length is 3 − rank. */
export function nullSpace3(m: Mat3): Vec3[] {
  const { sigma, vt } = svd3(m);
  const r = sigma.filter((x) => x > 0).length;
  if (r === 0) return STANDARD3.map((v) => [...v] as unknown as Vec3);
  // The right singular vectors of the zero singular values span the null space.
  return [1, 2]
    .filter((i) => i >= r)
    .map((i) => canonicalSign3([vt[3 * i]!, vt[3 * i + 1]!, vt[3 * i + 2]!]));
}
