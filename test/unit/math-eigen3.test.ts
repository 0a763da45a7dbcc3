import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eigen3, symmetricEigen3 } from '../../src/math/eigen3';
import {
  apply3,
  cross3,
  det3,
  dot3,
  maxAbs3,
  multiply3,
  norm3,
  rotation3,
  trace3,
  transpose3,
  type Mat3,
  type Vec3,
} from '../../src/math/mat3';
import { EPS, magnitude, rotation, scaledMat3 } from './math-arbitraries';

/** ‖A v − λ v‖ for a unit v, relative to the matrix scale. */
function residual(m: Mat3, lambda: number, v: Vec3): number {
  const av = apply3(m, v);
  return norm3([av[0] - lambda * v[0], av[1] - lambda * v[1], av[2] - lambda * v[2]]) / (maxAbs3(m) || 1);
}

function expectUnit(v: Vec3 | undefined): asserts v is Vec3 {
  expect(v).toBeDefined();
  expect(Math.abs(norm3(v!) - 1)).toBeLessThanOrEqual(8 * EPS);
}

function expectParallel(v: Vec3 | undefined, want: Vec3, tol = 1e-12): void {
  expectUnit(v);
  expect(norm3(cross3(v, want)) / norm3(want)).toBeLessThanOrEqual(tol);
}

