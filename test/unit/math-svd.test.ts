import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { svd2, svd3, svdProduct2, svdProduct3 } from '../../src/math/svd';
import { det, maxAbs, multiply, type Mat2 } from '../../src/math/mat2';
import { IDENTITY3, det3, maxAbs3, multiply3, transpose3, type Mat3 } from '../../src/math/mat3';
import { EPS, conditioned, magnitude, scaledMat3 } from './math-arbitraries';

const entry = (limit = 10) => fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true });
const mat2 = fc
  .tuple(entry(), entry(), entry(), entry(), magnitude)
  .map(([a, b, c, d, s]) => [a * s, b * s, c * s, d * s] as Mat2);

const transpose2 = (m: Mat2): Mat2 => [m[0], m[2], m[1], m[3]];

function firstClearlyNonZeroPositive(v: readonly number[]): void {
  const lead = v.find((x) => Math.abs(x) > 1e-9) ?? 0;
  expect(lead).toBeGreaterThan(0);
}

/**
 * The contract: U Σ Vᵀ = A, U and V orthogonal, σ descending and ≥ 0, det V = +1,
 * det U = sign(det A) (+1 when singular). Reconstruction tolerance: 64ε·|A| plus whatever was
 * dropped when a tiny singular value was reported as 0 (at most REL_EPS = 1e-10 of σ1).
 */
function check2(m: Mat2): void {
  const d = svd2(m);
  const [s1, s2] = d.sigma;
  expect(s1).toBeGreaterThanOrEqual(s2);
  expect(s2).toBeGreaterThanOrEqual(0);
  const tol = 64 * EPS * maxAbs(m) + (s2 === 0 ? 2e-10 * s1 : 0) + 1e-300;
  svdProduct2(d).forEach((x, k) => expect(Math.abs(x - m[k]!)).toBeLessThanOrEqual(tol));
  for (const q of [d.u, d.vt]) {
    multiply(q, transpose2(q)).forEach((x, k) =>
      expect(Math.abs(x - [1, 0, 0, 1][k]!)).toBeLessThanOrEqual(8 * EPS),
    );
  }
  expect(det(d.vt)).toBeCloseTo(1, 14);
  // The sign of det A, from A scaled to unit size (det of subnormal entries underflows to 0).
  const s = maxAbs(m) || 1;
  expect(det(d.u)).toBeCloseTo(s2 === 0 ? 1 : Math.sign(det([m[0] / s, m[1] / s, m[2] / s, m[3] / s])), 14);
  firstClearlyNonZeroPositive([d.vt[0], d.vt[1]]);
}

function check3(m: Mat3): void {
  const d = svd3(m);
  const [s1, s2, s3] = d.sigma;
  expect(s1).toBeGreaterThanOrEqual(s2);
  expect(s2).toBeGreaterThanOrEqual(s3);
  expect(s3).toBeGreaterThanOrEqual(0);
  const tol = 64 * EPS * maxAbs3(m) + (s3 === 0 ? 4e-10 * s1 : 0) + 1e-300;
  svdProduct3(d).forEach((x, k) => expect(Math.abs(x - m[k]!)).toBeLessThanOrEqual(tol));
  for (const q of [d.u, d.vt]) {
    multiply3(q, transpose3(q)).forEach((x, k) =>
      expect(Math.abs(x - IDENTITY3[k]!)).toBeLessThanOrEqual(16 * EPS),
    );
  }
  expect(det3(d.vt)).toBeCloseTo(1, 14);
  if (s3 === 0) expect(det3(d.u)).toBeCloseTo(1, 14);
  else {
    // sign(det A), where det A is clearly away from 0 (beyond det3's own rounding error).
    const s = maxAbs3(m) || 1;
    const dA = det3(m.map((x) => x / s) as unknown as Mat3);
    if (Math.abs(dA) > 1e-12) expect(det3(d.u)).toBeCloseTo(Math.sign(dA), 14);
    else expect(Math.abs(det3(d.u))).toBeCloseTo(1, 14);
  }
  firstClearlyNonZeroPositive([d.vt[0], d.vt[1], d.vt[2]]);
  firstClearlyNonZeroPositive([d.vt[3], d.vt[4], d.vt[5]]);
}

