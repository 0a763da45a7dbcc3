/**
 * What `<lumen-attention>` computes from its state: pure functions over `src/math/genai`.
 * Two sources of Q, K, V: typed directly (`q`, `k`, `v`), or a sentence whose learned word
 * vectors (unit length, projected to MODEL_DIM numbers by a seeded matrix) are the rows of X and
 * Q = X W_Q, K = X W_K, V = X W_V with small seeded matrices (head 1's editable).
 */
import { createRandom } from '../../math/random';
import {
  attention,
  mixTerms,
  projectedAttention,
  roundMatrix,
  seededMatrix,
  strongest,
  tiedTop,
  unitRows,
  type Attention,
} from '../../math/genai/attention';
import { matmul, type Matrix, type Result } from '../../math/genai/matrix';
import { FIRST_WORD, words } from '../../math/genai/tokenize';
import { lookupWord, type Corpus } from '../../corpus/load';
import { MAX_TOKENS, type AttentionState } from './props';

/** Numbers per word after the seeded projection: small enough to edit W by hand. */
export const MODEL_DIM = 4;
/** Columns of each W: the d of √d. */
export const HEAD_DIM = 3;
/** Spread of the seeded W entries: scores of about ±2, so softmax is neither flat nor one-hot. */
const W_SCALE = 0.6;

export interface Head extends Attention {
  readonly q: number[][];
  readonly k: number[][];
  readonly v: number[][];
  /** The W matrices used (sentence only). */
  readonly w?: { readonly q: Matrix; readonly k: Matrix; readonly v: Matrix };
}

export interface Analysis {
  readonly source: 'typed' | 'sentence';
  readonly tokens: readonly string[];
  readonly heads: readonly Head[];
  /** The rows of X (sentence only). */
  readonly x?: number[][];
}

export const isTyped = (s: Pick<AttentionState, 'q' | 'k' | 'v'>): boolean =>
  s.q.length > 0 || s.k.length > 0 || s.v.length > 0;

/** Row names: the given words in order, then t1, t2, … for the rest. */
export function labelsFor(text: string, n: number): string[] {
  const given = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return Array.from({ length: n }, (_, i) => given[i] ?? `t${i + 1}`);
}

/** Q, K, V as typed: one head, or a sentence that says which shape is wrong. */
export function typedAnalysis(s: AttentionState): Result<Analysis> {
  if (s.q.length === 0 || s.k.length === 0 || s.v.length === 0)
    return {
      ok: false,
      error: 'Type all three of Q, K and V (or clear all three to use the sentence).',
    };
  const a = attention(s.q, s.k, s.v, s.causal);
  if (!a.ok) return a;
  const head: Head = { ...a.value, q: s.q, k: s.k, v: s.v };
  return { ok: true, value: { source: 'typed', tokens: labelsFor(s.tokens, s.q.length), heads: [head] } };
}

/** The seeded projection (k × MODEL_DIM) and each head's W_Q, W_K, W_V, all from one seed. */
export interface Seeded {
  readonly projection: number[][];
  readonly heads: readonly { readonly q: number[][]; readonly k: number[][]; readonly v: number[][] }[];
}

export function seeded(seed: number, k: number): Seeded {
  const rng = createRandom(seed);
  const projection = seededMatrix(k, MODEL_DIM, rng, 1, 2);
  const heads = [0, 1].map(() => ({
    q: seededMatrix(MODEL_DIM, HEAD_DIM, rng, W_SCALE),
    k: seededMatrix(MODEL_DIM, HEAD_DIM, rng, W_SCALE),
    v: seededMatrix(MODEL_DIM, HEAD_DIM, rng, W_SCALE),
  }));
  return { projection, heads };
}

/** X: each word's vector at unit length, times the projection, rounded to 2 decimals. */
export function sentenceX(vectors: readonly number[][], projection: Matrix): Result<number[][]> {
  const x = matmul(unitRows(vectors), projection, ['E', 'P']);
  return x.ok ? { ok: true, value: roundMatrix(x.value, 2) } : x;
}

/** The learned vectors of a corpus, as `<lumen-embed>` learns them. */
export interface Space {
  readonly corpus: Corpus;
  readonly vectors: Float32Array;
  readonly rows: number;
  readonly k: number;
}

