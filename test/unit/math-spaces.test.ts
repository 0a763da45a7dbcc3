import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnSpace2, columnSpace3, nullSpace2, nullSpace3, rank2, rank3 } from '../../src/math/spaces';
import { apply, inverse, maxAbs, norm, type Mat2, type Vec2 } from '../../src/math/mat2';
import {
  apply3,
  cross3,
  dot3,
  fromColumns3,
  inverse3,
  maxAbs3,
  norm3,
  type Mat3,
  type Vec3,
} from '../../src/math/mat3';
import { EPS, conditioned, magnitude, scaledMat3, vec3 } from './math-arbitraries';

const entry = (limit = 10) => fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true });
const mat2 = fc
  .tuple(entry(), entry(), entry(), entry(), magnitude)
  .map(([a, b, c, d, s]) => [a * s, b * s, c * s, d * s] as Mat2);

function expectClose3(v: Vec3, want: Vec3, tol = 1e-14): void {
  v.forEach((x, k) => expect(Math.abs(x - want[k]!)).toBeLessThanOrEqual(tol));
}

/** The vectors are unit length and mutually perpendicular, to a few ε. */
function expectOrthonormal(vs: readonly (readonly number[])[]): void {
  for (let i = 0; i < vs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      const d = vs[i]!.reduce((acc, x, k) => acc + x * vs[j]![k]!, 0);
      expect(Math.abs(d - (i === j ? 1 : 0))).toBeLessThanOrEqual(16 * EPS);
    }
  }
}

