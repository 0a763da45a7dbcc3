/**
 * Singular value decomposition A = U·Σ·Vᵀ of 2x2 and 3x3 matrices: every linear map is a
 * rotation (Vᵀ), a stretch along the axes (Σ), and a rotation or reflection (U).
 *
 * Convention, so that the same matrix always animates the same way:
 * - σ descending and ≥ 0; singular values below REL_EPS·σ1 (the rank test of mat2's isSingular
 *   and mat3's isSingular3) are reported as exactly 0;
 * - V is a rotation (det V = +1), its first column (and, in 3D, its second) has its first
 *   clearly non-zero component positive;
 * - det U = sign(det A), and +1 when A is singular (the missing columns of U are completed to a
 *   right-handed orthonormal basis).
 * U and V are orthogonal to working precision even when A is nearly singular, because U's columns
 * come from one-sided Jacobi (columns of A·V made orthogonal by rotations), not from A·v / σ.
 */
import { REL_EPS, isSingular, maxAbs, type Mat2, type Vec2 } from './mat2';
import { IDENTITY3, cross3, fromColumns3, normalize3, perpendicular3, type Mat3, type Vec3 } from './mat3';
import { orthogonalizeColumns3, rankOfSingularValues } from './jacobi';
import { perp2 } from './vec2';

export interface Svd2 {
  u: Mat2;
  sigma: [number, number];
  vt: Mat2;
}

export interface Svd3 {
  u: Mat3;
  sigma: [number, number, number];
  vt: Mat3;
}

function needsFlip(v: readonly number[]): boolean {
  const n = Math.hypot(...v);
  const lead = v.find((x) => Math.abs(x) > 1e-9 * n) ?? 0;
  return lead < 0;
}

const neg2 = (v: Vec2): Vec2 => [-v[0] + 0, -v[1] + 0];
const neg3 = (v: Vec3): Vec3 => [-v[0] + 0, -v[1] + 0, -v[2] + 0];

export function svd2(m: Mat2): Svd2 {
  const s = maxAbs(m);
  if (s === 0 || !Number.isFinite(s)) return { u: [1, 0, 0, 1], sigma: [0, 0], vt: [1, 0, 0, 1] };
  const k = 2 ** Math.floor(Math.log2(s));
  // One Jacobi rotation orthogonalises two columns; a second one mops up rounding.
  let w: [Vec2, Vec2] = [
    [m[0] / k, m[2] / k],
    [m[1] / k, m[3] / k],
  ];
  let v: [Vec2, Vec2] = [
    [1, 0],
    [0, 1],
  ];
  for (let sweep = 0; sweep < 3; sweep++) {
    const [a, b] = w;
    const alpha = a[0] ** 2 + a[1] ** 2;
    const beta = b[0] ** 2 + b[1] ** 2;
    const gamma = a[0] * b[0] + a[1] * b[1];
    if (gamma === 0 || Math.abs(gamma) <= Number.EPSILON * Math.sqrt(alpha * beta)) break;
    const zeta = (beta - alpha) / (2 * gamma);
    const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
    const c = 1 / Math.hypot(1, t);
    const sn = c * t;
    const rot = (p: [Vec2, Vec2]): [Vec2, Vec2] => [
      [c * p[0][0] - sn * p[1][0], c * p[0][1] - sn * p[1][1]],
      [sn * p[0][0] + c * p[1][0], sn * p[0][1] + c * p[1][1]],
    ];
    w = rot(w);
    v = rot(v);
  }
  let s1 = Math.hypot(...w[0]);
  let s2 = Math.hypot(...w[1]);
  if (s2 > s1) {
    // Swapping the columns of V reverses its orientation; negating one restores det V = +1.
    w = [w[1], neg2(w[0])];
    v = [v[1], neg2(v[0])];
    [s1, s2] = [s2, s1];
  }
  if (needsFlip(v[0])) {
    w = [neg2(w[0]), neg2(w[1])];
    v = [neg2(v[0]), neg2(v[1])];
  }
  const u1: Vec2 = [w[0][0] / s1, w[0][1] / s1];
  // A singular value that underflows to 0 when scaled back counts as zero too, so that σ2 = 0
  // always comes with det U = +1.
  const singular = isSingular(m) || s2 * k === 0;
  // In 2D the second column can only be ±perp(u1). Taking it from u1 keeps U orthogonal to
  // rounding even when σ2 ≪ σ1, where w[1] / s2 would magnify the error in w[1] by σ1/σ2.
  const perp = perp2(u1);
  const u2: Vec2 = singular || perp[0] * w[1][0] + perp[1] * w[1][1] >= 0 ? perp : neg2(perp);
  return {
    u: [u1[0], u2[0], u1[1], u2[1]],
    sigma: [s1 * k, singular ? 0 : s2 * k],
    vt: [v[0][0], v[0][1], v[1][0], v[1][1]],
  };
}

