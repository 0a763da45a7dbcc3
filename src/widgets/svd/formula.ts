/**
 * The live formula's TeX, built from numbers only (never from text a page supplied), so it is
 * always valid KaTeX input. Colours follow the picture: everything about the first singular
 * direction (u₁, σ₁, v₁; the first principal axis) in the î colour, the second in the ĵ colour.
 */
import type { Mat2 } from '../../math/mat2';
import type { CloudAnalysis, Factors } from './model';
import { shortNumber } from '../../math/number-text';
import type { TexVariants } from '../../ui/formula-view';
import { explainedSentence, fmt, linkSentence, sigmaSentence } from './words';

export interface TexColors {
  readonly i: string;
  readonly j: string;
}

const n = shortNumber;
const col = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;

function bmatrix(rows: readonly [readonly [string, string], readonly [string, string]]): string {
  return `\\begin{bmatrix} ${rows[0][0]} & ${rows[0][1]} \\\\ ${rows[1][0]} & ${rows[1][1]} \\end{bmatrix}`;
}

const braced = (body: string, label: string): string => `\\underbrace{${body}}_{${label}}`;

/** Rows aligned at their first "="; a row that starts with "= " continues the row above. */
function aligned(rows: readonly string[]): string {
  const row = (r: string): string => (r.startsWith('= ') ? `&${r}` : r.replace(' = ', ' &= '));
  return `\\begin{aligned} ${rows.map(row).join(' \\\\[0.5em] ')} \\end{aligned}`;
}

/**
 * A = U Σ Vᵀ with the numbers, each factor labelled with what it does. `narrow` stacks the
 * factors one per row, for a phone or a slim column, instead of writing the product on one line.
 */
export function svdTex(m: Mat2, f: Factors | undefined, c: TexColors, narrow = false): string {
  const a = bmatrix([
    [n(m[0]), n(m[1])],
    [n(m[2]), n(m[3])],
  ]);
  if (!f) return aligned([`A = ${a}`]);
  const { u, vt, sigma } = f;
  // Columns of U are u₁, u₂; rows of Vᵀ are v₁, v₂.
  const U = bmatrix([
    [col(c.i, n(u[0])), col(c.j, n(u[1]))],
    [col(c.i, n(u[2])), col(c.j, n(u[3]))],
  ]);
  const S = bmatrix([
    [col(c.i, n(sigma[0])), '0'],
    ['0', col(c.j, n(sigma[1]))],
  ]);
  const V = bmatrix([
    [col(c.i, n(vt[0])), col(c.i, n(vt[1]))],
    [col(c.j, n(vt[2])), col(c.j, n(vt[3]))],
  ]);
  const uWords = f.flip ? '\\text{flip, rotate}' : '\\text{rotate}';
  const sigmas = `\\sigma_1 = ${col(c.i, n(sigma[0]))},\\quad \\sigma_2 = ${col(c.j, n(sigma[1]))}`;
  const area = `|\\det A| = \\sigma_1 \\sigma_2 = ${n(sigma[0] * sigma[1])}`;
  if (narrow)
    return aligned([
      `A = ${a} = U \\Sigma V^{\\top}`,
      `U = ${U}\\ ${uWords}`,
      `\\Sigma = ${S}\\ \\text{stretch}`,
      `V^{\\top} = ${V}\\ \\text{rotate}`,
      sigmas,
      area,
    ]);
  return aligned([
    `${braced(a, 'A')} = ${braced(U, `U\\ ${uWords}`)} ${braced(S, '\\Sigma\\ \\text{stretch}')} ${braced(V, 'V^{\\top}\\ \\text{rotate}')}`,
    `${sigmas},\\quad ${area}`,
  ]);
}

/** Mean, covariance, the variances along the axes with their shares, and the SVD link. */
export function pcaTex(a: CloudAnalysis, c: TexColors, narrow = false): string {
  if (!a.ok) return aligned([`n = ${a.n}`]);
  const { pca } = a;
  const cov = pca.covariance;
  const pct = (x: number): string => `${n(x * 100)}\\%`;
  const sum = `\\tfrac{1}{${a.n}} \\textstyle\\sum_k (x_k - \\bar{x})(x_k - \\bar{x})^{\\top}`;
  const C = bmatrix([
    [n(cov[0]), n(cov[1])],
    [n(cov[2]), n(cov[3])],
  ]);
  const l1 = `\\lambda_1 = ${col(c.i, n(pca.variances[0]))}\\ (${col(c.i, pct(pca.explained[0]))})`;
  const l2 = `\\lambda_2 = ${col(c.j, n(pca.variances[1]))}\\ (${col(c.j, pct(pca.explained[1]))})`;
  const svd = `\\sigma_k(X_c) = \\sqrt{n \\lambda_k} = ${col(c.i, n(a.sigmas[0]))},\\ ${col(c.j, n(a.sigmas[1]))}`;
  const mean = `\\bar{x} = (${n(pca.mean[0])},\\ ${n(pca.mean[1])})`;
  // The slim column writes the same sum as a product of the centred data matrix with itself.
  if (narrow) return aligned([mean, `C = \\tfrac{1}{${a.n}} X_c^{\\top} X_c`, `= ${C}`, l1, l2, svd]);
  return aligned([mean, `C = ${sum} = ${C}`, `${l1},\\quad ${l2}`, svd]);
}

/** A formula for FormulaView: TeX in its wide and narrow spellings, and the same in words. */
export interface Formula {
  readonly tex: TexVariants;
  readonly words: string;
}

/** A = U Σ Vᵀ for the matrix `m`; without factors (while guessing, or none) only A is shown. */
export function svdFormula(m: Mat2, f: Factors | undefined, c: TexColors): Formula {
  const [a, b, cc, d] = m.map(fmt);
  return {
    tex: { wide: svdTex(m, f, c), narrow: svdTex(m, f, c, true) },
    words: `A has rows ${a} ${b} and ${cc} ${d}.` + (f ? ` A = U Σ Vᵀ. ${sigmaSentence(f)}` : ''),
  };
}

/** The cloud's covariance matrix and its variances. */
export function pcaFormula(a: CloudAnalysis, c: TexColors): Formula {
  return {
    tex: { wide: pcaTex(a, c), narrow: pcaTex(a, c, true) },
    words: `${explainedSentence(a)} ${linkSentence(a)}`,
  };
}
