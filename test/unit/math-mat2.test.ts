import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IDENTITY,
  apply,
  approxEqual,
  columnI,
  columnJ,
  det,
  distance,
  fromColumns,
  inverse,
  isSingular,
  lerp,
  maxAbs,
  multiply,
  normalize,
  rotation,
  trace,
  type Mat2,
  type Vec2,
} from '../../src/math/mat2';

const EPS = Number.EPSILON;
const entry = (limit = 100) => fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true });
const matrix = (limit = 100) =>
  fc.tuple(entry(limit), entry(limit), entry(limit), entry(limit)) as fc.Arbitrary<Mat2>;
const vector = fc.tuple(entry(10), entry(10)) as fc.Arbitrary<Vec2>;

/**
 * A·A⁻¹ = I up to rounding. The error a correct inverse may carry grows with the condition
 * number, so the bound is ε·|A|·|A⁻¹| (times a small constant), not an absolute number.
 */
function expectInverse(m: Mat2): void {
  const r = inverse(m);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.inverse.every(Number.isFinite)).toBe(true);
  const tol = 16 * EPS * maxAbs(m) * maxAbs(r.inverse);
  for (const product of [multiply(m, r.inverse), multiply(r.inverse, m)]) {
    product.forEach((x, k) => expect(Math.abs(x - (IDENTITY[k] as number))).toBeLessThanOrEqual(tol));
  }
}

describe('det and trace', () => {
  it('match the closed forms', () => {
    expect(det([1, 2, 3, 4])).toBe(-2);
    expect(det(IDENTITY)).toBe(1);
    expect(det([2, 0, 0, 3])).toBe(6);
    expect(det([1, 1, 0, 1])).toBe(1);
    expect(det([1, 2, 2, 4])).toBe(0);
    expect(trace([1, 2, 3, 4])).toBe(5);
  });

  it('det(AB) = det(A)·det(B)', () => {
    fc.assert(
      fc.property(matrix(10), matrix(10), (a, b) => {
        const lhs = det(multiply(a, b));
        const rhs = det(a) * det(b);
        const scale = maxAbs(a) ** 2 * maxAbs(b) ** 2;
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(32 * EPS * scale + 1e-300);
      }),
    );
  });
});

describe('apply and multiply', () => {
  it('sends î and ĵ to the columns', () => {
    const m: Mat2 = [1, 2, 3, 4];
    expect(apply(m, [1, 0])).toEqual([1, 3]);
    expect(apply(m, [0, 1])).toEqual([2, 4]);
    expect(apply(m, [2, -1])).toEqual([0, 2]);
  });

  it('multiply(B, A) applies A first, then B', () => {
    const rotate: Mat2 = [0, -1, 1, 0];
    const stretchX: Mat2 = [2, 0, 0, 1];
    // î: rotated to ĵ, then stretching x leaves ĵ alone.
    expect(apply(multiply(stretchX, rotate), [1, 0])).toEqual([0, 1]);
    // î: stretched to 2î, then rotated to 2ĵ. The order matters.
    expect(apply(multiply(rotate, stretchX), [1, 0])).toEqual([0, 2]);
  });

  it('(BA)v = B(Av) for random matrices and vectors', () => {
    fc.assert(
      fc.property(matrix(10), matrix(10), vector, (b, a, v) => {
        const direct = apply(multiply(b, a), v);
        const steps = apply(b, apply(a, v));
        // Plus a floor for results that underflow into subnormal numbers.
        const tol = 16 * EPS * maxAbs(a) * maxAbs(b) * Math.max(Math.abs(v[0]), Math.abs(v[1]), 1) + 1e-300;
        expect(distance(direct, steps)).toBeLessThanOrEqual(tol);
      }),
    );
  });

  it('IA = AI = A', () => {
    fc.assert(
      fc.property(matrix(), (m) => {
        expect(approxEqual(multiply(IDENTITY, m), m, 0)).toBe(true);
        expect(approxEqual(multiply(m, IDENTITY), m, 0)).toBe(true);
      }),
    );
  });
});

