/**
 * The numbers `<lumen-embed>` derives from freshly learned vectors before it can answer: unit
 * rows, IDF weights, every passage's vector and the PCA map. About 100 ms of arithmetic, so the
 * worker does it after the SVD and hands the arrays over; the page only wraps them (model.ts).
 */
import { normalizeRows, type Vectors } from '../../math/genai/vectors';
import { embedPassages, inverseDocumentFrequency } from '../../math/genai/retrieval';
import { pca2d, type Pca2D } from '../../math/genai/pca';
import { FIRST_WORD } from '../../math/genai/tokenize';

/** How many of the most frequent words the map shows. */
export const MAP_WORDS = 300;

export interface SpaceParts {
  readonly unit: Vectors;
  readonly idf: Float64Array;
  readonly passages: Vectors;
  readonly map: Pca2D;
}

/** Passage p is tokens ranges[2p] … ranges[2p + 1] − 1. */
export function passageRanges(passages: readonly { start: number; end: number }[]): Int32Array {
  const out = new Int32Array(2 * passages.length);
  passages.forEach((p, i) => {
    out[2 * i] = p.start;
    out[2 * i + 1] = p.end;
  });
  return out;
}

export function spaceParts(
  vectors: Float32Array,
  rows: number,
  k: number,
  passageTokens: readonly ArrayLike<number>[],
): SpaceParts {
  const unit = normalizeRows({ n: rows, k, data: vectors });
  const idf = inverseDocumentFrequency(passageTokens, rows, FIRST_WORD);
  const passages = embedPassages(unit, idf, passageTokens, FIRST_WORD);
  const mapRows = Array.from({ length: Math.min(MAP_WORDS, rows) }, (_, i) => i);
  return { unit, idf, passages, map: pca2d(unit, mapRows) };
}

/** The typed arrays inside, to transfer from the worker rather than copy. */
export function partsBuffers(p: SpaceParts): ArrayBuffer[] {
  return [p.unit.data, p.idf, p.passages.data, p.map.points].map((a) => a.buffer as ArrayBuffer);
}
