import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { SURFACES, descentStep } from '../../math/descent';
import { computeRuns, viewAt } from './model';
import { descentTex, texNumber } from './formula';

const C = { run: '#b84a00', gradient: '#a8005f', error: '#c0121f' };

function texAt(rates: number[], momentum: number, steps: number, k = 0): string {
  const runs = computeRuns({ surface: 'valley', start: [-1.8, 0.9], rates, momentum });
  const v = viewAt(runs[k]!, k, steps);
  const next = descentStep(
    SURFACES.valley,
    { theta: v.theta, velocity: v.velocity },
    { rate: v.rate, momentum: v.momentum },
  );
  return descentTex({ view: v, next }, C);
}

describe('live formula', () => {
  it('numbers: three digits, powers of ten written out', () => {
    expect(texNumber(0.123456)).toBe('0.123');
    expect(texNumber(-1.8)).toBe('-1.8');
    expect(texNumber(0.0000123)).toBe('1.23\\times10^{-5}');
    expect(texNumber(0)).toBe('0');
    expect(texNumber(NaN)).toBe('\\text{—}');
  });

  it('plain descent at step 0 on the valley: (−1.8, 0.9) − 0.1·(−1.8, 9) = (−1.62, 0)', () => {
    const tex = texAt([0.1], 0, 0);
    expect(tex).toContain(
      '\\textcolor{#b84a00}{\\theta_{1}} &= \\textcolor{#b84a00}{\\theta_{0}} - \\eta\\, \\textcolor{#a8005f}{\\nabla L(\\theta_{0})}',
    );
    expect(tex).toContain('\\begin{bmatrix} -1.8 \\\\ 0.9 \\end{bmatrix}');
    expect(tex).toContain('- 0.1\\, \\textcolor{#a8005f}{\\begin{bmatrix} -1.8 \\\\ 9 \\end{bmatrix}}');
    expect(tex).toContain('\\begin{bmatrix} -1.62 \\\\ 0 \\end{bmatrix}');
    expect(() =>
      katex.renderToString(tex, { throwOnError: true, strict: 'error', trust: false }),
    ).not.toThrow();
  });

  it('with momentum it shows the velocity line; a diverged run says where it left; always valid KaTeX', () => {
    const m = texAt([0.02], 0.9, 3);
    expect(m).toContain('v_{4} &= \\beta\\, v_{3}');
    expect(m).toContain('0.9\\,');
    const d = texAt([0.02, 0.25], 0, 40, 1);
    expect(d).toContain('\\text{diverged at step 12}');
    for (const tex of [m, d])
      expect(() =>
        katex.renderToString(tex, { throwOnError: true, strict: 'error', trust: false }),
      ).not.toThrow();
  });
});