describe('inverse', () => {
  it('inverts known matrices exactly', () => {
    const known: [Mat2, Mat2][] = [
      [
        [2, 0, 0, 4],
        [0.5, 0, 0, 0.25],
      ],
      [
        [1, 1, 0, 1],
        [1, -1, 0, 1],
      ],
      [
        [0, -1, 1, 0],
        [0, 1, -1, 0],
      ],
      [
        [1, 2, 3, 4],
        [-2, 1, 1.5, -0.5],
      ],
    ];
    for (const [m, inv] of known) {
      const r = inverse(m);
      expect(r.ok && approxEqual(r.inverse, inv, 1e-15)).toBe(true);
    }
  });

  it('gives A·A⁻¹ = I relative to the scale of A', () => {
    expectInverse([1, 2, 3, 4]);
    expectInverse([0, -1, 1, 0]);
    expectInverse([1, 1, 1, 1 + 1e-8]);
    expectInverse([1e6, 2e6, 3e6, 4e6]);
    expectInverse([1e-6, 2e-6, 3e-6, 4e-6]);
    expectInverse([1e-200, 0, 0, 1e-200]);
    expectInverse([1e200, 1e199, 0, 1e200]);
  });

  it('gives A·A⁻¹ = I for random invertible matrices from 1e-6 to 1e6', () => {
    // Entries on a grid of 1e-6 in [-1, 1], then all scaled by one power of ten.
    const unit = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 1_000_000);
    const scaledMatrix = fc
      .tuple(fc.tuple(unit, unit, unit, unit), fc.integer({ min: -6, max: 6 }))
      .map(([m, k]) => m.map((x) => x * 10 ** k) as unknown as Mat2);
    fc.assert(
      fc.property(scaledMatrix, (m) => {
        fc.pre(!isSingular(m));
        expectInverse(m);
      }),
    );
  });

  it('never returns a non-finite inverse, whatever the magnitudes', () => {
    fc.assert(
      fc.property(matrix(1e300), (m) => {
        const r = inverse(m);
        if (r.ok) expect(r.inverse.every(Number.isFinite)).toBe(true);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });

  it('refuses singular matrices with a reason and no NaN', () => {
    for (const m of [
      [1, 2, 2, 4],
      [0, 0, 0, 0],
      [1, 0, 0, 0],
      [1e6, 1e6, 1e6, 1e6],
      [1e-300, 1e-300, 1e-300, 1e-300],
    ] as Mat2[]) {
      const r = inverse(m);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/determinant is 0/);
      expect(JSON.stringify(r)).not.toMatch(/NaN|null|Infinity/);
    }
  });

  it('refuses an inverse that would overflow instead of returning Infinity', () => {
    const r = inverse([0, 5e-324, -5e-324, 0]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/too large/);
  });

  it('calls a matrix singular relative to its scale, not by an absolute threshold', () => {
    expect(isSingular([1e-6, 0, 0, 1e-6])).toBe(false);
    expect(isSingular([1e-20, 0, 0, 1e-20])).toBe(false);
    expect(isSingular([1e6, 2e6, 2e6, 4e6])).toBe(true);
    expect(isSingular([1, 1, 1, 1 + 1e-8])).toBe(false);
    expect(isSingular([1, 1, 1, 1 + 1e-14])).toBe(true);
    // Condition number 1e12: squashed relative to its own scale, though no entry is 0.
    expect(isSingular([1e6, 0, 0, 1e-6])).toBe(true);
  });
});

describe('rotation', () => {
  it('has determinant 1 and keeps lengths', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), vector, (theta, v) => {
        const r = rotation(theta);
        expect(Math.abs(det(r) - 1)).toBeLessThanOrEqual(4 * EPS);
        const n = Math.hypot(...v);
        expect(Math.abs(Math.hypot(...apply(r, v)) - n)).toBeLessThanOrEqual(8 * EPS * Math.max(n, 1));
      }),
    );
  });

  it('turns counter-clockwise', () => {
    const r = rotation(Math.PI / 2);
    expect(distance(apply(r, [1, 0]), [0, 1])).toBeLessThan(1e-15);
    expect(distance(apply(r, [0, 1]), [-1, 0])).toBeLessThan(1e-15);
  });
});

describe('lerp', () => {
  it('returns exactly the endpoints at t = 0 and t = 1', () => {
    fc.assert(
      fc.property(matrix(), matrix(), (a, b) => {
        expect(approxEqual(lerp(a, b, 0), a, 0)).toBe(true);
        expect(approxEqual(lerp(a, b, 1), b, 0)).toBe(true);
      }),
    );
    // The animation from the identity must land on the typed matrix, not on 0.09999999999999998.
    expect(lerp(IDENTITY, [0.1, 0.2, 0.3, 0.4], 1)).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('is halfway at t = 0.5', () => {
    expect(lerp(IDENTITY, [3, 2, -2, 5], 0.5)).toEqual([2, 1, -1, 3]);
  });
});

describe('columns', () => {
  it('fromColumns and columnI/columnJ round-trip', () => {
    fc.assert(
      fc.property(vector, vector, (i, j) => {
        const m = fromColumns(i, j);
        expect(columnI(m)).toEqual(i);
        expect(columnJ(m)).toEqual(j);
        expect(distance(apply(m, [1, 0]), i)).toBe(0);
        expect(distance(apply(m, [0, 1]), j)).toBe(0);
        expect(fromColumns(columnI(m), columnJ(m))).toEqual(m);
      }),
    );
    expect(fromColumns([1, 3], [2, 4])).toEqual([1, 2, 3, 4]);
  });
});

describe('vectors', () => {
  it('normalize gives unit length and leaves the zero vector alone', () => {
    expect(normalize([3, 4])).toEqual([0.6, 0.8]);
    expect(normalize([0, 0])).toEqual([0, 0]);
    expect(distance([0, 0], [3, 4])).toBe(5);
  });
});
