import { describe, expect, it } from 'vitest';
import { LossDigest, MAX_BLOCKS } from './loss-digest';

const pairs = (a: Float64Array): [number, number][] =>
  Array.from({ length: a.length / 2 }, (_, k) => [a[2 * k] as number, a[2 * k + 1] as number]);

describe('loss digest', () => {
  it('draws a short curve point for point and skips values that are not finite', () => {
    const d = new LossDigest();
    d.update([0.5, NaN, 0.25]);
    expect(pairs(d.path(3, 0.5, 300, 100))).toEqual([
      [100, 0],
      [300, 50],
    ]);
    expect(d.largest).toBe(0.5);
    d.update([0.5, NaN, 0.25, Infinity, 1e300]);
    expect(d.largest).toBe(1e300);
    // Values above the ceiling are drawn at the top.
    expect(pairs(d.path(5, 0.5, 500, 100)).at(-1)).toEqual([500, 0]);
  });

  it('reads only the new entries of a growing array and starts again for a new run', () => {
    const series: number[] = [0.9, 0.8];
    const d = new LossDigest();
    d.update(series);
    series.push(0.7);
    d.update(series);
    expect(d.length).toBe(3);
    expect(pairs(d.path(3, 1, 3, 10)).map(([, y]) => y)).toEqual(
      [1, 2, 3].map((k) => 10 - (1 - k / 10) * 10).map((y) => expect.closeTo(y, 9)),
    );
    // Rewound in place: shorter, then longer again with a different start.
    series.length = 0;
    series.push(0.4, 0.3, 0.2, 0.1);
    d.update(series);
    expect(d.length).toBe(4);
    expect(d.largest).toBe(0.4);
    // Another array: a new run even when it is as long.
    d.update([0.6, 0.6, 0.6, 0.6]);
    expect(d.largest).toBe(0.6);
    expect(d.path(4, 1, 4, 1).length).toBe(8);
  });

  it('keeps a long run to at most 2 points per block, with its true lows and highs where they happened', () => {
    const n = 100_000;
    const series = Array.from({ length: n }, (_, i) => 1 / (1 + i / 100) + (i === 54_321 ? 0.5 : 0));
    const d = new LossDigest();
    // Appended in uneven chunks, as snapshots arrive.
    const grown: number[] = [];
    while (grown.length < n) {
      grown.push(...series.slice(grown.length, grown.length + 977));
      d.update(grown);
    }
    const whole = new LossDigest();
    whole.update(series);
    expect(d.length).toBe(n);
    expect(d.blockSize).toBe(whole.blockSize);
    expect(d.blockSize).toBeGreaterThan(1);
    expect(n / d.blockSize).toBeLessThanOrEqual(MAX_BLOCKS);
    const w = 1000;
    const path = pairs(d.path(n, 1, w, 1));
    expect(path).toEqual(pairs(whole.path(n, 1, w, 1)));
    expect(path.length).toBeLessThanOrEqual(2 * MAX_BLOCKS);
    // The spike survives decimation at its own x, and x never runs backwards.
    const spikeX = ((54_321 + 1) / n) * w;
    const spike = path.find(([x]) => Math.abs(x - spikeX) < 1e-9);
    expect(spike?.[1]).toBeCloseTo(1 - (1 / (1 + 543.21) + 0.5), 9);
    for (let k = 1; k < path.length; k++)
      expect((path[k] as [number, number])[0]).toBeGreaterThanOrEqual((path[k - 1] as [number, number])[0]);
    // First and last epochs are in.
    expect(path[0]?.[0]).toBeCloseTo(w / n, 9);
    expect(path.at(-1)?.[0]).toBeCloseTo(w, 9);
  });
});
