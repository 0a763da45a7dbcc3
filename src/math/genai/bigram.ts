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

/**
 * Counts the pairs of tokens[start … end) by bucketing each next word under its previous word
 * (two passes, no global sort), then sorting each short row and merging repeats.
 */
export function buildBigram(tokens: ArrayLike<number>, size: number, start = 0, end = tokens.length): Bigram {
  const steps = bigramSteps(tokens, size, start, end);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * The same counting in slices: yields after every `rowsPerSlice` rows, so a caller on the main
 * thread can give the page a turn in between (the whole corpus takes a few hundred ms).
 */
export function* bigramSteps(
  tokens: ArrayLike<number>,
  size: number,
  start = 0,
  end = tokens.length,
  rowsPerSlice = 500,
): Generator<void, Bigram> {
  const n = Math.max(0, end - start - 1);
  const bucketStart = new Int32Array(size + 1);
  for (let t = 0; t < n; t++) bucketStart[tokens[start + t]! + 1]!++;
  for (let i = 0; i < size; i++) bucketStart[i + 1]! += bucketStart[i]!;
  const fill = bucketStart.slice(0, size);
  const bucket = new Int32Array(n);
  for (let t = 0; t < n; t++) bucket[fill[tokens[start + t]!]!++] = tokens[start + t + 1]!;
  yield;
  const rowStart = new Int32Array(size + 1);
  const next = new Int32Array(n);
  const count = new Float64Array(n);
  const rowTotal = new Float64Array(size);
  let at = 0;
  for (let i = 0; i < size; i++) {
    const row = bucket.subarray(bucketStart[i]!, bucketStart[i + 1]!).sort();
    rowTotal[i] = row.length;
    for (let p = 0; p < row.length;) {
      let q = p;
      while (q < row.length && row[q] === row[p]) q++;
      next[at] = row[p]!;
      count[at++] = q - p;
      p = q;
    }
    rowStart[i + 1] = at;
    if ((i + 1) % rowsPerSlice === 0) yield;
  }
  return { size, rowStart, next: next.slice(0, at), count: count.slice(0, at), rowTotal };
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

/**
 * ln Z_i(T) for the tempered row i: Z = Σ_j (#(i, j) + α)^(1/T), the seen pairs one by one and
 * the V − (seen) unseen ones together as (V − seen) α^(1/T), in log space.
 */
function logNormalizer(m: Bigram, alpha: number, i: number, temperature: number): number {
  const a = m.rowStart[i]!;
  const b = m.rowStart[i + 1]!;
  const unseen = m.size - (b - a);
  let max = Math.log(alpha) / temperature;
  for (let p = a; p < b; p++) max = Math.max(max, Math.log(m.count[p]! + alpha) / temperature);
  let s = unseen * Math.exp(Math.log(alpha) / temperature - max);
  for (let p = a; p < b; p++) s += Math.exp(Math.log(m.count[p]! + alpha) / temperature - max);
  return max + Math.log(s);
}

/**
 * Cross-entropy of the model at temperature T on tokens[start … end): the mean of
 * −log₂ P_T(next | previous), where P_T ∝ P^(1/T) (T = 1 is the model as counted).
 */
export function heldOutCrossEntropy(
  m: Bigram,
  alpha: number,
  tokens: ArrayLike<number>,
  start: number,
  end: number,
  temperature = 1,
): HeldOut {
  const cache = new Map<number, number>();
  let sum = 0;
  let n = 0;
  for (let t = start; t + 1 < end; t++) {
    const i = tokens[t]!;
    let z = cache.get(i);
    if (z === undefined) cache.set(i, (z = logNormalizer(m, alpha, i, temperature)));
    sum -= (Math.log(pairCount(m, i, tokens[t + 1]!) + alpha) / temperature - z) / Math.LN2;
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
