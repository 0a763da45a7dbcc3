/**
 * What `<lumen-embed>` computes from learned vectors: unit rows, the passage vectors for
 * retrieval, neighbours, analogies, ranked passages and recall@k / MRR over the shipped queries.
 * Pure functions over `src/math/genai`.
 */
import { FIRST_WORD, words } from '../../math/genai/tokenize';
import { analogy, topK, type Scored, type Vectors } from '../../math/genai/vectors';
import { embedText, meanReciprocalRank, recallAtK } from '../../math/genai/retrieval';
import type { Pca2D } from '../../math/genai/pca';
import { MAP_WORDS, spaceParts, type SpaceParts } from '../../corpus/learn/space-parts';
import { lookupWord, type Corpus } from '../../corpus/load';
import type { Result } from '../../math/genai/matrix';

export interface Space {
  readonly corpus: Corpus;
  readonly unit: Vectors;
  readonly idf: Float64Array;
  readonly passages: Vectors;
  /** PCA of the MAP_WORDS most frequent words. */
  readonly map: Pca2D;
  readonly mapRows: number[];
  readonly singular: Float64Array;
}

export { MAP_WORDS };

export function buildSpace(
  corpus: Corpus,
  vectors: Float32Array,
  rows: number,
  k: number,
  singular: Float64Array,
): Space {
  return assembleSpace(corpus, spaceParts(vectors, rows, k, corpus.passageTokens), singular);
}

/** A Space from parts computed elsewhere (the learning worker): no arithmetic here. */
export function assembleSpace(corpus: Corpus, parts: SpaceParts, singular: Float64Array): Space {
  const mapRows = Array.from({ length: parts.map.points.length / 2 }, (_, i) => i);
  return { corpus, ...parts, mapRows, singular };
}

export interface Neighbour {
  readonly word: string;
  readonly row: number;
  readonly cosine: number;
}

const named = (s: Space, list: Scored[]): Neighbour[] =>
  list.map((x) => ({ word: s.corpus.vocab[x.index + FIRST_WORD]!, row: x.index, cosine: x.score }));

function rowOf(s: Space, word: string): Result<number> {
  const r = lookupWord(s.corpus, word, FIRST_WORD + s.unit.n);
  return r.ok ? { ok: true, value: r.id - FIRST_WORD } : r;
}

export function neighbours(
  s: Space,
  text: string,
  count: number,
): Result<{ word: string; row: number; list: Neighbour[] }> {
  const w = words(text)[0];
  if (!w) return { ok: false, error: 'Type a word to see its neighbours.' };
  const r = rowOf(s, w);
  if (!r.ok) return r;
  const q = s.unit.data.subarray(r.value * s.unit.k, (r.value + 1) * s.unit.k);
  return {
    ok: true,
    value: { word: w, row: r.value, list: named(s, topK(s.unit, q, count, new Set([r.value]))) },
  };
}

export function solveAnalogy(
  s: Space,
  text: string,
  count: number,
): Result<{ terms: [string, string, string]; list: Neighbour[] }> {
  const w = words(text);
  if (w.length !== 3)
    return { ok: false, error: `An analogy needs three words a b c (a − b + c); got ${w.length}.` };
  const rows: number[] = [];
  for (const x of w) {
    const r = rowOf(s, x);
    if (!r.ok) return r;
    rows.push(r.value);
  }
  return {
    ok: true,
    value: {
      terms: [w[0]!, w[1]!, w[2]!],
      list: named(s, analogy(s.unit, rows[0]!, rows[1]!, rows[2]!, count)),
    },
  };
}

export interface Hit {
  readonly passage: number;
  readonly cosine: number;
  readonly text: string;
  readonly year: number;
  readonly speaker: string;
}

/** Passages ranked by cosine to the query; the unknown query words are named. */
export function retrieve(s: Space, text: string, count: number): Result<{ hits: Hit[]; unknown: string[] }> {
  const ws = words(text);
  if (ws.length === 0)
    return { ok: false, error: 'The query is empty: type a few words, such as “taxes on income”.' };
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const w of ws) {
    const id = s.corpus.index.get(w);
    if (id !== undefined && id >= FIRST_WORD && id < FIRST_WORD + s.unit.n) ids.push(id);
    else unknown.push(w);
  }
  const q = embedText(s.unit, s.idf, ids, FIRST_WORD);
  if (!q.some((x) => x !== 0)) {
    const hint = unknown.map((w) => lookupWord(s.corpus, w, FIRST_WORD + s.unit.n)).find((r) => !r.ok);
    return {
      ok: false,
      error: `None of the query’s words has a vector. ${hint && !hint.ok ? hint.error : ''}`.trim(),
    };
  }
  const hits = topK(s.passages, q, count).map((x) => {
    const p = s.corpus.passages[x.index]!;
    const sp = s.corpus.speeches[p.speech]!;
    return { passage: x.index, cosine: x.score, text: p.text, year: sp.year, speaker: sp.name };
  });
  return { ok: true, value: { hits, unknown } };
}

export interface Evaluation {
  readonly k: number;
  readonly perQuery: { query: string; recall: number; reciprocal: number; relevant: number }[];
  readonly recall: number;
  readonly mrr: number;
}

/** recall@k and MRR of the shipped queries, each ranked over all passages (MRR to rank 100). */
export function evaluate(s: Space, k: number): Evaluation {
  const runs = s.corpus.queries.map((q) => {
    const r = retrieve(s, q.query, Math.max(k, 100));
    const ranked = r.ok ? r.value.hits.map((h) => h.passage) : [];
    return { query: q.query, ranked, relevant: q.relevant };
  });
  const perQuery = runs.map((r) => ({
    query: r.query,
    recall: recallAtK(r.ranked, r.relevant, k),
    reciprocal: meanReciprocalRank([r]),
    relevant: r.relevant.length,
  }));
  return {
    k,
    perQuery,
    recall: perQuery.reduce((a, q) => a + q.recall, 0) / Math.max(1, perQuery.length),
    mrr: meanReciprocalRank(runs),
  };
}
