/** The sentences of `<lumen-logistic>`: readouts and the screen-reader description. */
import { formatNumber } from '../../math/number-text';
import type { Analysis } from './model';
import type { LogisticState } from './props';

export function num(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return formatNumber(Number(v.toPrecision(4)));
}

export function weights(w: readonly number[], b: number): string {
  return w.length === 1
    ? `w = ${num(w[0] as number)}, b = ${num(b)}`
    : `w = (${w.map(num).join(', ')}), b = ${num(b)}`;
}

export function descentLine(a: Analysis, s: LogisticState): string {
  const p = a.step.params;
  const norm = Math.hypot(...p.w);
  return `Gradient descent, step ${s.iteration}: ${weights(p.w, p.b)}, ‖w‖ = ${num(norm)}, log-loss = ${num(a.step.loss)}, accuracy ${Math.round(a.accuracy * 100)} %`;
}

export function fitLine(a: Analysis, s: LogisticState): string {
  const f = a.fit;
  if (f.kind === 'failed') return `Fit to convergence: none; ${f.reason}.`;
  if (f.kind === 'separable')
    return `Fit to convergence: none exists. A line already separates the two classes (${weights(f.params.w, f.params.b)} after ${f.iterations} Newton steps), and scaling w and b up always lowers the loss, so the weights grow without bound. Add L2 (λ > 0) or a point on the wrong side.`;
  return `Fit to convergence (Newton, ${f.iterations} steps${s.l2 ? `, λ = ${num(s.l2)}` : ''}): ${weights(f.params.w, f.params.b)}, log-loss = ${num(f.loss)}`;
}

export function separableLine(a: Analysis, s: LogisticState): string {
  if (!a.separating || s.l2 > 0) return '';
  return 'Every point is on its own side of the boundary: each further step makes the sigmoid steeper and ‖w‖ larger, without end.';
}

export function describe(a: Analysis, s: LogisticState): string {
  const n = a.data.n;
  return [
    `${n} point${n === 1 ? '' : 's'}.`,
    descentLine(a, s) + '.',
    separableLine(a, s),
    s.converged ? fitLine(a, s) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
