/**
 * The live formula of `<lumen-regression>`, coloured like the picture: the model line (model
 * colour), the data (data colour), the residuals (error colour), the descent step (gradient).
 */
import type { Analysis } from './model';
import type { RegressionState } from './props';
import { num } from './words';

export interface TexColors {
  readonly model: string;
  readonly data: string;
  readonly error: string;
  readonly gradient: string;
}

const c = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;

function n(v: number): string {
  const t = num(v);
  return t.startsWith('-') ? `{-}${t.slice(1)}` : t;
}

export function regressionTex(a: Analysis, s: RegressionState, col: TexColors): string {
  if (!a.fit.ok)
    return `${c(col.model, '\\hat y')} = ${c(col.model, 'w')}\\,x + ${c(col.model, 'b')} \\quad\\text{(no unique fit)}`;
  const count = a.points.length;
  const top = `${c(col.model, '\\hat y')} = ${c(col.model, n(a.fit.w))}\\,${c(col.data, 'x')} ${a.fit.b < 0 ? '-' : '+'} ${c(col.model, num(Math.abs(a.fit.b)))}`;
  const loss = `\\text{MSE} = \\frac{1}{${count}}\\sum_{i=1}^{${count}} ${c(col.error, `(${c(col.model, '\\hat y_i')} - ${c(col.data, 'y_i')})^2`)} = ${c(col.error, num(a.mse ?? NaN))}`;
  const step = a.diverged
    ? `\\text{step } ${s.iteration}:\\ \\text{diverged}`
    : `\\begin{pmatrix} w \\\\ b \\end{pmatrix} \\leftarrow \\begin{pmatrix} w \\\\ b \\end{pmatrix} - ${num(s.rate)}\\, ${c(col.gradient, '\\nabla\\,\\text{MSE}')} \\;\\Rightarrow\\; ${c(col.gradient, `(${n(a.descent.w)},\\ ${n(a.descent.b)})`)}`;
  return `\\begin{aligned} &${top} \\\\ &${loss} \\\\ &${step} \\end{aligned}`;
}

export function regressionWords(a: Analysis): string {
  if (!a.fit.ok) return 'No unique least-squares line for these points.';
  return `The fitted line is y-hat = ${num(a.fit.w)} x + ${num(a.fit.b)}; its mean squared error is ${num(a.mse ?? NaN)}.`;
}
