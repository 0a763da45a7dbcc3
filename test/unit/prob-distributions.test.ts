import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/math/random';
import {
  distribution,
  distributionProblem,
  type DistSpec,
  type Distribution,
} from '../../src/math/distributions';
import { chiSquareTest, ksTest, meanZScore, varianceZScore } from '../../src/math/stats-tests';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('known values', () => {
  it('uniform(2, 6)', () => {
    const d = distribution({ kind: 'uniform', a: 2, b: 6 });
    expect([d.pdf(3), d.pdf(7), d.cdf(3), d.cdf(9), d.mean, d.variance]).toEqual([
      0.25,
      0,
      0.25,
      1,
      4,
      16 / 12,
    ]);
    expect(d.support).toEqual([2, 6]);
  });
  it('normal(10, 2)', () => {
    const d = distribution({ kind: 'normal', mean: 10, sd: 2 });
    expect(rel(d.pdf(10), 1 / (2 * Math.sqrt(2 * Math.PI)))).toBeLessThan(1e-15);
    expect(rel(d.cdf(12), 0.8413447460685429)).toBeLessThan(1e-14);
    expect([d.mean, d.variance, d.support[0], d.support[1]]).toEqual([10, 4, 0, 20]);
  });
  it('binomial(10, 1/2): 252/1024 and 638/1024', () => {
    const d = distribution({ kind: 'binomial', n: 10, p: 0.5 });
    expect(rel(d.pdf(5), 252 / 1024)).toBeLessThan(1e-13);
    expect(rel(d.cdf(5), 638 / 1024)).toBeLessThan(1e-13);
    expect(rel(d.cdf(5.7), 638 / 1024)).toBeLessThan(1e-13);
    expect([d.pdf(2.5), d.pdf(-1), d.pdf(11), d.cdf(-0.5), d.cdf(10)]).toEqual([0, 0, 0, 0, 1]);
    expect([d.mean, d.variance, d.discrete]).toEqual([5, 2.5, true]);
  });
  it('binomial with p = 0 and p = 1 is a point mass', () => {
    const z = distribution({ kind: 'binomial', n: 4, p: 0 });
    const o = distribution({ kind: 'binomial', n: 4, p: 1 });
    expect([z.pdf(0), z.cdf(0), o.pdf(4), o.cdf(3), o.sample(createRandom(1))]).toEqual([1, 1, 1, 0, 4]);
  });
  it('Poisson(3)', () => {
    const d = distribution({ kind: 'poisson', lambda: 3 });
    expect(rel(d.pdf(2), 0.22404180765538775)).toBeLessThan(1e-13);
    expect(rel(d.cdf(2), 0.42319008112684353)).toBeLessThan(1e-13);
    expect([d.mean, d.variance]).toEqual([3, 3]);
  });
  it('exponential(2)', () => {
    const d = distribution({ kind: 'exponential', rate: 2 });
    expect(rel(d.pdf(1), 2 * Math.exp(-2))).toBeLessThan(1e-15);
    expect(rel(d.cdf(1), 1 - Math.exp(-2))).toBeLessThan(1e-15);
    expect([d.pdf(-1), d.cdf(-1), d.mean, d.variance]).toEqual([0, 0, 0.5, 0.25]);
  });
  it('beta(2, 5)', () => {
    const d = distribution({ kind: 'beta', alpha: 2, beta: 5 });
    expect(rel(d.pdf(0.2), 30 * 0.2 * 0.8 ** 4)).toBeLessThan(1e-13);
    expect(rel(d.mean, 2 / 7)).toBeLessThan(1e-15);
    expect(rel(d.variance, 10 / (49 * 8))).toBeLessThan(1e-15);
    // Beta(1/2, 1/2): infinite at the ends, the arcsine law between.
    const a = distribution({ kind: 'beta', alpha: 0.5, beta: 0.5 });
    expect([a.pdf(0), a.pdf(1), a.pdf(1.5)]).toEqual([Infinity, Infinity, 0]);
    expect(rel(a.pdf(0.5), 2 / Math.PI)).toBeLessThan(1e-13);
  });
  it('a weighted die (categorical)', () => {
    const d = distribution({ kind: 'categorical', weights: [1, 1, 1, 1, 1, 5] });
    expect([d.pdf(5), d.pdf(0), d.pdf(6), d.pdf(0.5), d.cdf(4), d.cdf(4.9), d.cdf(5)]).toEqual([
      0.5, 0.1, 0, 0, 0.5, 0.5, 1,
    ]);
    expect(rel(d.mean, 3.5)).toBeLessThan(1e-15);
    // E[X²] = 0.1(0 + 1 + 4 + 9 + 16) + 0.5·25 = 15.5.
    expect(rel(d.variance, 15.5 - 3.5 * 3.5)).toBeLessThan(1e-14);
  });
  it('a drawn density (not normalised)', () => {
    // Heights 1 and 3 on [0, 1] and [1, 2]: densities 1/4 and 3/4.
    const d = distribution({ kind: 'drawn', lo: 0, hi: 2, density: [1, 3] });
    expect([d.pdf(0.5), d.pdf(1.5), d.pdf(2), d.pdf(3), d.cdf(1), d.cdf(1.5), d.cdf(2)]).toEqual([
      0.25, 0.75, 0.75, 0, 0.25, 0.625, 1,
    ]);
    expect(rel(d.mean, 0.25 * 0.5 + 0.75 * 1.5)).toBeLessThan(1e-15);
    // E[X²] = ∫ x² f = 0.25/3 + 0.75·(8 − 1)/3.
    const m2 = 0.25 / 3 + (0.75 * 7) / 3;
    expect(rel(d.variance, m2 - d.mean ** 2)).toBeLessThan(1e-13);
  });
  it('pdf sums / integrates to 1 and cdf matches its running sum', () => {
    const b = distribution({ kind: 'binomial', n: 40, p: 0.3 });
    let s = 0;
    for (let k = 0; k <= 40; k++) {
      s += b.pdf(k);
      expect(Math.abs(b.cdf(k) - s)).toBeLessThan(1e-12);
    }
    const p = distribution({ kind: 'poisson', lambda: 25 });
    s = 0;
    for (let k = 0; k <= 80; k++) {
      s += p.pdf(k);
      expect(Math.abs(p.cdf(k) - s)).toBeLessThan(1e-12);
    }
  });
  it('binomial and Poisson cdfs stay accurate for large parameters', () => {
    const b = distribution({ kind: 'binomial', n: 1e7, p: 0.4 });
    expect(Math.abs(b.cdf(4e6) - 0.5)).toBeLessThan(1e-3);
    expect(b.support[0]).toBeGreaterThan(3.9e6);
    const p = distribution({ kind: 'poisson', lambda: 1e6 });
    expect(Math.abs(p.cdf(1e6) - 0.5)).toBeLessThan(1e-3);
  });
});

