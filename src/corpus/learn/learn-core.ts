/**
 * Learning word vectors from token ids, the same code in the worker and (sliced) on the main
 * thread: co-occurrence counts in a window → PPMI or raw counts → truncated randomized SVD →
 * rows of U √Σ. A generator that yields progress, so the caller decides when to pause or stop.
 */
import { createRandom } from '../../math/random';
import type { Dense, Weighting } from '../../math/genai/cooccur';
import { cooccurrenceSparse, ppmiSparse } from '../../math/genai/cooccur-sparse';
import type { Csr } from '../../math/genai/csr';
import { embeddingFromSvd, randomizedSvd, type TruncatedSvd } from '../../math/genai/rsvd';
import { FIRST_WORD } from '../../math/genai/tokenize';
import { spaceParts, type SpaceParts } from './space-parts';

export interface LearnSettings {
  /** Words that get a vector: ids FIRST_WORD … FIRST_WORD + rows − 1. */
  readonly rows: number;
  /** Context words (columns): the `cols` most frequent. */
  readonly cols: number;
  readonly window: number;
  readonly weighting: Weighting;
  readonly k: number;
  readonly seed: number;
}

export type Stage = 'count' | 'weight' | 'svd';
export interface LearnProgress {
  readonly stage: Stage;
  /** 0 … 1 over the whole job. */
  readonly fraction: number;
}

export interface Learned {
  readonly vectors: Float32Array;
  readonly singular: Float64Array;
  readonly rows: number;
  readonly k: number;
  /** What the page needs to answer, when `learn` was given the passages. */
  readonly space?: SpaceParts;
}

/** The SVD step, typed arrays or tensors; a generator of its own share done. */
export type SvdStep = (a: Dense | Csr, k: number, seed: number) => Generator<number, TruncatedSvd>;

export const typedSvd: SvdStep = (a, k, seed) => randomizedSvd(a, { k, rng: createRandom(seed) });

// Shares of the time each stage takes, for one progress bar.
const SHARE = { count: 0.3, weight: 0.05, svd: 0.65 };

/**
 * `passages` (token ranges, see passageRanges): also derive the retrieval and map numbers here,
 * so that the page, which gets them ready-made, has no long task to run.
 */
export function* learn(
  tokens: Uint16Array,
  s: LearnSettings,
  svd: SvdStep = typedSvd,
  passages?: Int32Array,
): Generator<LearnProgress, Learned> {
  // Sparse all the way: the counts, their PPMI and the SVD's products touch only the non-zeros.
  const counts = cooccurrenceSparse(tokens, {
    rows: s.rows,
    cols: s.cols,
    window: s.window,
    first: FIRST_WORD,
  });
  let r = counts.next();
  while (!r.done) {
    yield { stage: 'count', fraction: SHARE.count * r.value };
    r = counts.next();
  }
  let m = r.value;
  if (s.weighting === 'ppmi') {
    yield { stage: 'weight', fraction: SHARE.count };
    m = ppmiSparse(m);
  }
  const g = svd(m, s.k, s.seed);
  let y = g.next();
  while (!y.done) {
    yield { stage: 'svd', fraction: SHARE.count + SHARE.weight + SHARE.svd * y.value };
    y = g.next();
  }
  const out = y.value;
  const vectors = embeddingFromSvd(out);
  if (!passages) return { vectors, singular: out.s, rows: s.rows, k: out.k };
  yield { stage: 'svd', fraction: 1 };
  const texts = Array.from({ length: passages.length / 2 }, (_, i) =>
    tokens.subarray(passages[2 * i]!, passages[2 * i + 1]!),
  );
  return {
    vectors,
    singular: out.s,
    rows: s.rows,
    k: out.k,
    space: spaceParts(vectors, s.rows, out.k, texts),
  };
}
