/**
 * The sentences `<lumen-derivative>` says to screen readers (and shows as readouts): the current
 * numbers in words. Pure.
 */
import type { ChainNumbers } from '../../math/calculus';
import { num, type TangentNumbers } from './model';

export function describeTangent(fText: string, t: TangentNumbers, zoom: number, hidden: boolean): string {
  const head = `f(x) = ${fText}.`;
  if (!Number.isFinite(t.fx0)) return `${head} f is not defined at x0 = ${num(t.x0)}; move x0.`;
  const at = `At x0 = ${num(t.x0)}, f(x0) = ${num(t.fx0)}.`;
  const zoomed = zoom > 1 ? ` Zoomed in ${num(zoom, 3)} times.` : '';
  if (hidden) return `${head} ${at} Predict the slope of the curve at x0.${zoomed}`;
  return `${head} ${at} ${secantSentence(t)} The exact slope f′(x0) is ${num(t.slope, 6)}.${zoomed}`;
}

export function secantSentence(t: TangentNumbers): string {
  return Number.isFinite(t.secant)
    ? `The secant to x0 + h = ${num(t.x0 + t.h)} (h = ${num(t.h)}) has slope ${num(t.secant, 6)}.`
    : `f is not defined at x0 + h = ${num(t.x0 + t.h)}, so the secant has no slope.`;
}

export function describeChain(
  gText: string,
  fText: string,
  n: ChainNumbers | undefined,
  x: number,
  hidden: boolean,
): string {
  const head = `u = g(x) = ${gText}, y = f(u) = ${fText}.`;
  if (!n) return `${head} f(g(x)) is not defined at x = ${num(x)}; move x.`;
  const where = `At x = ${num(n.x)}: u = ${num(n.u)}, y = ${num(n.y)}.`;
  if (hidden) return `${head} ${where} Predict dy/dx.`;
  return (
    `${head} ${where} A nudge dx = ${num(n.dx)} becomes du ≈ ${num(n.du)} (times g′(x) = ${num(n.gSlope)}), ` +
    `then dy ≈ ${num(n.dy)} (times f′(u) = ${num(n.fSlope)}). dy/dx = ${num(n.fSlope)} × ${num(n.gSlope)} = ${num(n.slope)}.`
  );
}

/** The stage labels beside the number lines: "× 3" is what the nudge is multiplied by on the way. */
export function stageFactor(k: number): string {
  return `× ${num(k, 3)}`;
}
