import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseProps, checkPartial, type Prop } from '../../ui/props';
import { ESTIMATE_PROPS } from './props';
import {
  rowKey,
  snapTheta,
  BATCH,
  autoTheta,
  bootBins,
  bootSeed,
  percentileInterval,
  effectiveMethod,
  firstSample,
  intervalBatch,
  likelihoodCurve,
  likelihoodModel,
  niceStep,
  scoreMissGuess,
  MissCounter,
  thetaKey,
} from './model';
import { COIN, NORMAL } from '../../../test/helpers/estimate';
import { runLoop } from '../../sim/runner';
import { typedEngine } from '../../sim/typed';

describe('the property table', () => {
  it('reads levels as percent or fraction, and refuses others with a message', () => {
    const r = parseProps(
      ESTIMATE_PROPS,
      { level: '0.9', theta: 'auto', sd: '0', p: '1.5', resamples: '1e9' },
      'attribute',
    );
    expect(r.state.level).toBe(90);
    expect(r.state.theta).toBeNull();
    expect(r.state.sd).toBe(2);
    expect(r.state.p).toBe(0.5);
    expect(r.state.resamples).toBe(10000);
    expect(r.problems.map((p) => p.prop)).toEqual(['sd', 'p', 'resamples']);
    expect(parseProps(ESTIMATE_PROPS, { level: '97' }, 'URL').problems[0]?.message).toMatch(/80, 90, 95, 99/);
    expect(checkPartial(ESTIMATE_PROPS, { theta: Number.NaN }).problems).toHaveLength(1);
    expect(ESTIMATE_PROPS.theta.format(null)).toBe('auto');
  });

  it('every default survives format then parse (what the URL and shareUrl rely on)', () => {
    for (const [name, prop] of Object.entries(ESTIMATE_PROPS) as [string, Prop<unknown>][]) {
      const r = prop.parse(prop.format(prop.default));
      expect(r, name).toEqual({ ok: true, value: prop.default });
    }
  });
});

describe('samples and intervals', () => {
  it('the same seed gives the same sample and the same batch; another seed does not', () => {
    expect([...firstSample(NORMAL)]).toEqual([...firstSample(NORMAL)]);
    expect([...firstSample(NORMAL)]).not.toEqual([...firstSample({ ...NORMAL, seed: 6 })]);
    const a = intervalBatch(NORMAL, 0);
    expect(a).toHaveLength(BATCH);
    expect(intervalBatch(NORMAL, 0)).toEqual(a);
    // The first interval is built from the likelihood mode's sample.
    const xs = firstSample(NORMAL);
    expect(a[0]?.estimate).toBeCloseTo(xs.reduce((s, x) => s + x, 0) / xs.length, 12);
    for (const r of a) expect(r.miss).toBe(!(r.lo <= 10 && 10 <= r.hi));
  });

  it('coin samples are 0/1 flips and their intervals stay in [0, 1]', () => {
    const xs = firstSample(COIN);
    expect([...xs].every((x) => x === 0 || x === 1)).toBe(true);
    for (const r of intervalBatch(COIN, 0)) {
      expect(r.lo).toBeGreaterThanOrEqual(0);
      expect(r.hi).toBeLessThanOrEqual(1);
    }
  });

  it('misses over many batches are near 100 − level per 100', () => {
    const c = new MissCounter(NORMAL);
    expect(c.advance(20, Infinity)).toBe(true);
    const t = c.tally(20);
    expect(t.intervals).toBe(2000);
    expect(Math.abs(t.misses - 100)).toBeLessThanOrEqual(4 * Math.sqrt(2000 * 0.05 * 0.95));
    const c80 = new MissCounter({ ...NORMAL, level: 80 });
    c80.advance(10, Infinity);
    expect(Math.abs(c80.tally(10).misses - 200)).toBeLessThanOrEqual(4 * Math.sqrt(1000 * 0.2 * 0.8));
  });

  it('counts in slices exactly what the batches show', () => {
    const c = new MissCounter(NORMAL);
    let slices = 0;
    while (!c.advance(3, 37)) slices++;
    expect(slices).toBe(Math.ceil(300 / 37) - 1);
    expect(c.perRound).toEqual([0, 1, 2].map((r) => intervalBatch(NORMAL, r).filter((x) => x.miss).length));
    expect(c.tally(2)).toEqual({
      intervals: 200,
      misses: (c.perRound[0] ?? 0) + (c.perRound[1] ?? 0),
      counted: 2,
    });
    const coin = new MissCounter(COIN);
    coin.advance(1, Infinity);
    expect(coin.perRound).toEqual([intervalBatch(COIN, 0).filter((x) => x.miss).length]);
  });

  it('a method that does not fit the source falls back with a message', () => {
    expect(effectiveMethod('normal', 'wald')).toEqual({
      method: 't',
      problem: expect.stringMatching(/does not fit a normal/),
    });
    expect(effectiveMethod('coin', 't').method).toBe('wilson');
    expect(effectiveMethod('coin', 'wald').problem).toBeUndefined();
  });
});

