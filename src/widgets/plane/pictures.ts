/**
 * The pictures that ride on the plane. Each lives in the square [-1, 1]² around the origin, so a
 * rotation keeps it in view and the unit square's image overlaps it.
 * - house: outlines (a gable roof, a door off-centre, a window);
 * - face: deliberately lopsided (a wink, a raised eyebrow, a crooked smile), so a reflection is
 *   visible at once;
 * - cloud: 10,000 points from a fixed-seed generator, the same on every load.
 */
import type { PictureName } from './props';

/** One polyline in plane coordinates, packed x0, y0, x1, y1, … */
export interface Stroke {
  readonly points: Float64Array;
  readonly closed: boolean;
  /** Filled lightly as well as outlined. */
  readonly fill: boolean;
}

export type Picture =
  | { readonly kind: 'strokes'; readonly strokes: readonly Stroke[] }
  | { readonly kind: 'points'; readonly points: Float32Array };

export const CLOUD_SIZE = 10_000;
export const CLOUD_SEED = 0x1ee7;

/** mulberry32: tiny, fast, and good enough for scattering points; the same seed gives the same cloud. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A soft, slightly elongated blob of points (normal, sd 0.42 and 0.3, tilted), cut to [-1, 1]²:
 * elongated and tilted so that rotations and reflections change how it looks.
 */
export function cloudPoints(n = CLOUD_SIZE, seed = CLOUD_SEED): Float32Array {
  const rand = mulberry32(seed);
  const out = new Float32Array(2 * n);
  const tilt = Math.PI / 6;
  const c = Math.cos(tilt);
  const s = Math.sin(tilt);
  let k = 0;
  while (k < n) {
    // Box–Muller: two independent normals from two uniforms.
    const u = 1 - rand();
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    const gx = 0.42 * r * Math.cos(2 * Math.PI * v);
    const gy = 0.3 * r * Math.sin(2 * Math.PI * v);
    const x = c * gx - s * gy;
    const y = s * gx + c * gy;
    if (Math.abs(x) > 1 || Math.abs(y) > 1) continue;
    out[2 * k] = x;
    out[2 * k + 1] = y;
    k++;
  }
  return out;
}

function stroke(coords: readonly number[], closed: boolean, fill = false): Stroke {
  return { points: Float64Array.from(coords), closed, fill };
}

/** A circle or ellipse as a polygon, so that it transforms into the right ellipse. */
function ellipse(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  from = 0,
  to = 2 * Math.PI,
  n = 40,
): number[] {
  const out: number[] = [];
  for (let k = 0; k <= n; k++) {
    const a = from + ((to - from) * k) / n;
    out.push(cx + rx * Math.cos(a), cy + ry * Math.sin(a));
  }
  return out;
}

export function house(): Stroke[] {
  return [
    // walls, then the roof as a separate filled triangle
    stroke([-0.7, -0.9, 0.7, -0.9, 0.7, 0.2, -0.7, 0.2], true, true),
    stroke([-0.85, 0.2, 0, 0.9, 0.85, 0.2], true, true),
    // door (left of centre) and window (right): asymmetric on purpose
    stroke([-0.45, -0.9, -0.45, -0.25, -0.1, -0.25, -0.1, -0.9], false),
    stroke([0.2, -0.5, 0.5, -0.5, 0.5, -0.15, 0.2, -0.15], true),
    stroke([0.35, -0.5, 0.35, -0.15], false),
    // chimney on the right slope
    stroke([0.4, 0.57, 0.4, 0.8, 0.55, 0.8, 0.55, 0.45], false),
  ];
}

export function face(): Stroke[] {
  return [
    stroke(ellipse(0, 0, 0.9, 0.9), true, true),
    // left eye open, right eye winking
    stroke(ellipse(-0.35, 0.25, 0.12, 0.16), true),
    stroke([0.22, 0.25, 0.35, 0.2, 0.48, 0.25], false),
    // one raised eyebrow
    stroke([-0.5, 0.55, -0.35, 0.62, -0.2, 0.55], false),
    // crooked smile, higher on the right
    stroke(ellipse(0.08, -0.05, 0.45, 0.4, Math.PI * 1.1, Math.PI * 1.85, 24), false),
    // a tuft of hair on the left
    stroke([-0.3, 0.86, -0.42, 1.0, -0.2, 0.88, -0.25, 1.0], false),
  ];
}

/** Builds the picture's geometry (call once and keep it: the cloud takes a few milliseconds). */
export function pictureData(name: PictureName): Picture | undefined {
  switch (name) {
    case 'house':
      return { kind: 'strokes', strokes: house() };
    case 'face':
      return { kind: 'strokes', strokes: face() };
    case 'cloud':
      return { kind: 'points', points: cloudPoints() };
    case 'none':
      return undefined;
  }
}
