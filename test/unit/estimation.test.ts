import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom } from '../../src/math/random';
import {
  bernoulliLogLikelihood,
  bernoulliMle,
  coverage,
  covers,
  criticalValue,
  curve,
  histogramQuantile,
  tallyQuantile,
  mean,
  meanInterval,
  median,
  normalLogLikelihood,
  normalMle,
  normalProfileLogLikelihood,
  percentileInterval,
  sampleSd,
  waldInterval,
  wilsonInterval,
} from '../../src/math/estimation';

/** Ten measurements; x̄ = 5.06, s = 0.41150, and (SciPy) the 95% t interval is (4.76563, 5.35437). */
const XS = [4.8, 5.1, 5.6, 4.4, 5.0, 5.3, 4.9, 5.7, 4.6, 5.2];

function normalSample(rng: ReturnType<typeof createRandom>, n: number, mu: number, sigma: number): number[] {
  return Array.from({ length: n }, () => mu + sigma * rng.normal());
}

/** A count of hits in `trials` with probability p is within `z` binomial standard deviations of its mean. */
function withinBinomial(hits: number, trials: number, p: number, z = 4): boolean {
  return Math.abs(hits - trials * p) <= z * Math.sqrt(trials * p * (1 - p));
}

describe('critical values (textbook tables)', () => {
  it('t and z quantiles', () => {
    expect(criticalValue(0.95, 9)).toBeCloseTo(2.262, 3);
    expect(criticalValue(0.95, 4)).toBeCloseTo(2.776, 3);
    expect(criticalValue(0.99, 9)).toBeCloseTo(3.25, 3);
    expect(criticalValue(0.95)).toBeCloseTo(1.96, 3);
    expect(criticalValue(0.9)).toBeCloseTo(1.645, 3);
    expect(() => criticalValue(1)).toThrow(RangeError);
    expect(() => criticalValue(Number.NaN)).toThrow(RangeError);
  });
});

describe('summaries', () => {
  it('mean, sample sd (n − 1), median', () => {
    expect(mean(XS)).toBeCloseTo(5.06, 12);
    expect(sampleSd(XS)).toBeCloseTo(0.4115013163, 9);
    expect(median(XS)).toBeCloseTo(5.05, 12);
    expect(median([3, 1, 2])).toBe(2);
    expect(() => mean([])).toThrow(RangeError);
    expect(() => sampleSd([1])).toThrow(RangeError);
  });
});

describe('maximum likelihood', () => {
  it('normal: log-likelihood matches SciPy, MLE is x̄ and the n-divisor sd', () => {
    expect(normalLogLikelihood([4.8, 5.1, 5.6], 5, 0.5)).toBeCloseTo(-1.4973740579, 9);
    const { mu, sigma } = normalMle(XS);
    expect(mu).toBeCloseTo(5.06, 12);
    expect(sigma).toBeCloseTo(0.4115013163 * Math.sqrt(9 / 10), 9);
    expect(() => normalLogLikelihood(XS, 0, 0)).toThrow(RangeError);
  });

  it('the MLE beats every other μ, with σ fixed and with σ profiled out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        (xs, other) => {
          const { mu, sigma } = normalMle(xs);
          fc.pre(sigma > 1e-6);
          expect(normalLogLikelihood(xs, mu, 1.5)).toBeGreaterThanOrEqual(
            normalLogLikelihood(xs, other, 1.5) - 1e-9,
          );
          expect(normalProfileLogLikelihood(xs, mu)).toBeGreaterThanOrEqual(
            normalProfileLogLikelihood(xs, other) - 1e-9,
          );
          // The profile at μ̂ is the full log-likelihood at (μ̂, σ̂).
          expect(normalProfileLogLikelihood(xs, mu)).toBeCloseTo(normalLogLikelihood(xs, mu, sigma), 6);
        },
      ),
    );
  });

  it('Bernoulli: p̂ = k/n maximises k log p + (n − k) log(1 − p); the ends are handled', () => {
    expect(bernoulliMle(7, 10)).toBe(0.7);
    expect(bernoulliLogLikelihood(7, 10, 0.7)).toBeCloseTo(7 * Math.log(0.7) + 3 * Math.log(0.3), 12);
    expect(bernoulliLogLikelihood(0, 5, 0)).toBe(0);
    expect(bernoulliLogLikelihood(5, 5, 1)).toBe(0);
    expect(bernoulliLogLikelihood(2, 5, 0)).toBe(-Infinity);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(),
        (n, p, k0) => {
          const k = k0 % (n + 1);
          expect(bernoulliLogLikelihood(k, n, k / n)).toBeGreaterThanOrEqual(
            bernoulliLogLikelihood(k, n, p) - 1e-9,
          );
        },
      ),
    );
    expect(() => bernoulliLogLikelihood(3, 2, 0.5)).toThrow(RangeError);
    expect(() => bernoulliLogLikelihood(1, 2, 1.5)).toThrow(RangeError);
    expect(() => bernoulliMle(0, 0)).toThrow(RangeError);
  });

  it('curve samples a function on an even grid', () => {
    const c = curve((t) => t * t, -1, 1, 5);
    expect([...c.x]).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect([...c.y]).toEqual([1, 0.25, 0, 0.25, 1]);
    expect(() => curve((t) => t, 1, 1, 5)).toThrow(RangeError);
  });
});

