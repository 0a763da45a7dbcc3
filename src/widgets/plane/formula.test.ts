import { describe, expect, it } from 'vitest';
import { expectValidTex } from '../../../test/helpers/tex';
import { detTex, eigenTex, matrixTex, planeTex } from './formula';
import { eigen2 } from '../../math/eigen2';
import type { Mat2 } from '../../math/mat2';

const c = { i: '#b84a00', j: '#0060a8' };
const strict = (tex: string) => expectValidTex(tex, true);

describe('formula TeX', () => {
  it('colours the first column like î and the second like ĵ', () => {
    expect(matrixTex([2, 1, 1, 3], c)).toBe(
      'A = \\begin{bmatrix} \\textcolor{#b84a00}{2} & \\textcolor{#0060a8}{1} \\\\ ' +
        '\\textcolor{#b84a00}{1} & \\textcolor{#0060a8}{3} \\end{bmatrix}',
    );
  });

  it('writes det = ad − bc with the numbers, negatives in parentheses', () => {
    const tex = detTex([2, -1, 0.5, 3], c);
    expect(tex).toBe(
      '\\det A = ad - bc = \\textcolor{#b84a00}{2}\\cdot\\textcolor{#0060a8}{3}' +
        ' - \\textcolor{#0060a8}{(-1)}\\cdot\\textcolor{#b84a00}{0.5} = 6.5',
    );
  });

  it('names the eigenvalues in each case', () => {
    expect(eigenTex(eigen2([3, 0, 0, 1]))).toBe('\\lambda_1 = 3,\\quad \\lambda_2 = 1');
    expect(eigenTex(eigen2([0, -1, 1, 0]))).toBe('\\lambda = 0 \\pm 1\\,i');
    expect(eigenTex(eigen2([1, 1, 0, 1]))).toContain('one direction');
    expect(eigenTex(eigen2([2, 0, 0, 2]))).toContain('every direction');
  });

  it('is valid strict KaTeX for awkward matrices', () => {
    const ms: Mat2[] = [
      [0, 0, 0, 0],
      [-100, 100, 1e-9, -0.005],
      [0, -1, 1, 0],
      [1, 1, 0, 1],
      [2, 0, 0, 2],
    ];
    for (const m of ms) expect(() => strict(planeTex(m, c, eigen2(m)))).not.toThrow();
    expect(strict(planeTex([1, 2, 3, 4], c, undefined))).toContain('katex');
    expect(planeTex([1, 2, 3, 4], c, eigen2([1, 2, 3, 4]))).toMatch(
      /^\\begin{aligned} A &= .*\\det A &= .*\\lambda_1 &= /,
    );
  });
});
