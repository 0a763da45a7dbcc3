/**
 * The pure side of `<lumen-plane>`: everything that turns state and input into numbers, with no
 * DOM and no clock (time comes in as an argument), so it is unit-tested in Node.
 *
 * - the matrix on screen while animating: lerp(I, M, ease(t));
 * - snapping a dragged tip, stepping it with the keyboard;
 * - the presets of the lesson (rotation, shear, scale, reflection, projection, a squash);
 * - predict-first scoring;
 * - which tips the view must keep on screen.
 * Easing is in src/render/motion.ts, the view math in src/render/view2d.ts, snapping in
 * src/math/number-clean.ts and arrow-key steps in src/ui/keys.ts: other widgets share them.
 */
import { IDENTITY, columnI, distance, lerp, rotation, type Mat2, type Vec2 } from '../../math/mat2';
import { clean, snap } from '../../math/number-clean';
import { ease } from '../../render/motion';
import { keyDelta, type KeyInput } from '../../ui/keys';

export type Degrees = number;

/** The two basis-vector tips, and the learner's guess in predict-first mode. */
export type HandleName = 'i' | 'j' | 'guess';

// ---- animation ----------------------------------------------------------------------------------

/** The matrix drawn at animation time t: t = 0 is the identity, t = 1 is `m`. */
export function shownMatrix(m: Mat2, t: number): Mat2 {
  return lerp(IDENTITY, m, ease(t));
}

// ---- snapping and keyboard ----------------------------------------------------------------------

export function snapPoint(p: Vec2): Vec2 {
  return [snap(p[0]), snap(p[1])];
}

/** The matrix with the column of `which` replaced: columns are where î and ĵ land. */
export function withColumn(m: Mat2, which: 'i' | 'j', v: Vec2): Mat2 {
  return which === 'i' ? [v[0], m[1], v[1], m[3]] : [m[0], v[0], m[2], v[1]];
}

export function columnOf(m: Mat2, which: 'i' | 'j'): Vec2 {
  return which === 'i' ? [m[0], m[2]] : [m[1], m[3]];
}

/** A pointer at plane point `p` drags the tip of `which` there, snapped. */
export function dragTo(m: Mat2, which: 'i' | 'j', p: Vec2): Mat2 {
  return withColumn(m, which, snapPoint(p));
}

export function movePoint(p: Vec2, delta: Vec2): Vec2 {
  return [clean(p[0] + delta[0]), clean(p[1] + delta[1])];
}

/** The matrix after a key press on the tip of `which`, or undefined when the key is not ours. */
export function keyStep(m: Mat2, which: 'i' | 'j', e: KeyInput): Mat2 | undefined {
  const d = keyDelta(e);
  return d && withColumn(m, which, movePoint(columnOf(m, which), d));
}

// ---- presets ------------------------------------------------------------------------------------

export const PRESETS = [
  'identity',
  'rotation',
  'shear',
  'scale',
  'reflection',
  'projection',
  'singular',
] as const;
export type PresetName = (typeof PRESETS)[number];

export const PRESET_LABELS: Readonly<Record<PresetName, string>> = {
  identity: 'Identity',
  rotation: 'Rotation by θ',
  shear: 'Shear',
  scale: 'Scale',
  reflection: 'Reflection',
  projection: 'Projection',
  singular: 'Squash (singular)',
};

export const DEFAULT_ANGLE: Degrees = 90;

const FIXED: Readonly<Record<Exclude<PresetName, 'rotation'>, Mat2>> = {
  identity: IDENTITY,
  shear: [1, 1, 0, 1],
  // Unequal factors: a uniform scale would hide that the axes stretch independently.
  scale: [2, 0, 0, 1.5],
  // Mirror in the y-axis: the asymmetric face shows the flip at a glance.
  reflection: [-1, 0, 0, 1],
  // Onto the x-axis: every point drops straight down.
  projection: [1, 0, 0, 0],
  // Both columns on the line through (1, 0.5): det = 0 but not a projection.
  singular: [1, 2, 0.5, 1],
};

export function presetMatrix(name: PresetName, angle: Degrees = DEFAULT_ANGLE): Mat2 {
  if (name !== 'rotation') return FIXED[name];
  const r = rotation((angle * Math.PI) / 180);
  // cos 90° is 6e-17 in floating point; the lesson wants to see 0.
  return [clean(r[0]), clean(r[1]), clean(r[2]), clean(r[3])];
}

const MATCH_TOL = 1e-9;

/** The angle in degrees (-180, 180] when `m` is a rotation other than the identity. */
export function rotationDegrees(m: Mat2): Degrees | undefined {
  const [a, b, c, d] = m;
  if (Math.abs(a - d) > MATCH_TOL || Math.abs(b + c) > MATCH_TOL) return undefined;
  if (Math.abs(a * a + c * c - 1) > 1e-6) return undefined;
  const deg = (Math.atan2(c, a) * 180) / Math.PI;
  if (Math.abs(deg) < 1e-9) return undefined;
  return Number(deg.toFixed(6));
}

/** Which preset `m` is, for the preset menu; 'custom' when none. */
export function matchPreset(m: Mat2): PresetName | 'custom' {
  for (const [name, p] of Object.entries(FIXED))
    if (p.every((x, k) => Math.abs(x - (m[k] as number)) <= MATCH_TOL)) return name as PresetName;
  return rotationDegrees(m) === undefined ? 'custom' : 'rotation';
}

// ---- predict-first ------------------------------------------------------------------------------

export interface Prediction {
  readonly guess: Vec2;
  readonly target: Vec2;
  readonly distance: number;
}

/** Where the guess starts: where î is before the transform. */
export const GUESS_START: Vec2 = [1, 0];

export function scorePrediction(guess: Vec2, m: Mat2): Prediction {
  const target = columnI(m);
  return { guess: [guess[0], guess[1]], target, distance: distance(guess, target) };
}

export type Band = 'exact' | 'spot-on' | 'close' | 'near' | 'far';

/** Distance bands for the feedback sentence, in grid units. */
export function band(d: number): Band {
  if (d < 0.005) return 'exact';
  if (d <= 0.25) return 'spot-on';
  if (d <= 0.75) return 'close';
  if (d <= 1.5) return 'near';
  return 'far';
}

// ---- view ---------------------------------------------------------------------------------------

/** Tips to keep on screen: the animated î and ĵ, plus the guess while predicting. */
export function keepVisible(shown: Mat2, guess: Vec2 | undefined): Vec2[] {
  const tips: Vec2[] = [
    [shown[0], shown[2]],
    [shown[1], shown[3]],
  ];
  if (guess) tips.push(guess);
  return tips;
}
