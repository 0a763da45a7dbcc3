import { describe, expect, it } from 'vitest';
import { defaults } from '../../ui/props';
import { SAMPLER_PROPS, type SamplerState } from './props';
import {
  binIndex,
  binsOf,
  continuePicture,
  drawPicture,
  sampleStats,
  simPicture,
  sourceOf,
  trueMoments,
  MAIN_DRAWS,
} from './model';

const base = defaults(SAMPLER_PROPS);
const state = (s: Partial<SamplerState>): SamplerState => ({ ...base, ...s });

describe('sourceOf', () => {
  it('a die shows faces 1 … 6 with mean 3.5', () => {
    const src = sourceOf(state({ dist: 'die' }));
    expect(src.offset).toBe(1);
    expect(trueMoments(src).mean).toBeCloseTo(3.5, 14);
    expect(binsOf(src)).toEqual({ lo: 0.5, hi: 6.5, n: 6 });
  });
  it('a coin with p is categorical [1 − p, p]', () => {
    const src = sourceOf(state({ dist: 'coin', p: 0.3 }));
    expect(src.spec).toEqual({ kind: 'categorical', weights: [0.7, 0.3] });
    expect(trueMoments(src).mean).toBeCloseTo(0.3, 14);
  });
  it('a uniform with a ≥ b falls back to the default with a message', () => {
    const src = sourceOf(state({ dist: 'uniform', a: 2, b: 1 }));
    expect(src.problem).toMatch(/a < b.*default uniform/);
    expect(src.spec).toEqual({ kind: 'uniform', a: 0, b: 1 });
  });
  it('continuous sources get 48 bins over their support', () => {
    expect(binsOf(sourceOf(state({ dist: 'normal', mean: 1, sd: 2 })))).toEqual({ lo: -9, hi: 11, n: 48 });
  });
});

describe('drawPicture', () => {
  it('is the same for the same seed and different for another', () => {
    const src = sourceOf(state({ dist: 'weighted' }));
    const bins = binsOf(src);
    const a = drawPicture(src, bins, 9, 500);
    expect(drawPicture(src, bins, 9, 500)).toEqual(a);
    expect(drawPicture(src, bins, 10, 500).sum).not.toBe(a.sum);
  });
  it('the first k draws of a bigger picture are the smaller picture (Draw 1 adds one draw)', () => {
    const src = sourceOf(state({ dist: 'normal' }));
    const bins = binsOf(src);
    const big = drawPicture(src, bins, 2, 101);
    const small = drawPicture(src, bins, 2, 100);
    expect(Array.from(big.draws!.subarray(0, 100))).toEqual(Array.from(small.draws!));
    expect(big.traceMean[99]).toBe(small.traceMean[99]);
  });
  it('counts every draw in a bin, and its running mean is the sample mean', () => {
    const src = sourceOf(state({ dist: 'die' }));
    const p = drawPicture(src, binsOf(src), 1, MAIN_DRAWS);
    expect(p.histogram.reduce((s, c) => s + c, 0) + p.outside).toBe(MAIN_DRAWS);
    expect(p.outside).toBe(0);
    const { mean, sd } = sampleStats(p);
    expect(p.traceMean[p.traceMean.length - 1]).toBeCloseTo(mean!, 12);
    // 10,000 fair die rolls: mean within 4 standard errors of 3.5, sd near 1.708.
    expect(Math.abs(mean! - 3.5)).toBeLessThan((4 * 1.708) / 100);
    expect(Math.abs(sd! - 1.708)).toBeLessThan(0.05);
    expect(() => drawPicture(src, binsOf(src), 1, MAIN_DRAWS + 1)).toThrow(RangeError);
  });
  it('bins: hi itself counts in the last bin, outside is −1', () => {
    const bins = { lo: 0, hi: 1, n: 4 };
    expect([
      binIndex(bins, 0),
      binIndex(bins, 0.3),
      binIndex(bins, 1),
      binIndex(bins, 1.01),
      binIndex(bins, NaN),
    ]).toEqual([0, 1, 3, -1, -1]);
  });
});

describe('simPicture', () => {
  it('shifts the simulation’s raw die outcomes 0 … 5 to faces 1 … 6', () => {
    const src = sourceOf(state({ dist: 'die' }));
    // Three raw draws 0, 2, 5: sum 7, sum of squares 29; as faces 1, 3, 6: sum 10, squares 46.
    const p = simPicture(
      src,
      {
        done: 3,
        histogram: Float64Array.from([1, 0, 1, 0, 0, 1]),
        sum: 7,
        sumSq: 29,
        trace: Float64Array.from([0, 1]),
      },
      [1, 2, 3],
      'test',
    );
    expect([p.sum, p.sumSq, p.outside]).toEqual([10, 46, 0]);
    expect(p.traceN).toEqual([1, 2]);
    expect(p.traceMean).toEqual([1, 2]);
  });
});

describe('continuePicture', () => {
  it('keeps the first draws and their dots; the running mean goes on from their sum (review D4)', () => {
    const src = sourceOf(state({ dist: 'die' }));
    const bins = binsOf(src);
    const first = drawPicture(src, bins, 1, 4);
    // Two more raw draws from the simulation, 0 and 5 (faces 1 and 6), its trace after 1 and 2.
    const rest = simPicture(
      src,
      {
        done: 2,
        histogram: Float64Array.from([1, 0, 0, 0, 0, 1]),
        sum: 5,
        sumSq: 25,
        trace: Float64Array.from([0, 2.5]),
      },
      [1, 2],
      'typed arrays (worker)',
    );
    const p = continuePicture(first, rest);
    expect(p.draws).toEqual(first.draws);
    expect(p.count).toBe(6);
    expect(p.sum).toBe(first.sum + 7);
    expect(p.sumSq).toBe(first.sumSq + 37);
    expect(p.traceN).toEqual([1, 2, 3, 4, 5, 6]);
    expect(p.traceMean.slice(0, 4)).toEqual(first.traceMean);
    expect(p.traceMean[4]).toBeCloseTo((first.sum + 1) / 5, 14);
    expect(p.traceMean[5]).toBeCloseTo((first.sum + 7) / 6, 14);
    expect(p.histogram[0]).toBe(first.histogram[0]! + 1);
    expect(p.histogram[5]).toBe(first.histogram[5]! + 1);
    expect(p.path).toBe('exact samplers (main thread) for the first 4, then typed arrays (worker)');
  });
});
