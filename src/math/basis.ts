/**
 * Change of basis: what a vector or a linear map is called in another basis. The basis vectors
 * are the columns of P; coordinates c with P·c = v are P⁻¹v, and the map A reads P⁻¹AP there.
 * Every function refuses, with the reason in words, when the vectors do not form a basis.
 */
import { fromColumns, inverse, multiply, type Mat2, type Vec2 } from './mat2';
import { TOO_LARGE } from './vec2';
import { apply3, fromColumns3, inverse3, multiply3, type Mat3, type Vec3 } from './mat3';

export type BasisResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const NOT_A_BASIS_2 =
  'the two basis vectors lie on one line (or one is zero), so they cannot reach every point of the plane';
const NOT_A_BASIS_3 =
  'the three basis vectors lie in one plane (or on one line), so they cannot reach every point of space';

/** Coordinates (c1, c2, c3) with c1·b1 + c2·b2 + c3·b3 = v. */
export function coordsInBasis3(
  b1: Vec3,
  b2: Vec3,
  b3: Vec3,
  v: Vec3,
): { ok: true; coords: Vec3 } | { ok: false; reason: string } {
  const inv = inverse3(fromColumns3(b1, b2, b3));
  if (!inv.ok) return { ok: false, reason: NOT_A_BASIS_3 };
  const coords = apply3(inv.inverse, v);
  if (!coords.every(Number.isFinite)) return { ok: false, reason: TOO_LARGE };
  return { ok: true, coords };
}

/** The matrix of the map A in the basis (b1, b2): P⁻¹AP with P = [b1 b2]. */
export function matrixInBasis2(m: Mat2, b1: Vec2, b2: Vec2): BasisResult<Mat2> {
  const p = fromColumns(b1, b2);
  const inv = inverse(p);
  if (!inv.ok) return { ok: false, reason: NOT_A_BASIS_2 };
  const value = multiply(inv.inverse, multiply(m, p));
  if (!value.every(Number.isFinite)) return { ok: false, reason: TOO_LARGE };
  return { ok: true, value };
}

/** The matrix of the map A in the basis (b1, b2, b3): P⁻¹AP with P = [b1 b2 b3]. */
export function matrixInBasis3(m: Mat3, b1: Vec3, b2: Vec3, b3: Vec3): BasisResult<Mat3> {
  const p = fromColumns3(b1, b2, b3);
  const inv = inverse3(p);
  if (!inv.ok) return { ok: false, reason: NOT_A_BASIS_3 };
  const value = multiply3(inv.inverse, multiply3(m, p));
  if (!value.every(Number.isFinite)) return { ok: false, reason: TOO_LARGE };
  return { ok: true, value };
}
