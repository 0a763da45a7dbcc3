import { describe, expect, it } from 'vitest';
import { distribution, type DistSpec } from '../../src/math/distributions';
import { createRandom } from '../../src/math/random';
import { philoxUniforms } from '../../src/math/philox';
import { drawFrom, sourceTable } from '../../src/math/sim/source';
import { jobProblem, tracePoints, type SimJob, type SimProgress } from '../../src/math/sim/job';
import { runLoop } from '../../src/sim/runner';
import { typedEngine } from '../../src/sim/typed';

const SOURCES: DistSpec[] = [
  { kind: 'uniform', a: -1, b: 3 },
  { kind: 'exponential', rate: 2 },
  { kind: 'beta', alpha: 0.5, beta: 2 },
  { kind: 'binomial', n: 10, p: 0.3 },
  { kind: 'poisson', lambda: 4 },
  { kind: 'categorical', weights: [1, 1, 1, 1, 1, 5] },
  { kind: 'drawn', lo: 0, hi: 2, density: [0, 3, 1, 4] },
  { kind: 'normal', mean: 1, sd: 2 },
];

const run = (job: SimJob, chunkMs = 5): Promise<SimProgress | null> =>
  runLoop(job, typedEngine(job), {
    chunkMs,
    reportMs: 1e9,
    pause: async () => {},
    cancelled: () => false,
    report: () => {},
  });

describe('sources: the inverse cdf tables', () => {
  it('draws have the exact mean and variance of src/math/distributions (within 4 standard errors)', () => {
    const n = 200_000;
    const u = new Float64Array(n);
    philoxUniforms(5, 0, 0, u);
    for (const spec of SOURCES) {
      const d = distribution(spec);
      const t = sourceTable(spec);
      let s = 0;
      let s2 = 0;
      for (const x of u) {
        const v = drawFrom(t, x);
        s += v;
        s2 += v * v;
      }
      const mean = s / n;
      const variance = s2 / n - mean * mean;
      expect(Math.abs(mean - d.mean), spec.kind).toBeLessThan(4 * Math.sqrt(d.variance / n));
      expect(Math.abs(variance / d.variance - 1), spec.kind).toBeLessThan(0.03);
    }
  });

  it('discrete sources hit each value with its pmf (chi-square) and continuous ones follow the cdf (KS)', () => {
    const n = 100_000;
    const u = new Float64Array(n);
    philoxUniforms(6, 0, 0, u);
    const bin = { kind: 'binomial', n: 10, p: 0.3 } as const;
    const t = sourceTable(bin);
    const counts = new Array<number>(11).fill(0);
    for (const x of u) counts[drawFrom(t, x)]!++;
    const d = distribution(bin);
    let chi = 0;
    let cells = 0;
    for (let k = 0; k <= 10; k++) {
      const e = n * d.pdf(k);
      if (e < 5) continue;
      chi += (counts[k]! - e) ** 2 / e;
      cells++;
    }
    expect(chi).toBeLessThan(cells * 3); // far above any 99.9% point for < 11 cells
    for (const spec of [SOURCES[2]!, SOURCES[6]!, SOURCES[7]!]) {
      const table = sourceTable(spec);
      const dist = distribution(spec);
      const xs = Array.from(u.subarray(0, 20_000), (x) => drawFrom(table, x)).sort((a, b) => a - b);
      let ks = 0;
      xs.forEach((x, i) => (ks = Math.max(ks, Math.abs(dist.cdf(x) - (i + 0.5) / xs.length))));
      expect(ks, spec.kind).toBeLessThan(1.95 / Math.sqrt(xs.length)); // 99.9% point of KS
    }
  });
});

