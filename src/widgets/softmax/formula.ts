/**
 * The live formula's TeX, from numbers only (always valid KaTeX input). Colours follow the
 * bars: the probabilities p in the model colour, the draws in the data colour, the gradient
 * p − y in the gradient colour and the loss in the error colour.
 */
import type { LogitsAnalysis, BigramAnalysis } from './model';
import { num } from './words';

export interface TexColors {
  readonly model: string;
  readonly data: string;
  readonly grad: string;
  readonly err: string;
}

const col = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;
const vec = (xs: readonly string[]): string => `\\begin{pmatrix} ${xs.join(' & ')} \\end{pmatrix}`;

export function logitsTex(a: LogitsAnalysis, t: number, c: TexColors): string {
  const p = [...a.p].map((x) => col(c.model, num(x, 3)));
  const g = [...a.gradient].map((x) => col(c.grad, num(x, 3)));
  const i = a.target + 1;
  return [
    '\\begin{aligned}',
    `${col(c.model, 'p_i')} &= \\frac{e^{\\ell_i / T}}{\\sum_j e^{\\ell_j / T}}, \\quad T = ${num(t)} \\\\[0.4em]`,
    `${col(c.model, 'p')} &= ${vec(p)} \\\\[0.4em]`,
    `${col(c.err, 'L')} &= -\\ln ${col(c.model, `p_{${i}}`)} = ${col(c.err, num(a.loss, 3))} \\\\[0.4em]`,
    `${col(c.grad, '\\nabla_{z} L')} &= ${col(c.model, 'p')} - y = ${vec(g)}`,
    '\\end{aligned}',
  ].join(' ');
}

export function bigramTex(b: BigramAnalysis, t: number, c: TexColors): string {
  return [
    '\\begin{aligned}',
    `P_T(w \\mid v) &\\propto \\left(\\frac{\\#(v, w) + \\alpha}{\\#(v) + \\alpha V}\\right)^{1/T}, \\quad T = ${num(t)} \\\\[0.4em]`,
    `${col(c.err, 'H')} &= -\\frac{1}{N} \\sum \\log_2 P_T(w_{t+1} \\mid w_t) = ${col(c.err, num(b.held.bits))} \\text{ bits} \\\\[0.4em]`,
    `2^{${col(c.err, 'H')}} &= ${col(c.err, num(b.held.perplexity, 0))} \\quad \\text{vs uniform } \\log_2 ${b.vocabulary} = ${col(c.data, num(b.uniform.bits))}`,
    '\\end{aligned}',
  ].join(' ');
}