describe('eigen3 on known matrices', () => {
  it('diagonal: values descending with the axes', () => {
    const e = eigen3([2, 0, 0, 0, 3, 0, 0, 0, 4]);
    expect(e.values).toEqual([
      { re: 4, im: 0 },
      { re: 3, im: 0 },
      { re: 2, im: 0 },
    ]);
    expect(e.vectors).toEqual([
      [0, 0, 1],
      [0, 1, 0],
      [1, 0, 0],
    ]);
  });

  it('rotation about z by θ: 1 along k̂, and cos θ ± i sin θ', () => {
    for (const theta of [0.3, 1, Math.PI / 2, 2, 3]) {
      const e = eigen3(rotation3('z', theta));
      expect(e.values).toHaveLength(3);
      expect(e.values[0]!.re).toBeCloseTo(1, 14);
      expect(e.values[0]!.im).toBe(0);
      expect(e.values[1]!.re).toBeCloseTo(Math.cos(theta), 14);
      expect(e.values[1]!.im).toBeCloseTo(Math.sin(theta), 14);
      expect(e.values[2]!.re).toBeCloseTo(Math.cos(theta), 14);
      expect(e.values[2]!.im).toBeCloseTo(-Math.sin(theta), 14);
      expectParallel(e.vectors[0], [0, 0, 1]);
      expect(e.vectors[1]).toBeUndefined();
      expect(e.vectors[2]).toBeUndefined();
    }
  });

  it('symmetric [[2,1,0],[1,2,0],[0,0,3]]: 3, 3, 1 with a 2D eigenspace for 3', () => {
    const m: Mat3 = [2, 1, 0, 1, 2, 0, 0, 0, 3];
    const e = eigen3(m);
    expect(e.values.map((v) => v.re)).toEqual([
      expect.closeTo(3, 14),
      expect.closeTo(3, 14),
      expect.closeTo(1, 14),
    ]);
    expect(e.values.every((v) => v.im === 0)).toBe(true);
    // The two vectors for 3 are independent (orthonormal), both in span{(1,1,0), (0,0,1)}.
    expectUnit(e.vectors[0]);
    expectUnit(e.vectors[1]);
    expect(Math.abs(dot3(e.vectors[0], e.vectors[1]))).toBeLessThanOrEqual(1e-14);
    for (const v of [e.vectors[0], e.vectors[1]])
      expect(Math.abs(dot3(v, [1, -1, 0]))).toBeLessThanOrEqual(1e-14);
    expectParallel(e.vectors[2], [1, -1, 0]);
  });

  it('a 3D shear is defective: λ = 1 three times along the one direction î', () => {
    const e = eigen3([1, 1, 0, 0, 1, 1, 0, 0, 1]);
    expect(e.values.map((v) => v.re)).toEqual([1, 1, 1]);
    for (const v of e.vectors) expectParallel(v, [1, 0, 0]);
  });

  it('a shear in the xy-plane beside a stretch: 2 along k̂, 1 twice along î only', () => {
    const e = eigen3([1, 1, 0, 0, 1, 0, 0, 0, 2]);
    expect(e.values.map((v) => v.re)).toEqual([
      expect.closeTo(2, 14),
      expect.closeTo(1, 7),
      expect.closeTo(1, 7),
    ]);
    expectParallel(e.vectors[0], [0, 0, 1]);
    expectParallel(e.vectors[1], [1, 0, 0], 1e-7);
    expectParallel(e.vectors[2], [1, 0, 0], 1e-7);
  });

  it('a double eigenvalue with a 2D eigenspace in a non-symmetric matrix', () => {
    // Triangular: λ = 2, 2, 3; A − 2I has rank 1, so the eigenspace of 2 is a plane.
    const m: Mat3 = [2, 0, 5, 0, 2, 7, 0, 0, 3];
    const e = eigen3(m);
    expect(e.values.map((v) => v.re)).toEqual([
      expect.closeTo(3, 13),
      expect.closeTo(2, 7),
      expect.closeTo(2, 7),
    ]);
    expectParallel(e.vectors[0], [5, 7, 1]);
    expect(Math.abs(dot3(e.vectors[1]!, e.vectors[2]!))).toBeLessThanOrEqual(1e-9);
    for (const k of [1, 2]) expect(residual(m, e.values[k]!.re, e.vectors[k]!)).toBeLessThanOrEqual(1e-7);
  });

  it('[[1,2,3],[4,5,6],[7,8,9]]: one eigenvalue 0 along (1,−2,1); the others (15 ± √297)/2', () => {
    const m: Mat3 = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const e = eigen3(m);
    expect(e.values[0]!.re).toBeCloseTo((15 + Math.sqrt(297)) / 2, 13);
    expect(e.values[1]!.re).toBeCloseTo(0, 13);
    expect(e.values[2]!.re).toBeCloseTo((15 - Math.sqrt(297)) / 2, 13);
    expectParallel(e.vectors[1], [1, -2, 1]);
  });

  it('scalar matrices: every direction, reported as three independent axes', () => {
    const e = eigen3([5, 0, 0, 0, 5, 0, 0, 0, 5]);
    expect(e.values.map((v) => v.re)).toEqual([5, 5, 5]);
    const [a, b, c] = e.vectors as [Vec3, Vec3, Vec3];
    expect(Math.abs(det3([...a, ...b, ...c] as unknown as Mat3))).toBeCloseTo(1, 14);
    expect(eigen3([0, 0, 0, 0, 0, 0, 0, 0, 0]).values.map((v) => v.re)).toEqual([0, 0, 0]);
  });

  it('a cyclic permutation: 1 and the cube roots of unity', () => {
    const e = eigen3([0, 0, 1, 1, 0, 0, 0, 1, 0]);
    expect(e.values[0]!.re).toBeCloseTo(1, 14);
    expect(e.values[1]!.re).toBeCloseTo(-0.5, 14);
    expect(e.values[1]!.im).toBeCloseTo(Math.sqrt(3) / 2, 14);
    expectParallel(e.vectors[0], [1, 1, 1]);
  });
});

