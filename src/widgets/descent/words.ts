/**
 * Sentences for people: the ARIA description of the whole widget, one line per run for the run
 * list, and the formula in words (for screen readers, and where KaTeX cannot load).
 */
import { SURFACES, type Point } from '../../math/descent';
import type { RunView } from './model';
import type { DescentState } from './props';
import { plain } from '../../math/number-text';

/** Short decimal for prose: 3 significant digits, a real minus sign, 1.23e−4 when tiny. */
export function num(x: number): string {
  return plain(x, 3);
}

export function point(p: Point): string {
  return `(${num(p[0])}, ${num(p[1])})`;
}

export const RUN_NAMES = ['Run 1', 'Run 2', 'Run 3', 'Run 4'] as const;

export function runName(index: number): string {
  return RUN_NAMES[index] ?? `Run ${index + 1}`;
}

/** "Run 4, η = 0.25: diverged at step 12." / "Run 1, η = 0.02: step 40, loss 0.53, at (−0.8, 0)." */
export function runSentence(v: RunView): string {
  const head = `${runName(v.index)}, η = ${num(v.rate)}`;
  if (v.status === 'diverged')
    return `${head}: diverged at step ${v.divergedAt ?? v.t + 1} (the steps grew without limit).`;
  const where = `loss ${num(v.loss)} at ${point(v.theta)}`;
  if (v.status === 'converged') return `${head}: converged after ${v.t} steps, ${where}.`;
  return `${head}: step ${v.t}, ${where}.`;
}

export function describeDescent(s: DescentState, start: Point, views: readonly RunView[]): string {
  const surface = SURFACES[s.surface];
  const m = s.momentum > 0 ? `, momentum ${num(s.momentum)}` : '';
  return (
    `Gradient descent on the ${surface.label} surface from ${point(start)}${m}, after ${s.steps} steps. ` +
    views.map(runSentence).join(' ')
  );
}

export function formulaWords(v: RunView, next: Point): string {
  const m = v.momentum > 0 ? ` with momentum ${num(v.momentum)}` : '';
  return (
    `${runName(v.index)}, step ${v.t}${m}: theta ${point(v.theta)} minus ${num(v.rate)} times ` +
    `${v.momentum > 0 ? 'the velocity' : `the gradient ${point(v.gradient)}`} gives ${point(next)}; loss ${num(v.loss)}.`
  );
}

/** What the message line says when the 3D picture is lost or cannot start (GlStage). */
export const GL_WORDS = {
  lost:
    'The 3D picture lost its WebGL context (too many 3D views open at once, or the graphics driver ' +
    'restarted). It comes back when the browser gives the context back; the contour map and everything else still work.',
  unavailable:
    'This browser could not start WebGL, so the 3D surface cannot be drawn here. ' +
    'The contour map, the runs, the loss curves and the formula still work.',
} as const;
