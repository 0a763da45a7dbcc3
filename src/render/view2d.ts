/**
 * The 2D view shared by the plane-like widgets: which square of the plane fits in the canvas, and
 * plane ↔ pixel coordinates (y up in the plane, down on screen). Pure, so it is unit-tested in Node.
 */
import type { Vec2 } from '../math/types';

export type Pixels = number;

/** The visible square of the plane and its placement in the canvas (CSS pixels, y up in the plane). */
export interface View {
  readonly width: Pixels;
  readonly height: Pixels;
  /** Half the visible width of the plane on the shorter side, in grid units. */
  readonly extent: number;
  /** Pixels per grid unit. */
  readonly scale: number;
  readonly cx: Pixels;
  readonly cy: Pixels;
}

/** Room kept between a tip and the edge, so its handle can still be grabbed. */
export const EDGE_MARGIN: Pixels = 28;

/**
 * The smallest half-width ≥ `zoom` that shows every point in `keep` at least EDGE_MARGIN pixels
 * inside a square plot of `side` pixels: the view widens itself when a tip leaves it.
 */
export function fitExtent(zoom: number, keep: readonly Vec2[], side: Pixels): number {
  let far = 0;
  for (const p of keep) far = Math.max(far, Math.abs(p[0]), Math.abs(p[1]));
  const room = side > 4 * EDGE_MARGIN ? 1 - (2 * EDGE_MARGIN) / side : 0.5;
  return Math.max(zoom, far / room);
}

export function makeView(width: Pixels, height: Pixels, extent: number): View {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const e = extent > 0 && Number.isFinite(extent) ? extent : 1;
  return { width: w, height: h, extent: e, scale: Math.min(w, h) / 2 / e, cx: w / 2, cy: h / 2 };
}

export function toPixel(v: View, p: Vec2): [Pixels, Pixels] {
  return [v.cx + p[0] * v.scale, v.cy - p[1] * v.scale];
}

export function fromPixel(v: View, x: Pixels, y: Pixels): Vec2 {
  return [(x - v.cx) / v.scale, (v.cy - y) / v.scale];
}

/** False for a view no drawing should use (zero or non-finite scale or centre). */
export function viewIsDrawable(view: View): boolean {
  return (
    view.scale > 0 && Number.isFinite(view.scale) && Number.isFinite(view.cx) && Number.isFinite(view.cy)
  );
}
