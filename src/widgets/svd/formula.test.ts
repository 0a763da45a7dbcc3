import { describe, expect, it } from 'vitest';
import { expectValidTex } from '../../../test/helpers/tex';
import { pcaTex, svdTex } from './formula';
import { analyseCloud, factorsOf } from './model';
import type { Mat2 } from '../../math/mat2';

const c = { i: '#b84a00', j: '#0060a8' };
const strict = (tex: string) => expectValidTex(tex, true);

describe('svd formula', () => {
  it('writes A = U Σ Vᵀ with the numbers, σ₁ in the î colour and σ₂ in the ĵ colour', () => {
    const m: Mat2 = [3, 0, 4, 5];
    const tex = svdTex(m, factorsOf(m), c);
    expect(tex).toContain('\\begin{bmatrix} 3 & 0 \\\\ 4 & 5 \\end{bmatrix}');
    expect(tex).toContain('\\sigma_1 &= \\textcolor{#b84a00}{6.71}');
    expect(tex).toContain('\\sigma_2 = \\textcolor{#0060a8}{2.24}');
    expect(tex).toContain('\\sigma_1 \\sigma_2 = 15');
    expect(tex).toContain('\\Sigma\\ \\text{stretch}');
    expect(() => strict(tex)).not.toThrow();
  });

  it('says "flip, rotate" under U when det A < 0, and shows only A without factors', () => {
    expect(svdTex([-1, 0, 0, 2], factorsOf([-1, 0, 0, 2]), c)).toContain('U\\ \\text{flip, rotate}');
    const bare = svdTex([1, 2, 3, 4], undefined, c);
    expect(bare).not.toContain('Sigma');
    expect(() => strict(bare)).not.toThrow();
  });

  it('stacks the factors one per row for a slim column', () => {
    const m: Mat2 = [3, 0, 4, 5];
    const tex = svdTex(m, factorsOf(m), c, true);
    expect(tex).toMatch(
      /^\\begin\{aligned\} A &= \\begin\{bmatrix\} 3 & 0 \\\\ 4 & 5 \\end\{bmatrix\} = U \\Sigma V\^\{\\top\}/,
    );
    expect(tex).toContain('\\\\[0.5em] U &= \\begin{bmatrix}');
    expect(tex).toContain('\\\\[0.5em] \\Sigma &= \\begin{bmatrix} \\textcolor{#b84a00}{6.71}');
    expect(tex).not.toContain('underbrace');
    expect(() => strict(tex)).not.toThrow();
  });

  it('is valid KaTeX for singular and extreme matrices', () => {
    for (const m of [
      [0, 0, 0, 0],
      [1, 2, 0.5, 1],
      [-100, 100, 0.001, -0.5],
    ] as Mat2[])
      expect(() => strict(svdTex(m, factorsOf(m), c))).not.toThrow();
  });
});

describe('pca formula', () => {
  it('shows the mean, the covariance with 1/n, the variances with their shares and σ = √(nλ)', () => {
    const tex = pcaTex(
      analyseCloud([
        [0, 0],
        [2, 2],
      ]),
      c,
    );
    expect(tex).toContain('\\bar{x} &= (1,\\ 1)');
    expect(tex).toContain('\\tfrac{1}{2}');
    expect(tex).toContain('\\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}');
    expect(tex).toContain('\\lambda_1 &= \\textcolor{#b84a00}{2}\\ (\\textcolor{#b84a00}{100\\%})');
    expect(tex).toContain('\\sqrt{n \\lambda_k} = \\textcolor{#b84a00}{2}');
    expect(() => strict(tex)).not.toThrow();
  });

  it('puts the covariance matrix on its own row for a slim column', () => {
    const tex = pcaTex(
      analyseCloud([
        [0, 0],
        [2, 2],
      ]),
      c,
      true,
    );
    expect(tex).toContain('C &= \\tfrac{1}{2} X_c^{\\top} X_c');
    expect(tex).toContain('\\\\[0.5em] &= \\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}');
    expect(() => strict(tex)).not.toThrow();
  });

  it('shows only the count when there is no PCA', () => {
    const tex = pcaTex(analyseCloud([[1, 1]]), c);
    expect(tex).toBe('\\begin{aligned} n &= 1 \\end{aligned}');
    expect(() => strict(tex)).not.toThrow();
  });
});
