/**
 * Learning word vectors from token ids, the same code in the worker and (sliced) on the main
 * thread: co-occurrence counts in a window → PPMI or raw counts → truncated randomized SVD →
 * rows of U √Σ. A generator that yields progress, so the caller decides when to pause or stop.
 */
import { createRandom } from '../../math/random';
import { cooccurrence, ppmiInPlace, type Weighting } from '../../math/genai/cooccur';
import { embeddingFromSvd, randomizedSvd, type TruncatedSvd } from '../../math/genai/rsvd';
import { FIRST_WORD } from '../../math/genai/tokenize';

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
}

/** The SVD step, typed arrays or tensors; a generator of its own share done. */
export type SvdStep = (
  a: import('../../math/genai/cooccur').Dense,
  k: number,
  seed: number,
) => Generator<number, TruncatedSvd>;

export const typedSvd: SvdStep = (a, k, seed) => randomizedSvd(a, { k, rng: createRandom(seed) });

// Shares of the time each stage takes, for one progress bar.
const SHARE = { count: 0.15, weight: 0.1, svd: 0.75 };

export function* learn(
  tokens: ArrayLike<number>,
  s: LearnSettings,
  svd: SvdStep = typedSvd,
): Generator<LearnProgress, Learned> {
  const counts = cooccurrence(tokens, { rows: s.rows, cols: s.cols, window: s.window, first: FIRST_WORD });
  let r = counts.next();
  while (!r.done) {
    yield { stage: 'count', fraction: SHARE.count * r.value };
    r = counts.next();
  }
  let m = r.value;
  if (s.weighting === 'ppmi') {
    const w = ppmiInPlace(m);
    let x = w.next();
    while (!x.done) {
      yield { stage: 'weight', fraction: SHARE.count + SHARE.weight * x.value };
      x = w.next();
    }
    m = x.value;
  }
  const g = svd(m, s.k, s.seed);
  let y = g.next();
  while (!y.done) {
    yield { stage: 'svd', fraction: SHARE.count + SHARE.weight + SHARE.svd * y.value };
    y = g.next();
  }
  const out = y.value;
  return { vectors: embeddingFromSvd(out), singular: out.s, rows: s.rows, k: out.k };
}