describe('distributionProblem', () => {
  const cases: [DistSpec, RegExp][] = [
    [{ kind: 'binomial', n: 10, p: 1.2 }, /p is 1.2: a probability must be between 0 and 1/],
    [{ kind: 'binomial', n: 0, p: 0.5 }, /at least 1 trial/],
    [{ kind: 'binomial', n: 2.5, p: 0.5 }, /whole number/],
    [{ kind: 'binomial', n: 1e9, p: 0.5 }, /at most/],
    [{ kind: 'normal', mean: 0, sd: 0 }, /sd is 0: a standard deviation must be positive/],
    [{ kind: 'normal', mean: 0, sd: -1 }, /must be positive/],
    [{ kind: 'normal', mean: NaN, sd: 1 }, /mean must be a finite number \(got NaN\)/],
    [{ kind: 'normal', mean: 1e300, sd: 1 }, /mean must be between/],
    [{ kind: 'normal', mean: 0, sd: 1e300 }, /sd must be between/],
    [{ kind: 'uniform', a: 2, b: 2 }, /a < b/],
    [{ kind: 'uniform', a: -1e300, b: 1e300 }, /between/],
    [{ kind: 'poisson', lambda: 0 }, /must be positive/],
    [{ kind: 'poisson', lambda: Infinity }, /finite/],
    [{ kind: 'exponential', rate: -2 }, /must be positive/],
    [{ kind: 'beta', alpha: 0, beta: 1 }, /α is 0: beta shapes must be positive/],
    [{ kind: 'beta', alpha: 1, beta: 1e300 }, /β must be between/],
    [{ kind: 'categorical', weights: [0, 0, 0] }, /all zero/],
    [{ kind: 'categorical', weights: [1, -1] }, /cannot be negative/],
    [{ kind: 'categorical', weights: [] }, /at least one/],
    [{ kind: 'categorical', weights: [1, NaN] }, /weights\[1\] must be a finite number/],
    [{ kind: 'drawn', lo: 0, hi: 1, density: [0, 0, 0, 0] }, /all zero/],
    [{ kind: 'drawn', lo: 1, hi: 0, density: [1] }, /lo < hi/],
  ];
  it.each(cases)('%j → a clear message, and distribution() throws it', (spec, pattern) => {
    expect(distributionProblem(spec)).toMatch(pattern);
    expect(() => distribution(spec)).toThrow(RangeError);
  });
  it('names an unknown kind', () => {
    expect(distributionProblem({ kind: 'cauchy' } as unknown as DistSpec)).toMatch(
      /unknown distribution kind "cauchy"/,
    );
  });
  it('accepts valid specs', () => {
    expect(distributionProblem({ kind: 'binomial', n: 1, p: 0 })).toBeNull();
    expect(distributionProblem({ kind: 'categorical', weights: [0, 2] })).toBeNull();
  });
});

