import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  angle2,
  canonicalSign2,
  coordsInBasis2,
  cosine2,
  cross2,
  dot2,
  perp2,
  projectOnto2,
  unit2,
} from '../../src/math/vec2';
import { norm, type Vec2 } from '../../src/math/mat2';

const EPS = Number.EPSILON;
const entry = (limit = 10) => fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true });
const vec = (limit = 10) => fc.tuple(entry(limit), entry(limit)) as fc.Arbitrary<Vec2>;

describe('dot and cross', () => {
  it('textbook values', () => {
    expect(dot2([1, 2], [3, 4])).toBe(11);
    expect(cross2([1, 0], [0, 1])).toBe(1);
    expect(cross2([0, 1], [1, 0])).toBe(-1);
    expect(cross2([2, 4], [1, 2])).toBe(0);
    expect(perp2([1, 0])).toEqual([0, 1]);
  });

  it('dot² + cross² = |u|²|v|²', () => {
    fc.assert(
      fc.property(vec(), vec(), (u, v) => {
        const s = norm(u) * norm(v);
        expect(Math.abs(dot2(u, v) ** 2 + cross2(u, v) ** 2 - s * s)).toBeLessThanOrEqual(
          8 * EPS * s * s + 1e-300,
        );
      }),
    );
  });
});

describe('projection', () => {
  it('textbook values', () => {
    expect(projectOnto2([3, 4], [1, 0])).toEqual({ point: [3, 0], scalar: 3 });
    expect(projectOnto2([3, 4], [-2, 0])).toEqual({ point: [3, 0], scalar: -3 });
    const p = projectOnto2([2, 0], [1, 1]);
    expect(p?.point[0]).toBeCloseTo(1, 15);
    expect(p?.point[1]).toBeCloseTo(1, 15);
    expect(p?.scalar).toBeCloseTo(Math.SQRT2, 15);
    expect(projectOnto2([1, 2], [0, 0])).toBeUndefined();
  });

  it('the remainder is perpendicular to the line and point = scalar·û, also for 1e-300 and 1e300 vectors', () => {
    fc.assert(
      fc.property(vec(), vec(), fc.constantFrom(1e-300, 1e-6, 1, 1e6, 1e300), (v, onto, s) => {
        const o: Vec2 = [onto[0] * s, onto[1] * s];
        const p = projectOnto2(v, o);
        const u = unit2(o);
        if (!u) {
          expect(p).toBeUndefined();
          return;
        }
        expect(p).toBeDefined();
        if (!p) return;
        const rest: Vec2 = [v[0] - p.point[0], v[1] - p.point[1]];
        expect(Math.abs(dot2(rest, u))).toBeLessThanOrEqual(8 * EPS * norm(v) + 1e-300);
        expect(Math.abs(p.point[0] - p.scalar * u[0])).toBeLessThanOrEqual(EPS * norm(v));
        expect(Math.abs(p.scalar)).toBeLessThanOrEqual(norm(v) * (1 + 4 * EPS));
      }),
    );
  });
});

describe('cosine and angle', () => {
  it('textbook values', () => {
    expect(cosine2([1, 0], [0, 3])).toBe(0);
    expect(cosine2([1, 1], [2, 2])).toBeCloseTo(1, 15);
    expect(cosine2([1, 0], [-5, 0])).toBe(-1);
    expect(angle2([1, 0], [0, 1])).toBeCloseTo(Math.PI / 2, 15);
    expect(angle2([1, 0], [1, 1])).toBeCloseTo(Math.PI / 4, 15);
    expect(angle2([1, 0], [-1, 0])).toBeCloseTo(Math.PI, 15);
    expect(angle2([1, 0], [1, 1e-12])).toBeCloseTo(1e-12, 24);
    expect(cosine2([0, 0], [1, 0])).toBeUndefined();
    expect(angle2([1, 0], [0, 0])).toBeUndefined();
  });

  it('cos(angle) = cosine, angle in [0, π], symmetric', () => {
    fc.assert(
      fc.property(vec(), vec(), (u, v) => {
        const c = cosine2(u, v);
        const a = angle2(u, v);
        if (c === undefined) {
          expect(a).toBeUndefined();
          return;
        }
        expect(a).toBeDefined();
        expect(c).toBeGreaterThanOrEqual(-1);
        expect(c).toBeLessThanOrEqual(1);
        expect(a!).toBeGreaterThanOrEqual(0);
        expect(a!).toBeLessThanOrEqual(Math.PI);
        expect(Math.abs(Math.cos(a!) - c)).toBeLessThanOrEqual(8 * EPS);
        expect(angle2(v, u)).toBe(a);
      }),
    );
  });
});

describe('coordinates in a basis', () => {
  it('textbook values', () => {
    expect(coordsInBasis2([1, 0], [0, 1], [3, 4])).toEqual({ ok: true, coords: [3, 4] });
    expect(coordsInBasis2([1, 1], [-1, 1], [0, 2])).toEqual({ ok: true, coords: [1, 1] });
    expect(coordsInBasis2([2, 1], [1, 3], [5, 5])).toEqual({ ok: true, coords: [2, 1] });
  });

  it('refuses a basis on one line or with a zero vector, in words', () => {
    const line = coordsInBasis2([1, 2], [2, 4], [1, 1]);
    expect(!line.ok && line.reason).toMatch(/one line/);
    const zero = coordsInBasis2([0, 0], [1, 0], [1, 1]);
    expect(!zero.ok && zero.reason).toMatch(/zero/);
  });

  it('c1·b1 + c2·b2 rebuilds v', () => {
    fc.assert(
      fc.property(vec(), vec(), vec(), (b1, b2, v) => {
        const r = coordsInBasis2(b1, b2, v);
        if (!r.ok) {
          expect(Math.abs(cross2(b1, b2))).toBeLessThanOrEqual(
            1e-10 * Math.max(...b1.map(Math.abs), ...b2.map(Math.abs)) ** 2,
          );
          return;
        }
        const [c1, c2] = r.coords;
        const back: Vec2 = [c1 * b1[0] + c2 * b2[0], c1 * b1[1] + c2 * b2[1]];
        // Error bound of solving with a (possibly ill-conditioned) basis: ε·|B|·|B⁻¹|·|v| scale.
        const s = Math.max(...b1.map(Math.abs), ...b2.map(Math.abs));
        const tol = 32 * EPS * s * (Math.abs(c1) + Math.abs(c2)) + 32 * EPS * norm(v) + 1e-300;
        expect(Math.abs(back[0] - v[0])).toBeLessThanOrEqual(tol);
        expect(Math.abs(back[1] - v[1])).toBeLessThanOrEqual(tol);
      }),
    );
  });
});

describe('canonical sign', () => {
  it('first clearly non-zero component positive, no -0', () => {
    expect(canonicalSign2([-1, 2])).toEqual([1, -2]);
    expect(canonicalSign2([0, -1])).toEqual([0, 1]);
    expect(Object.is(canonicalSign2([-0, -1])[0], -0)).toBe(false);
    expect(canonicalSign2([-1e-12, 1])).toEqual([-1e-12, 1]);
  });
});