describe('likelihood', () => {
  it('peaks at the MLE; the curve is finite and L/L(MLE) tops out at 1', () => {
    const xs = firstSample(NORMAL);
    const m = likelihoodModel({ ...NORMAL, profile: false }, xs, Number.NaN);
    const c = likelihoodCurve(m, false);
    expect(Math.max(...c.y)).toBeLessThanOrEqual(1 + 1e-12);
    expect(Math.max(...c.y)).toBeGreaterThan(0.99);
    expect([...c.y].every(Number.isFinite)).toBe(true);
    expect(m.range[0]).toBeLessThan(m.mle);
    expect(autoTheta(m, false)).toBeLessThan(m.mle);
    // A θ set far out widens the range to show it.
    expect(likelihoodModel({ ...NORMAL, profile: false }, xs, 30).range[1]).toBeGreaterThan(30);
  });

  it('a coin: range [0, 1], log L −∞ at an impossible end, the MLE the share of heads', () => {
    const xs = firstSample(COIN);
    const m = likelihoodModel({ ...COIN, profile: false }, xs, Number.NaN);
    expect(m.range).toEqual([0, 1]);
    expect(m.mle).toBe(m.heads / 20);
    const c = likelihoodCurve(m, true);
    expect(c.y[0]).toBe(m.heads > 0 ? -Infinity : 0);
  });

  it('arrow keys move θ by round steps and stay in the range', () => {
    const m = { range: [0, 1] as const };
    expect(thetaKey(m, 0.5, { key: 'ArrowRight', shiftKey: false, altKey: false })).toBe(0.51);
    expect(thetaKey(m, 0.5, { key: 'ArrowLeft', shiftKey: true, altKey: false })).toBe(0.4);
    expect(thetaKey(m, 0.5, { key: 'ArrowRight', shiftKey: false, altKey: true })).toBe(0.501);
    expect(thetaKey(m, 0.995, { key: 'ArrowRight', shiftKey: true, altKey: false })).toBe(1);
    expect(thetaKey(m, 0.5, { key: 'x', shiftKey: false, altKey: false })).toBeUndefined();
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        (x) => niceStep(x) <= x && niceStep(x) > x / 5,
      ),
    );
  });
});

describe('bootstrap bins and predict-first', () => {
  it('a coin gets one bin per possible share; a normal sample a range around its mean', () => {
    const c = bootBins(firstSample(COIN), 'mean', 'coin');
    expect(c.n).toBe(21);
    const xs = firstSample(NORMAL);
    const b = bootBins(xs, 'median', 'normal');
    expect(b.lo).toBeLessThan(Math.min(...xs));
    expect(b.hi).toBeGreaterThan(Math.max(...xs));
  });

  it("lesson 16's median bounds are medians a resample can take (review D8: 9.5115, not 9.47)", async () => {
    // The lesson: n = 30, seed 8, 10^5 resamples of the median, run as the widget runs it.
    const xs = firstSample({ ...NORMAL, n: 30, seed: 8 });
    const job = {
      kind: 'bootstrap' as const,
      data: [...xs],
      statistic: 'median' as const,
      resamples: 100_000,
      seed: bootSeed(8),
      bins: bootBins(xs, 'median', 'normal'),
    };
    const p = await runLoop(job, typedEngine(job), {
      chunkMs: 50,
      reportMs: 1e9,
      pause: async () => {},
      cancelled: () => false,
      report: () => {},
    });
    const [lo, hi] = percentileInterval(p!, job.bins, 95)!;
    // The review's NumPy (400k resamples): P(med ≤ 9.4116) = 0.0216, P(med ≤ 9.5115) = 0.032.
    expect(lo).toBeCloseTo(9.5115, 4);
    expect(hi).toBeGreaterThan(10.67);
    expect(hi).toBeLessThan(10.675);
    // Each bound is the middle of two sample values, as the median of 30 values is.
    const sorted = [...xs].sort((a, b) => a - b);
    const mids = sorted.flatMap((a, i) => sorted.slice(i).map((b) => (a + b) / 2));
    expect(mids).toContain(lo);
    expect(mids).toContain(hi);
    // The tally holds every resample once; the bounds leave ≤ 2.5% out on each side.
    const t = p!.tally!;
    expect(t.counts.reduce((a, c) => a + c, 0)).toBe(100_000);
    const below = (v: number): number => t.counts.reduce((a, c, k) => a + (t.values[k]! < v ? c : 0), 0);
    expect(below(lo)).toBeLessThan(2500);
    expect(below(lo) + t.counts[t.values.indexOf(lo)]!).toBeGreaterThanOrEqual(2500);
  });

  it('scores a guess against the batch and the long run', () => {
    expect(scoreMissGuess(10, 6, 95)).toEqual({ guess: 10, actual: 6, expected: 5 });
    expect(scoreMissGuess(1, 1, 99).expected).toBe(1);
  });

  it('row keys move the selection within the batch; θ under the pointer snaps to a thousandth', () => {
    expect([
      rowKey(5, 'ArrowDown'),
      rowKey(5, 'ArrowUp'),
      rowKey(5, 'PageDown'),
      rowKey(5, 'PageUp'),
    ]).toEqual([6, 4, 15, 0]);
    expect([rowKey(99, 'ArrowRight'), rowKey(40, 'Home'), rowKey(40, 'End'), rowKey(4, 'x')]).toEqual([
      99,
      0,
      99,
      undefined,
    ]);
    const m = { range: [-2, 2] as const };
    expect(snapTheta(m, 0.12345)).toBe(0.124);
    expect(snapTheta(m, 9)).toBe(2);
    expect(snapTheta(m, Number.NaN)).toBeUndefined();
  });
});
