import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { defaults } from '../../ui/props';
import { SAMPLER_PROPS, SOURCES, type SamplerState } from './props';
import { sourceOf } from './model';
import { countTex, num, samplerTex } from './formula';

const base = defaults(SAMPLER_PROPS);
const colors = { data: '#6b3fa0', model: '#00736a' };

describe('sampler formula', () => {
  it('numbers: short, no trailing zeros, powers of ten for the extremes', () => {
    expect([num(0.5), num(3.5), num(1 / 3), num(-2), num(1234.5678), num(0), num(1e-7)]).toEqual([
      '0.5',
      '3.5',
      '0.3333',
      '-2',
      '1235',
      '0',
      '1\\times10^{-7}',
    ]);
    expect(countTex(1_000_000)).toBe('1{,}000{,}000');
  });
  it('every source gives valid KaTeX, with and without draws', () => {
    for (const dist of SOURCES) {
      const s: SamplerState = { ...base, dist };
      const src = sourceOf(s);
      for (const [count, mean] of [
        [0, undefined],
        [1000, 0.123],
      ] as const) {
        for (const [narrow, truth] of [
          [false, true],
          [true, true],
          [false, false],
        ] as const) {
          const tex = samplerTex({ ...s, truth }, src, count, mean, colors, narrow);
          expect(
            () => katex.renderToString(tex, { throwOnError: true, strict: 'error', trust: false }),
            `${dist}: ${tex}`,
          ).not.toThrow();
        }
      }
    }
  });
  it('writes the current numbers: binomial n = 20, p = 0.3 has E[X] = np = 6', () => {
    const s: SamplerState = { ...base, dist: 'binomial', n: 20, p: 0.3 };
    const tex = samplerTex(s, sourceOf(s), 1000, 5.987, colors);
    expect(tex).toContain('np = 20 \\cdot 0.3 = 6');
    expect(tex).toContain('\\binom{20}{k}\\, 0.3^{k}\\, 0.7^{20 - k}');
    expect(tex).toContain('= 5.987');
    expect(tex).toContain('n = 1{,}000');
  });
  it('predict first (truth = false) hides E[X] and the pmf, keeps the sample mean', () => {
    const s: SamplerState = { ...base, dist: 'binomial', n: 20, p: 0.3, truth: false };
    const tex = samplerTex(s, sourceOf(s), 1000, 5.987, colors);
    expect(tex).toContain('= 5.987');
    expect(tex).toContain('E[X] = \\ ?');
    expect(tex).not.toContain('np');
    expect(tex).not.toContain('binom');
  });
});