describe('intervals for a mean', () => {
  it('the worked example: x̄ ± t₀.₉₇₅,₉ · s/√10 = (4.7656, 5.3544)', () => {
    const iv = meanInterval(XS, 0.95, 't');
    expect(iv.critical).toBeCloseTo(2.262157, 5);
    expect(iv.se).toBeCloseTo(0.4115013163 / Math.sqrt(10), 9);
    expect(iv.lo).toBeCloseTo(4.765629691554261, 6);
    expect(iv.hi).toBeCloseTo(5.35437030844574, 6);
    expect(covers(iv, 5)).toBe(true);
    expect(covers(iv, 5.4)).toBe(false);
  });

  it('z with a known σ: x̄ ± 1.96 σ/√n; the t interval is wider than z with s', () => {
    const iv = meanInterval(XS, 0.95, 'z', 0.5);
    expect(iv.hi - iv.lo).toBeCloseTo((2 * 1.959963985 * 0.5) / Math.sqrt(10), 8);
    expect(meanInterval(XS, 0.95, 't').hi).toBeGreaterThan(meanInterval(XS, 0.95, 'z').hi);
    expect(() => meanInterval([1], 0.95)).toThrow(RangeError);
    expect(() => meanInterval(XS, 0.95, 'z', -1)).toThrow(RangeError);
  });

  it('95% t intervals cover the true mean about 95% of the time (2000 seeded samples of 10)', () => {
    const rng = createRandom(2026);
    const ivs = Array.from({ length: 2000 }, () => meanInterval(normalSample(rng, 10, 3, 2), 0.95, 't'));
    const c = coverage(ivs, 3);
    expect(c.total).toBe(2000);
    expect(c.hits + c.misses).toBe(2000);
    expect(withinBinomial(c.hits, 2000, 0.95)).toBe(true);
  });

  it('each level covers at its own rate; z with s undercovers for n = 5 (≈ 0.88, not 0.95)', () => {
    const rng = createRandom(7);
    const samples = Array.from({ length: 2000 }, () => normalSample(rng, 5, -1, 0.5));
    for (const level of [0.8, 0.9, 0.99]) {
      const c = coverage(
        samples.map((xs) => meanInterval(xs, level, 't')),
        -1,
      );
      expect(withinBinomial(c.hits, 2000, level), `level ${level}: ${c.hits}`).toBe(true);
    }
    const z = coverage(
      samples.map((xs) => meanInterval(xs, 0.95, 'z')),
      -1,
    );
    expect(z.rate).toBeLessThan(0.92);
  });
});

