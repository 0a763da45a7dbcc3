/**
 * The numbers `<lumen-softmax>` shows, from its state: pure functions over `src/math/genai`.
 */
import { createRandom } from '../../math/random';
import { crossEntropy, entropy, sampleCounts } from '../../math/genai/softmax';
import {
  buildBigram,
  generate,
  heldOutCrossEntropy,
  nextDistribution,
  uniformCrossEntropy,
  type Bigram,
  type HeldOut,
} from '../../math/genai/bigram';
import { SENTENCE_END, UNKNOWN } from '../../math/genai/tokenize';
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
}

export function trainBigram(c: Corpus): BigramModel {
  const cut = c.speeches[c.heldOutFrom]!.start;
  return {
    corpus: c,
    model: buildBigram(c.tokens, c.vocab.length, 0, cut),
    heldOut: { start: cut, end: c.tokens.length },
  };
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
    held: heldOutCrossEntropy(model, s.alpha, corpus.tokens, heldOut.start, heldOut.end, s.temperature),
    heldAtOne: heldOutCrossEntropy(model, s.alpha, corpus.tokens, heldOut.start, heldOut.end, 1),
    uniform: uniformCrossEntropy(corpus.vocab.length),
    vocabulary: corpus.vocab.length,
    trainTokens: heldOut.start,
  };
}
