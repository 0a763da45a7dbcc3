import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnSpace, dot, norm } from './column-space';
import { leastSquares } from './linear';
import type { Point } from './points';

const pts = (text: [number, number][]): Point[] => text.map(([x, y]) => ({ x, y, label: 0 }));

describe('columnSpace: y projected onto the plane of 1 and x', () => {
  it('gives the textbook fit for (0, 1), (1, 3), (2, 2): w = 0.5, b = 1.5, ŷ = (1.5, 2, 2.5)', () => {
    const c = columnSpace(
      pts([
        [0, 1],
        [1, 3],
        [2, 2],
      ]),
    );
    if (!c.ok) throw new Error(c.reason);
    expect(c.w).toBeCloseTo(0.5, 12);
    expect(c.b).toBeCloseTo(1.5, 12);
    c.yhat.forEach((v, i) => expect(v).toBeCloseTo([1.5, 2, 2.5][i]!, 12));
    c.r.forEach((v, i) => expect(v).toBeCloseTo([-0.5, 1, -0.5][i]!, 12));
  });

  it('meets leastSquares, and leaves a residual perpendicular to both columns', () => {
    const coord = fc.double({ min: -50, max: 50, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 3, maxLength: 3 }), (xy) => {
        const points = pts(xy);
        const c = columnSpace(points);
        const fit = leastSquares(points);
        // Both routes refuse the same data: every x equal (their thresholds differ only at 1e-9).
        expect(c.ok).toBe(fit.ok);
        if (!c.ok || !fit.ok) return true;
        const size = Math.max(1, norm(c.y), norm(c.x));
        expect(Math.abs(dot(c.r, c.ones))).toBeLessThan(1e-9 * size * size);
        expect(Math.abs(dot(c.r, c.x))).toBeLessThan(1e-9 * size * size * size);
        expect(c.w).toBeCloseTo(fit.w, 6);
        expect(c.b).toBeCloseTo(fit.b, 6);
        // ŷ really is b·1 + w·x.
        c.yhat.forEach((v, i) => expect(v).toBeCloseTo(fit.b + fit.w * c.x[i]!, 6));
        return true;
      }),
    );
  });

  it('explains itself for a collapsed plane and for the wrong number of points', () => {
    const flat = columnSpace(
      pts([
        [2, 1],
        [2, 3],
        [2, 2],
      ]),
    );
    expect(flat.ok).toBe(false);
    if (!flat.ok) expect(flat.reason).toMatch(/multiple of 1/);
    const two = columnSpace(
      pts([
        [0, 1],
        [1, 2],
      ]),
    );
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.reason).toMatch(/exactly three points.*are 2/);
    const one = columnSpace(pts([[0, 1]]));
    expect(one.ok ? '' : one.reason).toMatch(/there is 1/);
  });
});
