import { describe, expect, it } from 'vitest';
import type { DrawContext } from '../../render/canvas-kit';
import { barHeights, countText, drawHistogram, drawTrace, logX, yGrid, yTop } from './view';
import { emptyPicture, type Picture } from './model';
import { recordCanvas } from '../../../test/helpers/canvas';

const recorder = () => recordCanvas<DrawContext>();

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
  it('the top of the y axis is a labelled gridline at or above every bar (review D26)', () => {
    // Lesson 11: three flips, 2 heads: a bar of 0.667 gets a top line of 0.8, not 0.6.
    expect(yGrid(2 / 3, 3)).toEqual({ top: 0.8, lines: [0, 0.2, 0.4, 0.6, 0.8] });
    expect(yGrid(0.5, 3).top).toBe(0.6);
    expect(yGrid(0.4, 2)).toEqual({ top: 0.4, lines: [0, 0.2, 0.4] });
    for (const reach of [0.013, 0.37, 1, 2.9, 41])
      for (const gaps of [2, 4, 7]) {
        const g = yGrid(reach, gaps);
        expect(g.top).toBeGreaterThanOrEqual(reach);
        expect(g.lines[g.lines.length - 1]).toBe(g.top);
        expect(g.lines.length).toBeLessThanOrEqual(2 * gaps + 2);
      }
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

describe('canonical drawings (the op log, kept as a file; `npx vitest run -u` after an intended change)', () => {
  it('a histogram of 8 bins with its density, and a trace of four draws', async () => {
    const r = recorder();
    drawHistogram(r.ctx, size, colors, {
      bins: { lo: 0, hi: 1, n: 8 },
      discrete: false,
      picture: picture([1, 3, 6, 9, 9, 6, 3, 1]),
      exact: (x) => 6 * x * (1 - x),
      label: String,
    });
    await expect(r.log()).toMatchFileSnapshot('__snapshots__/sampler-histogram.ops');
    const t = recorder();
    drawTrace(t.ctx, size, colors, {
      picture: picture([2, 2], [0.1, 0.9, 0.4, 0.6]),
      trueMean: 0.5,
      lo: 0,
      hi: 1,
    });
    await expect(t.log()).toMatchFileSnapshot('__snapshots__/sampler-trace.ops');
  });
});
