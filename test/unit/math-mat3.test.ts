import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IDENTITY3,
  angle3,
  apply3,
  approxEqual3,
  column3,
  cross3,
  det3,
  dot3,
  fromColumns3,
  inverse3,
  isSingular3,
  lerp3,
  maxAbs3,
  multiply3,
  norm3,
  normalize3,
  projectOnto3,
  rotation3,
  transpose3,
  type Mat3,
} from '../../src/math/mat3';
import { coordsInBasis3, matrixInBasis2, matrixInBasis3 } from '../../src/math/basis';
import { rank3 } from '../../src/math/spaces';
import { EPS, conditioned, mat3, maxAbsOf, scaledMat3, vec3 } from './math-arbitraries';

const M123: Mat3 = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** A·A⁻¹ = I and A⁻¹·A = I within c·ε·|A|·|A⁻¹| (the error grows with the condition number). */
function expectInverse3(m: Mat3): void {
  const r = inverse3(m);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.inverse.every(Number.isFinite)).toBe(true);
  const tol = 64 * EPS * maxAbs3(m) * maxAbs3(r.inverse);
  for (const product of [multiply3(m, r.inverse), multiply3(r.inverse, m)])
    product.forEach((x, k) => expect(Math.abs(x - IDENTITY3[k]!)).toBeLessThanOrEqual(tol));
}

