import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../ui/tokens';
import type { DrawContext } from '../../render/canvas-kit';
import { firstSample, intervalBatch, intervalDomain, likelihoodCurve, likelihoodModel } from './model';
import { drawBootstrap, drawIntervals, drawLikelihood } from './view';
import { intervalTex, likelihoodTex } from './formula';
import { decimalsFor, missSentence, num, predictSentence } from './words';
import { recordCanvas } from '../../../test/helpers/canvas';
import { NORMAL as NORMAL_SOURCE } from '../../../test/helpers/estimate';

const fakeContext = () => recordCanvas<DrawContext>();

const FRAME = { width: 640, height: 420, colors: PALETTES.light, lineScale: 1, fontPx: 18 };
const NORMAL = { ...NORMAL_SOURCE, profile: false };

describe('drawing never passes NaN or ∞ to the canvas', () => {
  it('likelihood, normal and coin (log L = −∞ at the coin’s ends)', () => {
    for (const source of ['normal', 'coin'] as const) {
      const s = { ...NORMAL, source, p: 0.3, n: 12 };
      const xs = firstSample(s);
      const m = likelihoodModel(s, xs, Number.NaN);
      for (const log of [true, false]) {
        const { ctx, ops: calls, bad } = fakeContext();
        const out = drawLikelihood(ctx, {
          ...FRAME,
          coin: source === 'coin',
          sample: xs,
          domain: source === 'coin' ? [0, 1] : [4, 16],
          curve: likelihoodCurve(m, log),
          log,
          theta: m.mle,
          thetaY: 0,
          mle: m.mle,
          sigma: source === 'coin' ? Number.NaN : 2,
          thetaText: 'θ',
          mleText: 'MLE',
        });
        expect(bad).toEqual([]);
        expect(out.handle.every(Number.isFinite)).toBe(true);
        expect(calls.some((c) => c.name === 'stroke')).toBe(true);
      }
    }
  });

  it('intervals: misses drawn in the error colour, hidden while the learner guesses', () => {
    const rows = intervalBatch(NORMAL, 0);
    const r = fakeContext();
    drawIntervals(r.ctx, {
      ...FRAME,
      rows,
      domain: intervalDomain(rows, 10, 'normal'),
      truth: 10,
      truthText: 'μ',
      selected: 0,
      hidden: false,
      prompt: '',
    });
    expect(r.bad).toEqual([]);
    expect(r.strokes).toContain(PALETTES.light.error);
    const hidden = fakeContext();
    drawIntervals(hidden.ctx, {
      ...FRAME,
      rows,
      domain: [0, 20],
      truth: 10,
      truthText: 'μ',
      selected: 0,
      hidden: true,
      prompt: '?',
    });
    // No interval and no selected point: only the prompt, the truth line and the axis.
    expect(hidden.ops.some((c) => c.name === 'arc')).toBe(false);
    expect(hidden.ops.some((c) => c.name === 'fillText' && c.args[0] === '?')).toBe(true);
  });

  it('bootstrap, before and after the histogram arrives', () => {
    const xs = firstSample(NORMAL);
    for (const histogram of [undefined, new Float64Array(120).fill(3)]) {
      const { ctx, bad } = fakeContext();
      drawBootstrap(ctx, {
        ...FRAME,
        sample: xs,
        domain: [4, 16],
        bins: { lo: 6, hi: 14, n: 120 },
        histogram,
        estimate: 10,
        interval: histogram ? [9, 11] : undefined,
        estimateText: 'mean',
        intervalText: '95%',
        status: '',
      });
      expect(bad).toEqual([]);
    }
  });
});

describe('formula and words', () => {
  const colors = { data: '#6b3fa0', truth: '#0060a8', model: '#00736a', error: '#c0121f' };
  it('writes the interval with its numbers and t critical value, red when it misses', () => {
    const rows = intervalBatch(NORMAL, 0);
    const miss = rows.find((r) => r.miss);
    const hit = rows.find((r) => !r.miss);
    if (!miss || !hit) throw new Error('the seeded batch has both kinds');
    const at = { method: 't', level: 95, n: 10, truth: 10, sigma: 2, decimals: 2, colors } as const;
    const tex = intervalTex({ row: hit, ...at });
    expect(tex).toContain('t_{0.975,\\,9}');
    expect(tex).toContain('2.262');
    expect(tex).toContain('\\ni');
    const missTex = intervalTex({ row: miss, ...at });
    expect(missTex).toContain(`\\textcolor{${colors.error}}`);
    expect(missTex).toContain('\\not\\ni');
    expect(tex).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('writes the log-likelihood with the tried value and the MLE', () => {
    const xs = firstSample(NORMAL);
    const m = likelihoodModel(NORMAL, xs, Number.NaN);
    const tex = likelihoodTex({ coin: false, profile: false, model: m, theta: 9, decimals: 2, colors });
    expect(tex).toContain(`\\log L(\\textcolor{${colors.truth}}{9.00}) = ${m.logL(9).toFixed(2)}`);
    expect(tex).toContain(m.mle.toFixed(2));
  });

  it('numbers and sentences', () => {
    expect(num(-0.001, 2)).toBe('0.00');
    expect(num(-1.5, 1)).toBe('\u22121.5');
    expect(decimalsFor(0.63)).toBe(2);
    expect(decimalsFor(25)).toBe(0);
    expect(missSentence(6, '10', false, { intervals: 100, misses: 6 })).toBe(
      '6 of 100 intervals miss the true mean 10.',
    );
    expect(missSentence(6, '10', false, { intervals: 300, misses: 16 }, 3)).toMatch(
      /All 300 so far: 16 misses \(5.3%\)/,
    );
    expect(missSentence(6, '10', false, { intervals: 200, misses: 9 }, 3)).toMatch(
      /Counting the misses of all 300: 200 counted\.$/,
    );
    expect(predictSentence({ guess: 5, actual: 7, expected: 5 })).toMatch(
      /^You guessed 5\. This batch: 7 missed/,
    );
  });
});