describe('intervals for a proportion', () => {
  it('Wald and Wilson for 7 heads in 10', () => {
    const w = waldInterval(7, 10, 0.95);
    expect(w.lo).toBeCloseTo(0.7 - 1.959964 * Math.sqrt(0.021), 6);
    expect(w.hi).toBeCloseTo(0.7 + 1.959964 * Math.sqrt(0.021), 6);
    const s = wilsonInterval(7, 10, 0.95);
    expect(s.lo).toBeCloseTo(0.3968, 4);
    expect(s.hi).toBeCloseTo(0.8922, 4);
  });

  it('Wald collapses at 0 heads; Wilson does not, and stays inside [0, 1]', () => {
    const w = waldInterval(0, 20, 0.95);
    expect(w.hi - w.lo).toBe(0);
    const s = wilsonInterval(0, 20, 0.95);
    expect(s.lo).toBe(0);
    expect(s.hi).toBeCloseTo(0.1611, 4);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.nat(),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (n, k0, level) => {
          const k = k0 % (n + 1);
          const iv = wilsonInterval(k, n, level);
          expect(iv.lo).toBeGreaterThanOrEqual(0);
          expect(iv.hi).toBeLessThanOrEqual(1);
          expect(covers(iv, k / n)).toBe(true);
        },
      ),
    );
  });

  it('for a rare event Wilson covers near 95% and Wald far below it', () => {
    const rng = createRandom(11);
    const n = 30;
    const p = 0.05;
    const heads = Array.from({ length: 2000 }, () => {
      let k = 0;
      for (let j = 0; j < n; j++) if (rng.next() < p) k++;
      return k;
    });
    const wald = coverage(
      heads.map((k) => waldInterval(k, n, 0.95)),
      p,
    );
    const wilson = coverage(
      heads.map((k) => wilsonInterval(k, n, 0.95)),
      p,
    );
    expect(wald.rate).toBeLessThan(0.85);
    expect(wilson.rate).toBeGreaterThan(0.9);
  });
});

describe('bootstrap percentile interval', () => {
  it('matches np.percentile(stats, [2.5, 97.5])', () => {
    const iv = percentileInterval([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.95);
    expect(iv.lo).toBeCloseTo(1.225, 12);
    expect(iv.hi).toBeCloseTo(9.775, 12);
    expect(iv.center).toBe(5.5);
    expect(percentileInterval([1, 2, 3], 0.9, 2.2).center).toBe(2.2);
    expect(() => percentileInterval([1], 0.95)).toThrow(RangeError);
  });

  it('a tally quantile is the smallest value with a share q at or below it (inverted cdf)', () => {
    const values = [1, 2, 3, 4];
    const counts = [1, 1, 1, 1];
    expect(tallyQuantile(values, counts, 0.25)).toBe(1);
    expect(tallyQuantile(values, counts, 0.26)).toBe(2);
    expect(tallyQuantile(values, counts, 0.975)).toBe(4);
    expect(tallyQuantile([5, 7], [0, 3], 0)).toBe(7);
    expect(tallyQuantile([0.1, 0.2, 0.3], [25, 950, 25], 0.025)).toBe(0.1);
    expect(() => tallyQuantile([1], [0], 0.5)).toThrow(RangeError);
  });

  it('reads quantiles off a histogram', () => {
    // 100 values spread evenly over [0, 10): ten per unit bin.
    const counts = new Array(10).fill(10);
    expect(histogramQuantile(counts, 0, 10, 0.025)).toBeCloseTo(0.25, 12);
    expect(histogramQuantile(counts, 0, 10, 0.975)).toBeCloseTo(9.75, 12);
    expect(histogramQuantile([0, 0, 5, 0], 0, 4, 0.5)).toBeCloseTo(2.5, 12);
    expect(() => histogramQuantile([0, 0], 0, 1, 0.5)).toThrow(RangeError);
  });

  it('bootstrap intervals of the mean cover about as often as t intervals for normal data', () => {
    const rng = createRandom(99);
    const trials = 300;
    let hits = 0;
    for (let t = 0; t < trials; t++) {
      const xs = normalSample(rng, 25, 10, 3);
      const stats = Array.from({ length: 400 }, () =>
        mean(Array.from({ length: 25 }, () => xs[rng.int(25)] as number)),
      );
      if (covers(percentileInterval(stats, 0.95), 10)) hits++;
    }
    // The percentile bootstrap runs a little short at n = 25 (≈ 0.93); a wide band around it.
    expect(withinBinomial(hits, trials, 0.93, 4)).toBe(true);
  });
});

describe('coverage', () => {
  it('lists the misses and counts an end point as a hit', () => {
    const c = coverage(
      [
        { lo: 0, hi: 1 },
        { lo: 2, hi: 3 },
        { lo: 1, hi: 2 },
        { lo: -1, hi: 0.5 },
      ],
      1,
    );
    expect(c).toEqual({ total: 4, hits: 2, misses: 2, rate: 0.5, missed: [1, 3] });
    expect(coverage([], 0).rate).toBeNaN();
  });
});
