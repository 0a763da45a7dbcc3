/**
 * Scaled dot-product attention on small matrices (lesson 28):
 *   scores = Q Kᵀ / √d,  weights = row-softmax(scores) (with −∞ above the diagonal when causal),
 *   output = weights · V, so output row i is the mix Σ_j w_ij V_j of the value rows.
 * Shapes are checked first and reported as sentences; nothing throws.
 */
import { softmax } from './softmax';
import { matmul, shape, transpose, type Matrix, type Result } from './matrix';
import type { Random } from '../random';

export interface Attention {
  /** Q Kᵀ / √d, n × m (masked entries are −Infinity). */
  readonly scores: number[][];
  /** Each row of the scores through softmax: n × m, rows sum to 1. */
  readonly weights: number[][];
  /** weights · V: n × d_v. */
  readonly output: number[][];
  /** The d of √d: the width of Q and K. */
  readonly d: number;
}

/**
 * What is wrong with the shapes of Q, K and V, or undefined. An empty matrix is not checked
 * against the others (it is not typed yet), so a learner can type them one at a time.
 */
export function shapeProblem(q: Matrix, k: Matrix, v: Matrix, causal = false): string | undefined {
  const [n, d] = shape(q);
  const [m, dk] = shape(k);
  const [mv] = shape(v);
  if (n > 0 && m > 0 && d !== dk)
    return `Q has ${d} columns but K has ${dk}: each query is dotted with each key, so both need the same width d.`;
  if (m > 0 && mv > 0 && m !== mv)
    return `K has ${m} rows but V has ${mv}: every key needs its value (one row each per word).`;
  if (causal && n > 0 && m > 0 && n !== m)
    return `The causal mask needs as many queries as keys (one per word); Q has ${n} rows and K has ${m}.`;
  return undefined;
}

export function attention(q: Matrix, k: Matrix, v: Matrix, causal = false): Result<Attention> {
  const [n, d] = shape(q);
  if (n === 0 || d === 0) return { ok: false, error: 'Q is empty: it needs one row per word.' };
  if (shape(k)[0] === 0) return { ok: false, error: 'K is empty: it needs one row per word.' };
  if (shape(v)[0] === 0) return { ok: false, error: 'V is empty: it needs one row per word.' };
  const problem = shapeProblem(q, k, v, causal);
  if (problem) return { ok: false, error: problem };
  const raw = matmul(q, transpose(k), ['Q', 'Kᵀ']);
  if (!raw.ok) return raw;
  const root = Math.sqrt(d);
  const scores = raw.value.map((row, i) => row.map((s, j) => (causal && j > i ? -Infinity : s / root)));
  const weights = scores.map((row) => {
    const live = row.filter((s) => s !== -Infinity);
    const p = softmax(live);
    let t = 0;
    return row.map((s) => (s === -Infinity ? 0 : p[t++]!));
  });
  const out = matmul(weights, v, ['weights', 'V']);
  if (!out.ok) return out;
  return { ok: true, value: { scores, weights, output: out.value, d } };
}

/** Q = X W_Q, K = X W_K, V = X W_V, then attention; each product's shape is checked. */
export function projectedAttention(
  x: Matrix,
  wq: Matrix,
  wk: Matrix,
  wv: Matrix,
  causal = false,
): Result<Attention & { q: number[][]; k: number[][]; v: number[][] }> {
  const q = matmul(x, wq, ['X', 'W_Q']);
  if (!q.ok) return q;
  const k = matmul(x, wk, ['X', 'W_K']);
  if (!k.ok) return k;
  const v = matmul(x, wv, ['X', 'W_V']);
  if (!v.ok) return v;
  const a = attention(q.value, k.value, v.value, causal);
  if (!a.ok) return a;
  return { ok: true, value: { ...a.value, q: q.value, k: k.value, v: v.value } };
}

/** Index of the largest weight in each row (the first of a tie): the word each word attends to most. */
export function strongest(weights: Matrix): number[] {
  return weights.map((row) => row.reduce((best, w, j) => (w > row[best]! ? j : best), 0));
}

/** Whether row i has a tie for its largest weight (then "attends most to" has no single answer). */
export function tiedTop(weights: Matrix, i: number, eps = 1e-9): boolean {
  const row = weights[i] ?? [];
  const top = Math.max(...row);
  return row.filter((w) => top - w <= eps).length > 1;
}

/**
 * A rows × cols matrix of seeded normal numbers times `scale`, rounded to `decimals`: the same
 * seed gives the same matrix, and its text (what a learner sees and edits) is exact.
 */
export function seededMatrix(rows: number, cols: number, rng: Random, scale = 1, decimals = 1): number[][] {
  const f = 10 ** decimals;
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => Math.round(rng.normal() * scale * f) / f + 0),
  );
}

/** Each row divided by its length (a zero row stays zero): word vectors compared by direction. */
export function unitRows(m: Matrix): number[][] {
  return m.map((row) => {
    const n = Math.hypot(...row);
    return n > 0 ? row.map((x) => x / n) : row.map(() => 0);
  });
}

/** Every entry rounded to `decimals` (−0 written as 0). */
export function roundMatrix(m: Matrix, decimals: number): number[][] {
  const f = 10 ** decimals;
  return m.map((row) => row.map((x) => Math.round(x * f) / f + 0));
}

/**
 * Output row i spelled out: the terms w_ij · v_j (one row per key) and their sum, the output row
 * o_i = Σ_j w_ij v_j of `attention`.
 */
export function mixTerms(weights: Matrix, v: Matrix, i: number): { terms: number[][]; output: number[] } {
  const w = weights[i] ?? [];
  const terms = v.map((row, j) => row.map((x) => (w[j] ?? 0) * x));
  const output = (v[0] ?? []).map((_, c) => terms.reduce((s, t) => s + t[c]!, 0));
  return { terms, output };
}
