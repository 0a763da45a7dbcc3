/**
 * The corpus builder on a tiny hand-made set (ids, passages, held-out split, query relevance, the
 * byte format round trip), and once on the real speeches: size within budget, every shipped query
 * with 2 to 60 relevant passages, and a vocabulary that has the words the lessons use.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildCorpus } from './build';
import { decodeCorpus, encodeCorpus } from './format';
import { corpusProblems, readSotu } from './vite-plugin';
import { lookupWord, withIndex } from './load';

const TINY = [
  { year: 1990, name: 'B', text: 'The tax is low. The tax is fair! Peace now.' },
  { year: 1980, name: 'A', text: 'War and peace. The war ends.' },
];

describe('corpus builder', () => {
  const c = buildCorpus(TINY, { vocabulary: 6, passagesFrom: 1985, passageWords: 4, heldOut: 1 }, [
    { query: 'taxes', rule: [['tax'], ['fair', 'low']] },
  ]);
  it('ranks the vocabulary by frequency and writes sentence ends', () => {
    // the ×4, tax ×2, war ×2, is ×2, peace ×2: the top 4 words by count then alphabet.
    expect(c.header.vocab).toEqual(['<unk>', '.', 'the', 'is', 'peace', 'tax']);
    const sp = c.header.speeches[0]!;
    expect(sp.name).toBe('A');
    // "war and peace . the war ends ." → war, and, ends are unknown (0).
    expect([...c.tokens.subarray(sp.start, sp.end)]).toEqual([0, 0, 4, 1, 2, 0, 0, 1]);
    expect(c.header.heldOutFrom).toBe(1);
  });

  it('cuts passages at sentence ends from the chosen year and finds the relevant ones', () => {
    expect(c.header.passages.map((p) => p.text)).toEqual([
      'The tax is low.',
      'The tax is fair!',
      'Peace now.',
    ]);
    expect(c.header.queries[0]!.relevant).toEqual([0, 1]);
  });

  it('round-trips through bytes and names unknown words with the closest one', () => {
    const back = decodeCorpus(encodeCorpus(c));
    if (typeof back === 'string') throw new Error(back);
    expect(back.header).toEqual(c.header);
    expect([...back.tokens]).toEqual([...c.tokens]);
    expect(decodeCorpus(new Uint8Array(20))).toMatch(/not a Lumen corpus/);
    const full = withIndex(back.header, back.tokens);
    expect(lookupWord(full, 'tax')).toEqual({ ok: true, id: 5 });
    const miss = lookupWord(full, 'taz');
    expect(!miss.ok && miss.error).toBe('“taz” is not in the vocabulary; the closest is “tax”.');
    expect(lookupWord(full, '.').ok).toBe(false);
  });
});

describe('the shipped corpus', () => {
  it('fits the budget, and every query has a fair number of relevant passages', () => {
    const c = buildCorpus(readSotu());
    expect(gzipSync(encodeCorpus(c)).length).toBeLessThan(5 * 2 ** 20);
    expect(corpusProblems(c.header.queries)).toEqual([]);
    expect(c.header.vocab.length).toBe(10_000);
    for (const w of ['congress', 'war', 'peace', 'tax', 'three', 'king', 'queen'])
      expect(c.header.vocab).toContain(w);
    expect(c.header.speeches.length).toBeGreaterThan(200);
  }, 60_000);
});
