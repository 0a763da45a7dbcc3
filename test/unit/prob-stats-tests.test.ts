import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/math/random';
import {
  chiSquareSurvival,
  chiSquareTest,
  kolmogorovSurvival,
  ksTest,
  meanZScore,
  varianceZScore,
} from '../../src/math/stats-tests';

describe('chi-square', () => {
  it('has the tabulated critical values', () => {
    // χ² critical values at 5%: df 1 → 3.841, df 10 → 18.307.
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(18.307038053275146, 10)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });
  it('accepts a fair die and rejects a loaded one', () => {
    const fair = Array(6).fill(1 / 6) as number[];
    expect(chiSquareTest([100, 98, 103, 101, 99, 99], fair).pValue).toBeGreaterThan(0.9);
    expect(chiSquareTest([140, 98, 103, 101, 99, 59], fair).pValue).toBeLessThan(0.001);
  });
  it('merges cells that expect fewer than 5 draws', () => {
    const r = chiSquareTest([50, 40, 6, 3, 1], [0.5, 0.4, 0.06, 0.03, 0.01]);
    // 50, 40 and 6 expect ≥ 5; the last two (3 and 1 expected) join the 6.
    expect(r.df).toBe(2);
    expect(r.statistic).toBeCloseTo(0, 12);
  });
});

describe('Kolmogorov–Smirnov', () => {
  it('has the tabulated critical value K(1.358) ≈ 0.05', () => {
    expect(kolmogorovSurvival(1.3581)).toBeCloseTo(0.05, 3);
    expect(kolmogorovSurvival(0)).toBe(1);
  });
  it('accepts uniform draws as uniform and rejects squared ones', () => {
    const rng = createRandom(3);
    const u = Array.from({ length: 5000 }, () => rng.next());
    const cdf = (x: number): number => Math.min(1, Math.max(0, x));
    expect(ksTest(u, cdf).pValue).toBeGreaterThan(0.01);
    expect(
      ksTest(
        u.map((x) => x * x),
        cdf,
      ).pValue,
    ).toBeLessThan(1e-6);
  });
  it('computes D exactly for a tiny sample', () => {
    // Draws 0.1, 0.2, 0.9 against U(0, 1): the largest gap is at 0.2 (2/3 − 0.2).
    expect(ksTest([0.9, 0.1, 0.2], (x) => x).statistic).toBeCloseTo(2 / 3 - 0.2, 14);
  });
});

describe('moment z-scores', () => {
  it('are 0 on a perfect sample and large on a shifted one', () => {
    expect(meanZScore([-1, 1, -1, 1], 0, 1)).toBe(0);
    expect(varianceZScore([-1, 1, -1, 1], 0, 1, 3)).toBe(0);
    const rng = createRandom(5);
    const xs = Array.from({ length: 10_000 }, () => rng.normal() + 0.1);
    expect(Math.abs(meanZScore(xs, 0, 1))).toBeGreaterThan(5);
  });
});
