/**
 * The pure side of `<lumen-bayes>`: grid layout, groups, the seeded flips, the guess, the density
 * curves, the property table's handling of bad input, and the drawings (a recording fake context
 * must never receive a NaN).
 */
import { describe, expect, it } from 'vitest';
import { parseProps, checkPartial } from '../../ui/props';
import { BAYES_PROPS } from './props';
import {
  analyseCoin,
  analyseTest,
  cellOf,
  coinFlips,
  densityCurve,
  gridShape,
  groupOf,
  parsePercent,
  plotTop,
  scoreGuess,
} from './model';
import { drawDensity, drawDots, type Colors } from './view';
import { coinTex, testTex } from './formula';
import {
  bound,
  coinSentence,
  describeCoin,
  flipsWords,
  negativeSentence,
  predictSentence,
  pct,
} from './words';

const COLORS: Colors = {
  bg: '#fff',
  fg: '#000',
  muted: '#555',
  grid: '#ddd',
  axis: '#444',
  accent: '#15c',
  sick: '#b40',
  healthy: '#06a',
  data: '#639',
  model: '#076',
};
const TEX = { sick: '#b84a00', healthy: '#0060a8', data: '#6b3fa0', model: '#00736a' };

/** A fake 2D context that records every number it is handed. */
function recorder(): {
  ctx: Parameters<typeof drawDots>[0];
  numbers: number[];
  calls: Record<string, number>;
} {
  const numbers: number[] = [];
  const calls: Record<string, number> = {};
  const ctx = new Proxy({} as Record<string, unknown>, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        calls[key] = (calls[key] ?? 0) + 1;
        for (const a of args) if (typeof a === 'number') numbers.push(a);
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      if (typeof value === 'number') numbers.push(value);
      return true;
    },
  });
  return { ctx: ctx as unknown as Parameters<typeof drawDots>[0], numbers, calls };
}

describe('bayes model', () => {
  it('lays the groups out as blocks, the positives first', () => {
    const a = analyseTest({ prevalence: 0.01, sensitivity: 0.9, falsePositive: 0.09, population: 1000 });
    expect(a.positives).toBe(98);
    expect(a.counted).toBeCloseTo(9 / 98, 15);
    expect([0, 8, 9, 97, 98, 99, 999].map((k) => groupOf(k, a.counts))).toEqual([
      'truePositive',
      'truePositive',
      'falsePositive',
      'falsePositive',
      'falseNegative',
      'trueNegative',
      'trueNegative',
    ]);
    const { cols, rows } = gridShape(1000, 2.4);
    expect(cols * rows).toBeGreaterThanOrEqual(1000);
    expect(cols * (rows - 1)).toBeLessThan(1000);
    expect(cellOf(rows + 1, rows)).toEqual({ col: 1, row: 1 });
    expect(gridShape(100, Number.NaN).cols).toBe(14);
  });

  it('flips the same coin for the same seed, a longer run extending a shorter one', () => {
    const a = coinFlips(1, 0.7, 100);
    expect(coinFlips(1, 0.7, 10)).toEqual(a.subarray(0, 10));
    expect(coinFlips(2, 0.7, 100)).not.toEqual(a);
    const c = analyseCoin(a, { alpha: 2, beta: 2 });
    expect(c.heads + c.tails).toBe(100);
    expect(c.posterior.alpha).toBe(2 + c.heads);
    expect(coinSentence(analyseCoin(coinFlips(1, 0.7, 10), { alpha: 2, beta: 2 }))).toBe(
      'Prior Beta(2, 2); after 6 heads and 4 tails the posterior is Beta(8, 6): mean 0.571, mode 0.583, 95% credible interval 0.316 to 0.808.',
    );
    expect(flipsWords(1, 1)).toBe('1 head and 1 tail');
    // Review D16: α = β = 0.1, 5 tails, true p = 0. The lower end is 4.5e-13, not 0, so "outside"
    // must not sit beside an interval printed as starting at 0.
    const zero = analyseCoin(coinFlips(1, 0, 5), { alpha: 0.1, beta: 0.1 });
    expect(zero.posterior.interval[0]).toBeGreaterThan(0);
    expect(zero.posterior.interval[0]).toBeLessThan(1e-12);
    expect(describeCoin(zero, 0)).toMatch(
      /95% credible interval 4\.\d·10⁻¹³ to 0\.189\. The true heads probability 0 is outside the interval, below 4\.\d·10⁻¹³\.$/,
    );
    expect(coinTex(zero, TEX)).toContain('\\cdot 10^{-13}');
    expect(describeCoin(zero, 0.1)).toMatch(/The true heads probability 0\.1 is inside the interval\.$/);
    expect(describeCoin(zero, 0.5)).toMatch(/outside the interval, above 0\.189\.$/);
    expect([bound(0), bound(1), bound(0.25), bound(1 - 2e-9), bound(3e-5, true)]).toEqual([
      '0',
      '1',
      '0.25',
      '1 − 2·10⁻⁹',
      '3 \\cdot 10^{-5}',
    ]);
    expect(
      negativeSentence(
        analyseTest({ prevalence: 0.01, sensitivity: 0.9, falsePositive: 0.09, population: 1000 }),
      ),
    ).toBe('A negative result leaves P(D | −) = 0.11%: 1 of the 902 negatives has the condition.');
    expect(coinFlips(1, 0, 50).every((f) => f === 0)).toBe(true);
    expect(coinFlips(1, 1, 50).every((f) => f === 1)).toBe(true);
    // Law of large numbers at a fixed seed: 10,000 flips at p = 0.3 land within 3 standard errors.
    const many = coinFlips(9, 0.3, 10000).reduce((s, f) => s + f, 0) / 10000;
    expect(Math.abs(many - 0.3)).toBeLessThan(3 * Math.sqrt(0.21 / 10000));
  });

  it('reads a guess in percent and scores it', () => {
    expect(parsePercent('9')).toBeCloseTo(0.09, 15);
    expect(parsePercent(' 9.5 % ')).toBeCloseTo(0.095, 15);
    expect(parsePercent('ninety')).toBeUndefined();
    expect(parsePercent('120')).toBeUndefined();
    const p = scoreGuess(0.9, 0.0917431);
    expect(p.error).toBeCloseTo(0.8082569, 6);
    expect(predictSentence(p)).toBe(
      'Your guess 90% was 80.8 percentage points above P(D | +) = 9.17%. Far off: this is the surprise of the lesson.',
    );
    expect(predictSentence(scoreGuess(0.1, 0.0917431))).toMatch(/0.8 percentage points above .* Spot on!/);
    expect(pct(0.000049)).toBe('0%');
  });

  it('keeps density curves finite, U-shaped ones included', () => {
    for (const b of [
      { alpha: 0.1, beta: 0.1 },
      { alpha: 0.5, beta: 3 },
      { alpha: 9000, beta: 1000 },
      { alpha: 1, beta: 1 },
    ]) {
      const c = densityCurve(b);
      expect(c.every((y) => Number.isFinite(y) && y >= 0)).toBe(true);
      expect(Number.isFinite(plotTop([c]))).toBe(true);
    }
    // A sharp interior peak is not clipped away.
    const sharp = densityCurve({ alpha: 701, beta: 301 });
    expect(plotTop([sharp])).toBeGreaterThan(Math.max(...sharp));
  });
});

