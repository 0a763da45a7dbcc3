/**
 * The data editor's rules as pure functions on a list of points (no DOM), so they are unit-tested
 * in Node: hit-testing in pixels, adding, moving and deleting, and the keyboard's next point.
 */
import { MAX_COORD, MAX_POINTS, type Point } from '../../math/ml/points';

export type Pixel = { readonly x: number; readonly y: number };

/** The index of the point nearest to `at` within `radius` pixels (the last drawn wins a tie). */
export function hitTest(
  points: readonly Point[],
  toPixel: (p: Point) => Pixel,
  at: Pixel,
  radius: number,
): number | undefined {
  let best: number | undefined;
  let bestD = radius * radius;
  for (let i = 0; i < points.length; i++) {
    const q = toPixel(points[i] as Point);
    const d = (q.x - at.x) ** 2 + (q.y - at.y) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** Rounds a coordinate to the grid a pointer can mean (3 significant steps of the view) and clamps it. */
export function tidy(v: number, step: number): number {
  const r = step > 0 ? Math.round(v / step) * step : v;
  const clean = Number(r.toPrecision(10));
  return Math.max(-MAX_COORD, Math.min(MAX_COORD, clean === 0 ? 0 : clean));
}

export function addPoint(points: readonly Point[], p: Point): Point[] | undefined {
  if (points.length >= MAX_POINTS) return undefined;
  return [...points, p];
}

export function movePoint(points: readonly Point[], i: number, to: { x: number; y: number }): Point[] {
  return points.map((p, k) => (k === i ? { x: to.x, y: to.y, label: p.label } : p));
}

export function relabel(points: readonly Point[], i: number, label: number): Point[] {
  return points.map((p, k) => (k === i ? { ...p, label } : p));
}

export function deletePoint(points: readonly Point[], i: number): Point[] {
  return points.filter((_, k) => k !== i);
}

/** After deleting point i, the point to select next (the one that took its place, else the last). */
export function afterDelete(count: number, i: number): number | undefined {
  if (count === 0) return undefined;
  return Math.min(i, count - 1);
}
