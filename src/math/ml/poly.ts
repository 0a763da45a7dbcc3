/**
 * Polynomial regression of degree 1 … 9 with a held-out share: fit on the training points, then
 * measure the mean squared error on the points the fit never saw. Lesson 22's picture of
 * overfitting: the training error only falls as the degree rises, the test error turns back up.
 *
 * x is first mapped to t = (x − centre) / halfWidth in [−1, 1], so the powers t⁹ stay near 1
 * and the least-squares problem stays well conditioned. Pure; no DOM.
 */
import { createRandom } from '../random';
import { solveLeastSquares } from './lstsq';
import type { Point } from './points';

export const MAX_DEGREE = 9;

export interface PolyFit {
  readonly degree: number;
  /** Coefficients of 1, t, t², … with t = (x − centre) / half. */
  readonly coef: readonly number[];
  readonly centre: number;
  readonly half: number;
}

export type PolyResult =
  { readonly ok: true; readonly fit: PolyFit } | { readonly ok: false; readonly reason: string };

export function polyValue(fit: PolyFit, x: number): number {
  const t = (x - fit.centre) / fit.half;
  let v = 0;
  for (let j = fit.coef.length - 1; j >= 0; j--) v = v * t + (fit.coef[j] as number);
  return v;
}

export function polyFit(points: readonly Point[], degree: number): PolyResult {
  const distinct = new Set(points.map((p) => p.x)).size;
  if (distinct < degree + 1)
    return {
      ok: false,
      reason: `a degree-${degree} polynomial needs ${degree + 1} different x values to be pinned down; the ${points.length === 1 ? 'point has' : 'points have'} ${distinct}`,
    };
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p.x);
    hi = Math.max(hi, p.x);
  }
  const centre = (lo + hi) / 2;
  const half = (hi - lo) / 2 || 1;
  const rows = points.map((p) => {
    const t = (p.x - centre) / half;
    const row = [1];
    for (let j = 1; j <= degree; j++) row.push((row[j - 1] as number) * t);
    return row;
  });
  const r = solveLeastSquares(
    rows,
    points.map((p) => p.y),
  );
  if (!r.ok)
    return {
      ok: false,
      reason: `the x values are too close together to pin down the x^${r.column} term; spread the points out or lower the degree`,
    };
  return { ok: true, fit: { degree, coef: r.coef, centre, half } };
}

export function polyMse(points: readonly Point[], fit: PolyFit): number {
  if (!points.length) return 0;
  let s = 0;
  for (const p of points) s += (polyValue(fit, p.x) - p.y) ** 2;
  return s / points.length;
}

/**
 * Which points are held out: a seeded shuffle puts round(share·n) of them in the test set (the
 * same seed holds out the same points). `share` in 0 … 0.9.
 */
export function heldOut(n: number, share: number, seed: number): boolean[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = createRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const test = new Array<boolean>(n).fill(false);
  const count = Math.min(n, Math.round(share * n));
  for (let k = 0; k < count; k++) test[order[k] as number] = true;
  return test;
}

export interface SplitFit {
  readonly result: PolyResult;
  readonly trainMse: number | undefined;
  readonly testMse: number | undefined;
  readonly test: readonly boolean[];
}

/** Fits on the training points and scores both sets. */
export function fitWithHoldout(
  points: readonly Point[],
  degree: number,
  share: number,
  seed: number,
): SplitFit {
  const test = heldOut(points.length, share, seed);
  const train = points.filter((_, i) => !test[i]);
  const held = points.filter((_, i) => test[i]);
  const result = polyFit(train, degree);
  return {
    result,
    test,
    trainMse: result.ok ? polyMse(train, result.fit) : undefined,
    testMse: result.ok && held.length ? polyMse(held, result.fit) : undefined,
  };
}
