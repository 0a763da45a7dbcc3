/**
 * The learner's data for the classic-ML track: points in the plane, each with a class. Pure.
 * Regression reads x and y; classification reads (x, y) as two features and `label` as the class;
 * the 1D logistic view reads x as the feature and y (0 or 1) as the class, so the points sit on
 * the two rails of the sigmoid picture.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
  /** The class: a whole number 0 … MAX_CLASSES − 1 (0 where the data has no classes). */
  readonly label: number;
}

/** Most points a data set may have: every one is drawn, hit-tested and fitted every frame. */
export const MAX_POINTS = 10_000;
/** Classes a data set may have (the palette has this many class colours). */
export const MAX_CLASSES = 3;
/** Coordinates stay within ±this, so squares of residuals and sums stay finite. */
export const MAX_COORD = 1e6;

export type Extent = {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
};

/** The bounding box of the points (a unit box around the origin when there are none). */
export function extentOf(points: readonly Point[]): Extent {
  if (!points.length) return { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const p of points) {
    if (p.x < xMin) xMin = p.x;
    if (p.x > xMax) xMax = p.x;
    if (p.y < yMin) yMin = p.y;
    if (p.y > yMax) yMax = p.y;
  }
  return { xMin, xMax, yMin, yMax };
}

/** How many points of each class 0 … MAX_CLASSES − 1. */
export function classCounts(points: readonly Point[]): number[] {
  const counts = new Array<number>(MAX_CLASSES).fill(0);
  for (const p of points) counts[p.label] = (counts[p.label] ?? 0) + 1;
  return counts;
}
