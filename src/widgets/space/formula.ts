/**
 * The live formula's TeX, built from numbers only (never from text a page supplied), so it is
 * always valid KaTeX input. Columns take the colours of î, ĵ and k̂ on screen, and so do the
 * vectors in the determinant's triple product: det A = Aî · (Aĵ × Ak̂), the volume of the box.
 */
import type { Mat3 } from '../../math/mat3';
import type { Basis, CrossProduct, Volume } from './model';
import { shortNumber } from '../../math/number-text';

export interface TexColors3 {
  readonly i: string;
  readonly j: string;
  readonly k: string;
  /** The cross-product arrow. */
  readonly cross: string;
}

const coloured = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;

const HAT: Readonly<Record<Basis, string>> = { i: '\\hat{\\imath}', j: '\\hat{\\jmath}', k: '\\hat{k}' };

/** A x̂ in the colour of x̂: the transformed basis vector. */
function image(b: Basis, c: TexColors3): string {
  return coloured(c[b], `A${HAT[b]}`);
}

export function matrixTex3(m: Mat3, c: TexColors3): string {
  const n = m.map(shortNumber);
  const row = (r: number): string =>
    [
      coloured(c.i, n[3 * r] as string),
      coloured(c.j, n[3 * r + 1] as string),
      coloured(c.k, n[3 * r + 2] as string),
    ].join(' & ');
  return `A = \\begin{bmatrix} ${row(0)} \\\\ ${row(1)} \\\\ ${row(2)} \\end{bmatrix}`;
}

/** det A = Aî · (Aĵ × Ak̂) = value, and the volume (its absolute value). */
export function detTex3(v: Volume, c: TexColors3): string {
  return `\\det A = ${image('i', c)} \\cdot (${image('j', c)} \\times ${image('k', c)}) = ${shortNumber(v.det)}`;
}

export function volumeTex(v: Volume): string {
  return `\\text{volume} = |\\det A| = ${shortNumber(Math.abs(v.det))}`;
}

export function crossTex(x: CrossProduct, c: TexColors3): string {
  const [a, b, z] = x.vector.map(shortNumber) as [string, string, string];
  const vec = coloured(c.cross, `\\begin{bmatrix} ${a} \\\\ ${b} \\\\ ${z} \\end{bmatrix}`);
  return `${image(x.first, c)} \\times ${image(x.second, c)} = ${vec},\\ \\text{length} = ${shortNumber(x.area)}`;
}

/** What stands in for det A while the learner is still guessing it. */
export function unknownDetTex(c: TexColors3): string {
  return `\\det A = ${image('i', c)} \\cdot (${image('j', c)} \\times ${image('k', c)}) = \\,?`;
}

/**
 * The whole formula block, rows aligned at their first "=". `v` undefined: the determinant is
 * still to be guessed (predict-first), so it shows as "?".
 */
export function spaceTex(
  m: Mat3,
  v: Volume | undefined,
  c: TexColors3,
  cross: CrossProduct | undefined,
): string {
  const rows = v ? [matrixTex3(m, c), detTex3(v, c), volumeTex(v)] : [matrixTex3(m, c), unknownDetTex(c)];
  if (cross && v) rows.push(crossTex(cross, c));
  return `\\begin{aligned} ${rows.map((r) => r.replace(' = ', ' &= ')).join(' \\\\[0.4em] ')} \\end{aligned}`;
}
