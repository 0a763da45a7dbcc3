/**
 * The embedding and language-model math against NumPy on tiny cases (the script is quoted next to
 * each case), the randomized SVD against NumPy's dense SVD, recall@k and MRR worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { cooccurrence, ppmiInPlace, runAll, type Dense } from './cooccur';
import { embeddingFromSvd, orthonormalize, randomizedSvd } from './rsvd';
import { csrFromDense, csrTimesBlock, csrTransposeTimesBlock, denseFromCsr } from './csr';
import { cooccurrenceSparse, ppmiSparse } from './cooccur-sparse';
import { symmetricEigen } from './eigen-sym';
import {
  bigramSteps,
  buildBigram,
  generate,
  heldOutCrossEntropy,
  nextDistribution,
  probability,
  uniformCrossEntropy,
} from './bigram';
import { meanReciprocalRank, recallAtK, reciprocalRank } from './retrieval';
import { analogy, cosine, normalizeRows, topK } from './vectors';
import { pca2d } from './pca';
import { closestWord, tokenize, words } from './tokenize';

describe('co-occurrence and PPMI', () => {
  // NumPy: counts within 2 tokens either side, rows = ids 2..4, columns = ids 2..5;
  // pmi = log(c * N / (rowsum * colsum)); ppmi = where(c > 0, max(pmi, 0), 0).
  const tokens = [2, 3, 4, 2, 3, 5, 1, 2, 4, 3];
  it('counts pairs in the window, skipping ids below the first word', () => {
    const c = runAll(cooccurrence(tokens, { rows: 3, cols: 4, window: 2, first: 2 }));
    expect([...c.data]).toEqual([0, 4, 3, 2, 4, 0, 3, 1, 3, 3, 0, 0]);
  });

  it('weights them by PPMI', () => {
    const c = runAll(cooccurrence(tokens, { rows: 3, cols: 4, window: 2, first: 2 }));
    const p = runAll(ppmiInPlace(c));
    const want = [
      0, 0.37865385065750756, 0.2451224580329849, 0.532804530484766, 0.49643688631389105, 0,
      0.3629054936893685, 0, 0.49643688631389105, 0.49643688631389105, 0, 0,
    ];
    want.forEach((w, i) => expect(p.data[i]).toBeCloseTo(w, 6));
  });
});

describe('sparse co-occurrence and PPMI', () => {
  // The sparse builders must give exactly the dense numbers (the NumPy-checked ones above).
  const stream = (n: number, seed: number): number[] => {
    const rng = createRandom(seed);
    // Frequent small ids, like a frequency-ranked corpus; 0 and 1 are unknown words and sentence ends.
    return Array.from({ length: n }, () => Math.floor(40 * rng.next() ** 2));
  };
  for (const [name, tokens, o] of [
    ['the tiny case', [2, 3, 4, 2, 3, 5, 1, 2, 4, 3], { rows: 3, cols: 4, window: 2, first: 2 }],
    ['a random stream', stream(3000, 11), { rows: 30, cols: 12, window: 3, first: 2 }],
    ['more contexts than rows', stream(2000, 12), { rows: 8, cols: 20, window: 1, first: 2 }],
  ] as const)
    it(`counts and weights ${name} as the dense way does`, () => {
      const dense = runAll(cooccurrence(tokens, o));
      const counts = runAll(cooccurrenceSparse(tokens, o));
      expect([...denseFromCsr(counts).data]).toEqual([...dense.data]);
      expect(counts.values.every((v) => v > 0)).toBe(true);
      const ppmi = ppmiSparse(counts);
      expect([...denseFromCsr(ppmi).data]).toEqual([...runAll(ppmiInPlace(dense)).data]);
      expect(ppmi.values.every((v) => v > 0)).toBe(true);
    });
});

describe('randomized SVD', () => {
  // NumPy: A[i, j] = ((7i + 3j) % 11) − 5 + 0.5 i, 12 × 8; np.linalg.svd(A, compute_uv=False).
  const want = [
    31.621940435360933, 17.851826075574564, 17.70645150339026, 11.015719469620278, 7.741090990652111,
    6.8204511856852355, 6.399504117267639, 6.253318442702463,
  ];
  const a: Dense = {
    rows: 12,
    cols: 8,
    data: Float32Array.from({ length: 96 }, (_, t) => {
      const i = Math.floor(t / 8);
      const j = t % 8;
      return ((7 * i + 3 * j) % 11) - 5 + 0.5 * i;
    }),
  };

  it('is exact when l covers the rank (k = 8)', () => {
    const svd = runAll(randomizedSvd(a, { k: 8, oversample: 0, powerIters: 1, rng: createRandom(1) }));
    want.forEach((w, i) => expect(svd.s[i]! / w).toBeCloseTo(1, 5));
  });

  it('finds the leading singular values with oversampling and a power iteration (k = 3)', () => {
    const svd = runAll(randomizedSvd(a, { k: 3, oversample: 5, powerIters: 2, rng: createRandom(2) }));
    expect(svd.s[0]! / want[0]!).toBeCloseTo(1, 4);
    // σ2 and σ3 are close (17.85, 17.71): the pair is found to about 1%.
    expect(Math.abs(svd.s[1]! / want[1]! - 1)).toBeLessThan(0.01);
    // U has orthonormal columns and A Aᵀ u = σ² u for the top one.
    let norm = 0;
    for (let i = 0; i < 12; i++) norm += svd.u[i * 3]! ** 2;
    expect(norm).toBeCloseTo(1, 6);
    const u0 = Array.from({ length: 12 }, (_, i) => svd.u[i * 3]!);
    const atu = Array.from({ length: 8 }, (_, j) => u0.reduce((s, u, i) => s + u * a.data[i * 8 + j]!, 0));
    const aatu = Array.from({ length: 12 }, (_, i) => atu.reduce((s, x, j) => s + x * a.data[i * 8 + j]!, 0));
    aatu.forEach((x, i) => expect(x / svd.s[0]! ** 2).toBeCloseTo(u0[i]!, 4));
    expect(embeddingFromSvd(svd).length).toBe(36);
  });

  // NumPy: A[i, j] = ((5i + 3j) % 7) − 3 + 0.25 i where (ij + i + 2j) % 3 == 0, else 0; 20 × 15,
  // 21% non-zero, rank 10; np.linalg.svd(A, compute_uv=False)[:5].
  const sparseWant = [
    17.65557959592805, 15.953881293305988, 7.000000000000001, 6.364594332482959, 5.962985429043557,
  ];
  const sparse: Dense = {
    rows: 20,
    cols: 15,
    data: Float32Array.from({ length: 300 }, (_, t) => {
      const i = Math.floor(t / 15);
      const j = t % 15;
      return (i * j + i + 2 * j) % 3 === 0 ? ((5 * i + 3 * j) % 7) - 3 + 0.25 * i : 0;
    }),
  };

  it('stores a sparse matrix as CSR, and its block products equal the dense ones', () => {
    const c = csrFromDense(sparse);
    expect(c.values.length).toBe(sparse.data.filter((x) => x !== 0).length);
    expect(c.rowStart.at(-1)).toBe(c.values.length);
    const l = 3;
    const rng = createRandom(4);
    const x = Float64Array.from({ length: 15 * l }, () => rng.normal());
    const y = Float64Array.from({ length: 20 * l }, () => rng.normal());
    const ax = new Float64Array(20 * l).fill(NaN); // every entry must be written
    csrTimesBlock(c, x, l, ax, 0, 12);
    csrTimesBlock(c, x, l, ax, 12, 20);
    const aty = new Float64Array(15 * l);
    csrTransposeTimesBlock(c, y, l, aty, 0, 7);
    csrTransposeTimesBlock(c, y, l, aty, 7, 20);
    for (let i = 0; i < 20; i++)
      for (let j = 0; j < l; j++) {
        let d = 0;
        for (let m = 0; m < 15; m++) d += sparse.data[i * 15 + m]! * x[m * l + j]!;
        expect(ax[i * l + j]).toBeCloseTo(d, 12);
      }
    for (let m = 0; m < 15; m++)
      for (let j = 0; j < l; j++) {
        let d = 0;
        for (let i = 0; i < 20; i++) d += sparse.data[i * 15 + m]! * y[i * l + j]!;
        expect(aty[m * l + j]).toBeCloseTo(d, 12);
      }
  });

  it('matches the dense SVD on a sparse matrix, given dense or as CSR', () => {
    // l = 5 + 5 = 10 = the rank: exact to rounding.
    for (const m of [sparse, csrFromDense(sparse)]) {
      const svd = runAll(randomizedSvd(m, { k: 5, oversample: 5, powerIters: 1, rng: createRandom(6) }));
      sparseWant.forEach((w, i) => expect(svd.s[i]! / w).toBeCloseTo(1, 6));
    }
    // Fewer directions than the rank: the two leading values (well apart from the third) are
    // still found closely after two power iterations.
    const few = runAll(randomizedSvd(sparse, { k: 2, oversample: 3, powerIters: 2, rng: createRandom(7) }));
    expect(few.s[0]! / sparseWant[0]!).toBeCloseTo(1, 4);
    expect(few.s[1]! / sparseWant[1]!).toBeCloseTo(1, 3);
  });

  it('orthonormalizes columns, leaving a zero column zero', () => {
    // Columns (1, 1, 0), (2, 0, 0) and (0, 0, 0): q1 = (1, 1, 0)/√2, q2 = (1, −1, 0)/√2, q3 = 0.
    const y = Float64Array.from([1, 2, 0, 1, 0, 0, 0, 0, 0]);
    orthonormalize(y, 3, 3);
    const col = (j: number): number[] => [y[j]!, y[3 + j]!, y[6 + j]!];
    col(0).forEach((v, i) => expect(v).toBeCloseTo([Math.SQRT1_2, Math.SQRT1_2, 0][i]!, 12));
    col(1).forEach((v, i) => expect(v).toBeCloseTo([Math.SQRT1_2, -Math.SQRT1_2, 0][i]!, 12));
    expect(col(2)).toEqual([0, 0, 0]);
  });

  it('yields progress from 0 to 1', () => {
    const g = randomizedSvd(a, { k: 2, rng: createRandom(3) });
    const seen: number[] = [];
    for (let r = g.next(); !r.done; r = g.next()) seen.push(r.value);
    expect(seen.at(-1)).toBeCloseTo(1, 12);
    expect(seen.every((x, i) => i === 0 || x >= seen[i - 1]!)).toBe(true);
  });

  it('the Jacobi eigen-solver sorts eigenvalues and keeps eigenvectors', () => {
    const e = symmetricEigen([2, 1, 0, 1, 2, 0, 0, 0, 5], 3);
    expect([...e.values].map((x) => +x.toFixed(12))).toEqual([5, 3, 1]);
    expect(Math.abs(e.vectors[2 * 3 + 0]!)).toBeCloseTo(1, 12);
  });
});

describe('bigram model', () => {
  // NumPy: train [0,1,2,1,2,2,0,1], V = 3, α = 1: P = (cnt + 1) / (rowsum + 3);
  // held out [1,2,0,0]: H = −mean(log2 P[x, y]) = 1.5479520632582418, perplexity 2.9240177382128665.
  const m = buildBigram([0, 1, 2, 1, 2, 2, 0, 1], 3);
  it('smoothed probabilities', () => {
    expect(probability(m, 1, 0, 1)).toBeCloseTo(0.6, 12);
    expect(probability(m, 1, 1, 2)).toBeCloseTo(0.6, 12);
    expect(probability(m, 1, 2, 0)).toBeCloseTo(1 / 3, 12);
    for (let i = 0; i < 3; i++)
      expect([0, 1, 2].reduce((s, j) => s + probability(m, 1, i, j), 0)).toBeCloseTo(1, 12);
  });

  it('held-out cross-entropy and perplexity, and the uniform model', () => {
    const h = heldOutCrossEntropy(m, 1, [1, 2, 0, 0], 0, 4);
    expect(h.bits).toBeCloseTo(1.5479520632582418, 12);
    expect(h.perplexity).toBeCloseTo(2.9240177382128665, 12);
    expect(h.n).toBe(3);
    expect(uniformCrossEntropy(3).bits).toBeCloseTo(Math.log2(3), 12);
  });

  it('temperature reshapes the next-word distribution (NumPy: P[1]**2 renormalised at T = 0.5)', () => {
    const p = nextDistribution(m, 1, 1, 0.5, new Set());
    [0.09090909090909093, 0.09090909090909093, 0.8181818181818181].forEach((w, i) =>
      expect(p[i]).toBeCloseTo(w, 12),
    );
    const cold = nextDistribution(m, 1, 1, 0.05, new Set());
    expect(cold[2]).toBeCloseTo(1 - 2 * (1 / 3) ** 20, 12);
    const banned = nextDistribution(m, 1, 1, 1, new Set([2]));
    expect(banned[2]).toBe(0);
    expect(banned[0]! + banned[1]!).toBeCloseTo(1, 12);
  });

  it('generates the same text from the same seed and never a banned id', () => {
    const o = { alpha: 1, start: 0, length: 50, temperature: 1, banned: new Set([0]) };
    const a = generate(m, { ...o, rng: createRandom(5) });
    expect(generate(m, { ...o, rng: createRandom(5) })).toEqual(a);
    expect(a).not.toContain(0);
  });
});

describe('bigram counting in slices', () => {
  it('gives the very counts of the one-piece build, however the rows are sliced', () => {
    const rng = createRandom(7);
    const tokens = Array.from({ length: 2000 }, () => Math.floor(rng.next() * 50));
    const whole = buildBigram(tokens, 50, 0, 1500);
    for (const slice of [1, 7, 50]) {
      const steps = bigramSteps(tokens, 50, 0, 1500, slice);
      let pauses = 0;
      let r = steps.next();
      while (!r.done) {
        pauses++;
        r = steps.next();
      }
      expect(r.value).toEqual(whole);
      expect(pauses).toBe(1 + Math.floor(50 / slice));
    }
  });
});

describe('retrieval metrics (by hand)', () => {
  // Ranked [4, 2, 9, 1, 7], relevant {2, 7, 8}: top 1 has none (0/3), top 2 has 2 (1/3),
  // top 5 has 2 and 7 (2/3); the first relevant is at rank 2, so RR = 1/2.
  // A second query ranked [3, 5], relevant {6}: RR = 0. MRR = (1/2 + 0) / 2 = 1/4.
  it('recall@k, reciprocal rank and MRR', () => {
    const ranked = [4, 2, 9, 1, 7];
    expect(recallAtK(ranked, [2, 7, 8], 1)).toBe(0);
    expect(recallAtK(ranked, [2, 7, 8], 2)).toBeCloseTo(1 / 3, 15);
    expect(recallAtK(ranked, [2, 7, 8], 5)).toBeCloseTo(2 / 3, 15);
    expect(reciprocalRank(ranked, [2, 7, 8])).toBe(0.5);
    expect(
      meanReciprocalRank([
        { ranked, relevant: [2, 7, 8] },
        { ranked: [3, 5], relevant: [6] },
      ]),
    ).toBe(0.25);
    expect(meanReciprocalRank([])).toBe(0);
  });
});

describe('vectors', () => {
  const v = normalizeRows({
    n: 5,
    k: 2,
    data: Float32Array.from([1, 0, 0.9, 0.1, 0, 1, 0.1, 0.9, 0, 0]),
  });
  it('cosine and top-k', () => {
    expect(cosine([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    const t = topK(v, [1, 0], 2, new Set([0]));
    expect(t.map((s) => s.index)).toEqual([1, 3]);
    expect(topK(v, [0, 0], 2)).toEqual([]);
  });

  it('analogies leave the inputs out', () => {
    // 1 − 0 + 2 = (0.9−1, 0.1) + (0, 1) → mostly y: 3 is nearest once 0, 1, 2 are excluded.
    const a = analogy(v, 1, 0, 2, 1);
    expect(a[0]!.index).toBe(3);
  });

  it('PCA to 2D keeps the main direction', () => {
    const line = { n: 4, k: 3, data: Float32Array.from([0, 0, 0, 1, 1, 0, 2, 2, 0, 3, 3, 0.001]) };
    const p = pca2d(line, [0, 1, 2, 3]);
    expect(p.explained[0]).toBeGreaterThan(0.999);
    expect(Math.abs(p.points[6]! - p.points[0]!)).toBeCloseTo(Math.SQRT2 * 3, 3);
  });
});

describe('tokenizer', () => {
  it('splits words and sentence ends', () => {
    expect(tokenize('The Nation’s 2 goals. Are they met?!')).toEqual([
      'the',
      "nation's",
      '2',
      'goals',
      '.',
      'are',
      'they',
      'met',
      '.',
    ]);
    expect(words('War, peace.')).toEqual(['war', 'peace']);
  });

  it('suggests the closest vocabulary word', () => {
    const vocab = ['<unk>', '.', 'the', 'congress', 'country', 'tax'];
    expect(closestWord('congres', vocab)).toBe('congress');
    expect(closestWord('xyzzyq', vocab)).toBeUndefined();
  });
});

describe('bigram at a temperature on held-out text', () => {
  // NumPy: PT = P**(1/T) / (P**(1/T)).sum(1) with P from the case above; T = 0.5 and 2 on [1,2,0,0].
  const m = buildBigram([0, 1, 2, 1, 2, 2, 0, 1], 3);
  it('T = 1 is the counted model; other temperatures renormalise each row', () => {
    expect(heldOutCrossEntropy(m, 1, [1, 2, 0, 0], 0, 4, 1).bits).toBeCloseTo(1.5479520632582418, 12);
    expect(heldOutCrossEntropy(m, 1, [1, 2, 0, 0], 0, 4, 0.5).bits).toBeCloseTo(1.7779669121844794, 12);
    expect(heldOutCrossEntropy(m, 1, [1, 2, 0, 0], 0, 4, 2).bits).toBeCloseTo(1.530806168088854, 12);
  });
});