describe('mat3 layout', () => {
  it('columns are where î, ĵ, k̂ land', () => {
    const m = fromColumns3([1, 2, 3], [4, 5, 6], [7, 8, 9]);
    expect(m).toEqual([1, 4, 7, 2, 5, 8, 3, 6, 9]);
    expect(column3(m, 0)).toEqual([1, 2, 3]);
    expect(column3(m, 2)).toEqual([7, 8, 9]);
    expect(apply3(m, [1, 0, 0])).toEqual([1, 2, 3]);
    expect(apply3(m, [0, 0, 1])).toEqual([7, 8, 9]);
    expect(transpose3(m)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('multiply3(B, A) is "first A, then B"', () => {
    const a = rotation3('z', Math.PI / 2);
    const b: Mat3 = [2, 0, 0, 0, 1, 0, 0, 0, 1];
    // î → ĵ by the rotation, then the x-stretch leaves ĵ alone.
    expect(apply3(multiply3(b, a), [1, 0, 0]).map((x) => Math.round(x * 1e12) / 1e12 + 0)).toEqual([0, 1, 0]);
    fc.assert(
      fc.property(mat3(), mat3(), vec3(), (bm, am, v) => {
        const lhs = apply3(multiply3(bm, am), v);
        const rhs = apply3(bm, apply3(am, v));
        const tol = 64 * EPS * 9 * maxAbs3(bm) * maxAbs3(am) * maxAbsOf(v) + 1e-300;
        lhs.forEach((x, k) => expect(Math.abs(x - rhs[k]!)).toBeLessThanOrEqual(tol));
      }),
    );
  });

  it('lerp3 is exact at both ends', () => {
    const to: Mat3 = [0.1, 0.2, 0.3, -1, 5, 7, 1e-7, 3, 9];
    expect(lerp3(IDENTITY3, to, 0)).toEqual(IDENTITY3);
    expect(lerp3(IDENTITY3, to, 1)).toEqual(to);
    expect(
      approxEqual3(lerp3(IDENTITY3, [3, 0, 0, 0, 3, 0, 0, 0, 3], 0.5), [2, 0, 0, 0, 2, 0, 0, 0, 2]),
    ).toBe(true);
  });
});

describe('det3', () => {
  it('textbook values', () => {
    expect(det3([2, 0, 0, 0, 3, 0, 0, 0, 4])).toBe(24);
    expect(det3(IDENTITY3)).toBe(1);
    expect(det3(M123)).toBe(0);
    expect(det3([6, 1, 1, 4, -2, 5, 2, 8, 7])).toBe(-306);
    // Swapping two columns flips orientation.
    expect(det3(fromColumns3([0, 1, 0], [1, 0, 0], [0, 0, 1]))).toBe(-1);
    expect(det3(rotation3('x', 0.7))).toBeCloseTo(1, 15);
  });

  it('does not overflow or underflow on the way for huge or tiny entries', () => {
    expect(det3([1e200, 0, 0, 0, 1e-100, 0, 0, 0, 1e-100])).toBeCloseTo(1, 12);
    expect(det3([1e-120, 0, 0, 0, 1e-120, 0, 0, 0, 1e230]) / 1e-10).toBeCloseTo(1, 12);
  });

  it('det(AB) = det A · det B at magnitudes 1e-6, 1, 1e6', () => {
    fc.assert(
      fc.property(scaledMat3(), scaledMat3(), (a, b) => {
        const lhs = det3(multiply3(a, b));
        const rhs = det3(a) * det3(b);
        // |det| ≤ 6·max³ for each factor; the products carry a few ε relative to that.
        const scale = 36 * maxAbs3(a) ** 3 * maxAbs3(b) ** 3;
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(64 * EPS * scale + 1e-300);
      }),
    );
  });

  it('det Aᵀ = det A', () => {
    fc.assert(
      fc.property(scaledMat3(), (a) => {
        expect(Math.abs(det3(transpose3(a)) - det3(a))).toBeLessThanOrEqual(
          64 * EPS * 6 * maxAbs3(a) ** 3 + 1e-300,
        );
      }),
    );
  });
});

describe('inverse3', () => {
  it('textbook values', () => {
    const r = inverse3([2, 0, 0, 0, 3, 0, 0, 0, 4]);
    expect(r).toEqual({ ok: true, inverse: [0.5, 0, 0, 0, 1 / 3, 0, 0, 0, 0.25] });
    const r2 = inverse3([1, 2, 3, 0, 1, 4, 5, 6, 0]);
    expect(r2.ok && r2.inverse).toEqual([-24, 18, 5, 20, -15, -4, -5, 4, 1]);
    const rot = rotation3('y', 1.1);
    const r3 = inverse3(rot);
    expect(r3.ok && approxEqual3(r3.inverse, transpose3(rot), 1e-15)).toBe(true);
  });

  it('refuses singular matrices in plain words, by how flat they squash space', () => {
    const plane = inverse3(M123);
    expect(plane.ok).toBe(false);
    if (!plane.ok) expect(plane.reason).toMatch(/determinant is 0.*plane/);
    const line = inverse3([1, 2, 3, 2, 4, 6, -1, -2, -3]);
    expect(!line.ok && line.reason).toMatch(/line/);
    const zero = inverse3([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(!zero.ok && zero.reason).toMatch(/all zeros/);
    const nan = inverse3([Number.NaN, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(nan.ok).toBe(false);
  });

  it('A·A⁻¹ = I for every invertible matrix, at magnitudes 1e-6, 1, 1e6', () => {
    fc.assert(
      fc.property(scaledMat3(), (m) => {
        const r = inverse3(m);
        if (r.ok) expectInverse3(m);
        else expect(typeof r.reason).toBe('string');
      }),
    );
  });

  it('A·A⁻¹ = I for prescribed condition numbers up to 1e9; refuses beyond 1e10', () => {
    fc.assert(
      fc.property(conditioned(14), ({ m, sigma }) => {
        const ratio = sigma[2] / sigma[0];
        if (ratio > 1e-9) expectInverse3(m);
        if (ratio < 1e-11) expect(inverse3(m).ok).toBe(false);
      }),
    );
  });

  it('refuses when the rank is below 3 (or A⁻¹ would overflow), never returning NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          scaledMat3(),
          conditioned(14).map((c) => c.m),
        ),
        (m) => {
          const r = inverse3(m);
          expect(isSingular3(m)).toBe(rank3(m) < 3);
          if (r.ok) {
            expect(rank3(m)).toBe(3);
            expect(r.inverse.every(Number.isFinite)).toBe(true);
          } else if (rank3(m) === 3) expect(r.reason).toMatch(/too large/);
        },
      ),
    );
  });

  it('works at extreme magnitudes without overflow', () => {
    for (const s of [1e-150, 1e-6, 1e6, 1e150]) {
      const m: Mat3 = [2 * s, s, 0, 0, 3 * s, s, s, 0, 4 * s];
      expectInverse3(m);
    }
  });
});

describe('dot, cross, norm, projection, angle', () => {
  it('textbook values', () => {
    expect(cross3([1, 0, 0], [0, 1, 0])).toEqual([0, 0, 1]);
    expect(cross3([0, 1, 0], [1, 0, 0])).toEqual([0, 0, -1]);
    expect(cross3([1, 2, 3], [4, 5, 6])).toEqual([-3, 6, -3]);
    expect(dot3([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(norm3([2, 3, 6])).toBe(7);
    expect(normalize3([0, 0, 0])).toEqual([0, 0, 0]);
    expect(normalize3([0, 3, 4])).toEqual([0, 0.6, 0.8]);
    expect(projectOnto3([1, 2, 3], [0, 0, 5])).toEqual({ point: [0, 0, 3], scalar: 3 });
    expect(projectOnto3([1, 2, 3], [0, 0, -2])).toEqual({ point: [0, 0, 3], scalar: -3 });
    expect(projectOnto3([1, 2, 3], [0, 0, 0])).toBeUndefined();
    expect(angle3([1, 0, 0], [0, 0, 2])).toBeCloseTo(Math.PI / 2, 15);
    expect(angle3([1, 0, 0], [0, 0, 0])).toBeUndefined();
  });

  it('u × v is perpendicular to both, and |u × v|² + (u·v)² = |u|²|v|²', () => {
    fc.assert(
      fc.property(vec3(), vec3(), (u, v) => {
        const c = cross3(u, v);
        const s = norm3(u) * norm3(v);
        expect(Math.abs(dot3(c, u))).toBeLessThanOrEqual(16 * EPS * s * norm3(u) + 1e-300);
        expect(Math.abs(dot3(c, v))).toBeLessThanOrEqual(16 * EPS * s * norm3(v) + 1e-300);
        expect(Math.abs(norm3(c) ** 2 + dot3(u, v) ** 2 - s * s)).toBeLessThanOrEqual(
          16 * EPS * s * s + 1e-300,
        );
      }),
    );
  });

  it('det of [u v w] is u · (v × w)', () => {
    fc.assert(
      fc.property(vec3(), vec3(), vec3(), (u, v, w) => {
        const lhs = det3(fromColumns3(u, v, w));
        const rhs = dot3(u, cross3(v, w));
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(64 * EPS * 6 * 1000 + 1e-300);
      }),
    );
  });

  it('the projection leaves a remainder perpendicular to the line', () => {
    fc.assert(
      fc.property(vec3(), vec3(), (v, onto) => {
        const p = projectOnto3(v, onto);
        if (norm3(onto) === 0) {
          expect(p).toBeUndefined();
          return;
        }
        expect(p).toBeDefined();
        if (!p) return;
        const rest = [v[0] - p.point[0], v[1] - p.point[1], v[2] - p.point[2]] as const;
        expect(Math.abs(dot3(rest, normalize3(onto)))).toBeLessThanOrEqual(16 * EPS * norm3(v) + 1e-300);
        expect(Math.abs(Math.abs(p.scalar) - norm3(p.point))).toBeLessThanOrEqual(
          4 * EPS * norm3(v) + 1e-300,
        );
      }),
    );
  });
});

describe('change of basis', () => {
  it('coordinates in a basis rebuild the vector', () => {
    const r = coordsInBasis3([1, 1, 0], [0, 1, 1], [1, 0, 1], [2, 3, 1]);
    expect(r).toEqual({ ok: true, coords: [2, 1, 0] });
    const bad = coordsInBasis3([1, 0, 0], [0, 1, 0], [1, 1, 0], [1, 2, 3]);
    expect(!bad.ok && bad.reason).toMatch(/one plane/);
  });

  it('a map reads P⁻¹AP in the new basis: a shear along its eigenvectors', () => {
    const r = matrixInBasis2([2, 1, 0, 3], [1, 0], [1, 1]);
    expect(r).toEqual({ ok: true, value: [2, 0, 0, 3] });
    expect(matrixInBasis2([1, 0, 0, 1], [1, 2], [2, 4]).ok).toBe(false);
    const r3 = matrixInBasis3([2, 0, 0, 0, 3, 0, 0, 0, 4], [0, 1, 0], [0, 0, 1], [1, 0, 0]);
    expect(r3).toEqual({ ok: true, value: [3, 0, 0, 0, 4, 0, 0, 0, 2] });
  });
});
