/**
 * Retrieval as in retrieval-augmented generation (lesson 26): a passage's vector is the
 * IDF-weighted mean of its words' unit vectors (rare words say more about a passage than "the"),
 * a query is embedded the same way, and the passages are ranked by cosine. Evaluated by recall@k
 * (the share of a query's relevant passages found in the top k) and the mean reciprocal rank
 * (1 / the rank of the first relevant passage, averaged over queries; 0 when none is found).
 */
import type { Vectors } from './vectors';

/** idf(w) = ln(P / df(w)) over `passages` token lists, for word rows 0 … rows − 1 (ids − first). */
export function inverseDocumentFrequency(
  passages: readonly ArrayLike<number>[],
  rows: number,
  first: number,
): Float64Array {
  const df = new Float64Array(rows);
  const seen = new Int32Array(rows).fill(-1);
  passages.forEach((p, pi) => {
    for (let t = 0; t < p.length; t++) {
      const w = p[t]! - first;
      if (w >= 0 && w < rows && seen[w] !== pi) {
        seen[w] = pi;
        df[w]!++;
      }
    }
  });
  return Float64Array.from(df, (d) => (d > 0 ? Math.log(passages.length / d) : 0));
}

/** IDF-weighted mean of the unit word vectors of the known words in `ids` (zeros if none). */
export function embedText(
  unit: Vectors,
  idf: Float64Array,
  ids: ArrayLike<number>,
  first: number,
): Float32Array {
  const out = new Float32Array(unit.k);
  for (let t = 0; t < ids.length; t++) {
    const w = ids[t]! - first;
    if (w < 0 || w >= unit.n) continue;
    const weight = idf[w]!;
    for (let j = 0; j < unit.k; j++) out[j]! += weight * unit.data[w * unit.k + j]!;
  }
  return out;
}

/** Every passage's vector, normalised: a Vectors whose rows are passages. */
export function embedPassages(
  unit: Vectors,
  idf: Float64Array,
  passages: readonly ArrayLike<number>[],
  first: number,
): Vectors {
  const data = new Float32Array(passages.length * unit.k);
  passages.forEach((p, i) => {
    const v = embedText(unit, idf, p, first);
    let s = 0;
    for (const x of v) s += x * x;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < unit.k; j++) data[i * unit.k + j] = v[j]! * inv;
  });
  return { n: passages.length, k: unit.k, data };
}

/** Share of `relevant` found among the first k of `ranked`. */
export function recallAtK(ranked: readonly number[], relevant: readonly number[], k: number): number {
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((r) => top.has(r)).length / relevant.length;
}

/** 1 / (1-based rank of the first relevant item in `ranked`), or 0 when none is ranked. */
export function reciprocalRank(ranked: readonly number[], relevant: readonly number[]): number {
  const rel = new Set(relevant);
  const at = ranked.findIndex((r) => rel.has(r));
  return at < 0 ? 0 : 1 / (at + 1);
}

export function meanReciprocalRank(
  runs: readonly { ranked: readonly number[]; relevant: readonly number[] }[],
): number {
  if (runs.length === 0) return 0;
  return runs.reduce((s, r) => s + reciprocalRank(r.ranked, r.relevant), 0) / runs.length;
}
