/**
 * src/math/bayes.ts against known values (the lesson's 1% / 90% / 9% test; SciPy's beta
 * quantiles) and properties (counts add up, the conjugate update equals Bayes on a grid).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  betaMode,
  betaPdf,
  betaProblem,
  betaQuantile,
  betaSummary,
  betaUpdate,
  frequencyPosterior,
  naturalFrequencies,
  testPosterior,
  testProblem,
} from '../../src/math/bayes';

const LESSON = { prevalence: 0.01, sensitivity: 0.9, falsePositiveRate: 0.09 };

describe('diagnostic test posterior', () => {
  it('gives the lesson’s numbers: a positive is usually a false alarm', () => {
    const p = testPosterior(LESSON);
    expect(p.positive).toBeCloseTo(0.009 + 0.0891, 15);
    expect(p.diseaseGivenPositive).toBeCloseTo(0.009 / 0.0981, 14); // 0.0917…
    expect(p.diseaseGivenNegative).toBeCloseTo(0.001 / 0.9019, 14);
    expect(
      p.jointTruePositive + p.jointFalsePositive + p.jointFalseNegative + p.jointTrueNegative,
    ).toBeCloseTo(1, 15);
  });

  it('counts whole people that add up to the population', () => {
    expect(naturalFrequencies(LESSON, 1000)).toEqual({
      truePositive: 9,
      falseNegative: 1,
      falsePositive: 89,
      trueNegative: 901,
    });
    expect(naturalFrequencies(LESSON, 10000)).toEqual({
      truePositive: 90,
      falseNegative: 10,
      falsePositive: 891,
      trueNegative: 9009,
    });
    expect(frequencyPosterior(naturalFrequencies(LESSON, 1000))).toBeCloseTo(9 / 98, 15);
    const prob = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        prob,
        prob,
        prob,
        fc.integer({ min: 0, max: 100000 }),
        (prevalence, sensitivity, falsePositiveRate, n) => {
          const f = naturalFrequencies({ prevalence, sensitivity, falsePositiveRate }, n);
          const all = [f.truePositive, f.falseNegative, f.falsePositive, f.trueNegative];
          expect(all.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
          expect(all.reduce((a, b) => a + b)).toBe(n);
          // The counts stay within one person of the exact expectation in each group.
          expect(Math.abs(f.truePositive + f.falseNegative - n * prevalence)).toBeLessThanOrEqual(0.5 + 1e-9);
        },
      ),
    );
  });

  it('matches Bayes’ rule and its limits for any probabilities', () => {
    const prob = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(prob, prob, prob, (prevalence, sensitivity, falsePositiveRate) => {
        const p = testPosterior({ prevalence, sensitivity, falsePositiveRate });
        if (p.diseaseGivenPositive === undefined) expect(p.positive).toBe(0);
        else {
          expect(p.diseaseGivenPositive).toBeGreaterThanOrEqual(0);
          expect(p.diseaseGivenPositive).toBeLessThanOrEqual(1 + 1e-15);
          // P(D|+)·P(+) = P(+|D)·P(D)
          expect(p.diseaseGivenPositive * p.positive).toBeCloseTo(sensitivity * prevalence, 12);
        }
      }),
    );
    expect(
      testPosterior({ prevalence: 0, sensitivity: 0.9, falsePositiveRate: 0 }).diseaseGivenPositive,
    ).toBeUndefined();
    expect(
      testPosterior({ prevalence: 0.3, sensitivity: 0.8, falsePositiveRate: 0 }).diseaseGivenPositive,
    ).toBe(1);
    expect(
      testPosterior({ prevalence: 1, sensitivity: 1, falsePositiveRate: 0.5 }).diseaseGivenNegative,
    ).toBeUndefined();
  });

  it('refuses what is not a probability, with a message', () => {
    expect(testProblem(LESSON)).toBeNull();
    expect(testProblem({ ...LESSON, sensitivity: 1.2 })).toMatch(/sensitivity is a probability/);
    expect(testProblem({ ...LESSON, prevalence: Number.NaN })).toMatch(/prevalence must be a finite/);
    expect(() => testPosterior({ ...LESSON, falsePositiveRate: -0.1 })).toThrow(RangeError);
    expect(() => naturalFrequencies(LESSON, 2.5)).toThrow(/whole number/);
  });
});

describe('beta-binomial coin', () => {
  it('updates the prior by adding heads and tails', () => {
    expect(betaUpdate({ alpha: 1, beta: 1 }, 7, 3)).toEqual({ alpha: 8, beta: 4 });
    expect(() => betaUpdate({ alpha: 0, beta: 1 }, 1, 1)).toThrow(/greater than 0/);
    expect(() => betaUpdate({ alpha: 1, beta: 1 }, -1, 1)).toThrow(RangeError);
    expect(betaProblem({ alpha: Infinity, beta: 1 })).toMatch(/finite/);
  });

  it('equals Bayes’ rule on a grid: prior × likelihood, normalised', () => {
    const prior = { alpha: 2.5, beta: 1.5 };
    const [h, t] = [6, 2];
    const post = betaUpdate(prior, h, t);
    const xs = Array.from({ length: 999 }, (_, k) => (k + 1) / 1000);
    const raw = xs.map((x) => betaPdf(x, prior) * x ** h * (1 - x) ** t);
    const z = raw.reduce((a, b) => a + b) / 1000;
    xs.forEach((x, k) => expect((raw[k] as number) / z).toBeCloseTo(betaPdf(x, post), 3));
  });

  it('has SciPy’s quantiles, mean and mode', () => {
    const cases: [number, number, number, number, number][] = [
      [8, 4, 0.39025744042757876, 0.8907365561809019, 0.09901861199999991],
      [1, 1, 0.025, 0.975, 1],
      [0.5, 0.5, 0.001541333133436012, 0.9984586668665639, 0.6946091180428566],
      [2, 5, 0.043271868292741676, 0.6412345789976748, 2.1608999999999994],
      [101, 51, 0.5877317221817964, 0.7371156577716429, 2.8172105345885503e-18],
      [3, 1, 0.2924017738212866, 0.9915962413403874, 0.27],
    ];
    for (const [alpha, beta, lo, hi, pdf] of cases) {
      const s = betaSummary({ alpha, beta });
      expect(s.interval[0]).toBeCloseTo(lo, 9);
      expect(s.interval[1]).toBeCloseTo(hi, 9);
      expect(betaPdf(0.3, { alpha, beta }) / pdf).toBeCloseTo(1, 9);
      expect(s.mean).toBeCloseTo(alpha / (alpha + beta), 15);
    }
    expect(betaSummary({ alpha: 8, beta: 4 }).mode).toBeCloseTo(0.7, 15);
    expect(betaMode({ alpha: 1, beta: 1 })).toBeUndefined();
    expect(betaMode({ alpha: 0.5, beta: 0.5 })).toBeUndefined();
    expect(betaMode({ alpha: 1, beta: 3 })).toBe(0);
    expect(betaMode({ alpha: 4, beta: 0.7 })).toBe(1);
    expect(betaQuantile(0, { alpha: 2, beta: 2 })).toBe(0);
    expect(() => betaQuantile(1.5, { alpha: 2, beta: 2 })).toThrow(RangeError);
    expect(betaPdf(0, { alpha: 0.5, beta: 2 })).toBe(Infinity);
    expect(betaPdf(1.5, { alpha: 2, beta: 2 })).toBe(0);
  });

  it('narrows its interval as flips come in', () => {
    let last = 1;
    for (const n of [0, 10, 100, 1000]) {
      const s = betaSummary(betaUpdate({ alpha: 1, beta: 1 }, Math.round(0.7 * n), n - Math.round(0.7 * n)));
      const width = s.interval[1] - s.interval[0];
      expect(width).toBeLessThan(last);
      last = width;
    }
    expect(last).toBeLessThan(0.06);
  });
});