describe('svd2', () => {
  it('[[3,0],[4,5]]: σ = (3√5, √5)', () => {
    const d = svd2([3, 0, 4, 5]);
    expect(d.sigma[0]).toBeCloseTo(3 * Math.sqrt(5), 14);
    expect(d.sigma[1]).toBeCloseTo(Math.sqrt(5), 14);
    // V's first column is (1, 1)/√2: the direction stretched most.
    expect(d.vt[0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(d.vt[1]).toBeCloseTo(Math.SQRT1_2, 15);
    check2([3, 0, 4, 5]);
  });

  it('diagonal, rotation, reflection, singular and zero', () => {
    expect(svd2([2, 0, 0, 3]).sigma).toEqual([3, 2]);
    const rot = svd2([0, -1, 1, 0]);
    expect(rot.sigma[0]).toBeCloseTo(1, 15);
    expect(rot.sigma[1]).toBeCloseTo(1, 15);
    const refl = svd2([1, 0, 0, -1]);
    expect(det(refl.u)).toBeCloseTo(-1, 15);
    const sing = svd2([1, 2, 2, 4]);
    expect(sing.sigma[0]).toBeCloseTo(5, 14);
    expect(sing.sigma[1]).toBe(0);
    expect(det(sing.u)).toBeCloseTo(1, 15);
    expect(svd2([0, 0, 0, 0])).toEqual({ u: [1, 0, 0, 1], sigma: [0, 0], vt: [1, 0, 0, 1] });
    for (const m of [
      [2, 0, 0, 3],
      [0, -1, 1, 0],
      [1, 0, 0, -1],
      [1, 2, 2, 4],
      [1, 1, 0, 1],
      [0, 1, 0, 0],
    ] as Mat2[])
      check2(m);
  });

  it('U Σ Vᵀ = A with the sign convention, at magnitudes 1e-6..1e6', () => {
    fc.assert(fc.property(mat2, check2));
  });

  it('near-singular: σ2/σ1 down to 1e-14', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: Math.PI * 2, noNaN: true }),
        fc.double({ min: 0, max: Math.PI * 2, noNaN: true }),
        fc.double({ min: 0, max: 14, noNaN: true }),
        magnitude,
        (a, b, e, s) => {
          const r = (t: number): Mat2 => [Math.cos(t), -Math.sin(t), Math.sin(t), Math.cos(t)];
          const m = multiply(r(a), multiply([s, 0, 0, s * 10 ** -e], r(b)));
          check2(m);
          const d = svd2(m);
          expect(Math.abs(d.sigma[0] - s)).toBeLessThanOrEqual(16 * EPS * s);
          if (d.sigma[1] > 0) expect(Math.abs(d.sigma[1] - s * 10 ** -e)).toBeLessThanOrEqual(16 * EPS * s);
        },
      ),
    );
  });
});

describe('svd3', () => {
  it('textbook values', () => {
    expect(svd3([2, 0, 0, 0, 3, 0, 0, 0, 4]).sigma).toEqual([4, 3, 2]);
    const d = svd3([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(d.sigma[2]).toBe(0);
    // σ1² + σ2² = ‖A‖²_F = 285 and σ1·σ2 = |(1,−2,1)|·… : check the Frobenius identity.
    expect(d.sigma[0] ** 2 + d.sigma[1] ** 2).toBeCloseTo(285, 11);
    // The null vector (1, −2, 1)/√6 is V's last column.
    expect(Math.abs(d.vt[6]! * 1 + d.vt[7]! * -2 + d.vt[8]! * 1)).toBeCloseTo(Math.sqrt(6), 14);
    const sym = svd3([2, 1, 0, 1, 2, 0, 0, 0, 3]);
    expect(sym.sigma[0]).toBeCloseTo(3, 14);
    expect(sym.sigma[1]).toBeCloseTo(3, 14);
    expect(sym.sigma[2]).toBeCloseTo(1, 14);
    const refl = svd3([1, 0, 0, 0, 1, 0, 0, 0, -1]);
    expect(det3(refl.u)).toBeCloseTo(-1, 15);
    expect(svd3([0, 0, 0, 0, 0, 0, 0, 0, 0]).sigma).toEqual([0, 0, 0]);
    for (const m of [
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [2, 1, 0, 1, 2, 0, 0, 0, 3],
      [1, 0, 0, 0, 1, 0, 0, 0, -1],
      [1, 2, 3, 2, 4, 6, -1, -2, -3],
      [1, 1, 0, 0, 1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0, 0, 0],
      [0, 1, 0, 0, 0, 1, 0, 0, 0],
    ] as Mat3[])
      check3(m);
  });

  it('U Σ Vᵀ = A with orthogonal U, V and the sign convention, at magnitudes 1e-6..1e6', () => {
    fc.assert(fc.property(scaledMat3(), check3));
  });

  it('recovers prescribed singular values, σ3/σ1 down to 1e-14', () => {
    fc.assert(
      fc.property(conditioned(14), ({ m, sigma }) => {
        check3(m);
        const d = svd3(m);
        d.sigma.forEach((x, k) => {
          if (x > 0) expect(Math.abs(x - sigma[k]!)).toBeLessThanOrEqual(64 * EPS * sigma[0]);
          else expect(sigma[k]!).toBeLessThanOrEqual(2e-10 * sigma[0]);
        });
      }),
    );
  });
});
