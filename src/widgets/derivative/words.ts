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
  return `${head} ${at} ${secantSentence(t)} ${exactSentence(t)}${zoomed}`;
}

/** What the limit gives: the exact slope, or why there is none at a corner. */
export function exactSentence(t: TangentNumbers): string {
  if (t.sides)
    return `f′(x0) does not exist: this is a corner, with slope ${num(t.sides[0], 6)} from the left and ${num(t.sides[1], 6)} from the right, so the secants do not settle on one slope as h shrinks.`;
  return `The exact slope f′(x0) is ${num(t.slope, 6)}.`;
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
  why?: string,
): string {
  const head = `u = g(x) = ${gText}, y = f(u) = ${fText}.`;
  if (!n) return `${head} ${why ?? `f(g(x)) is not defined at x = ${num(x)}: move x`}.`;
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

/** The readout under the formula (tangent mode): the secant against the exact slope. */
export function tangentReadout(t: TangentNumbers, hidden: boolean): string {
  if (!Number.isFinite(t.fx0)) return `f is not defined at x0 = ${num(t.x0)}: move the point.`;
  if (hidden) return `x0 = ${num(t.x0)}, f(x0) = ${num(t.fx0)}.`;
  const gap = Math.abs(t.secant - t.slope);
  if (!Number.isFinite(gap)) return `${secantSentence(t)} ${exactSentence(t)}`;
  return `${secantSentence(t)} It misses the exact slope ${num(t.slope, 6)} by ${num(gap, 2)}.`;
}

/** The readout in chain mode: the true changes beside the estimates. */
export function chainReadout(n: ChainNumbers | undefined, x: number, hidden: boolean, why?: string): string {
  if (!n) return `${why ?? `f(g(x)) is not defined at x = ${num(x)}: move x`}.`;
  if (hidden) return `x = ${num(n.x)}, u = ${num(n.u)}, y = ${num(n.y)}.`;
  return (
    `The true changes are g(x + dx) − g(x) = ${num(n.duExact)} and f(g(x + dx)) − f(g(x)) = ${num(n.dyExact)} ` +
    `(the dark ticks); the estimates du and dy get closer as dx shrinks.`
  );
}

export function question(tangent: boolean, x0: number): string {
  return tangent
    ? `Predict first: what is the slope of the curve at x0 = ${num(x0)}? Type your guess, then press Reveal; the tangent waits for it.`
    : `Predict first: with u = g(x) and y = f(u), what is dy/dx at x = ${num(x0)}? Type your guess, then press Reveal.`;
}

export function hint(tangent: boolean): string {
  return tangent
    ? 'Drag the point (or arrow keys on it). Zoom: + and − keys, the buttons, or the wheel once the widget has focus. s shrinks h.'
    : 'Drag x or the tip of dx (or arrow keys on them). n plays the nudge again.';
}

/** Why x0 was moved into the plotted range. */
export function x0Outside(x0: number, lo: number, hi: number, used: number): string {
  return `x0=${num(x0, 6)} lies outside the plotted range ${num(lo, 6)} … ${num(hi, 6)}; using ${num(used, 6)}. Set center or range to plot further out.`;
}

/** A typed function that does not compile: where, and that the picture stays. */
export function functionRejected(name: string, error: string): string {
  return `${name}: ${error}. The picture keeps the last function that worked.`;
}
