/**
 * One tokeniser for the corpus (at build time) and for what a learner types (in the page), so a
 * typed query splits exactly as the corpus did: lower case, words of letters and digits with an
 * inner apostrophe (don't, nation's), and a "." token for the end of each sentence.
 */

/** Token id of a word outside the vocabulary. */
export const UNKNOWN = 0;
/** Token id of a sentence end (., ! or ?). */
export const SENTENCE_END = 1;
/** The first id of a real word: ids are ranked by frequency from here. */
export const FIRST_WORD = 2;

const TOKEN_RE = /[a-z0-9]+(?:['’][a-z]+)*|[.!?]+/g;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(TOKEN_RE)) {
    const t = m[0];
    out.push(/^[.!?]/.test(t) ? '.' : t.replace('’', "'"));
  }
  return out;
}

/** Only the words (no sentence ends), for queries and sentences typed by a learner. */
export function words(text: string): string[] {
  return tokenize(text).filter((t) => t !== '.');
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The vocabulary word closest to `word` by edit distance (the more frequent on ties; `vocab` is
 * ranked by frequency), for "did you mean …?". Undefined when nothing is within 3 edits.
 */
export function closestWord(
  word: string,
  vocab: readonly string[],
  from = FIRST_WORD,
  to = vocab.length,
): string | undefined {
  let best: string | undefined;
  let bestD = Math.min(3, Math.max(1, Math.floor(word.length / 2)));
  for (let i = from; i < to; i++) {
    const d = editDistance(word, vocab[i]!, bestD);
    if (d < bestD || (d === bestD && best === undefined && d <= bestD)) {
      best = vocab[i];
      bestD = d;
      if (d === 0) break;
    }
  }
  return best;
}
