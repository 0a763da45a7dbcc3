/**
 * Time and easing shared by the animated widgets: a Play that runs from 0 to 1 (or back) at a fixed
 * pace, whatever the frame rate. Time comes in as an argument, so it is unit-tested in Node.
 */

export type Seconds = number;

/** How long Play takes from the identity to the matrix. */
export const PLAY_SECONDS: Seconds = 1.2;

/** Cubic ease in-out: the grid starts and stops gently, so the eye can follow it. */
export function ease(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/**
 * One animation step of `dt` seconds from t towards `target`; never overshoots. `seconds` is how
 * long the whole way from 0 to 1 takes.
 */
export function advance(t: number, target: number, dt: Seconds, seconds: Seconds = PLAY_SECONDS): number {
  const step = Math.max(0, dt) / (seconds > 0 ? seconds : PLAY_SECONDS);
  return target >= t ? Math.min(target, t + step) : Math.max(target, t - step);
}
