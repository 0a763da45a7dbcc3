/**
 * `<lumen-attention>`'s model and drawing: typed Q, K, V against the lesson's NumPy numbers, the
 * shape errors in words, the sentence path on a tiny hand-made corpus, the predict scoring (ties
 * included), the contrast of the heat map's numbers, and views that never hand the canvas a NaN.
 */
import { describe, expect, it } from 'vitest';
import { recordCanvas } from '../../../test/helpers/canvas';
import { expectValidTex } from '../../../test/helpers/tex';
import { PALETTES } from '../../ui/tokens';
import { defaults } from '../../ui/props';
import { withIndex } from '../../corpus/load';
import { ATTENTION_PROPS, parseMatrix, type AttentionState } from './props';
import {
  focusRow,
  lookupSentence,
  mixes,
  numbersOf,
  scoreGuess,
  seeded,
  sentenceAnalysis,
  sentenceX,
  typedAnalysis,
  type Space,
} from './model';
import { cellAt, colorsOf, drawMap, drawMix, heat, inkOn, mapLayout, mixLayout } from './view';
import { hiddenTex, mixTex } from './formula';
import { colorRgb } from '../../render/color';

const base = defaults(ATTENTION_PROPS);
const lesson: AttentionState = {
  ...base,
  q: [
    [0, 2],
    [2, 0],
    [0, 0],
    [2, 1],
  ],
  k: [
    [2, 0],
    [0, 2],
    [0, 0],
    [1, 1],
  ],
  v: [
    [1, 0],
    [0, 1],
    [0, 0],
    [1, 1],
  ],
  tokens: 'congress passed the bill',
  row: 4,
};

describe('typed Q, K, V', () => {
  it('gives the lesson’s NumPy numbers: row 4 weights and output', () => {
    const r = typedAnalysis(lesson);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.tokens).toEqual(['congress', 'passed', 'the', 'bill']);
    const w = r.value.heads[0]!.weights[3]!;
    [0.5570127093467262, 0.13541911093473022, 0.032922652030436206, 0.2746455276881074].forEach((x, j) =>
      expect(w[j]).toBeCloseTo(x, 12),
    );
    const m = mixes(r.value, 3)[0]!;
    expect(m.output[0]).toBeCloseTo(0.8316582370348335, 12);
    expect(m.output[1]).toBeCloseTo(0.4100646386228376, 12);
    const n = numbersOf(r.value, 3, undefined);
    expect(n.heads[0]!.mix.terms[0]).toEqual([w[0], 0]);
  });

  it('names rows t1, t2, … without tokens, and keeps −∞ out of JSON as null', () => {
    const r = typedAnalysis({ ...lesson, tokens: 'a', causal: true });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.tokens).toEqual(['a', 't2', 't3', 't4']);
    const n = JSON.parse(JSON.stringify(numbersOf(r.value, 0, undefined))) as ReturnType<typeof numbersOf>;
    expect(n.heads[0]!.scores[0]).toEqual([0, null, null, null]);
  });

  it('says which shape is wrong, and asks for all three', () => {
    const a = typedAnalysis({
      ...lesson,
      k: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
        [1, 1, 1],
      ],
    });
    expect(!a.ok && a.error).toMatch(/Q has 2 columns but K has 3/);
    const b = typedAnalysis({ ...lesson, v: [[1, 0]] });
    expect(!b.ok && b.error).toMatch(/K has 4 rows but V has 1/);
    const c = typedAnalysis({ ...lesson, v: [] });
    expect(!c.ok && c.error).toMatch(/all three of Q, K and V/);
  });

  it('reads matrix text strictly: NaN, 1e300, empty rows, ragged rows, too many rows', () => {
    expect(parseMatrix('')).toEqual({ ok: true, value: [] });
    expect(parseMatrix('1 2; 3 4')).toEqual({
      ok: true,
      value: [
        [1, 2],
        [3, 4],
      ],
    });
    for (const [text, why] of [
      ['1 NaN', /“NaN” is not a number/],
      ['1e300', /within ±100/],
      ['1;;2', /row 2 is empty/],
      ['1 2; 3', /row 2 has 1 numbers/],
      [Array.from({ length: 9 }, () => '1').join(';'), /at most 8 rows/],
      ['1 2 3 4 5 6 7', /1 to 6 numbers/],
    ] as const) {
      const r = parseMatrix(text);
      expect(!r.ok && r.error).toMatch(why);
    }
  });
});

describe('predict scoring', () => {
  const a = typedAnalysis(lesson);
  if (!a.ok) throw new Error(a.error);
  it('right for the largest weight, wrong otherwise', () => {
    expect(scoreGuess(a.value, 3, 1)).toMatchObject({
      correct: true,
      answer: 1,
      answerWord: 'congress',
      tied: false,
    });
    expect(scoreGuess(a.value, 3, 4)).toMatchObject({ correct: false, guessWord: 'bill' });
  });
  it('any of a tie is right (a zero query spreads evenly)', () => {
    expect(scoreGuess(a.value, 2, 3)).toMatchObject({ correct: true, tied: true });
  });
  it('clamps the focused row to the rows there are', () => {
    expect(focusRow(8, 4)).toBe(3);
    expect(focusRow(1, 4)).toBe(0);
  });
});