describe('eigen3 properties', () => {
  it('A v = λ v for every real value; values sum to the trace and multiply to det; conjugate pairs', () => {
    fc.assert(
      fc.property(scaledMat3(), (m) => {
        const e = eigen3(m);
        const s = maxAbs3(m) || 1;
        expect(e.values).toHaveLength(3);
        expect(e.vectors).toHaveLength(3);
        const reals = e.values.filter((v) => v.im === 0).map((v) => v.re);
        for (let k = 1; k < reals.length; k++) expect(reals[k]!).toBeLessThanOrEqual(reals[k - 1]!);
        e.values.forEach((v, k) => {
          expect(Number.isFinite(v.re) && Number.isFinite(v.im)).toBe(true);
          if (v.im === 0) {
            expectUnit(e.vectors[k]);
            // Simple eigenvalues are found to ~ε·κ; repeated or nearly repeated ones, whose
            // position is only determined to √ε, count as one within 2e-6·s.
            expect(residual(m, v.re, e.vectors[k]!)).toBeLessThanOrEqual(1e-5);
          } else expect(e.vectors[k]).toBeUndefined();
        });
        if (e.values[2]!.im !== 0) {
          expect(e.values[1]!.im).toBeGreaterThan(0);
          expect(e.values[2]!.re).toBe(e.values[1]!.re);
          expect(e.values[2]!.im).toBe(-e.values[1]!.im);
        }
        const sum = e.values.reduce((acc, v) => acc + v.re, 0);
        expect(Math.abs(sum - trace3(m))).toBeLessThanOrEqual(1e-5 * s);
        // Product of the three roots = det (complex pair contributes |λ|²).
        const prod =
          e.values[2]!.im !== 0
            ? e.values[0]!.re * (e.values[1]!.re ** 2 + e.values[1]!.im ** 2)
            : e.values.reduce((acc, v) => acc * v.re, 1);
        expect(Math.abs(prod - det3(m))).toBeLessThanOrEqual(1e-5 * s ** 3);
      }),
    );
  });

  it('small integer matrices (what a learner types): A v = λ v, conjugate pairs satisfy det(A − λI) ≈ 0', () => {
    const small = fc.integer({ min: -4, max: 4 });
    const intMat = fc.tuple(
      small,
      small,
      small,
      small,
      small,
      small,
      small,
      small,
      small,
    ) as fc.Arbitrary<Mat3>;
    fc.assert(
      fc.property(intMat, (m) => {
        const e = eigen3(m);
        e.values.forEach((v, k) => {
          if (v.im === 0) {
            expectUnit(e.vectors[k]);
            expect(residual(m, v.re, e.vectors[k]!)).toBeLessThanOrEqual(1e-5);
          } else {
            // det(A − λI) for complex λ = re + i·im, by expanding with complex arithmetic.
            const re = v.re;
            const im = v.im;
            const c = (r: number, col: number): [number, number] => [
              m[3 * r + col]! - (r === col ? re : 0),
              r === col ? -im : 0,
            ];
            const mul = (a: [number, number], b: [number, number]): [number, number] => [
              a[0] * b[0] - a[1] * b[1],
              a[0] * b[1] + a[1] * b[0],
            ];
            const sub = (a: [number, number], b: [number, number]): [number, number] => [
              a[0] - b[0],
              a[1] - b[1],
            ];
            const minor = (r1: number, r2: number, c1: number, c2: number) =>
              sub(mul(c(r1, c1), c(r2, c2)), mul(c(r1, c2), c(r2, c1)));
            const d = sub(
              sub(mul(c(0, 0), minor(1, 2, 1, 2)), mul(c(0, 1), minor(1, 2, 0, 2))),
              mul([-c(0, 2)[0], -c(0, 2)[1]], minor(1, 2, 0, 1)),
            );
            expect(Math.hypot(d[0], d[1])).toBeLessThanOrEqual(1e-9 * 4 ** 3);
          }
        });
      }),
    );
  });

  it('scales with the matrix: eigen3(s·A) = s·eigen3(A), same vectors, from 1e-150 to 1e150', () => {
    const cases: Mat3[] = [
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [1, 1, 0, 0, 1, 0, 0, 0, 2],
      rotation3('z', 0.8),
      [2, 1, 0, 1, 2, 0, 0, 0, 3],
    ];
    for (const m of cases) {
      const base = eigen3(m);
      for (const s of [1e-150, 1e-6, 1e6, 1e150]) {
        const e = eigen3(m.map((x) => x * s) as unknown as Mat3);
        e.values.forEach((v, k) => {
          expect(Math.abs(v.re / s - base.values[k]!.re)).toBeLessThanOrEqual(1e-7);
          expect(Math.abs(v.im / s - base.values[k]!.im)).toBeLessThanOrEqual(1e-7);
          const a = e.vectors[k];
          const b = base.vectors[k];
          if (b === undefined) expect(a).toBeUndefined();
          else expect(norm3(cross3(a!, b))).toBeLessThanOrEqual(1e-7);
        });
      }
    }
  });

  it('well-separated real eigenvalues are accurate: A = P·diag·P⁻¹ with a rotation P', () => {
    fc.assert(
      fc.property(
        rotation,
        fc.integer({ min: -9, max: 9 }),
        fc.integer({ min: -9, max: 9 }),
        fc.integer({ min: -9, max: 9 }),
        magnitude,
        (p, a, b, c, s) => {
          fc.pre(a !== b && b !== c && a !== c);
          // A non-normal matrix with the same eigenvalues: an upper-triangular part in the rotated frame.
          const t: Mat3 = [a * s, s, 2 * s, 0, b * s, -s, 0, 0, c * s];
          const m = multiply3(p, multiply3(t, transpose3(p)));
          const e = eigen3(m);
          const want = [a, b, c].sort((x, y) => y - x).map((x) => x * s);
          e.values.forEach((v, k) => {
            expect(v.im).toBe(0);
            expect(Math.abs(v.re - want[k]!)).toBeLessThanOrEqual(1e-11 * s);
            expect(residual(m, v.re, e.vectors[k]!)).toBeLessThanOrEqual(1e-11);
          });
        },
      ),
    );
  });
});