/** The sentence's words and their vectors, or which word is unknown and the closest known one. */
export function lookupSentence(
  space: Space,
  text: string,
): Result<{ tokens: string[]; vectors: number[][] }> {
  const ws = words(text);
  if (ws.length < 2)
    return {
      ok: false,
      error: `Type a sentence of 2 to ${MAX_TOKENS} words, like “congress passed the bill”.`,
    };
  if (ws.length > MAX_TOKENS)
    return { ok: false, error: `${ws.length} words is too many: at most ${MAX_TOKENS} fit the heat map.` };
  const vectors: number[][] = [];
  for (const w of ws) {
    const r = lookupWord(space.corpus, w, FIRST_WORD + space.rows);
    if (!r.ok) return r;
    const row = r.id - FIRST_WORD;
    vectors.push(Array.from(space.vectors.subarray(row * space.k, (row + 1) * space.k)));
  }
  return { ok: true, value: { tokens: ws, vectors } };
}

/** Q = X W_Q, … for each head (head 1's W from the state where given), then attention. */
export function sentenceAnalysis(
  tokens: readonly string[],
  x: number[][],
  s: AttentionState,
  seeds: Seeded,
): Result<Analysis> {
  const heads: Head[] = [];
  for (let h = 0; h < s.heads; h++) {
    const base = seeds.heads[h]!;
    const w =
      h === 0
        ? { q: s.wq.length ? s.wq : base.q, k: s.wk.length ? s.wk : base.k, v: s.wv.length ? s.wv : base.v }
        : base;
    const a = projectedAttention(x, w.q, w.k, w.v, s.causal);
    if (!a.ok) return { ok: false, error: `Head ${h + 1}: ${a.error}` };
    heads.push({ ...a.value, w });
  }
  return { ok: true, value: { source: 'sentence', tokens, heads, x } };
}

/** The focused row, 0-based, within the rows there are. */
export const focusRow = (row: number, n: number): number => Math.max(0, Math.min(row, n) - 1);

/** The focused row's output spelled out, for each head. */
export function mixes(a: Analysis, row: number): { terms: number[][]; output: number[] }[] {
  return a.heads.map((h) => mixTerms(h.weights, h.v, row));
}

export interface Prediction {
  /** 1-based column the learner picked, and the word there. */
  readonly guess: number;
  readonly guessWord: string;
  /** 1-based column of the largest weight (head 1), and its word and weight. */
  readonly answer: number;
  readonly answerWord: string;
  readonly weight: number;
  /** Right when the pick is the largest weight, or ties with it. */
  readonly correct: boolean;
  readonly tied: boolean;
}

export function scoreGuess(a: Analysis, row: number, guess: number): Prediction {
  const w = a.heads[0]!.weights;
  const best = strongest(w)[row]!;
  const top = w[row]![best]!;
  const picked = w[row]![guess - 1] ?? 0;
  return {
    guess,
    guessWord: a.tokens[guess - 1] ?? `t${guess}`,
    answer: best + 1,
    answerWord: a.tokens[best]!,
    weight: top,
    correct: top - picked <= 1e-9,
    tied: tiedTop(w, row),
  };
}

/** The numbers on screen (the last good ones), for scripts and tests. */
export interface AttentionNumbers {
  readonly source: Analysis['source'];
  readonly tokens: readonly string[];
  /** The focused row, 0-based. */
  readonly row: number;
  readonly heads: readonly {
    readonly q: number[][];
    readonly k: number[][];
    readonly v: number[][];
    readonly scores: (number | null)[][];
    readonly weights: number[][];
    readonly output: number[][];
    readonly d: number;
    /** The focused row's output spelled out: w_ij · v_j for each key j, and their sum. */
    readonly mix: { readonly terms: number[][]; readonly output: number[] };
  }[];
  readonly x?: number[][];
  /** Why the current settings are not what is shown, if they are not. */
  readonly error?: string;
}

/** A plain copy of what is shown (−∞ scores as null, so it survives JSON). */
export function numbersOf(a: Analysis, row: number, error: string | undefined): AttentionNumbers {
  const m = mixes(a, row);
  const copy = (x: readonly (readonly number[])[]): number[][] => x.map((r) => [...r]);
  return {
    source: a.source,
    tokens: [...a.tokens],
    row,
    heads: a.heads.map((h, i) => ({
      q: copy(h.q),
      k: copy(h.k),
      v: copy(h.v),
      scores: h.scores.map((r) => r.map((s) => (s === -Infinity ? null : s))),
      weights: copy(h.weights),
      output: copy(h.output),
      d: h.d,
      mix: m[i]!,
    })),
    ...(a.x ? { x: copy(a.x) } : {}),
    ...(error ? { error } : {}),
  };
}

/** A lesson step or a script that changes what is asked poses a new question. */
export function questionChanged(a: Readonly<AttentionState>, b: Readonly<AttentionState>): boolean {
  return (['row', 'q', 'k', 'v', 'sentence', 'causal', 'wq', 'wk', 'wv', 'seed'] as const).some(
    (key) => a[key] !== b[key],
  );
}
