/**
 * Cleaning numbers a learner drags or steps: no float noise, no -0, within the matrix limits, and
 * snapping a dragged value onto the grid (whole numbers first: they are what lessons use).
 */
import { MATRIX_LIMIT } from './matrix-text';

/** Pointer drags land on multiples of this. */
export const SNAP_STEP = 0.1;
/** …and on whole numbers when within this distance of one (integers are what lessons use). */
export const INTEGER_SNAP = 0.08;

/** Removes float noise (0.30000000000000004), turns -0 into 0 and keeps within the prop's range. */
export function clean(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const c = Math.min(MATRIX_LIMIT, Math.max(-MATRIX_LIMIT, x));
  const r = Number(c.toFixed(10));
  return r === 0 ? 0 : r;
}

export function snap(v: number): number {
  const whole = Math.round(v);
  if (Math.abs(v - whole) <= INTEGER_SNAP) return clean(whole);
  return clean(Math.round(v / SNAP_STEP) * SNAP_STEP);
}
