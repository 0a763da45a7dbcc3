/**
 * The input features of the network, TensorFlow Playground's set: the first layer sees a chosen
 * list of functions of the point (x, y) rather than (x, y) itself. Datasets keep raw (x, y); each
 * path (typed kernels, tfjs) maps a point to its feature row with `featureRow`, so one list gives
 * the same numbers everywhere. Values are Playground's, unscaled: x² reaches 36 at the corners.
 */

export const FEATURES = ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'] as const;
export type Feature = (typeof FEATURES)[number];

/** The default inputs: the plain coordinates, the network before features existed. */
export const XY: readonly Feature[] = Object.freeze(['x', 'y'] as Feature[]);

/** How each feature reads on screen (the diagram's input nodes and the toggles). */
export const FEATURE_LABELS: Readonly<Record<Feature, string>> = {
  x: 'x',
  y: 'y',
  x2: 'x²',
  y2: 'y²',
  xy: 'xy',
  sinx: 'sin x',
  siny: 'sin y',
};

export function isFeature(v: unknown): v is Feature {
  return typeof v === 'string' && (FEATURES as readonly string[]).includes(v);
}

/** The value of one feature at (x, y). */
export function featureValue(f: Feature, x: number, y: number): number {
  switch (f) {
    case 'x':
      return x;
    case 'y':
      return y;
    case 'x2':
      return x * x;
    case 'y2':
      return y * y;
    case 'xy':
      return x * y;
    case 'sinx':
      return Math.sin(x);
    case 'siny':
      return Math.sin(y);
  }
}

/** Writes the feature row of (x, y) into dst[off], dst[off + 1], …, one entry per feature. */
export function featureRow(
  inputs: readonly Feature[],
  x: number,
  y: number,
  dst: Float32Array,
  off: number,
): void {
  for (let i = 0; i < inputs.length; i++) dst[off + i] = featureValue(inputs[i] as Feature, x, y);
}

/** `count` points stored x0, y0, x1, y1, … as a count × inputs.length row-major matrix. */
export function featurize(inputs: readonly Feature[], xs: Float32Array, count: number): Float32Array {
  const k = inputs.length;
  const out = new Float32Array(count * k);
  for (let p = 0; p < count; p++)
    featureRow(inputs, xs[2 * p] as number, xs[2 * p + 1] as number, out, p * k);
  return out;
}

/** A clear message for a feature list the network cannot use, or null. */
export function featuresProblem(inputs: readonly unknown[]): string | null {
  if (inputs.length < 1) return 'at least one input feature must stay on';
  const seen = new Set<unknown>();
  for (const f of inputs) {
    if (!isFeature(f)) return `unknown feature "${String(f)}": use ${FEATURES.join(', ')}`;
    if (seen.has(f)) return `feature "${f}" is listed twice`;
    seen.add(f);
  }
  return null;
}
