/**
 * Simple linear regression, y ≈ w·x + b, by least squares, and everything lesson 22 shows about
 * it: the loss (mean squared error), R², the gradient of the loss in (w, b) and gradient-descent
 * steps on it. Pure; no DOM.
 *
 * The exact solution comes from the centred normal equations, w = Sxy / Sxx and b = ȳ − w·x̄
 * (centring first keeps them accurate when x is far from 0). When Sxx is 0 (one point, or every
 * x equal) no single line is best: the fit says so in words instead of dividing by zero.
 *
 * @example
 * leastSquares([{ x: 0, y: 1, label: 0 }, { x: 1, y: 3, label: 0 }]); // { ok: true, w: 2, b: 1 }
 */
import type { Point } from './points';

export type LineFit =
  | { readonly ok: true; readonly w: number; readonly b: number }
  | { readonly ok: false; readonly reason: string };

/** Means and centred sums of the points: the whole of what least squares needs. */
export interface Moments {
  readonly n: number;
  readonly meanX: number;
  readonly meanY: number;
  /** Σ (x − x̄)² */
  readonly sxx: number;
  /** Σ (x − x̄)(y − ȳ) */
  readonly sxy: number;
  /** Σ (y − ȳ)² */
  readonly syy: number;
}

export function moments(points: readonly Point[]): Moments {
  const n = points.length;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const meanX = n ? sx / n : 0;
  const meanY = n ? sy / n : 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    const dx = p.x - meanX;
    const dy = p.y - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  return { n, meanX, meanY, sxx, sxy, syy };
}

/**
 * The x values count as all equal when they spread over less than this share of their size
 * (at least 1): the slope would then be noise divided by noise.
 */
const FLAT = 1e-9;

export function leastSquares(points: readonly Point[]): LineFit {
  const m = moments(points);
  if (m.n === 0) return { ok: false, reason: 'there are no points: add at least two with different x' };
  if (m.n === 1)
    return {
      ok: false,
      reason: 'one point: every line through it fits exactly, so no line is the best; add a second point',
    };
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p.x);
    hi = Math.max(hi, p.x);
  }
  if (hi - lo <= FLAT * Math.max(1, Math.abs(lo), Math.abs(hi)) || !(m.sxx > 0))
    return {
      ok: false,
      reason: `every x is ${round(m.meanX)}: the columns 1 and x of X point the same way, so every line through (${round(m.meanX)}, ${round(m.meanY)}) is equally good; move one point sideways`,
    };
  const w = m.sxy / m.sxx;
  return { ok: true, w, b: m.meanY - w * m.meanX };
}

function round(v: number): string {
  return String(Number(v.toPrecision(4)));
}

/** Mean squared error of the line (w, b): (1/n) Σ (w·x + b − y)². 0 for no points. */
export function mse(points: readonly Point[], w: number, b: number): number {
  if (!points.length) return 0;
  let s = 0;
  for (const p of points) {
    const r = w * p.x + b - p.y;
    s += r * r;
  }
  return s / points.length;
}

/**
 * R² = 1 − SSres / SStot: the share of the spread of y the line explains. Undefined (NaN is never
 * returned) when every y is equal: then there is nothing to explain.
 */
export function rSquared(points: readonly Point[], w: number, b: number): number | undefined {
  const m = moments(points);
  if (m.n < 2 || m.syy === 0) return undefined;
  return 1 - (mse(points, w, b) * m.n) / m.syy;
}

/** ∂MSE/∂w and ∂MSE/∂b: (2/n) Σ r·x and (2/n) Σ r, with r = w·x + b − y. */
export function mseGradient(points: readonly Point[], w: number, b: number): [number, number] {
  const n = points.length;
  if (!n) return [0, 0];
  let gw = 0;
  let gb = 0;
  for (const p of points) {
    const r = w * p.x + b - p.y;
    gw += r * p.x;
    gb += r;
  }
  return [(2 * gw) / n, (2 * gb) / n];
}

export interface DescentState {
  readonly w: number;
  readonly b: number;
  readonly loss: number;
}

/** One gradient-descent step of size `rate` on the MSE from (w, b). */
export function descentStep(points: readonly Point[], s: DescentState, rate: number): DescentState {
  const [gw, gb] = mseGradient(points, s.w, s.b);
  const w = s.w - rate * gw;
  const b = s.b - rate * gb;
  return { w, b, loss: mse(points, w, b) };
}

/**
 * The largest step size for which plain gradient descent on this MSE still converges: 2 / L with
 * L the largest eigenvalue of the Hessian (2/n) [Σx² Σx; Σx n]. Above it the steps grow.
 */
export function stableRate(points: readonly Point[]): number {
  const n = points.length;
  if (!n) return Infinity;
  let sxx = 0;
  let sx = 0;
  for (const p of points) {
    sxx += p.x * p.x;
    sx += p.x;
  }
  const a = (2 * sxx) / n;
  const c = 2;
  const off = (2 * sx) / n;
  const top = (a + c) / 2 + Math.sqrt(((a - c) / 2) ** 2 + off * off);
  return top > 0 ? 2 / top : Infinity;
}
