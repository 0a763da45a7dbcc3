import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eigen2, eigenvector, type Eigen2 } from '../../src/math/eigen2';
import { apply, det, distance, maxAbs, rotation, trace, type Mat2, type Vec2 } from '../../src/math/mat2';

const SQRT1_2 = Math.SQRT1_2;

function expectKind<K extends Eigen2['kind']>(e: Eigen2, kind: K): Extract<Eigen2, { kind: K }> {
  expect(e.kind).toBe(kind);
  if (e.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(e)}`);
  return e as Extract<Eigen2, { kind: K }>;
}

function expectVec(v: Vec2, want: Vec2, tol = 1e-15): void {
  expect(distance(v, want)).toBeLessThanOrEqual(tol);
  // The sign convention gives +0, never -0, so equality and formatting never see "-0".
  expect(Object.is(v[0], -0) || Object.is(v[1], -0)).toBe(false);
}

describe('eigen2 on known matrices', () => {
  it('diagonal [[2,0],[0,3]]: 3 along ĵ, 2 along î', () => {
    const e = expectKind(eigen2([2, 0, 0, 3]), 'distinct');
    expect(e.values).toEqual([3, 2]);
    expectVec(e.vectors[0], [0, 1]);
    expectVec(e.vectors[1], [1, 0]);
  });

  it('symmetric [[2,1],[1,2]]: 3 along (1,1)/√2, 1 along (1,−1)/√2', () => {
    const e = expectKind(eigen2([2, 1, 1, 2]), 'distinct');
    expect(e.values[0]).toBeCloseTo(3, 14);
    expect(e.values[1]).toBeCloseTo(1, 14);
    expectVec(e.vectors[0], [SQRT1_2, SQRT1_2]);
    expectVec(e.vectors[1], [SQRT1_2, -SQRT1_2]);
  });

  it('rotation by 90°: complex pair 0 ± 1i', () => {
    const e = expectKind(eigen2([0, -1, 1, 0]), 'complex');
    expect(e.re).toBe(0);
    expect(e.im).toBe(1);
  });

  it('rotation by θ: cos θ ± i sin θ', () => {
    for (const theta of [0.3, 1, Math.PI / 3, 2, 3, -0.7, -2.5]) {
      const e = expectKind(eigen2(rotation(theta)), 'complex');
      expect(e.re).toBeCloseTo(Math.cos(theta), 14);
      expect(e.im).toBeCloseTo(Math.abs(Math.sin(theta)), 14);
    }
  });

  it('rotation by 0 or 180° is a multiple of the identity', () => {
    expect(eigen2(rotation(0))).toEqual({ kind: 'scalar', value: 1 });
    const e = expectKind(eigen2(rotation(Math.PI)), 'scalar');
    expect(e.value).toBeCloseTo(-1, 15);
  });

  it('shear [[1,1],[0,1]]: defective, λ = 1 along (1,0) only', () => {
    const e = expectKind(eigen2([1, 1, 0, 1]), 'defective');
    expect(e.value).toBe(1);
    expectVec(e.vector, [1, 0]);
  });

  it('vertical shear [[1,0],[2,1]]: defective, λ = 1 along (0,1)', () => {
    const e = expectKind(eigen2([1, 0, 2, 1]), 'defective');
    expect(e.value).toBe(1);
    expectVec(e.vector, [0, 1]);
  });

  it('2I: scalar 2, every direction is an eigenvector', () => {
    expect(eigen2([2, 0, 0, 2])).toEqual({ kind: 'scalar', value: 2 });
    expect(eigen2([0, 0, 0, 0])).toEqual({ kind: 'scalar', value: 0 });
  });

  it('projection [[1,0],[0,0]]: 1 along î, 0 along ĵ', () => {
    const e = expectKind(eigen2([1, 0, 0, 0]), 'distinct');
    expect(e.values).toEqual([1, 0]);
    expectVec(e.vectors[0], [1, 0]);
    expectVec(e.vectors[1], [0, 1]);
  });

  it('nilpotent [[0,1],[0,0]]: defective 0 along (1,0)', () => {
    const e = expectKind(eigen2([0, 1, 0, 0]), 'defective');
    expect(e.value).toBe(0);
    expectVec(e.vector, [1, 0]);
  });

  it('reflection [[1,0],[0,-1]]: 1 along î, −1 along ĵ', () => {
    const e = expectKind(eigen2([1, 0, 0, -1]), 'distinct');
    expect(e.values).toEqual([1, -1]);
    expectVec(e.vectors[0], [1, 0]);
    expectVec(e.vectors[1], [0, 1]);
  });

  it('keeps close but different eigenvalues apart', () => {
    // Two real directions, 1e-5 apart in stretch: not a shear, and not the identity.
    const e = expectKind(eigen2([1, 0, 0, 1 + 1e-5]), 'distinct');
    expect(Math.abs(e.values[0] - (1 + 1e-5))).toBeLessThanOrEqual(4 * Number.EPSILON);
    expect(Math.abs(e.values[1] - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
    expectVec(e.vectors[0], [0, 1]);
    expectVec(e.vectors[1], [1, 0]);
    expectKind(eigen2([1, 0, 0, 1.001]), 'distinct');
    expectKind(eigen2([1, 0.001, 0, 1.001]), 'distinct');
  });

  it('is independent of the scale of the matrix', () => {
    for (const s of [1e-6, 1e-3, 1e3, 1e6]) {
      expectKind(eigen2([s, s, 0, s]), 'defective');
      expectKind(eigen2([2 * s, 0, 0, 2 * s]), 'scalar');
      expectKind(eigen2([0, -s, s, 0]), 'complex');
      expectKind(eigen2([2 * s, s, s, 2 * s]), 'distinct');
    }
  });
});

describe('eigenvector', () => {
  it('returns a unit vector with a fixed sign: first non-zero component positive', () => {
    expectVec(eigenvector([2, 1, 1, 2], 3), [SQRT1_2, SQRT1_2]);
    expectVec(eigenvector([0, 0, 0, 0], 0), [1, 0]);
    expectVec(eigenvector([1, 0, 0, 2], 2), [0, 1]);
  });
});

// Uniform on a grid of 1e-5 in [-10, 10]: about a third of such matrices have complex eigenvalues.
const entry = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100_000);
const wildEntry = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const matrix = fc.tuple(entry, entry, entry, entry) as fc.Arbitrary<Mat2>;

describe('eigen2 properties', () => {
  it('real distinct: A v = λ v, |v| = 1, λ1 + λ2 = trace, λ1·λ2 = det, λ1 > λ2', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const s = maxAbs(m);
        const half = trace(m) / 2;
        // Well separated real eigenvalues; near-repeated ones are tested by the known cases above.
        fc.pre(s > 1e-3 && half * half - det(m) > 1e-6 * s * s);
        const e = expectKind(eigen2(m), 'distinct');
        const [l1, l2] = e.values;
        expect(l1).toBeGreaterThan(l2);
        expect(Math.abs(l1 + l2 - trace(m))).toBeLessThanOrEqual(1e-12 * s);
        expect(Math.abs(l1 * l2 - det(m))).toBeLessThanOrEqual(1e-12 * s * s);
        e.vectors.forEach((v, k) => {
          const lambda = e.values[k] as number;
          expect(Math.abs(Math.hypot(...v) - 1)).toBeLessThanOrEqual(1e-15);
          const av = apply(m, v);
          // Residual bounded by the eigenvector's conditioning: 1 / sin of the angle between them.
          const gap = (l1 - l2) / s;
          expect(distance(av, [lambda * v[0], lambda * v[1]])).toBeLessThanOrEqual((1e-13 * s) / gap);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('complex: re = trace/2 and re² + im² = det', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const s = maxAbs(m);
        const half = trace(m) / 2;
        fc.pre(s > 1e-3 && half * half - det(m) < -1e-6 * s * s);
        const e = expectKind(eigen2(m), 'complex');
        expect(e.re).toBe(half);
        expect(e.im).toBeGreaterThan(0);
        expect(Math.abs(e.re * e.re + e.im * e.im - det(m))).toBeLessThanOrEqual(1e-12 * s * s);
      }),
      { numRuns: 300 },
    );
  });

  it('every 2x2 gets an answer without NaN', () => {
    fc.assert(
      fc.property(fc.tuple(wildEntry, wildEntry, wildEntry, wildEntry), (m) => {
        expect(JSON.stringify(eigen2(m))).not.toMatch(/null|NaN/);
      }),
    );
  });
});
