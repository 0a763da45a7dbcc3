/**
 * Softmax, cross-entropy and attention against numbers computed with NumPy (the script's cases
 * are written next to each expectation), plus the shape errors and the extreme temperatures.
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { crossEntropy, entropy, sampleCounts, softmax } from './softmax';
import {
  attention,
  mixTerms,
  projectedAttention,
  roundMatrix,
  seededMatrix,
  strongest,
  tiedTop,
  unitRows,
} from './attention';
import { matmul, parseRows } from './matrix';

const close = (got: ArrayLike<number>, want: readonly number[], digits = 12): void => {
  expect(got.length).toBe(want.length);
  want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, digits));
};

describe('softmax with temperature (NumPy: z = l/T; z -= z.max(); e = exp(z); e / e.sum())', () => {
  it('matches NumPy at T = 1, 0.5 and 5', () => {
    close(softmax([1, 2, 3]), [0.09003057317038046, 0.24472847105479764, 0.6652409557748218]);
    close(softmax([1, 2, 3], 0.5), [0.015876239976466765, 0.11731042782619838, 0.8668133321973349]);
    close(softmax([1, 2, 3], 5), [0.2693074991777379, 0.3289329222889067, 0.4017595785333554]);
    close(softmax([2, 1, 0.1]), [0.6590011388859679, 0.24243297070471392, 0.09856589040931818]);
  });

  it('stays finite at T = 0.05 with logits of ±1000', () => {
    const p = softmax([1000, -1000, 999], 0.05);
    close(p, [0.9999999979388463, 0, 2.0611536181902033e-9], 15);
    expect([...p].every(Number.isFinite)).toBe(true);
  });

  it('flattens toward uniform as T grows and sharpens toward one-hot as T shrinks', () => {
    expect(entropy(softmax([1, 2, 3], 1000))).toBeCloseTo(Math.log(3), 5);
    expect(softmax([1, 2, 3], 0.01)[2]).toBeCloseTo(1, 12);
  });

  it('refuses an empty vector and a temperature that is not positive', () => {
    expect(() => softmax([])).toThrow(RangeError);
    expect(() => softmax([1], 0)).toThrow(/temperature/);
  });
});

describe('cross-entropy and its gradient p − y (NumPy: logsumexp(z) − z[t], softmax − eye[t])', () => {
  it('matches NumPy', () => {
    const a = crossEntropy([1, 2, 3], 0);
    expect(a.loss).toBeCloseTo(2.4076059644443806, 12);
    close(a.gradient, [-0.9099694268296196, 0.24472847105479764, 0.6652409557748218]);
    const b = crossEntropy([1, 2, 3], 2);
    expect(b.loss).toBeCloseTo(0.4076059644443806, 12);
    const c = crossEntropy([2, 1, 0.1], 1, 2);
    expect(c.loss).toBeCloseTo(1.189777350639122, 12);
    close(c.gradient, [0.501687757090437, -0.6957109937221859, 0.1940232366317488]);
  });

  it('gives a finite loss where p underflows to 0 (logits ±1000, T = 0.05)', () => {
    const e = crossEntropy([1000, -1000, 999], 1, 0.05);
    expect(e.p[1]).toBe(0);
    expect(e.loss / 40000).toBeCloseTo(1, 12);
    close(e.gradient, [0.9999999979388463, -1, 2.0611536181902033e-9], 15);
  });

  it('has a gradient that sums to 0 and matches a finite difference', () => {
    const l = [0.3, -1.2, 2.5, 0.7];
    const g = crossEntropy(l, 3).gradient;
    expect(g.reduce((s, x) => s + x, 0)).toBeCloseTo(0, 14);
    for (let i = 0; i < l.length; i++) {
      const up = l.map((x, j) => (j === i ? x + 1e-6 : x));
      const dn = l.map((x, j) => (j === i ? x - 1e-6 : x));
      expect((crossEntropy(up, 3).loss - crossEntropy(dn, 3).loss) / 2e-6).toBeCloseTo(g[i]!, 7);
    }
  });
});

describe('sampling counts', () => {
  it('is seeded and lands near the probabilities', () => {
    const p = softmax([1, 2, 3]);
    const a = sampleCounts(p, 100_000, createRandom(7));
    const b = sampleCounts(p, 100_000, createRandom(7));
    expect([...a]).toEqual([...b]);
    expect(a.reduce((s, x) => s + x, 0)).toBe(100_000);
    // 5 standard errors of a share from 100,000 draws is at most 0.008.
    p.forEach((pi, i) => expect(Math.abs(a[i]! / 100_000 - pi)).toBeLessThan(0.008));
  });

  it('never draws a class of probability 0', () => {
    const c = sampleCounts(softmax([1000, -1000, 999], 0.05), 10_000, createRandom(1));
    expect(c[1]).toBe(0);
  });
});

// NumPy: S = Q @ K.T / sqrt(2); W = row softmax(S); out = W @ V; causal: S[triu(1)] = -inf.
const Q = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const K = [
  [1, 2],
  [0, 1],
  [2, 0],
];
const V = [
  [1, 0, 2],
  [0, 1, 1],
  [3, 1, 0],
];

describe('attention (NumPy)', () => {
  it('scores, weights and outputs', () => {
    const r = attention(Q, K, V);
    if (!r.ok) throw new Error(r.error);
    const a = r.value;
    close(
      a.scores.flat(),
      [
        0.7071067811865475, 0, 1.414213562373095, 1.414213562373095, 0.7071067811865475, 0,
        2.1213203435596424, 0.7071067811865475, 1.414213562373095,
      ],
    );
    close(
      a.weights.flat(),
      [
        0.28399540974126003, 0.14002924504337802, 0.5759753452153619, 0.575975345215362, 0.28399540974126003,
        0.14002924504337802, 0.575975345215362, 0.14002924504337802, 0.28399540974126003,
      ],
    );
    close(
      a.output.flat(),
      [
        2.0119214453873457, 0.7160045902587399, 0.708020064525898, 0.9960630803454961, 0.424024654784638,
        1.435946100171984, 1.427961574439142, 0.424024654784638, 1.291979935474102,
      ],
    );
    expect(strongest(a.weights)).toEqual([2, 0, 0]);
  });

  it('with the causal mask', () => {
    const r = attention(Q, K, V, true);
    if (!r.ok) throw new Error(r.error);
    close(
      r.value.weights.flat(),
      [
        1, 0, 0, 0.6697615493266569, 0.3302384506733431, 0, 0.575975345215362, 0.14002924504337802,
        0.28399540974126003,
      ],
    );
    close(
      r.value.output.flat(),
      [
        1, 0, 2, 0.6697615493266569, 0.3302384506733431, 1.6697615493266569, 1.427961574439142,
        0.424024654784638, 1.291979935474102,
      ],
    );
  });

  it('names mismatched shapes instead of throwing', () => {
    const a = attention(Q, [[1, 2, 3]], V);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.error).toMatch(/Q has 2 columns but K has 3/);
    const b = attention(Q, K, [[1, 2]]);
    if (!b.ok) expect(b.error).toMatch(/K has 3 rows but V has 1/);
    else throw new Error('expected a shape error');
    const c = projectedAttention(Q, [[1], [2], [3]], K, V);
    if (!c.ok) expect(c.error).toMatch(/X is 3×2 and W_Q is 3×1/);
    else throw new Error('expected a shape error');
    const d = attention(Q, K.slice(0, 2), V.slice(0, 2), true);
    if (!d.ok) expect(d.error).toMatch(/causal/);
    else throw new Error('expected a causal shape error');
  });

  it('X W products feed the same attention', () => {
    const I = [
      [1, 0],
      [0, 1],
    ];
    const p = projectedAttention(Q, I, I, I);
    const direct = attention(Q, Q, Q);
    if (!p.ok || !direct.ok) throw new Error('expected results');
    expect(p.value.output).toEqual(direct.value.output);
  });
});

// Lesson 28's typed case (tokens congress passed the bill), run in NumPy (lessons/generative-ai/28-attention.md):
// S = Q @ K.T / sqrt(2); causal: S[triu_indices(4, 1)] = -inf; W = row softmax; O = W @ V.
const LQ = [
  [0, 2],
  [2, 0],
  [0, 0],
  [2, 1],
];
const LK = [
  [2, 0],
  [0, 2],
  [0, 0],
  [1, 1],
];
const LV = [
  [1, 0],
  [0, 1],
  [0, 0],
  [1, 1],
];

describe('attention on the lesson-28 case (NumPy)', () => {
  it('scores, weights, outputs and the word each word attends to most', () => {
    const r = attention(LQ, LK, LV);
    if (!r.ok) throw new Error(r.error);
    close(
      r.value.scores.flat(),
      [
        0.0, 2.82842712474619, 0.0, 1.414213562373095, 2.82842712474619, 0.0, 0.0, 1.414213562373095, 0.0,
        0.0, 0.0, 0.0, 2.82842712474619, 1.414213562373095, 0.0, 2.1213203435596424,
      ],
    );
    close(
      r.value.weights.flat(),
      [
        0.04341770439005499, 0.7345767021916112, 0.04341770439005499, 0.17858788902827885, 0.7345767021916112,
        0.04341770439005499, 0.04341770439005499, 0.17858788902827885, 0.25, 0.25, 0.25, 0.25,
        0.5570127093467262, 0.13541911093473022, 0.032922652030436206, 0.2746455276881074,
      ],
    );
    close(
      r.value.output.flat(),
      [
        0.22200559341833384, 0.91316459121989, 0.91316459121989, 0.22200559341833384, 0.5, 0.5,
        0.8316582370348335, 0.4100646386228376,
      ],
    );
    expect(strongest(r.value.weights)).toEqual([1, 0, 0, 0]);
    // "the" has a query of zeros: every score is 0, so it spreads evenly and has no single favourite.
    expect(tiedTop(r.value.weights, 2)).toBe(true);
    expect(tiedTop(r.value.weights, 3)).toBe(false);
  });

  it('with the causal mask: the upper triangle is exactly 0', () => {
    const r = attention(LQ, LK, LV, true);
    if (!r.ok) throw new Error(r.error);
    close(
      r.value.weights.flat(),
      [
        1.0, 0.0, 0.0, 0.0, 0.9441927807928303, 0.055807219207169745, 0.0, 0.0, 0.3333333333333333,
        0.3333333333333333, 0.3333333333333333, 0.0, 0.5570127093467262, 0.13541911093473022,
        0.032922652030436206, 0.2746455276881074,
      ],
    );
    close(
      r.value.output.flat(),
      [
        1.0, 0.0, 0.9441927807928303, 0.055807219207169745, 0.3333333333333333, 0.3333333333333333,
        0.8316582370348335, 0.4100646386228376,
      ],
    );
  });

  it('spells output row 4 as the terms w_4j v_j (NumPy: W[3][:, None] * V) and their sum', () => {
    const r = attention(LQ, LK, LV);
    if (!r.ok) throw new Error(r.error);
    const m = mixTerms(r.value.weights, LV, 3);
    close(
      m.terms.flat(),
      [0.5570127093467262, 0.0, 0.0, 0.13541911093473022, 0.0, 0.0, 0.2746455276881074, 0.2746455276881074],
    );
    close(m.output, r.value.output[3]!);
  });
});

describe('attention properties on seeded random matrices', () => {
  const rng = createRandom(28);
  const cases = Array.from({ length: 40 }, (_, c) => {
    const n = 1 + (c % 7);
    const d = 1 + (c % 4);
    return {
      q: seededMatrix(n, d, rng, 3, 3),
      k: seededMatrix(n, d, rng, 3, 3),
      v: seededMatrix(n, 3, rng, 1, 2),
    };
  });

  it('every row of weights is positive and sums to 1; outputs are mixes of the value rows', () => {
    for (const { q, k, v } of cases) {
      const r = attention(q, k, v);
      if (!r.ok) throw new Error(r.error);
      for (const row of r.value.weights) {
        expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
        expect(row.every((w) => w >= 0 && w <= 1)).toBe(true);
      }
      // A convex mix stays between the smallest and the largest value in each column.
      for (const o of r.value.output)
        o.forEach((x, c) => {
          const col = v.map((row) => row[c]!);
          expect(x).toBeGreaterThanOrEqual(Math.min(...col) - 1e-12);
          expect(x).toBeLessThanOrEqual(Math.max(...col) + 1e-12);
        });
    }
  });

  it('the causal mask zeros the upper triangle and leaves each row summing to 1', () => {
    for (const { q, k, v } of cases) {
      const r = attention(q, k, v, true);
      if (!r.ok) throw new Error(r.error);
      r.value.weights.forEach((row, i) => {
        row.forEach((w, j) => {
          if (j > i) expect(w).toBe(0);
          if (j > i) expect(r.value.scores[i]![j]).toBe(-Infinity);
        });
        expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      });
      // Row 1 can only see itself.
      expect(r.value.weights[0]![0]).toBe(1);
    }
  });

  it('seeded matrices repeat with the seed and are rounded; unit rows have length 1', () => {
    expect(seededMatrix(4, 3, createRandom(5), 0.7)).toEqual(seededMatrix(4, 3, createRandom(5), 0.7));
    expect(seededMatrix(4, 3, createRandom(5), 0.7)).not.toEqual(seededMatrix(4, 3, createRandom(6), 0.7));
    for (const x of seededMatrix(5, 5, createRandom(1), 2, 1).flat())
      expect(Math.abs(x * 10 - Math.round(x * 10))).toBeLessThan(1e-9);
    const u = unitRows([
      [3, 4],
      [0, 0],
    ]);
    expect(u).toEqual([
      [0.6, 0.8],
      [0, 0],
    ]);
    expect(roundMatrix([[0.123456, -0.0001]], 2)).toEqual([[0.12, 0]]);
  });
});

describe('matrix text', () => {
  it('reads rows separated by ;', () => {
    expect(parseRows('1 0; 0 1')).toEqual({
      ok: true,
      value: [
        [1, 0],
        [0, 1],
      ],
    });
    expect(parseRows('1, 2; 3, 4;')).toEqual({
      ok: true,
      value: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it('says what is wrong', () => {
    const a = parseRows('1 2; 3');
    expect(!a.ok && a.error).toMatch(/row 2 has 1 numbers but row 1 has 2/);
    expect(!parseRows('1 x').ok && (parseRows('1 x') as { error: string }).error).toMatch(
      /“x” is not a number/,
    );
    expect(parseRows('').ok).toBe(false);
    expect(parseRows('1e300').ok).toBe(false);
    expect(!parseRows('NaN 1').ok && (parseRows('NaN 1') as { error: string }).error).toMatch(
      /“NaN” is not a number/,
    );
    expect(!parseRows('1 2;; 3 4').ok && (parseRows('1 2;; 3 4') as { error: string }).error).toMatch(
      /row 2 is empty/,
    );
  });

  it('multiplies and names the shapes on a mismatch', () => {
    expect(matmul([[1, 2]], [[3], [4]])).toEqual({ ok: true, value: [[11]] });
    const m = matmul([[1, 2]], [[3]], ['A', 'B']);
    expect(!m.ok && m.error).toMatch(/A is 1×2 and B is 1×1/);
  });
});