export function svd3(m: Mat3): Svd3 {
  if (!m.every(Number.isFinite) || m.every((x) => x === 0))
    return { u: IDENTITY3, sigma: [0, 0, 0], vt: IDENTITY3 };
  const { w, v, scale } = orthogonalizeColumns3(m);
  const order = [0, 1, 2].sort((a, b) => Math.hypot(...w[b]!) - Math.hypot(...w[a]!));
  const ws = order.map((i) => w[i]!) as Vec3[];
  const vs = order.map((i) => v[i]!) as Vec3[];
  const sigma = ws.map((x) => Math.hypot(...x));
  const detV = dot(vs[0]!, cross3(vs[1]!, vs[2]!));
  // Negating a column pair (v_i, w_i) leaves A = Σ w_i v_iᵀ unchanged; the third column absorbs
  // every flip so that V stays a rotation.
  const flip = (i: number): void => {
    ws[i] = neg3(ws[i]!);
    vs[i] = neg3(vs[i]!);
  };
  if (detV < 0) flip(2);
  for (const i of [0, 1]) {
    if (needsFlip(vs[i]!)) {
      flip(i);
      flip(2);
    }
  }
  const rank = Math.min(rankOfSingularValues(sigma, REL_EPS), sigma.filter((x) => x * scale > 0).length);
  const us: Vec3[] = [];
  for (let i = 0; i < rank; i++) us.push(normalize3(ws[i]!));
  if (rank === 0) us.push([1, 0, 0]);
  if (us.length === 1) us.push(perpendicular3(us[0]!));
  if (us.length === 2) us.push(normalize3(cross3(us[0]!, us[1]!)));
  const [v1, v2, v3] = vs as [Vec3, Vec3, Vec3];
  return {
    u: fromColumns3(us[0]!, us[1]!, us[2]!),
    sigma: [0, 1, 2].map((i) => (i < rank ? sigma[i]! * scale : 0)) as [number, number, number],
    vt: [...v1, ...v2, ...v3] as unknown as Mat3,
  };
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** U·Σ·Vᵀ multiplied back, for checks and for animating the three factors. */
export function svdProduct3(d: Svd3): Mat3 {
  const out: number[] = [];
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++) {
      let x = 0;
      for (let i = 0; i < 3; i++) x += d.u[3 * r + i]! * d.sigma[i]! * d.vt[3 * i + c]!;
      out.push(x);
    }
  return out as unknown as Mat3;
}

export function svdProduct2(d: Svd2): Mat2 {
  const [u0, u1, u2, u3] = d.u;
  const [s1, s2] = d.sigma;
  const [v0, v1, v2, v3] = d.vt;
  return [
    u0 * s1 * v0 + u1 * s2 * v2,
    u0 * s1 * v1 + u1 * s2 * v3,
    u2 * s1 * v0 + u3 * s2 * v2,
    u2 * s1 * v1 + u3 * s2 * v3,
  ];
}