/** Raw moments E[X^k] of Beta(a, b): Π_{r<k} (a + r)/(a + b + r). */
function betaMu4(a: number, b: number): number {
  const raw = (k: number): number => {
    let m = 1;
    for (let r = 0; r < k; r++) m *= (a + r) / (a + b + r);
    return m;
  };
  const m = raw(1);
  return raw(4) - 4 * m * raw(3) + 6 * m * m * raw(2) - 3 * m ** 4;
}

/** The fourth central moment by summing the pmf over the plotting support. */
function discreteMu4(d: Distribution): number {
  let s = 0;
  for (let k = d.support[0]; k <= d.support[1]; k++) s += d.pdf(k) * (k - d.mean) ** 4;
  return s;
}

interface Case {
  spec: DistSpec;
  mu4: (d: Distribution) => number;
}
const CONTINUOUS: Case[] = [
  { spec: { kind: 'uniform', a: -1, b: 3 }, mu4: () => 4 ** 4 / 80 },
  { spec: { kind: 'normal', mean: 5, sd: 3 }, mu4: () => 3 * 81 },
  { spec: { kind: 'exponential', rate: 0.5 }, mu4: () => 9 * 16 },
  { spec: { kind: 'beta', alpha: 2, beta: 5 }, mu4: () => betaMu4(2, 5) },
  { spec: { kind: 'beta', alpha: 0.5, beta: 0.5 }, mu4: () => betaMu4(0.5, 0.5) },
  { spec: { kind: 'beta', alpha: 0.05, beta: 0.2 }, mu4: () => betaMu4(0.05, 0.2) },
  { spec: { kind: 'beta', alpha: 200, beta: 600 }, mu4: () => betaMu4(200, 600) },
  {
    spec: { kind: 'drawn', lo: -2, hi: 2, density: [0, 1, 4, 0.5, 2] },
    mu4: (d) => {
      // Fine midpoint rule: the density is piecewise constant.
      let s = 0;
      const m = 40_000;
      for (let i = 0; i < m; i++) {
        const x = -2 + ((i + 0.5) * 4) / m;
        s += d.pdf(x) * (x - d.mean) ** 4 * (4 / m);
      }
      return s;
    },
  },
];
const DISCRETE: Case[] = [
  { spec: { kind: 'binomial', n: 20, p: 0.3 }, mu4: discreteMu4 }, // inversion
  { spec: { kind: 'binomial', n: 50, p: 0.92 }, mu4: discreteMu4 }, // mirrored inversion
  { spec: { kind: 'binomial', n: 1000, p: 0.3 }, mu4: discreteMu4 }, // BTRS
  { spec: { kind: 'binomial', n: 100_000, p: 0.75 }, mu4: discreteMu4 }, // mirrored BTRS
  { spec: { kind: 'poisson', lambda: 3.5 }, mu4: (d) => d.mean * (1 + 3 * d.mean) }, // inversion
  { spec: { kind: 'poisson', lambda: 60 }, mu4: (d) => d.mean * (1 + 3 * d.mean) }, // PTRS
  { spec: { kind: 'poisson', lambda: 1e5 }, mu4: (d) => d.mean * (1 + 3 * d.mean) },
  { spec: { kind: 'categorical', weights: [1, 1, 1, 1, 1, 1] }, mu4: discreteMu4 },
  { spec: { kind: 'categorical', weights: [0.5, 0, 3, 1, 0, 2.5] }, mu4: discreteMu4 },
];

