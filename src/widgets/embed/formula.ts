/**
 * The live formula's TeX, from numbers only: PPMI, the cosine of the word and its nearest
 * neighbour (the word in the data colour, the neighbour in the model colour, as on the map), and
 * the retrieval scores.
 */
import type { Evaluation, Neighbour } from './model';
import { num } from './words';

export interface TexColors {
  readonly data: string;
  readonly model: string;
  readonly err: string;
}

const col = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;
const word = (w: string): string => `\\text{${w.replace(/[^a-z0-9']/gi, '')}}`;

export function embedTex(
  o: { weighting: 'ppmi' | 'counts'; k: number; word?: string; nearest?: Neighbour; evaluation?: Evaluation },
  c: TexColors,
): string {
  const rows = [
    o.weighting === 'ppmi'
      ? `M_{wc} &= \\max\\Big(0,\\ \\ln \\frac{\\#(w,c)\\, N}{\\#(w)\\, \\#(c)}\\Big) \\approx U_{${o.k}} \\Sigma_{${o.k}} V_{${o.k}}^{\\top}`
      : `M_{wc} &= \\#(w,c) \\approx U_{${o.k}} \\Sigma_{${o.k}} V_{${o.k}}^{\\top}`,
  ];
  if (o.word && o.nearest)
    rows.push(
      `\\cos(${col(c.data, `\\mathbf{v}_{${word(o.word)}}`)}, ${col(c.model, `\\mathbf{v}_{${word(o.nearest.word)}}`)}) &= \\frac{${col(c.data, '\\mathbf{u}')} \\cdot ${col(c.model, '\\mathbf{v}')}}{\\lVert ${col(c.data, '\\mathbf{u}')} \\rVert \\lVert ${col(c.model, '\\mathbf{v}')} \\rVert} = ${col(c.model, num(o.nearest.cosine, 3))}`,
    );
  if (o.evaluation)
    rows.push(
      `\\text{recall@}${o.evaluation.k} &= ${col(c.err, num(o.evaluation.recall, 3))}, \\quad \\text{MRR} = ${col(c.err, num(o.evaluation.mrr, 3))}`,
    );
  return `\\begin{aligned} ${rows.join(' \\\\[0.5em] ')} \\end{aligned}`;
}
