/** The live formula of `<lumen-logistic>`, coloured like the picture (model, data, error). */
import type { Analysis } from './model';
import type { LogisticState } from './props';
import { num } from './words';

export interface TexColors {
  readonly model: string;
  readonly data: string;
  readonly error: string;
}

const c = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;
const signed = (v: number): string => (v < 0 ? `- ${num(-v)}` : `+ ${num(v)}`);

export function logisticTex(a: Analysis, s: LogisticState, col: TexColors): string {
  const p = a.step.params;
  const z =
    p.w.length === 1
      ? `${num(p.w[0] as number)}\\,${c(col.data, 'x')} ${signed(p.b)}`
      : `${num(p.w[0] as number)}\\,${c(col.data, 'x_1')} ${signed(p.w[1] as number)}\\,${c(col.data, 'x_2')} ${signed(p.b)}`;
  const n = a.data.n;
  const penalty = s.l2 > 0 ? ` + \\tfrac{${num(s.l2)}}{2}\\lVert w\\rVert^2` : '';
  return `\\begin{aligned} &${c(col.model, '\\hat p')} = \\sigma(${z}) \\\\ &L = -\\frac{1}{${n}}\\sum_{i} \\big[${c(col.data, 'y_i')}\\log ${c(col.model, '\\hat p_i')} + (1 - ${c(col.data, 'y_i')})\\log(1 - ${c(col.model, '\\hat p_i')})\\big]${penalty} \\\\ &\\phantom{L} = ${c(col.error, num(a.step.loss))} \\end{aligned}`;
}

export function logisticWords(a: Analysis): string {
  return `The model is p-hat = sigmoid of a line; its log-loss after ${a.losses.length - 1} steps is ${num(a.step.loss)}.`;
}
