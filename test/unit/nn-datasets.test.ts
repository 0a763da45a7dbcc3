/** Playground's four datasets, seeded: shapes, labels, ranges, splits and added points. */
import { describe, expect, it } from 'vitest';
import { DATASET_KINDS, makeDataset, splitDataset, withPoint } from '../../src/math/nn/index';

describe('makeDataset', () => {
  for (const kind of DATASET_KINDS)
    it(`${kind}: count points in [-6, 6]², labels ±1 about half each, same seed same points`, () => {
      const d = makeDataset(kind, 501, 0.5, 3);
      expect(d.count).toBe(501);
      expect(d.xs).toHaveLength(1002);
      for (const v of d.xs) expect(Math.abs(v)).toBeLessThanOrEqual(6);
      const pos = d.labels.filter((l) => l === 1).length;
      expect(pos + d.labels.filter((l) => l === -1).length).toBe(501);
      expect(pos).toBeGreaterThan(150);
      expect(pos).toBeLessThan(350);
      expect(makeDataset(kind, 501, 0.5, 3)).toEqual(d);
      expect(makeDataset(kind, 501, 0.5, 4).xs).not.toEqual(d.xs);
    });

  it('labels noise-free points by the dataset rule', () => {
    const c = makeDataset('circle', 400, 0, 1);
    const x = makeDataset('xor', 400, 0, 1);
    for (let k = 0; k < 400; k++) {
      const [cx, cy] = [c.xs[2 * k] as number, c.xs[2 * k + 1] as number];
      expect(c.labels[k]).toBe(Math.hypot(cx, cy) < 2.5 ? 1 : -1);
      // Playground keeps a gap: inner disc r ≤ 2.5, ring from 3.5.
      expect(Math.hypot(cx, cy) <= 2.5 + 1e-5 || Math.hypot(cx, cy) >= 3.5 - 1e-5).toBe(true);
      const [xx, xy] = [x.xs[2 * k] as number, x.xs[2 * k + 1] as number];
      expect(x.labels[k]).toBe(xx * xy >= 0 ? 1 : -1);
      expect(Math.min(Math.abs(xx), Math.abs(xy))).toBeGreaterThanOrEqual(0.3 - 1e-6);
    }
    const g = makeDataset('gauss', 400, 0, 1);
    let mean = 0;
    for (let k = 0; k < 400; k++)
      mean += ((g.labels[k] as number) * ((g.xs[2 * k] as number) + (g.xs[2 * k + 1] as number))) / 400;
    expect(mean).toBeGreaterThan(3.5); // centres (2, 2) for +1 and (−2, −2) for −1: E = 4
  });

  it('rejects bad input with a RangeError', () => {
    expect(() => makeDataset('moons' as 'xor', 10, 0, 1)).toThrow(/unknown dataset/);
    expect(() => makeDataset('xor', 0, 0, 1)).toThrow(RangeError);
    expect(() => makeDataset('xor', 10, 0.7, 1)).toThrow(/noise/);
    expect(() => makeDataset('xor', 10, Number.NaN, 1)).toThrow(/noise/);
  });
});

describe('splitDataset and withPoint', () => {
  it('splits every point into exactly one part, seeded', () => {
    const d = makeDataset('spiral', 100, 0.1, 2);
    const { train, test } = splitDataset(d, 0.3, 5);
    expect([train.count, test.count]).toEqual([70, 30]);
    const key = (xs: Float32Array, k: number): string => `${xs[2 * k]},${xs[2 * k + 1]}`;
    const all = new Set(Array.from({ length: 100 }, (_, k) => key(d.xs, k)));
    const parts = [
      ...Array.from({ length: 70 }, (_, k) => key(train.xs, k)),
      ...Array.from({ length: 30 }, (_, k) => key(test.xs, k)),
    ];
    expect(new Set(parts)).toEqual(all);
    expect(splitDataset(d, 0.3, 5)).toEqual({ train, test });
    expect(() => splitDataset(d, 0.95, 1)).toThrow(RangeError);
  });

  it('adds a point, clamped, without touching the original', () => {
    const d = makeDataset('xor', 3, 0, 1);
    const e = withPoint(d, 9, -1.5, -1);
    expect(e.count).toBe(4);
    expect([e.xs[6], e.xs[7], e.labels[3]]).toEqual([6, -1.5, -1]);
    expect(d.count).toBe(3);
    expect(() => withPoint(d, Number.NaN, 0, 1)).toThrow(RangeError);
  });
});