describe('2x2 rank, column space, null space', () => {
  it('textbook values', () => {
    expect(rank2([1, 0, 0, 1])).toBe(2);
    expect(rank2([0, 0, 0, 0])).toBe(0);
    expect(rank2([1, 2, 2, 4])).toBe(1);
    expect(columnSpace2([1, 0, 0, 1])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    const col = columnSpace2([1, 2, 2, 4]);
    expect(col).toHaveLength(1);
    expect(col[0]![0]).toBeCloseTo(1 / Math.sqrt(5), 15);
    expect(col[0]![1]).toBeCloseTo(2 / Math.sqrt(5), 15);
    const nul = nullSpace2([1, 2, 2, 4]);
    expect(nul).toHaveLength(1);
    expect(nul[0]![0]).toBeCloseTo(2 / Math.sqrt(5), 15);
    expect(nul[0]![1]).toBeCloseTo(-1 / Math.sqrt(5), 15);
    expect(nullSpace2([1, 0, 0, 1])).toEqual([]);
    expect(nullSpace2([0, 0, 0, 0])).toHaveLength(2);
    expect(columnSpace2([0, 0, 0, 0])).toEqual([]);
    // Projection onto the x-axis: image is the x-axis, ĵ is squashed to 0.
    expect(columnSpace2([1, 0, 0, 0])).toEqual([[1, 0]]);
    expect(nullSpace2([1, 0, 0, 0])).toEqual([[0, 1]]);
  });

  it('rank + nullity = 2, bases orthonormal, A·(null vector) ≈ 0, rank 2 whenever inverse() works', () => {
    fc.assert(
      fc.property(mat2, (m) => {
        const r = rank2(m);
        const col = columnSpace2(m);
        const nul = nullSpace2(m);
        expect(col.length).toBe(r);
        expect(r + nul.length).toBe(2);
        // Rank 2 but no inverse only when A⁻¹ overflows (all entries subnormal).
        if (inverse(m).ok || r < 2) expect(inverse(m).ok).toBe(r === 2);
        expectOrthonormal(col);
        expectOrthonormal(nul);
        // |A n| ≤ REL_EPS-ish relative to the scale: n is in the null space of a matrix that is
        // singular to within the rank tolerance (|det| ≤ 1e-10·s²).
        for (const n of nul) expect(norm(apply(m, n))).toBeLessThanOrEqual(1e-9 * maxAbs(m) + 1e-300);
        // Columns of A lie in the column space: removing their components leaves ≈ 0.
        if (r === 1) {
          const u = col[0]!;
          for (const c of [
            [m[0], m[2]],
            [m[1], m[3]],
          ] as Vec2[]) {
            const along = c[0] * u[0] + c[1] * u[1];
            expect(norm([c[0] - along * u[0], c[1] - along * u[1]])).toBeLessThanOrEqual(
              1e-9 * maxAbs(m) + 1e-300,
            );
          }
        }
      }),
    );
  });
});

describe('3x3 rank, column space, null space', () => {
  it('[[1,2,3],[4,5,6],[7,8,9]] has rank 2 and null space along (1,−2,1)', () => {
    const m: Mat3 = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(rank3(m)).toBe(2);
    const nul = nullSpace3(m);
    expect(nul).toHaveLength(1);
    expectClose3(nul[0]!, [1 / Math.sqrt(6), -2 / Math.sqrt(6), 1 / Math.sqrt(6)]);
    const col = columnSpace3(m);
    expect(col).toHaveLength(2);
    // The image plane is perpendicular to the left null vector (1, −2, 1) as well.
    const normal = cross3(col[0]!, col[1]!);
    expect(Math.abs(dot3(normal, [1, -2, 1]))).toBeCloseTo(Math.sqrt(6), 13);
  });

  it('diagonal, rank 1 and zero matrices', () => {
    expect(rank3([2, 0, 0, 0, 3, 0, 0, 0, 4])).toBe(3);
    expect(nullSpace3([2, 0, 0, 0, 3, 0, 0, 0, 4])).toEqual([]);
    expect(columnSpace3([2, 0, 0, 0, 3, 0, 0, 0, 4])).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(rank3([1, 0, 0, 0, 1, 0, 0, 0, 0])).toBe(2);
    expect(nullSpace3([1, 0, 0, 0, 1, 0, 0, 0, 0])).toEqual([[0, 0, 1]]);
    const r1: Mat3 = [1, 2, 3, 2, 4, 6, -1, -2, -3];
    expect(rank3(r1)).toBe(1);
    const col = columnSpace3(r1);
    expect(col).toHaveLength(1);
    expectClose3(col[0]!, [1 / Math.sqrt(6), 2 / Math.sqrt(6), -1 / Math.sqrt(6)]);
    const nul = nullSpace3(r1);
    expect(nul).toHaveLength(2);
    for (const n of nul) expect(Math.abs(dot3(n, [1, 2, 3]))).toBeLessThanOrEqual(1e-14);
    expect(rank3([0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(0);
    expect(nullSpace3([0, 0, 0, 0, 0, 0, 0, 0, 0])).toHaveLength(3);
    expect(columnSpace3([0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([]);
  });

  it('rank + nullity = 3, orthonormal bases, A·(null vector) ≈ 0, at magnitudes 1e-6..1e6 and near-singular', () => {
    const dependent = fc
      .tuple(vec3(), vec3(), entry(), entry(), magnitude)
      .map(
        ([a, b, x, y, s]) =>
          fromColumns3(a, b, [x * a[0] + y * b[0], x * a[1] + y * b[1], x * a[2] + y * b[2]]).map(
            (e) => e * s,
          ) as unknown as Mat3,
      );
    fc.assert(
      fc.property(
        fc.oneof(
          scaledMat3(),
          conditioned(14).map((c) => c.m),
          dependent,
        ),
        (m) => {
          const r = rank3(m);
          const col = columnSpace3(m);
          const nul = nullSpace3(m);
          expect(col.length).toBe(r);
          expect(r + nul.length).toBe(3);
          if (inverse3(m).ok || r < 3) expect(inverse3(m).ok).toBe(r === 3);
          expectOrthonormal(col);
          expectOrthonormal(nul);
          const s = maxAbs3(m);
          // A null vector is sent to at most the discarded singular values (≤ 1e-10·σ1 ≤ 3e-10·s).
          for (const n of nul) expect(norm3(apply3(m, n))).toBeLessThanOrEqual(1e-9 * s + 1e-300);
          // Column space and null space are complementary in dimension and each column of A lies
          // in the column space.
          for (const c of [0, 1, 2] as const) {
            const v: Vec3 = [m[c], m[3 + c]!, m[6 + c]!];
            const rest = col.reduce<Vec3>((acc, u) => {
              const t = dot3(acc, u);
              return [acc[0] - t * u[0], acc[1] - t * u[1], acc[2] - t * u[2]];
            }, v);
            expect(norm3(rest)).toBeLessThanOrEqual(1e-9 * s + 1e-300);
          }
        },
      ),
    );
  });

  it('columns built as a dependent triple have rank ≤ 2', () => {
    fc.assert(
      fc.property(
        vec3(),
        vec3(),
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: -5, max: 5 }),
        (a, b, x, y) => {
          const m = fromColumns3(a, b, [x * a[0] + y * b[0], x * a[1] + y * b[1], x * a[2] + y * b[2]]);
          expect(rank3(m)).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});
