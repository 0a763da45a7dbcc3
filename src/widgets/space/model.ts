/**
 * The pure side of `<lumen-space>`: everything that turns state and input into numbers, with no
 * DOM, no WebGL and no clock (time comes in as an argument), so it is unit-tested in Node.
 *
 * - the matrix on screen while animating: lerp(I, M, ease(t)) (the plane's easing and pace);
 * - moving a tip: snapping a dragged point, stepping it with the keyboard;
 * - the presets: rotation, scale, shear, reflection and the squashes onto a plane and a line;
 * - the unit cube's image (corners, faces, edges) and what its volume says (kept, flipped, flat);
 * - the cross product of two transformed basis vectors.
 * The camera (orbit, projection, rays) is in src/render/three-camera.ts (shared with descent).
 */
import { IDENTITY3, column3, cross3, det3, lerp3, norm3, type Mat3, type Vec3 } from '../../math/mat3';
import { rank3 } from '../../math/spaces';
import type { CrossPair } from './props';
import { clean, snap } from '../../math/number-clean';
import { ease } from '../../render/motion';

/** The three basis vectors, by the name of their handle and colour. */
export const BASIS = ['i', 'j', 'k'] as const;
export type Basis = (typeof BASIS)[number];
const COLUMN: Readonly<Record<Basis, 0 | 1 | 2>> = { i: 0, j: 1, k: 2 };

/** The matrix drawn at animation time t: t = 0 is the identity, t = 1 is `m`. */
export function shownMatrix3(m: Mat3, t: number): Mat3 {
  return lerp3(IDENTITY3, m, ease(t));
}

export function columnOf3(m: Mat3, which: Basis): Vec3 {
  return column3(m, COLUMN[which]);
}

/** The matrix with the column of `which` replaced: columns are where î, ĵ, k̂ land. */
export function withColumn3(m: Mat3, which: Basis, v: Vec3): Mat3 {
  const c = COLUMN[which];
  const out = [...m];
  out[c] = v[0];
  out[3 + c] = v[1];
  out[6 + c] = v[2];
  return out as unknown as Mat3;
}

export function snap3(p: Vec3): Vec3 {
  return [snap(p[0]), snap(p[1]), snap(p[2])];
}

/** A pointer at space point `p` drags the tip of `which` there, snapped like the plane's tips. */
export function dragTo3(m: Mat3, which: Basis, p: Vec3): Mat3 {
  return withColumn3(m, which, snap3(p));
}

export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * A focused tip's keys: arrows move it in x and y, PageUp/PageDown in z; by 0.1, Shift for
 * coarse (1), Alt for fine (0.01). Other keys: undefined.
 */
export function keyDelta3(e: KeyInput): Vec3 | undefined {
  const s = e.altKey ? 0.01 : e.shiftKey ? 1 : 0.1;
  switch (e.key) {
    case 'ArrowLeft':
      return [-s, 0, 0];
    case 'ArrowRight':
      return [s, 0, 0];
    case 'ArrowUp':
      return [0, s, 0];
    case 'ArrowDown':
      return [0, -s, 0];
    case 'PageUp':
      return [0, 0, s];
    case 'PageDown':
      return [0, 0, -s];
    default:
      return undefined;
  }
}

/** The matrix after a key press on the tip of `which`, or undefined when the key is not ours. */
export function keyStep3(m: Mat3, which: Basis, e: KeyInput): Mat3 | undefined {
  const d = keyDelta3(e);
  if (!d) return undefined;
  const v = columnOf3(m, which);
  return withColumn3(m, which, [clean(v[0] + d[0]), clean(v[1] + d[1]), clean(v[2] + d[2])]);
}

// ---- presets ------------------------------------------------------------------------------------

export const PRESETS3 = ['identity', 'rotation', 'scale', 'shear', 'reflection', 'plane', 'line'] as const;
export type Preset3 = (typeof PRESETS3)[number];

