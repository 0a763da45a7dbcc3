/**
 * The live formula's TeX: the update rule with the selected run's numbers at its current step,
 * built from numbers only (never from page text), so it is always valid KaTeX input. θ is in
 * the run's own colour (as its path on screen) and the gradient in the gradient colour (as the
 * downhill arrow on the contour map).
 */
import type { Point } from '../../math/descent';
import type { RunView } from './model';
import { tex } from '../../math/number-text';

export interface FormulaColors {
  readonly run: string;
  readonly gradient: string;
  readonly error: string;
}

/** Three significant digits; powers of ten written out (1.2 × 10⁻⁵), never "e" notation. */
export function texNumber(x: number): string {
  return Math.abs(x) < 1e-12 ? '0' : tex(x, 3);
}

const col = (c: string, body: string): string => `\\textcolor{${c}}{${body}}`;
const vec = (p: Point): string =>
  `\\begin{bmatrix} ${texNumber(p[0])} \\\\ ${texNumber(p[1])} \\end{bmatrix}`;

export interface StepNumbers {
  readonly view: RunView;
  /** The step from θ_t computed by descentStep: v_{t+1} and θ_{t+1}. */
  readonly next: { readonly theta: Point; readonly velocity: Point };
}

export function descentTex({ view: v, next }: StepNumbers, c: FormulaColors): string {
  const t = v.t;
  const theta = (k: string): string => col(c.run, `\\theta_{${k}}`);
  const grad = col(c.gradient, `\\nabla L(\\theta_{${t}})`);
  const eta = texNumber(v.rate);
  const lines: string[] = [];
  if (v.momentum === 0) {
    lines.push(`${theta(String(t + 1))} &= ${theta(String(t))} - \\eta\\, ${grad}`);
    lines.push(
      `&= ${col(c.run, vec(v.theta))} - ${eta}\\, ${col(c.gradient, vec(v.gradient))} = ${col(c.run, vec(next.theta))}`,
    );
  } else {
    const beta = texNumber(v.momentum);
    lines.push(
      `v_{${t + 1}} &= \\beta\\, v_{${t}} + ${grad} = ${beta}\\, ${vec(v.velocity)} + ${col(c.gradient, vec(v.gradient))} = ${vec(next.velocity)}`,
    );
    lines.push(
      `${theta(String(t + 1))} &= ${theta(String(t))} - \\eta\\, v_{${t + 1}} = ${col(c.run, vec(v.theta))} - ${eta}\\, ${vec(next.velocity)} = ${col(c.run, vec(next.theta))}`,
    );
  }
  const status =
    v.status === 'diverged'
      ? `\\quad ${col(c.error, `\\text{diverged at step ${v.divergedAt ?? t + 1}}`)}`
      : v.status === 'converged'
        ? '\\quad \\text{converged}'
        : '';
  lines.push(`L(${theta(String(t))}) &= ${texNumber(v.loss)}${status}`);
  return `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}