describe('symmetricEigen3', () => {
  it('textbook: [[2,1,0],[1,2,0],[0,0,3]] → 3, 3, 1', () => {
    const e = symmetricEigen3([2, 1, 0, 1, 2, 0, 0, 0, 3]);
    expect(e.values[0]).toBeCloseTo(3, 15);
    expect(e.values[1]).toBeCloseTo(3, 15);
    expect(e.values[2]).toBeCloseTo(1, 15);
    expectParallel(e.vectors[2], [1, -1, 0], 1e-15);
  });

  it('A = V Λ Vᵀ with V orthonormal and right-handed, values descending, at magnitudes 1e-6..1e6', () => {
    const symmetric = scaledMat3().map(
      (m) =>
        m.map(
          (_, k) => m[Math.min(Math.floor(k / 3), k % 3) * 3 + Math.max(Math.floor(k / 3), k % 3)]!,
        ) as unknown as Mat3,
    );
    fc.assert(
      fc.property(symmetric, (m) => {
        const { values, vectors } = symmetricEigen3(m);
        expect(values[0]).toBeGreaterThanOrEqual(values[1]);
        expect(values[1]).toBeGreaterThanOrEqual(values[2]);
        const [v1, v2, v3] = vectors;
        for (const [a, b, want] of [
          [v1, v1, 1],
          [v2, v2, 1],
          [v3, v3, 1],
          [v1, v2, 0],
          [v1, v3, 0],
          [v2, v3, 0],
        ] as const)
          expect(Math.abs(dot3(a, b) - want)).toBeLessThanOrEqual(16 * EPS);
        expect(dot3(cross3(v1, v2), v3)).toBeCloseTo(1, 14);
        const s = maxAbs3(m);
        vectors.forEach((v, k) =>
          expect(residual(m, values[k]!, v) * (s || 1)).toBeLessThanOrEqual(64 * EPS * s + 1e-300),
        );
      }),
    );
  });
});