describe('typed-array path', () => {
  const job: SimJob = {
    kind: 'means',
    dist: { kind: 'exponential', rate: 1 },
    sampleSize: 30,
    count: 20_000,
    seed: 42,
    bins: { lo: 0, hi: 2, n: 40 },
  };

  it('same seed, same result, whatever the chunk sizes; another seed differs', async () => {
    const a = await run(job, 0.1);
    const b = await run(job, 50);
    expect(b!.sum).toBe(a!.sum);
    expect(Array.from(b!.histogram)).toEqual(Array.from(a!.histogram));
    const c = await run({ ...job, seed: 43 });
    expect(c!.sum).not.toBe(a!.sum);
  });

  it('sample means are centred on μ with sd σ/√n (the CLT), for every source', async () => {
    for (const spec of SOURCES) {
      const d = distribution(spec);
      const n = 16;
      const count = 20_000;
      const sd = Math.sqrt(d.variance / n);
      const p = await run({
        kind: 'means',
        dist: spec,
        sampleSize: n,
        count,
        seed: 3,
        bins: { lo: d.mean - 5 * sd, hi: d.mean + 5 * sd, n: 50 },
      });
      const mean = p!.sum / count;
      const s = Math.sqrt(p!.sumSq / count - mean * mean);
      expect(Math.abs(mean - d.mean), spec.kind).toBeLessThan((4 * sd) / Math.sqrt(count));
      expect(Math.abs(s / sd - 1), spec.kind).toBeLessThan(0.04);
      expect(p!.histogram.reduce((x, y) => x + y, 0)).toBeGreaterThan(0.99 * count);
    }
  });

  it('draws keep a running-mean trace at log-spaced points', async () => {
    const p = await run({
      kind: 'draws',
      dist: { kind: 'categorical', weights: [1, 1, 1, 1, 1, 1] },
      count: 10_000,
      seed: 1,
      bins: { lo: -0.5, hi: 5.5, n: 6 },
    });
    const points = tracePoints(10_000);
    expect(p!.trace!.length).toBe(points.length);
    expect(p!.trace![p!.trace!.length - 1]).toBeCloseTo(p!.sum / 10_000, 12);
    expect(Math.abs(p!.sum / 10_000 - 2.5)).toBeLessThan(0.07);
    expect(Array.from(p!.histogram).every((c) => Math.abs(c - 10_000 / 6) < 150)).toBe(true);
  });

  it('bootstrap of the mean and of the median', async () => {
    const rng = createRandom(9);
    const data = Array.from({ length: 50 }, () => rng.normal() * 2 + 10);
    const mean = data.reduce((a, b) => a + b, 0) / 50;
    const sd = Math.sqrt(data.reduce((a, b) => a + (b - mean) ** 2, 0) / 50);
    const p = await run({
      kind: 'bootstrap',
      data,
      statistic: 'mean',
      resamples: 4000,
      seed: 2,
      bins: { lo: 8, hi: 12, n: 40 },
    });
    const m = p!.sum / 4000;
    expect(Math.abs(m - mean)).toBeLessThan(0.05);
    expect(Math.sqrt(p!.sumSq / 4000 - m * m) / (sd / Math.sqrt(50))).toBeCloseTo(1, 1);
    const med = await run({
      kind: 'bootstrap',
      data: [1, 2, 3],
      statistic: 'median',
      resamples: 3000,
      seed: 2,
      bins: { lo: 0.5, hi: 3.5, n: 3 },
    });
    // Medians of 3 resampled values: 1 w.p. 7/27, 2 w.p. 13/27, 3 w.p. 7/27.
    expect(Math.abs(med!.histogram[1]! / 3000 - 13 / 27)).toBeLessThan(0.03);
  });

  it('refuses bad jobs with a clear message', () => {
    const base = {
      kind: 'means',
      dist: { kind: 'uniform', a: 0, b: 1 },
      sampleSize: 30,
      count: 1000,
      seed: 1,
      bins: { lo: 0, hi: 1, n: 10 },
    } as const;
    expect(jobProblem(base)).toBeNull();
    expect(jobProblem({ ...base, count: 1e9 })).toMatch(/limit of 10\^8/);
    expect(jobProblem({ ...base, dist: { kind: 'binomial', n: 10, p: 1.5 } })).toMatch(/probability/);
    expect(jobProblem({ ...base, sampleSize: 0 })).toMatch(/sample size/);
    expect(jobProblem({ ...base, count: 1e8, sampleSize: 100 })).toMatch(/4·10\^9/);
    expect(jobProblem({ ...base, bins: { lo: 1, hi: 0, n: 10 } })).toMatch(/lo < hi/);
    expect(jobProblem({ ...base, dist: { kind: 'drawn', lo: 0, hi: 1, density: [0, 0] } })).toMatch(
      /all zero/,
    );
    expect(jobProblem({ ...base, count: Number.NaN })).toMatch(/whole number/);
  });
});

describe('word sources', () => {
  it('wasm SIMD and JavaScript give the words of philoxWords for any draw range', async () => {
    const { wordSource } = await import('../../src/math/sim/words');
    const { philoxWords } = await import('../../src/math/philox');
    const wasm = wordSource(31);
    const js = wordSource(31, false);
    expect(wasm.generator).toBe('wasm SIMD');
    expect(js.generator).toBe('JavaScript');
    for (const [first, n] of [
      [0, 1],
      [3, 7],
      [1001, 4096],
      [4_000_000_001, 9],
    ] as const) {
      const want = new Uint32Array(n);
      philoxWords(31, 0, first, want);
      for (const src of [wasm, js]) {
        const { words, offset } = src.range(first, n);
        expect(Array.from(words.subarray(offset, offset + n)), `${src.generator} ${first}`).toEqual(
          Array.from(want),
        );
      }
    }
  });
});