export const PRESET3_LABELS: Readonly<Record<Preset3, string>> = {
  identity: 'Identity',
  rotation: 'Rotation about z by 90°',
  scale: 'Scale',
  shear: 'Shear',
  reflection: 'Reflection (mirror z)',
  plane: 'Squash onto a plane',
  line: 'Squash onto a line',
};

export const PRESET3_MATRICES: Readonly<Record<Preset3, Mat3>> = {
  identity: IDENTITY3,
  rotation: [0, -1, 0, 1, 0, 0, 0, 0, 1],
  // Unequal factors: each axis stretches on its own, and the volume is their product.
  scale: [2, 0, 0, 0, 1.5, 0, 0, 0, 0.5],
  // k̂ leans over towards î: the box tilts but keeps its volume.
  shear: [1, 0, 1, 0, 1, 0, 0, 0, 1],
  reflection: [1, 0, 0, 0, 1, 0, 0, 0, -1],
  // k̂ lands on î + ĵ + (0, 0, 2) = the sum of the other two: every column lies in the plane x + y = z.
  plane: [1, 0, 1, 0, 1, 1, 1, 1, 2],
  // Every column is a multiple of (1, 1, 0.5).
  line: [1, -1, 2, 1, -1, 2, 0.5, -0.5, 1],
};

const MATCH_TOL = 1e-9;

/** Which preset `m` is, for the preset menu; 'custom' when none. */
export function matchPreset3(m: Mat3): Preset3 | 'custom' {
  for (const name of PRESETS3)
    if (PRESET3_MATRICES[name].every((x, k) => Math.abs(x - (m[k] as number)) <= MATCH_TOL)) return name;
  return 'custom';
}

// ---- the unit cube's image -------------------------------------------------------------------------

/**
 * The 8 corners of the parallelepiped spanned by the columns: corner `a + 2b + 4c` is
 * a·Aî + b·Aĵ + c·Ak̂ for a, b, c in {0, 1}.
 */
export function corners(m: Mat3): Vec3[] {
  const i = columnOf3(m, 'i');
  const j = columnOf3(m, 'j');
  const k = columnOf3(m, 'k');
  const out: Vec3[] = [];
  for (let n = 0; n < 8; n++) {
    const a = n & 1;
    const b = (n >> 1) & 1;
    const c = (n >> 2) & 1;
    out.push([
      a * i[0] + b * j[0] + c * k[0],
      a * i[1] + b * j[1] + c * k[1],
      a * i[2] + b * j[2] + c * k[2],
    ]);
  }
  return out;
}

/**
 * The 6 faces as corner indices, each counter-clockwise seen from outside the unit cube (so a
 * matrix with det < 0 turns every face inside out).
 */
export const FACES: readonly (readonly [number, number, number, number])[] = [
  [0, 2, 3, 1], // z = 0
  [4, 5, 7, 6], // z = 1
  [0, 1, 5, 4], // y = 0
  [2, 6, 7, 3], // y = 1
  [0, 4, 6, 2], // x = 0
  [1, 3, 7, 5], // x = 1
];

/** The 12 edges as corner pairs. */
export const EDGES: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [0, 2],
  [1, 3],
  [4, 6],
  [5, 7],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
];

export type VolumeKind = 'kept' | 'flipped' | 'plane' | 'line' | 'point';

export interface Volume {
  /** The determinant, exactly 0 when the matrix has rank < 3 (no -1e-16 on screen). */
  readonly det: number;
  readonly kind: VolumeKind;
}

/**
 * The signed volume of the cube's image and what it means. Flatness is decided by the rank
 * (tolerance relative to the matrix's scale), so [[1,2,3],[4,5,6],[7,8,9]] reads 0, not 6.7e-16.
 */
export function volumeOf(m: Mat3): Volume {
  const r = rank3(m);
  if (r === 0) return { det: 0, kind: 'point' };
  if (r === 1) return { det: 0, kind: 'line' };
  if (r === 2) return { det: 0, kind: 'plane' };
  const d = det3(m);
  return { det: d, kind: d < 0 ? 'flipped' : 'kept' };
}

// ---- cross product ------------------------------------------------------------------------------

