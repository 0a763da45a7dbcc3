/**
 * The plotting arithmetic of the calculus widgets (ticks live in render/scale.ts): a view window
 * that zooms about a point, a y range that ignores a pole, samples of a curve with gaps where it
 * is undefined, and the stretches of x a learner has swept (for tracing f' as x0 moves).
 * Pure; no DOM.
 */

export type Interval = readonly [lo: number, hi: number];

export interface Window {
  readonly x: Interval;
  readonly y: Interval;
}

/**
 * The window `base` magnified `zoom` times about the point `focus`: the point stays where it was
 * on screen while everything around it grows. zoom = 1 gives `base` back.
 */
export function zoomAbout(base: Window, focus: readonly [number, number], zoom: number): Window {
  const z = zoom > 0 && Number.isFinite(zoom) ? zoom : 1;
  const about = (iv: Interval, c: number): Interval => [c + (iv[0] - c) / z, c + (iv[1] - c) / z];
  return { x: about(base.x, focus[0]), y: about(base.y, focus[1]) };
}

/**
 * A y range that shows the body of a curve: from the 3rd to the 97th percentile of the finite
 * values (so 1/x near 0 does not flatten everything else), padded by 12%, at least `minSpan` tall.
 */
export function fitRange(values: readonly number[], minSpan = 1): Interval {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return [-minSpan / 2, minSpan / 2];
  const at = (q: number): number =>
    v[Math.min(v.length - 1, Math.max(0, Math.round(q * (v.length - 1))))] as number;
  let lo = at(0.03);
  let hi = at(0.97);
  const pad = (hi - lo) * 0.12;
  lo -= pad;
  hi += pad;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  return [lo, hi];
}

/** `n + 1` evenly spaced samples of f over [lo, hi]; y is NaN where f is undefined. */
export function sampleCurve(
  f: (x: number) => number,
  lo: number,
  hi: number,
  n: number,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  const count = Math.max(1, Math.floor(n));
  for (let k = 0; k <= count; k++) {
    const x = lo + ((hi - lo) * k) / count;
    const y = f(x);
    out.push({ x, y: Number.isFinite(y) ? y : NaN });
  }
  return out;
}

/**
 * Adds the stretch [a, b] to a sorted list of disjoint stretches, merging overlaps: the parts of
 * the x axis that x0 has swept over. At most `limit` stretches are kept (the newest win).
 */
export function addSwept(list: readonly Interval[], a: number, b: number, limit = 200): Interval[] {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [...list];
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  const keep: Interval[] = [];
  for (const iv of list) {
    if (iv[1] < lo || iv[0] > hi) keep.push(iv);
    else {
      lo = Math.min(lo, iv[0]);
      hi = Math.max(hi, iv[1]);
    }
  }
  keep.push([lo, hi]);
  keep.sort((p, q) => p[0] - q[0]);
  return keep.length > limit ? keep.slice(keep.length - limit) : keep;
}
