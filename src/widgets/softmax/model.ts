/**
 * The numbers `<lumen-softmax>` shows, from its state: pure functions over `src/math/genai`.
 */
import { createRandom } from '../../math/random';
import { crossEntropy, entropy, sampleCounts } from '../../math/genai/softmax';
import {
  bigramSteps,
  generate,
  heldOutCrossEntropy,
  nextDistribution,
  uniformCrossEntropy,
  type Bigram,
  type HeldOut,
} from '../../math/genai/bigram';
import { SENTENCE_END, UNKNOWN } from '../../math/genai/tokenize';
import { yieldToPage } from '../../sim/worker-host';
import type { Corpus } from '../../corpus/load';
import type { SoftmaxState } from './props';

export interface LogitsAnalysis {
  readonly labels: string[];
  readonly logits: readonly number[];
  readonly p: Float64Array;
  /** 0-based target actually used (clamped to the classes). */
  readonly target: number;
  readonly targetClamped: boolean;
  readonly loss: number;
  readonly gradient: Float64Array;
  readonly counts: Uint32Array;
  readonly entropy: number;
}

export function labelsFor(text: string, n: number): string[] {
  const given = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return Array.from({ length: n }, (_, i) => given[i] ?? String(i + 1));
}

export function analyseLogits(s: SoftmaxState): LogitsAnalysis {
  const n = s.logits.length;
  const target = Math.min(s.target, n) - 1;
  const ce = crossEntropy(s.logits, target, s.temperature);
  return {
    labels: labelsFor(s.labels, n),
    logits: s.logits,
    p: ce.p,
    target,
    targetClamped: s.target > n,
    loss: ce.loss,
    gradient: ce.gradient,
    counts: sampleCounts(ce.p, s.samples, createRandom(s.seed)),
    entropy: entropy(ce.p),
  };
}

/** The bigram model trained on the speeches before the held-out ones. */
export interface BigramModel {
  readonly corpus: Corpus;
  readonly model: Bigram;
  readonly heldOut: { readonly start: number; readonly end: number };
  /**
   * Held-out cross-entropies by "alpha|temperature": each costs a normaliser over the whole
   * vocabulary for every distinct held-out word (tens of ms), and a new seed or length, or the
   * start word, does not change them.
   */
  readonly heldCache: Map<string, HeldOut>;
}

export async function trainBigram(c: Corpus): Promise<BigramModel> {
  const cut = c.speeches[c.heldOutFrom]!.start;
  // In slices with a page turn between them: the counting and the sorting of every row of the
  // 10,000-word vocabulary were one main-thread task of hundreds of ms (issue 12).
  const steps = bigramSteps(c.tokens, c.vocab.length, 0, cut);
  let r = steps.next();
  while (!r.done) {
    await yieldToPage();
    r = steps.next();
  }
  return {
    corpus: c,
    model: r.value,
    heldOut: { start: cut, end: c.tokens.length },
    heldCache: new Map(),
  };
}

/** Cross-entropy on the held-out speeches at (alpha, T), computed once per pair. */
function heldOutAt(b: BigramModel, alpha: number, temperature: number): HeldOut {
  const key = `${alpha}|${temperature}`;
  let h = b.heldCache.get(key);
  if (!h) {
    // A slider sweep visits many pairs: keep the memory bounded.
    if (b.heldCache.size >= 64) b.heldCache.clear();
    h = heldOutCrossEntropy(b.model, alpha, b.corpus.tokens, b.heldOut.start, b.heldOut.end, temperature);
    b.heldCache.set(key, h);
  }
  return h;
}

export interface BigramAnalysis {
  readonly next: { word: string; p: number }[];
  readonly text: string;
  readonly held: HeldOut;
  readonly heldAtOne: HeldOut;
  readonly uniform: HeldOut;
  readonly vocabulary: number;
  readonly trainTokens: number;
}

const BANNED = new Set([UNKNOWN]);

/** Joins generated ids as text: sentence ends close the word before them. */
export function detokenize(ids: readonly number[], vocab: readonly string[]): string {
  let out = '';
  for (const id of ids) out += id === SENTENCE_END ? '.' : (out ? ' ' : '') + vocab[id];
  return out;
}

export function analyseBigram(b: BigramModel, startId: number, s: SoftmaxState, shown = 8): BigramAnalysis {
  const { model, corpus, heldOut } = b;
  const p = nextDistribution(model, s.alpha, startId, s.temperature, BANNED);
  const order = Array.from(p.keys())
    .sort((i, j) => p[j]! - p[i]! || i - j)
    .slice(0, shown);
  const ids = generate(model, {
    alpha: s.alpha,
    start: startId,
    length: s.length,
    temperature: s.temperature,
    banned: BANNED,
    rng: createRandom(s.seed),
  });
  return {
    next: order.map((i) => ({ word: corpus.vocab[i]!, p: p[i]! })),
    text: detokenize(ids, corpus.vocab),
    held: heldOutAt(b, s.alpha, s.temperature),
    heldAtOne: heldOutAt(b, s.alpha, 1),
    uniform: uniformCrossEntropy(corpus.vocab.length),
    vocabulary: corpus.vocab.length,
    trainTokens: heldOut.start,
  };
}