describe('bayes settings and drawing', () => {
  it('refuses p > 1, NaN, 1e300 and unknown modes with a message and the default', () => {
    const r = parseProps(
      BAYES_PROPS,
      { prevalence: '1.5', sensitivity: 'NaN', 'false-positive': '1e300', mode: 'dice', flips: '1e9' },
      'attribute',
    );
    expect(r.state).toEqual({
      prevalence: 0.01,
      sensitivity: 0.9,
      falsePositive: 0.09,
      mode: 'test',
      flips: 0,
    });
    expect(r.problems.map((p) => p.prop)).toEqual([
      'prevalence',
      'sensitivity',
      'false-positive',
      'mode',
      'flips',
    ]);
    expect(r.problems[3]!.message).toMatch(/must be one of test, coin/);
    expect(checkPartial(BAYES_PROPS, { alpha: 0 }).problems[0]!.message).toMatch(/between 0.1 and 100/);
  });

  it('draws dots and densities without a NaN, even at the edges', () => {
    for (const [prevalence, sensitivity, falsePositive] of [
      [0.01, 0.9, 0.09],
      [0, 0, 0],
      [1, 1, 1],
    ] as const) {
      const a = analyseTest({ prevalence, sensitivity, falsePositive, population: 10000 });
      const rec = recorder();
      drawDots(rec.ctx, {
        width: 600,
        cols: 155,
        rows: 65,
        counts: a.counts,
        tested: true,
        highlight: true,
        colors: COLORS,
        lineScale: 2,
      });
      expect(rec.numbers.every(Number.isFinite)).toBe(true);
      expect((rec.calls.rect ?? 0) + (rec.calls.arc ?? 0)).toBeGreaterThan(9000);
    }
    const c = analyseCoin(coinFlips(1, 0.7, 10), { alpha: 0.1, beta: 0.1 });
    const rec = recorder();
    const prior = densityCurve(c.prior);
    const post = densityCurve(c.posterior);
    drawDensity(rec.ctx, {
      width: 500,
      height: 240,
      prior,
      posterior: post,
      top: plotTop([prior, post]),
      interval: c.posterior.interval,
      trueP: 0.7,
      colors: COLORS,
      lineScale: 1,
      fontPx: 18,
    });
    expect(rec.numbers.every(Number.isFinite)).toBe(true);
    expect(rec.calls.lineTo).toBeGreaterThan(400);
  });

  it('writes the formula with the numbers, a question mark while predicting, and copes with no positives', () => {
    const a = analyseTest({ prevalence: 0.01, sensitivity: 0.9, falsePositive: 0.09, population: 1000 });
    const tex = testTex(a, TEX, false);
    expect(tex).toContain('\\textcolor{#b84a00}{0.9 \\cdot 0.01}');
    expect(tex).toContain('9.17\\%');
    expect(tex).toContain('of 1{,}000 people} = 9.18\\%');
    expect(testTex(a, TEX, true)).toContain('= \\,?');
    expect(testTex(a, TEX, true)).not.toContain('9.17');
    const none = analyseTest({ prevalence: 0, sensitivity: 0.9, falsePositive: 0, population: 1000 });
    expect(testTex(none, TEX, false)).toContain('undefined (no positives)');
    const coin = coinTex(analyseCoin(coinFlips(1, 0.7, 10), { alpha: 2, beta: 2 }), TEX);
    expect(coin).toContain('\\text{Beta}(8,\\ 6)');
    expect(coin).toContain('[0.316,\\ 0.808]');
  });
});