const N = 60_000;
function drawMany(d: Distribution, seed: number): Float64Array {
  const rng = createRandom(seed);
  const xs = new Float64Array(N);
  for (let i = 0; i < N; i++) xs[i] = d.sample(rng);
  return xs;
}

describe('samplers at a fixed seed', () => {
  it.each([...CONTINUOUS, ...DISCRETE].map((c) => [c.spec.kind, c] as const))(
    '%s: same seed, same draws',
    (_, c) => {
      const d = distribution(c.spec);
      const a = createRandom(99);
      const b = createRandom(99);
      const xs = Array.from({ length: 50 }, () => d.sample(a));
      expect(Array.from({ length: 50 }, () => d.sample(b))).toEqual(xs);
      expect(xs.every((x) => Number.isFinite(x))).toBe(true);
    },
  );

  it.each(CONTINUOUS.map((c) => [JSON.stringify(c.spec), c] as const))(
    '%s: moments and Kolmogorov–Smirnov',
    (_, c) => {
      const d = distribution(c.spec);
      const xs = drawMany(d, 2024);
      expect(Math.abs(meanZScore(xs, d.mean, d.variance))).toBeLessThan(4);
      expect(Math.abs(varianceZScore(xs, d.mean, d.variance, c.mu4(d)))).toBeLessThan(4);
      expect(ksTest(xs, (x) => d.cdf(x)).pValue).toBeGreaterThan(1e-3);
      // Bounded ones stay in their support; the exponential stays ≥ 0.
      const lo = c.spec.kind === 'normal' ? -Infinity : d.support[0];
      const hi = c.spec.kind === 'normal' || c.spec.kind === 'exponential' ? Infinity : d.support[1];
      expect(xs.filter((x) => !(x >= lo && x <= hi)).length).toBe(0);
    },
  );

  it.each(DISCRETE.map((c) => [JSON.stringify(c.spec), c] as const))('%s: moments and chi-square', (_, c) => {
    const d = distribution(c.spec);
    const xs = drawMany(d, 7);
    expect(Math.abs(meanZScore(xs, d.mean, d.variance))).toBeLessThan(4);
    expect(Math.abs(varianceZScore(xs, d.mean, d.variance, c.mu4(d)))).toBeLessThan(4);
    const [lo, hi] = d.support;
    // Cells lo … hi; the first and last also hold the (tiny) tails beyond the support.
    const counts = new Float64Array(hi - lo + 1);
    expect(xs.filter((x) => !Number.isInteger(x)).length).toBe(0);
    for (const x of xs) counts[Math.min(hi, Math.max(lo, x)) - lo]! += 1;
    const probs = Array.from({ length: hi - lo + 1 }, (_, i) =>
      i === 0 ? d.cdf(lo) : i === hi - lo ? 1 - d.cdf(hi - 1) : d.pdf(lo + i),
    );
    expect(probs.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
    expect(chiSquareTest(counts, probs).pValue).toBeGreaterThan(1e-3);
  });

  it('zero-weight outcomes never come up', () => {
    const d = distribution({ kind: 'categorical', weights: [0, 1, 0, 2, 0] });
    const rng = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 20_000; i++) seen.add(d.sample(rng));
    expect([...seen].sort()).toEqual([1, 3]);
  });

  it('the tests can fail: normal draws are rejected as a slightly wider normal, a die as loaded', () => {
    const xs = drawMany(distribution({ kind: 'normal', mean: 0, sd: 1 }), 1);
    const wider = distribution({ kind: 'normal', mean: 0, sd: 1.03 });
    expect(ksTest(xs, (x) => wider.cdf(x)).pValue).toBeLessThan(1e-3);
    const bin = drawMany(distribution({ kind: 'binomial', n: 1000, p: 0.3 }), 1);
    const off = distribution({ kind: 'binomial', n: 1000, p: 0.302 });
    expect(Math.abs(meanZScore(bin, off.mean, off.variance))).toBeGreaterThan(4);
    const die = drawMany(distribution({ kind: 'categorical', weights: [1, 1, 1, 1, 1, 1.1] }), 1);
    const counts = [0, 0, 0, 0, 0, 0];
    for (const x of die) counts[x]! += 1;
    expect(chiSquareTest(counts, Array(6).fill(1 / 6) as number[]).pValue).toBeLessThan(1e-3);
  });
});
