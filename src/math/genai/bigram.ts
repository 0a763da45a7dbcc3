/**
 * A word-level bigram language model (lesson 27): P(next | previous) from counts with add-α
 * smoothing,
 *   P(j | i) = (#(i, j) + α) / (#(i) + α V),
 * text generated from it at a temperature (P^(1/T), renormalised: the softmax of log P / T), and
 * its cross-entropy on held-out text in bits per word, with perplexity 2^H, against a uniform
 * model that gives every one of the V words 1/V (H = log₂ V, perplexity V).
 *
 * Counts are kept sparse (compressed rows): a 10,000-word vocabulary has 10⁸ possible pairs, of
 * which the corpus shows a few hundred thousand.
 */
import type { Random } from '../random';
import { cumulativeOf, pickIndex } from './softmax';

export interface Bigram {
  /** Vocabulary size V (ids 0 … V − 1). */
  readonly size: number;
  /** Row i's pairs are next[rowStart[i] … rowStart[i + 1]), with their counts. */
  readonly rowStart: Int32Array;
  readonly next: Int32Array;
  readonly count: Float64Array;
  /** #(i): how often i is followed by anything. */
  readonly rowTotal: Float64Array;
}

export function buildBigram(tokens: ArrayLike<number>, size: number, start = 0, end = tokens.length): Bigram {
  const n = Math.max(0, end - start - 1);
  const keys = new Float64Array(n);
  for (let t = 0; t < n; t++) keys[t] = tokens[start + t]! * size + tokens[start + t + 1]!;
  keys.sort();
  const rowStart = new Int32Array(size + 1);
  const next: number[] = [];
  const count: number[] = [];
  const rows: number[] = [];
  for (let t = 0; t < n;) {
    let u = t;
    while (u < n && keys[u] === keys[t]) u++;
    const i = Math.floor(keys[t]! / size);
    rows.push(i);
    next.push(keys[t]! - i * size);
    count.push(u - t);
    t = u;
  }
  for (const i of rows) rowStart[i + 1]!++;
  for (let i = 0; i < size; i++) rowStart[i + 1]! += rowStart[i]!;
  const rowTotal = new Float64Array(size);
  rows.forEach((i, p) => (rowTotal[i]! += count[p]!));
  return { size, rowStart, next: Int32Array.from(next), count: Float64Array.from(count), rowTotal };
}

/** #(i, j), by binary search in row i. */
export function pairCount(m: Bigram, i: number, j: number): number {
  let lo = m.rowStart[i]!;
  let hi = m.rowStart[i + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (m.next[mid]! < j) lo = mid + 1;
    else hi = mid;
  }
  return lo < m.rowStart[i + 1]! && m.next[lo] === j ? m.count[lo]! : 0;
}

export function probability(m: Bigram, alpha: number, i: number, j: number): number {
  return (pairCount(m, i, j) + alpha) / (m.rowTotal[i]! + alpha * m.size);
}

export interface HeldOut {
  /** Cross-entropy in bits per predicted word. */
  readonly bits: number;
  /** 2^bits: the effective number of equally likely choices. */
  readonly perplexity: number;
  /** How many next words were predicted. */
  readonly n: number;
}

export function heldOutCrossEntropy(
  m: Bigram,
  alpha: number,
  tokens: ArrayLike<number>,
  start: number,
  end: number,
): HeldOut {
  let sum = 0;
  let n = 0;
  for (let t = start; t + 1 < end; t++) {
    sum -= Math.log2(probability(m, alpha, tokens[t]!, tokens[t + 1]!));
    n++;
  }
  const bits = n > 0 ? sum / n : 0;
  return { bits, perplexity: 2 ** bits, n };
}

/** The uniform model over V words: log₂ V bits, perplexity V. */
export function uniformCrossEntropy(size: number): HeldOut & { n: 0 } {
  return { bits: Math.log2(size), perplexity: size, n: 0 };
}

/**
 * The next-word distribution after i at temperature T over the whole vocabulary, with the ids in
 * `banned` (unknown words) given 0. Computed from log P / T with the maximum subtracted, so T = 0.05
 * does not overflow.
 */
export function nextDistribution(
  m: Bigram,
  alpha: number,
  i: number,
  temperature: number,
  banned: ReadonlySet<number>,
): Float64Array {
  const base = Math.log(alpha);
  const z = new Float64Array(m.size).fill(base / temperature);
  for (let p = m.rowStart[i]!; p < m.rowStart[i + 1]!; p++)
    z[m.next[p]!] = Math.log(m.count[p]! + alpha) / temperature;
  let max = -Infinity;
  for (let j = 0; j < m.size; j++) if (!banned.has(j)) max = Math.max(max, z[j]!);
  let s = 0;
  for (let j = 0; j < m.size; j++) {
    z[j] = banned.has(j) ? 0 : Math.exp(z[j]! - max);
    s += z[j]!;
  }
  for (let j = 0; j < m.size; j++) z[j] = z[j]! / s;
  return z;
}

/** `length` ids after `start`, each drawn from nextDistribution of the one before. */
export function generate(
  m: Bigram,
  o: {
    alpha: number;
    start: number;
    length: number;
    temperature: number;
    banned: ReadonlySet<number>;
    rng: Random;
  },
): number[] {
  const out: number[] = [];
  let prev = o.start;
  for (let t = 0; t < o.length; t++) {
    const p = nextDistribution(m, o.alpha, prev, o.temperature, o.banned);
    prev = pickIndex(cumulativeOf(p), o.rng.next());
    out.push(prev);
  }
  return out;
}
