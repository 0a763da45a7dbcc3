/**
 * The live formula's TeX, built from numbers only (never from text a page supplied), so it is
 * always valid KaTeX input. The first column is coloured like î on screen and the second like ĵ:
 * the learner reads "the columns are where the basis vectors land" straight off the colours.
 */
import { det, type Mat2 } from '../../math/mat2';
import type { Eigen2 } from '../../math/eigen2';
import { shortNumber } from '../../math/number-text';

export interface TexColors {
  readonly i: string;
  readonly j: string;
}

const coloured = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;

/** A number as a factor in a product: negative ones in parentheses. */
function factor(x: number): string {
  const s = shortNumber(x);
  return x < 0 && s !== '0' ? `(${s})` : s;
}

export function matrixTex(m: Mat2, c: TexColors): string {
  const [a, b, cc, d] = m.map(shortNumber) as [string, string, string, string];
  return (
    `A = \\begin{bmatrix} ${coloured(c.i, a)} & ${coloured(c.j, b)} \\\\ ` +
    `${coloured(c.i, cc)} & ${coloured(c.j, d)} \\end{bmatrix}`
  );
}

/** det A = ad − bc = (numbers) = value, with each factor in its column's colour. */
export function detTex(m: Mat2, c: TexColors): string {
  const [a, b, cc, d] = m;
  return (
    `\\det A = ad - bc = ${coloured(c.i, factor(a))}\\cdot${coloured(c.j, factor(d))}` +
    ` - ${coloured(c.j, factor(b))}\\cdot${coloured(c.i, factor(cc))} = ${shortNumber(det(m))}`
  );
}

export function eigenTex(e: Eigen2): string {
  switch (e.kind) {
    case 'distinct':
      return `\\lambda_1 = ${shortNumber(e.values[0])},\\quad \\lambda_2 = ${shortNumber(e.values[1])}`;
    case 'defective':
      return `\\lambda = ${shortNumber(e.value)}\\ \\text{(repeated, one direction)}`;
    case 'scalar':
      return `\\lambda = ${shortNumber(e.value)}\\ \\text{(every direction)}`;
    case 'complex':
      return `\\lambda = ${shortNumber(e.re)} \\pm ${shortNumber(e.im)}\\,i`;
  }
}

/**
 * The whole formula block: rows for the matrix, det and eigenvalues (and any `extra` rows, each
 * with an " = "), aligned at their first "=".
 */
export function planeTex(
  m: Mat2,
  c: TexColors,
  eigen: Eigen2 | undefined,
  extra: readonly string[] = [],
): string {
  const rows = [matrixTex(m, c), detTex(m, c)];
  if (eigen) rows.push(eigenTex(eigen));
  rows.push(...extra);
  return `\\begin{aligned} ${rows.map((r) => r.replace(' = ', ' &= ')).join(' \\\\[0.4em] ')} \\end{aligned}`;
}
