import { describe, expect, it } from 'vitest';
import type { DrawContext } from '../../render/canvas-kit';
import { barHeights, countText, drawHistogram, drawTrace, logX, yTop } from './view';
import { emptyPicture, type Picture } from './model';

/** A recording fake of the canvas context: keeps every call and every number passed. */
function recorder(): { ctx: DrawContext; numbers: number[]; calls: string[] } {
  const numbers: number[] = [];
  const calls: string[] = [];
  const target: Record<string, unknown> = {};
  const ctx = new Proxy(target, {
    get(t, key: string) {
      if (key in t) return t[key];
      return (...args: unknown[]) => {
        calls.push(key);
        for (const a of args) if (typeof a === 'number') numbers.push(a);
      };
    },
    set(t, key: string, v) {
      t[key] = v;
      return true;
    },
  }) as unknown as DrawContext;
  return { ctx, numbers, calls };
}

const colors = {
  fg: '#000',
  muted: '#444',
  grid: '#ccc',
  axis: '#444',
  data: '#60a',
  model: '#077',
  bg: '#fff',
};
const size = { width: 600, height: 300, font: 13, lineScale: 1 };

function picture(counts: number[], draws: number[] | null = null): Picture {
  const count = counts.reduce((a, b) => a + b, 0);
  return {
    ...emptyPicture({ lo: 0, hi: 1, n: counts.length }),
    count,
    histogram: Float64Array.from(counts),
    traceN: [1, 2],
    traceMean: [0, 0.5],
    draws: draws && Float64Array.from(draws),
  };
}

describe('sampler charts', () => {
  it('labels the log axis of draw counts', () => {
    expect(countText(1000)).toBe('1000');
    expect(countText(1e6)).toBe('10⁶');
    expect([logX(1, 100), logX(10, 100), logX(100, 100)]).toEqual([0, 0.5, 1]);
  });

  it('bars are shares (discrete) or densities (continuous)', () => {
    const p = picture([1, 3]);
    expect(Array.from(barHeights({ lo: -0.5, hi: 1.5, n: 2 }, true, p))).toEqual([0.25, 0.75]);
    expect(Array.from(barHeights({ lo: 0, hi: 0.5, n: 2 }, false, p))).toEqual([1, 3]);
    expect(
      Array.from(barHeights({ lo: 0, hi: 1, n: 2 }, false, emptyPicture({ lo: 0, hi: 1, n: 2 }))),
    ).toEqual([0, 0]);
  });
  it('the y axis ignores an infinite spike but keeps the bars', () => {
    // The curve's top is max(97th percentile, 1.2 × median) = 1.2, plus 12% headroom.
    expect(yTop(Float64Array.from([0.2]), [Infinity, 1, 1, 1, 1])).toBeCloseTo(1.344, 12);
    expect(yTop(Float64Array.from([3]), [1, 1])).toBeCloseTo(3.36, 12);
    expect(yTop(new Float64Array(0), [])).toBe(1);
  });
  it('draws finite numbers only, whatever the density does (beta with α < 1 is infinite at 0)', () => {
    const r = recorder();
    drawHistogram(r.ctx, size, colors, {
      bins: { lo: 0, hi: 1, n: 2 },
      discrete: false,
      picture: picture([5, 5]),
      exact: (x) => (x === 0 ? Infinity : 1 / Math.sqrt(x)),
      label: String,
    });
    expect(r.numbers.length).toBeGreaterThan(50);
    expect(r.numbers.every(Number.isFinite)).toBe(true);
    const t = recorder();
    drawTrace(t.ctx, size, colors, { picture: picture([1, 1], [0.1, 0.9]), trueMean: 0.5, lo: 0, hi: 1 });
    expect(t.numbers.every(Number.isFinite)).toBe(true);
    // Two single-draw dots and the running-mean line.
    expect(t.calls.filter((c) => c === 'fillRect').length).toBeGreaterThanOrEqual(3);
  });
});
