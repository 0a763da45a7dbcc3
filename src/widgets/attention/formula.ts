/**
 * The live formula of `<lumen-attention>`, coloured like the picture: the weights in the model
 * colour (the heat map), the value rows in the data colour, the output in the accent colour.
 */
import { fixed } from '../../math/number-text';
import type { Analysis } from './model';

export interface TexColors {
  readonly weight: string;
  readonly value: string;
  readonly output: string;
}

const n = (x: number): string => fixed(x, 3, true).replace(/\u2212/g, '-');
const col = (c: string, s: string): string => `\\textcolor{${c}}{${s}}`;
const vec = (r: readonly number[]): string => `(${r.map(n).join(',\\ ')})`;
/** A word as TeX text: letters, digits and apostrophes only reach it (the tokeniser's alphabet). */
const word = (t: string): string => `\\text{${t.replace(/[^a-z0-9']/gi, '')}}`;

/**
 * w_i = softmax(q_i Kᵀ/√d) and o_i = Σ_j w_ij v_j with the numbers, for head `h`'s row `i`;
 * `short` leaves out the terms and breaks the rows (for a narrow column). Masked (0) terms are
 * left out of the sum.
 */
export function mixTex(
  a: Analysis,
  h: number,
  i: number,
  output: readonly number[],
  c: TexColors,
  short = false,
): string {
  const head = a.heads[h]!;
  const w = head.weights[i]!;
  const sub = `_{${word(a.tokens[i]!)}}`;
  const o = col(c.output, `o${sub}`);
  const terms = head.v
    .map((v, j) => ({ v, j, w: w[j]! }))
    .filter((t) => t.w !== 0)
    .map((t) => `${col(c.weight, n(t.w))}\\,${col(c.value, vec(t.v))}`);
  const scaled = short
    ? `q${sub} K^{\\top} / \\sqrt{${head.d}}`
    : `\\frac{q${sub} K^{\\top}}{\\sqrt{${head.d}}}`;
  const weights = `${col(c.weight, `w${sub}`)} &= \\operatorname{softmax}\\Big(${scaled}\\Big)`;
  const sum = `${o} &= \\textstyle\\sum_j ${col(c.weight, 'w_j')}\\, ${col(c.value, 'v_j')}`;
  if (short) {
    // A narrow column: each result on its own lines, two numbers to a line.
    const chunks = (r: readonly number[], color: string): string[] => {
      const out: string[] = [];
      for (let k = 0; k < r.length; k += 2)
        out.push(
          col(
            color,
            `${k === 0 ? '(' : ''}${r
              .slice(k, k + 2)
              .map(n)
              .join(',\\ ')}${k + 2 >= r.length ? ')' : ','}`,
          ),
        );
      return out;
    };
    return [
      '\\begin{aligned}',
      `${weights} \\\\`,
      ...chunks(w, c.weight).map((t, k) => `&${k === 0 ? '=' : '\\quad'} ${t} \\\\[0.3em]`),
      `${sum} \\\\`,
      chunks(output, c.output)
        .map((t, k) => `&${k === 0 ? '=' : '\\quad'} ${t}`)
        .join(' \\\\ '),
      '\\end{aligned}',
    ].join(' ');
  }
  const lines = ['\\begin{aligned}', `${weights} = ${col(c.weight, vec(w))} \\\\[0.3em]`];
  // Three terms to a line, so a sentence of eight words still fits the column.
  const rows: string[] = [];
  for (let k = 0; k < terms.length; k += 3) rows.push(terms.slice(k, k + 3).join(' + '));
  lines.push(`${sum} \\\\`);
  rows.forEach((r, k) => lines.push(`&${k === 0 ? '=' : '\\quad +'} ${r} \\\\`));
  lines.push(`&= ${col(c.output, vec(output))}`);
  lines.push('\\end{aligned}');
  return lines.join(' ');
}

/** While the learner guesses: the shape of the formula, without its numbers. */
export function hiddenTex(c: TexColors): string {
  return `${col(c.output, 'o_i')} = \\textstyle\\sum_j ${col(c.weight, 'w_{ij}')}\\, ${col(c.value, 'v_j')}, \\quad ${col(c.weight, 'w_i')} = \\operatorname{softmax}\\big(q_i K^{\\top} / \\sqrt{d}\\big) = \\;?`;
}