describe('a sentence on a tiny corpus', () => {
  const vocab = ['<unk>', '.', 'congress', 'passed', 'the', 'bill'];
  const corpus = withIndex(
    { vocab, passages: [], speeches: [], heldOutFrom: 0 } as unknown as Parameters<typeof withIndex>[0],
    new Uint16Array([2, 3, 4, 5]),
  );
  const k = 16;
  const vectors = Float32Array.from({ length: 4 * k }, (_, i) => Math.sin(i + 1));
  const space: Space = { corpus, vectors, rows: 4, k };

  it('looks the words up, projects to 4 numbers and runs two heads with their own matrices', () => {
    const found = lookupSentence(space, 'Congress passed the bill');
    if (!found.ok) throw new Error(found.error);
    const seeds = seeded(1, k);
    const x = sentenceX(found.value.vectors, seeds.projection);
    if (!x.ok) throw new Error(x.error);
    expect(x.value).toHaveLength(4);
    expect(x.value[0]).toHaveLength(4);
    const r = sentenceAnalysis(found.value.tokens, x.value, { ...base, heads: 2 }, seeds);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.heads).toHaveLength(2);
    expect(r.value.heads[0]!.weights).not.toEqual(r.value.heads[1]!.weights);
    expect(r.value.heads[0]!.d).toBe(3);
    // The same seed, the same matrices; an edited W_Q of the wrong height is named.
    expect(seeded(1, k)).toEqual(seeds);
    const bad = sentenceAnalysis(found.value.tokens, x.value, { ...base, wq: [[1, 2, 3]] }, seeds);
    expect(!bad.ok && bad.error).toMatch(/Head 1: X is 4×4 and W_Q is 1×3/);
  });

  it('names an unknown word with the closest known one, and a sentence too short or too long', () => {
    const r = lookupSentence(space, 'congres passed');
    expect(!r.ok && r.error).toMatch(/“congres” is not in .*closest is “congress”/);
    expect(!lookupSentence(space, 'bill').ok).toBe(true);
    expect(!lookupSentence(space, 'the the the the the the the the the').ok).toBe(true);
  });
});

describe('drawing', () => {
  const a = typedAnalysis({ ...lesson, causal: true });
  if (!a.ok) throw new Error(a.error);
  const head = a.value.heads[0]!;

  for (const theme of ['light', 'dark', 'projector'] as const) {
    const colors = colorsOf(PALETTES[theme]);
    it(`the heat map's numbers read on every cell (AA) in ${theme}`, () => {
      for (let w = 0; w <= 1; w += 0.05) {
        const fill = heat(colors, w);
        const ink = colorRgb(inkOn(colors, fill), [0, 0, 0]);
        const lum = (c: readonly number[]): number =>
          c
            .map((v) => v / 255)
            .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
            .reduce((t, s, i) => t + s * [0.2126, 0.7152, 0.0722][i]!, 0);
        const [hi, lo] = [lum(ink), lum(fill)].sort((p, q) => q - p) as [number, number];
        expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('draws scores (−∞ where masked), weights, the legend and the mix without a NaN', () => {
    const colors = colorsOf(PALETTES.light);
    for (const width of [320, 760]) {
      const r = recordCanvas();
      const layout = mapLayout(width, 4, 16);
      drawMap(r.ctx as never, {
        layout,
        tokens: a.value.tokens,
        scores: head.scores,
        weights: head.weights,
        d: 2,
        row: 3,
        hidden: false,
        colors,
        lineScale: 1,
      });
      expect(r.bad).toEqual([]);
      expect(r.strings).toContain('−∞');
      expect(r.strings).toContain('0.56');
      const m = recordCanvas();
      drawMix(m.ctx as never, {
        layout: mixLayout(width, 4, 2, 16),
        tokens: a.value.tokens,
        row: 1,
        weights: head.weights[1]!,
        masked: head.scores[1]!.map((s) => s === -Infinity),
        v: head.v,
        output: mixes(a.value, 1)[0]!.output,
        hidden: false,
        colors,
        lineScale: 1,
      });
      expect(m.bad).toEqual([]);
      expect(m.strings.filter((t) => t === '0')).toHaveLength(2);
      expect(m.strings).toContain('0.94');
    }
  });

  it('hides every number while the learner guesses', () => {
    const r = recordCanvas();
    drawMap(r.ctx as never, {
      layout: mapLayout(500, 4, 16),
      tokens: a.value.tokens,
      scores: head.scores,
      weights: head.weights,
      d: 2,
      row: 3,
      hidden: true,
      picked: 0,
      colors: colorsOf(PALETTES.dark),
      lineScale: 1,
    });
    expect(r.strings.filter((s) => /\d\.\d\d/.test(s) && !/^0(\.\d+)?$|^1$/.test(s))).toEqual([]);
    expect(r.strings.filter((s) => s === '?')).toHaveLength(32);
  });

  it('finds the cell under the pointer in both grids, and a row by its label', () => {
    const l = mapLayout(760, 4, 16);
    const g = l.grids[1];
    expect(cellAt(l, g.x + 1.5 * l.cell, g.y + 2.5 * l.cell)).toEqual({ row: 2, col: 1 });
    expect(cellAt(l, 2, l.grids[0].y + 0.5 * l.cell)).toEqual({ row: 0, col: -1 });
    expect(cellAt(l, g.x, l.height + 10)).toBeUndefined();
  });

  it('writes valid TeX: wide, narrow and hidden', () => {
    const c = { weight: '#0a7', value: '#70a', output: '#05c' };
    const out = mixes(a.value, 3)[0]!.output;
    expectValidTex(mixTex(a.value, 0, 3, out, c));
    expectValidTex(mixTex(a.value, 0, 3, out, c, true));
    expectValidTex(hiddenTex(c));
    // Masked terms are left out of the sum.
    expect(mixTex(a.value, 0, 1, mixes(a.value, 1)[0]!.output, c)).not.toMatch(/\{0\}\\,/);
  });
});
