import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom, xoshiro128ss } from '../../src/math/random';

const N = 100_000;

function draws(count: number, f: () => number): number[] {
  return Array.from({ length: count }, f);
}

function meanVar(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

/** Pearson's statistic of observed counts against equal expected counts. */
function chiSquare(counts: number[]): number {
  const total = counts.reduce((s, c) => s + c, 0);
  const expected = total / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

describe('xoshiro128**', () => {
  it('matches the reference implementation from state {1, 2, 3, 4}', () => {
    // Outputs of Blackman & Vigna's xoshiro128starstar.c seeded with s = {1, 2, 3, 4}.
    const g = xoshiro128ss(1, 2, 3, 4);
    expect(draws(4, g)).toEqual([11520, 0, 5927040, 70819200]);
  });

  it('refuses the all-zero state, which would only ever give 0', () => {
    expect(() => xoshiro128ss(0, 0, 0, 0)).toThrow(RangeError);
  });
});

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let k = 0; k < 20; k++) {
          expect(a.next()).toBe(b.next());
          expect(a.int(1000)).toBe(b.int(1000));
          expect(a.normal()).toBe(b.normal());
        }
      }),
      { numRuns: 50 },
    );
  });

  it('gives different sequences for different seeds, even neighbouring ones', () => {
    const first = (seed: number) => draws(4, createRandom(seed).uint32).join(',');
    const seen = new Set<string>();
    for (let seed = 0; seed < 1000; seed++) seen.add(first(seed));
    expect(seen.size).toBe(1000);
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('reduces seeds modulo 2^32 and refuses fractional or non-finite ones', () => {
    expect(createRandom(-1).next()).toBe(createRandom(2 ** 32 - 1).next());
    expect(createRandom(2 ** 32 + 5).next()).toBe(createRandom(5).next());
    for (const bad of [0.5, Number.NaN, Infinity]) expect(() => createRandom(bad)).toThrow(RangeError);
  });

  it('keeps no state outside the generator: interleaving two generators changes nothing', () => {
    const alone = draws(10, createRandom(7).next);
    const a = createRandom(7);
    const b = createRandom(8);
    const interleaved = draws(10, () => (b.normal(), b.int(3), a.next()));
    expect(interleaved).toEqual(alone);
  });

  it('next() is uniform on [0, 1): mean 1/2, variance 1/12, chi-square over 100 bins', () => {
    const rng = createRandom(20240601);
    const xs = draws(N, rng.next);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const { mean, variance } = meanVar(xs);
    // Five standard errors: 0.2887/√N for the mean, 0.0745/√N for the variance.
    expect(Math.abs(mean - 0.5)).toBeLessThan((5 * 0.2887) / Math.sqrt(N));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan((5 * 0.0745) / Math.sqrt(N));
    const counts = new Array<number>(100).fill(0);
    for (const x of xs) counts[Math.floor(x * 100)]! += 1;
    // 99 degrees of freedom: P(χ² > 148.2) = 0.001.
    expect(chiSquare(counts)).toBeLessThan(148.2);
  });

  it('next() has no lag-1 correlation', () => {
    const xs = draws(N, createRandom(99).next);
    let s = 0;
    for (let k = 1; k < N; k++) s += (xs[k - 1]! - 0.5) * (xs[k]! - 0.5);
    const corr = s / (N - 1) / (1 / 12);
    expect(Math.abs(corr)).toBeLessThan(5 / Math.sqrt(N));
  });

  it('int(n) covers 0 … n − 1 evenly', () => {
    const rng = createRandom(6);
    const counts = new Array<number>(6).fill(0);
    const rolls = draws(60_000, () => rng.int(6));
    expect(rolls.every((d) => Number.isInteger(d) && d >= 0 && d < 6)).toBe(true);
    for (const d of rolls) counts[d]! += 1;
    // 5 degrees of freedom: P(χ² > 20.5) = 0.001.
    expect(chiSquare(counts)).toBeLessThan(20.5);
    expect(createRandom(1).int(1)).toBe(0);
    const big = createRandom(3).int(2 ** 32);
    expect(big >= 0 && big < 2 ** 32).toBe(true);
  });

  it('int(n) is unbiased where modulo would not be: n = 3·2^30', () => {
    // With plain `u32 % n`, residues below 2^30 would come up twice as often as the others.
    const n = 3 * 2 ** 30;
    const rng = createRandom(11);
    let low = 0;
    const count = 30_000;
    for (let k = 0; k < count; k++) if (rng.int(n) < 2 ** 30) low++;
    const p = 1 / 3;
    expect(Math.abs(low / count - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / count));
  });

  it('int(n) refuses n that is not a whole number in 1 … 2^32', () => {
    const rng = createRandom(1);
    for (const bad of [0, -1, 1.5, 2 ** 32 + 1, Number.NaN, Infinity])
      expect(() => rng.int(bad)).toThrow(RangeError);
  });

  it('normal() has mean 0, variance 1 and normal tails', () => {
    const zs = draws(N, createRandom(314159).normal);
    expect(zs.every(Number.isFinite)).toBe(true);
    const { mean, variance } = meanVar(zs);
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan((5 * Math.SQRT2) / Math.sqrt(N));
    // P(|Z| > 1.96) = 0.05 and P(Z < 0) = 1/2.
    const outside = zs.filter((z) => Math.abs(z) > 1.96).length / N;
    expect(Math.abs(outside - 0.05)).toBeLessThan(5 * Math.sqrt((0.05 * 0.95) / N));
    const negative = zs.filter((z) => z < 0).length / N;
    expect(Math.abs(negative - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / N));
  });

  it('matches the documented example', () => {
    expect(createRandom(42).next().toFixed(4)).toBe('0.1538');
  });
});