export interface CrossProduct {
  readonly first: Basis;
  readonly second: Basis;
  readonly vector: Vec3;
  /** Its length: the area of the parallelogram spanned by the two vectors. */
  readonly area: number;
}

export function crossPairOf(pair: Exclude<CrossPair, 'none'>): [Basis, Basis] {
  return [pair[0] as Basis, pair[1] as Basis];
}

export function crossOf(m: Mat3, pair: CrossPair): CrossProduct | undefined {
  if (pair === 'none') return undefined;
  const [first, second] = crossPairOf(pair);
  const u = columnOf3(m, first);
  const v = columnOf3(m, second);
  const raw = cross3(u, v);
  // Float noise (1e-17 where two columns are parallel) would draw a tiny arrow that is really
  // zero; "tiny" is relative to the lengths multiplied.
  const noise = 1e-12 * norm3(u) * norm3(v);
  const vector: Vec3 = [tidy(raw[0], noise), tidy(raw[1], noise), tidy(raw[2], noise)];
  return { first, second, vector, area: norm3(vector) };
}

function tidy(x: number, noise: number): number {
  return Math.abs(x) <= noise ? 0 : x;
}

// ---- predict-first ------------------------------------------------------------------------------

/** The learner's guess for det A against the real value. */
export interface VolumePrediction {
  readonly guess: number;
  readonly target: number;
  readonly distance: number;
}

/** Guesses are plain numbers within ± this (|det| of a matrix with entries within ±100 is at most 6·10⁶). */
export const GUESS_LIMIT = 1e7;

export function scoreVolume(guess: number, m: Mat3): VolumePrediction {
  const target = volumeOf(m).det;
  return { guess, target, distance: Math.abs(guess - target) };
}

export type VolumeBand = 'exact' | 'spot-on' | 'close' | 'near' | 'far';

/** How good a guess is, relative to the size of the answer (a guess of 20 for 24 is close; 1 for 5 is not). */
export function volumeBand(p: VolumePrediction): VolumeBand {
  if (p.distance < 0.005) return 'exact';
  const relative = p.distance / Math.max(1, Math.abs(p.target));
  if (relative <= 0.05) return 'spot-on';
  if (relative <= 0.2) return 'close';
  if (relative <= 0.5) return 'near';
  return 'far';
}

// ---- what must stay in view ---------------------------------------------------------------------

/** Room around the farthest point, so its tip and handle never touch the edge. */
export const FIT_MARGIN = 1.12;
/** The smallest radius a view fits: a matrix that crushes everything to a dot still shows the axes. */
export const MIN_FIT = 1;

/**
 * The radius of the ball around the origin that holds the whole parallelepiped (when shown), the
 * three tips and the cross-product arrow, with a margin: the view at magnification 1.
 */
export function fitRadius(shown: Mat3, cube: boolean, cross: CrossProduct | undefined): number {
  const points: Vec3[] = cube ? corners(shown) : BASIS.map((b) => columnOf3(shown, b));
  if (cross) points.push(cross.vector);
  let far = 0;
  for (const p of points) far = Math.max(far, norm3(p));
  return Math.max(MIN_FIT, far * FIT_MARGIN);
}

/**
 * The radius of the ball the view shows. At magnification 1 it holds the picture at the identity
 * and at the matrix, so it stays still while Play runs (every frame in between is a mix of the
 * two). While the learner guesses, it fits the unit cube only: a view widened for a big box would
 * give the answer away.
 */
export function viewRadius(
  s: {
    readonly matrix: Mat3;
    readonly determinant: boolean;
    readonly cross: CrossPair;
    readonly zoom: number;
  },
  guessing: boolean,
): number {
  if (guessing) return fitRadius(IDENTITY3, s.determinant, undefined) / s.zoom;
  const fit = Math.max(
    fitRadius(s.matrix, s.determinant, crossOf(s.matrix, s.cross)),
    fitRadius(IDENTITY3, s.determinant, crossOf(IDENTITY3, s.cross)),
  );
  return fit / s.zoom;
}
