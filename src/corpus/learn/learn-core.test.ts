/**
 * The learner's pipeline end to end on a small seeded token stream: progress only grows and ends
 * at 1, the sparse pipeline gives the vectors of the dense one (counts → PPMI → SVD), and the
 * parts derived in the worker equal those the page would derive itself.
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../math/random';
import { cooccurrence, ppmiInPlace, runAll } from '../../math/genai/cooccur';
import { randomizedSvd, embeddingFromSvd } from '../../math/genai/rsvd';
import { FIRST_WORD } from '../../math/genai/tokenize';
import { learn, type LearnProgress } from './learn-core';
import { passageRanges, spaceParts } from './space-parts';

const rng = createRandom(21);
// Two topics of ids (2-11 and 12-21) in alternating runs, with sentence ends (1) and unknowns (0).
const tokens = Uint16Array.from({ length: 4000 }, (_, t) => {
  const r = rng.next();
  if (r < 0.05) return 1;
  if (r < 0.08) return 0;
  return (Math.floor(t / 50) % 2 === 0 ? 2 : 12) + Math.floor(10 * rng.next());
});
const settings = { rows: 20, cols: 12, window: 3, weighting: 'ppmi', k: 4, seed: 3 } as const;
const passages = passageRanges([
  { start: 0, end: 40 },
  { start: 60, end: 90 },
  { start: 3000, end: 3100 },
]);

describe('learn', () => {
  it('reports growing progress and derives the page’s parts', () => {
    const g = learn(tokens, settings, undefined, passages);
    const seen: LearnProgress[] = [];
    let r = g.next();
    while (!r.done) {
      seen.push(r.value);
      r = g.next();
    }
    expect(seen.every((p, i) => i === 0 || p.fraction >= seen[i - 1]!.fraction)).toBe(true);
    expect(seen.at(-1)!.fraction).toBeCloseTo(1, 12);
    expect(new Set(seen.map((p) => p.stage))).toEqual(new Set(['count', 'weight', 'svd']));

    const out = r.value;
    const dense = runAll(ppmiInPlace(runAll(cooccurrence(tokens, { ...settings, first: FIRST_WORD }))));
    const svd = runAll(randomizedSvd(dense, { k: 4, rng: createRandom(3) }));
    [...embeddingFromSvd(svd)].forEach((v, i) => expect(out.vectors[i]).toBeCloseTo(v, 4));

    const texts = [tokens.subarray(0, 40), tokens.subarray(60, 90), tokens.subarray(3000, 3100)];
    const page = spaceParts(out.vectors, 20, 4, texts);
    expect(out.space!.passages.n).toBe(3);
    expect([...out.space!.passages.data]).toEqual([...page.passages.data]);
    expect([...out.space!.map.points]).toEqual([...page.map.points]);
    expect([...out.space!.idf]).toEqual([...page.idf]);
  });

  it('without passages returns the vectors only', () => {
    const out = runAll(learn(tokens, { ...settings, weighting: 'counts' }));
    expect(out.space).toBeUndefined();
    expect(out.vectors.length).toBe(20 * 4);
    expect(out.vectors.every(Number.isFinite)).toBe(true);
  });
});
