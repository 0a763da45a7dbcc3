/** The sentences of `<lumen-regression>`: readouts and the screen-reader description. */
import { formatNumber } from '../../math/number-text';
import { dot, type ColumnSpace } from '../../math/ml/column-space';
import type { Analysis } from './model';
import type { RegressionState } from './props';

/** Four significant digits: what the lesson's NumPy panel prints, rounded the same way. */
export function num(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return formatNumber(Number(v.toPrecision(4)));
}

export function exactLine(a: Analysis): string {
  if (!a.fit.ok) return `No single best line: ${a.fit.reason}.`;
  return `Least squares: w = ${num(a.fit.w)}, b = ${num(a.fit.b)}, MSE = ${num(a.mse ?? NaN)}, R² = ${a.r2 === undefined ? '— (every y is equal)' : num(a.r2)}`;
}

export function descentLine(a: Analysis, s: RegressionState): string {
  const d = a.descent;
  if (a.diverged)
    return `Gradient descent diverged at rate ${num(s.rate)}: each step overshoots further. Rates below ${num(a.stable)} converge here.`;
  return `Gradient descent, step ${s.iteration}: w = ${num(d.w)}, b = ${num(d.b)}, MSE = ${num(d.loss)}`;
}

export function splitLine(a: Analysis, s: RegressionState): string {
  const sp = a.split;
  if (!sp) return '';
  if (!sp.result.ok) return `Degree ${s.degree}: ${sp.result.reason}.`;
  const held = sp.test.filter(Boolean).length;
  const test =
    sp.testMse === undefined
      ? 'no points held out'
      : `test MSE = ${num(sp.testMse)} on ${held} held-out point${held === 1 ? '' : 's'}`;
  return `Degree ${s.degree}: training MSE = ${num(sp.trainMse ?? NaN)}; ${test}`;
}

export function describe(a: Analysis, s: RegressionState): string {
  const n = a.points.length;
  return [`${n} point${n === 1 ? '' : 's'}.`, exactLine(a) + '.', descentLine(a, s) + '.', splitLine(a, s)]
    .filter(Boolean)
    .join(' ');
}

/** The caption under the ℝ³ picture: the perpendicularity in numbers, or why there is no picture. */
export function columnSpaceLine(c: ColumnSpace): string {
  if (!c.ok) return `No picture in 3D: ${c.reason}.`;
  const v = (p: readonly number[]): string => `(${p.map(num).join(', ')})`;
  const zero = (x: number): string => num(Math.abs(x) < 1e-12 * Math.max(1, dot(c.y, c.y)) ? 0 : x);
  return `y = ${v(c.y)} projects to ŷ = ${v(c.yhat)}, the line's predictions. The residual r = ${v(c.r)} is perpendicular to the plane: r · 1 = ${zero(dot(c.r, c.ones))}, r · x = ${zero(dot(c.r, c.x))}.`;
}
