/**
 * The pure side of `<lumen-svd>`: numbers only, no DOM and no clock (time comes in as an
 * argument), unit-tested in Node.
 *
 * - svd mode: the factors of A = U Σ Vᵀ as angles and stretches, and the matrix on screen at time
 *   t ∈ [0, 3]: Vᵀ turns in during [0, 1], Σ stretches during [1, 2], U turns (and flips, when
 *   det A < 0) during [2, 3];
 * - pca mode: the seeded cloud, editing hand-placed points, and the principal axes;
 * - predict-first: a guessed direction against the true longest stretch;
 * - the view (plane ↔ pixels), shared with `<lumen-plane>`.
 */
import { IDENTITY, det, multiply, rotation, type Mat2, type Vec2 } from '../../math/mat2';
import { svd2 } from '../../math/svd';
import { pca2, type Pca2 } from '../../math/pca';
import { createRandom } from '../../math/random';
import { MAX_POINTS, POINT_LIMIT, type SvdState } from './props';
import { clean } from '../../math/number-clean';
import { ease, type Seconds } from '../../render/motion';
import type { KeyInput } from '../../ui/keys';

// ---- svd: the factors ---------------------------------------------------------------------------

/**
 * A = U Σ Vᵀ with Vᵀ = R(vAngle) a rotation, Σ = diag(σ₁, σ₂), σ₁ ≥ σ₂ ≥ 0, and
 * U = R(uAngle) · diag(1, flip ? −1 : 1): a rotation, or a reflection when det A < 0.
 */
export interface Factors {
  readonly u: Mat2;
  readonly sigma: readonly [number, number];
  readonly vt: Mat2;
  /** Radians in (−π, π]. */
  readonly vAngle: number;
  readonly uAngle: number;
  readonly flip: boolean;
}

/** σ₂ below this fraction of σ₁ counts as zero: the circle is squashed onto a segment. */
export const RANK_TOL = 1e-10;
/** σ₁ and σ₂ closer than this (relative) are equal: every direction stretches alike. */
export const EQUAL_TOL = 1e-9;

function wrapAngle(a: number): number {
  let x = a % (2 * Math.PI);
  if (x <= -Math.PI) x += 2 * Math.PI;
  if (x > Math.PI) x -= 2 * Math.PI;
  return x;
}

const neg = (m: Mat2): Mat2 => [-m[0], -m[1], -m[2], -m[3]];

/**
 * The decomposition as the animation plays it, or undefined if the numbers are not finite.
 *
 * Singular vectors come in ± pairs: flipping v₁, v₂, u₁, u₂ together (−U, −Vᵀ) gives the same
 * product, and turns both rotations by π. Of the two, the one with the smaller turns is kept, so
 * the identity does not spin a full half-turn to end where it began. When σ₁ = σ₂ every direction
 * is a singular direction: Vᵀ = I then, and U = A / σ₁ does all the turning.
 */
export function factorsOf(m: Mat2): Factors | undefined {
  if (!m.every(Number.isFinite)) return undefined;
  const r = svd2(m);
  let u: Mat2 = r.u;
  let vt: Mat2 = r.vt;
  const sigma: [number, number] = [Math.max(0, r.sigma[0]), Math.max(0, r.sigma[1])];
  if (![...u, ...vt, ...sigma].every(Number.isFinite)) return undefined;
  if (sigma[0] === 0 || sigma[0] - sigma[1] <= EQUAL_TOL * sigma[0]) {
    const s = sigma[0];
    vt = IDENTITY;
    u = s === 0 ? IDENTITY : [m[0] / s, m[1] / s, m[2] / s, m[3] / s];
    sigma[1] = s;
  }
  // Keep the reflection (if any) in U, where the contract puts it: D Σ D = Σ for D = diag(1, −1).
  if (det(vt) < 0) {
    vt = [vt[0], vt[1], -vt[2], -vt[3]];
    u = [u[0], -u[1], u[2], -u[3]];
  }
  const flip = det(u) < 0;
  const angles = (uu: Mat2, vv: Mat2): [number, number] => [
    Math.atan2(uu[2], uu[0]),
    Math.atan2(vv[2], vv[0]),
  ];
  let [uAngle, vAngle] = angles(u, vt);
  const [uAlt, vAlt] = [wrapAngle(uAngle + Math.PI), wrapAngle(vAngle + Math.PI)];
  if (Math.abs(uAlt) + Math.abs(vAlt) < Math.abs(uAngle) + Math.abs(vAngle) - 1e-12) {
    u = neg(u);
    vt = neg(vt);
    [uAngle, vAngle] = angles(u, vt);
  }
  return { u, sigma, vt, vAngle, uAngle, flip };
}

/** σ₂ = 0 (relative to σ₁): the circle becomes a segment, or a point when σ₁ = 0 too. */
export function collapse(f: Factors): 'none' | 'segment' | 'point' {
  if (f.sigma[0] === 0) return 'point';
  return f.sigma[1] <= RANK_TOL * f.sigma[0] ? 'segment' : 'none';
}

export function columnOf(m: Mat2, k: 0 | 1): Vec2 {
  return k === 0 ? [m[0], m[2]] : [m[1], m[3]];
}

/** Row k of Vᵀ is vₖ, the input direction that U Σ sends to σₖ uₖ. */
export function rightVector(f: Factors, k: 0 | 1): Vec2 {
  return k === 0 ? [f.vt[0], f.vt[1]] : [f.vt[2], f.vt[3]];
}

// ---- svd: time ----------------------------------------------------------------------------------

export const LAST_T = 3;
/** Seconds per factor while playing. */
export const STAGE_SECONDS: Seconds = 1.4;

/** 0: the unit circle; 1, 2, 3: the factor Vᵀ, Σ or U is moving in (or has just arrived). */
export type Stage = 0 | 1 | 2 | 3;

export function stageOf(t: number): Stage {
  if (!(t > 0)) return 0;
  return Math.min(3, Math.max(1, Math.ceil(t - 1e-9))) as Stage;
}

/** How far the factor of `stage` has moved in, 0 … 1. */
export function stageProgress(t: number, stage: Stage): number {
  if (stage === 0) return 1;
  return Math.min(1, Math.max(0, t - (stage - 1)));
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * The matrix on screen at time t: U(s₃) Σ(s₂) Vᵀ(s₁), each factor eased in over its own unit of
 * time, so the motion comes to rest at every stage boundary. t = 0 is the identity, t = 3 is A.
 */
export function shownMatrix(f: Factors, t: number): Mat2 {
  const s1 = ease(clamp01(t));
  const s2 = ease(clamp01(t - 1));
  const s3 = ease(clamp01(t - 2));
  const vt = rotation(f.vAngle * s1);
  const sigma: Mat2 = [1 + (f.sigma[0] - 1) * s2, 0, 0, 1 + (f.sigma[1] - 1) * s2];
  // A reflection cannot be reached by turning: the picture passes through flat (y scaled by 1 − 2s).
  const u = multiply(rotation(f.uAngle * s3), [1, 0, 0, f.flip ? 1 - 2 * s3 : 1]);
  return multiply(u, multiply(sigma, vt));
}

/** The next stage boundary forward, and back. */
export function nextStop(t: number): number {
  return Math.min(LAST_T, Math.floor(t + 1e-9) + 1);
}
export function previousStop(t: number): number {
  return Math.max(0, Math.ceil(t - 1e-9) - 1);
}

/** Play runs to the end; from the end it starts again from the circle. */
export function playStart(t: number): number {
  return t >= LAST_T ? 0 : t;
}

/** One animation step of `dt` seconds from t towards `target`; never overshoots. */
export function advance(t: number, target: number, dt: Seconds): number {
  const step = Math.max(0, dt) / STAGE_SECONDS;
  return target >= t ? Math.min(target, t + step) : Math.max(target, t - step);
}

// ---- pca: the cloud -----------------------------------------------------------------------------

/** Two decimals: a cloud turned into hand-placed points keeps every coordinate exactly. */
function round2(x: number): number {
  return clean(Math.min(POINT_LIMIT, Math.max(-POINT_LIMIT, Math.round(x * 100) / 100)));
}

export interface CloudShape {
  readonly seed: number;
  readonly n: number;
  readonly spread1: number;
  readonly spread2: number;
  /** Degrees from the x-axis. */
  readonly angle: number;
}

/** n normal points with standard deviations spread1 along `angle` and spread2 across it. */
export function seededCloud(s: CloudShape): Vec2[] {
  const rng = createRandom(s.seed);
  const a = (s.angle * Math.PI) / 180;
  const c = Math.cos(a);
  const sn = Math.sin(a);
  const out: Vec2[] = [];
  for (let k = 0; k < s.n; k++) {
    const along = rng.normal() * s.spread1;
    const across = rng.normal() * s.spread2;
    out.push([round2(c * along - sn * across), round2(sn * along + c * across)]);
  }
  return out;
}

/** Pointer and keyboard placements land on multiples of this. */
export const POINT_SNAP = 0.1;

export function snapCoord(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return clean(Math.min(POINT_LIMIT, Math.max(-POINT_LIMIT, Math.round(x / POINT_SNAP) * POINT_SNAP)));
}

export function snapPoint(p: Vec2): Vec2 {
  return [snapCoord(p[0]), snapCoord(p[1])];
}

/** The points with `p` added, or undefined when the cloud is full. */
export function addPoint(points: readonly Vec2[], p: Vec2): readonly Vec2[] | undefined {
  if (points.length >= MAX_POINTS) return undefined;
  return [...points, p];
}

export function movePointAt(points: readonly Vec2[], k: number, p: Vec2): readonly Vec2[] {
  if (k < 0 || k >= points.length) return points;
  return points.map((q, i) => (i === k ? p : q));
}

export function removePointAt(points: readonly Vec2[], k: number): readonly Vec2[] {
  if (k < 0 || k >= points.length) return points;
  return points.filter((_, i) => i !== k);
}

/** Keyboard moves of a point or the cursor: like the plane's handles, kept in range. */
export function nudge(p: Vec2, d: Vec2): Vec2 {
  const f = (x: number): number => clean(Math.min(POINT_LIMIT, Math.max(-POINT_LIMIT, x)));
  return [f(p[0] + d[0]), f(p[1] + d[1])];
}

// ---- pca: the analysis --------------------------------------------------------------------------

export type { Pca2 };

export type CloudAnalysis =
  | {
      readonly ok: true;
      readonly pca: Pca2;
      readonly n: number;
      /** Singular values of the centred n×2 data matrix: σₖ = √(n λₖ). */
      readonly sigmas: readonly [number, number];
    }
  | { readonly ok: false; readonly reason: 'few' | 'same'; readonly n: number };

/** PCA of the points, or why there is none: fewer than 2 points, or no spread at all. */
export function analyseCloud(points: readonly Vec2[]): CloudAnalysis {
  const n = points.length;
  const pca = pca2(points);
  if (!pca) return { ok: false, reason: 'few', n };
  const v = pca.variances;
  let scale = 0;
  for (const p of points) scale = Math.max(scale, Math.abs(p[0] - pca.mean[0]), Math.abs(p[1] - pca.mean[1]));
  const numbers = [...pca.mean, ...pca.covariance, ...pca.axes[0], ...pca.axes[1], ...v, ...pca.explained];
  if (!numbers.every(Number.isFinite) || scale === 0 || v[0] + v[1] <= 1e-20 * scale * scale)
    return { ok: false, reason: 'same', n };
  return { ok: true, pca, n, sigmas: [Math.sqrt(n * Math.max(0, v[0])), Math.sqrt(n * Math.max(0, v[1]))] };
}

/** Half the length drawn for each principal axis: two standard deviations. */
export const AXIS_SDS = 2;

export function axisEnds(pca: Pca2, k: 0 | 1): [Vec2, Vec2] {
  const a = pca.axes[k];
  const r = AXIS_SDS * Math.sqrt(Math.max(0, pca.variances[k]));
  const m = pca.mean;
  return [
    [m[0] - a[0] * r, m[1] - a[1] * r],
    [m[0] + a[0] * r, m[1] + a[1] * r],
  ];
}

/** Where `p` lands on the line through `mean` along the unit vector `axis`. */
export function projectOnAxis(p: Vec2, mean: Vec2, axis: Vec2): Vec2 {
  const s = (p[0] - mean[0]) * axis[0] + (p[1] - mean[1]) * axis[1];
  return [mean[0] + s * axis[0], mean[1] + s * axis[1]];
}

// ---- view ---------------------------------------------------------------------------------------

/** Smallest half-width of the view in each mode, in plane units. */
export const SVD_MIN_EXTENT = 1.3;
export const PCA_MIN_EXTENT = 4;

/**
 * The svd view follows the shape on screen at time t: the unit circle while Vᵀ turns it (scaled to
 * the final ellipse it was about 55 px across, and the turn could not be seen: review Part 1 D6),
 * then out with Σ's stretch, as far as the longest axis has grown, and the turn by U at σ₁'s scale.
 * The grid, drawn at the same scale, shows the zoom as it happens.
 */
export function svdKeep(f: Factors | undefined, t: number = LAST_T): Vec2[] {
  const grown = f ? 1 + (f.sigma[0] - 1) * ease(clamp01(t - 1)) : 1;
  const r = Math.max(1, Number.isFinite(grown) ? grown : 1);
  return [
    [r, r * 0.15],
    [-r * 0.15, r],
  ];
}

export function pcaKeep(points: readonly Vec2[], a: CloudAnalysis): Vec2[] {
  const keep: Vec2[] = [...points];
  if (a.ok) keep.push(...axisEnds(a.pca, 0), ...axisEnds(a.pca, 1));
  return keep;
}

// ---- predict-first: a direction -----------------------------------------------------------------

/** A line's direction in degrees, folded into (−90, 90]: a line has no arrowhead. */
export function lineDegrees(deg: number): number {
  let d = deg % 180;
  if (d <= -90) d += 180;
  if (d > 90) d -= 180;
  return clean(d);
}

export function vectorDegrees(v: Vec2): number {
  return lineDegrees((Math.atan2(v[1], v[0]) * 180) / Math.PI);
}

/** The angle between two lines, 0 … 90 degrees. */
export function lineGap(a: number, b: number): number {
  return Math.abs(lineDegrees(a - b));
}

export interface DirectionPrediction {
  /** The guessed line, degrees in (−90, 90]. */
  readonly guess: number;
  /** The true line, or undefined when every direction stretches alike (any guess is right). */
  readonly answer: number | undefined;
  /** Degrees between them, 0 … 90. */
  readonly error: number;
}

export function scoreDirection(guess: number, answer: Vec2 | undefined): DirectionPrediction {
  const g = lineDegrees(guess);
  if (!answer) return { guess: g, answer: undefined, error: 0 };
  const a = vectorDegrees(answer);
  return { guess: g, answer: a, error: lineGap(g, a) };
}

export type DirectionBand = 'exact' | 'spot-on' | 'close' | 'near' | 'far';

export function directionBand(error: number): DirectionBand {
  if (error < 0.5) return 'exact';
  if (error <= 6) return 'spot-on';
  if (error <= 15) return 'close';
  if (error <= 35) return 'near';
  return 'far';
}

/** Arrow keys turn the dial: Right/Up counter-clockwise by 5°, Shift 15°, Alt 1°. */
export function dialKey(deg: number, e: KeyInput): number | undefined {
  const step = e.altKey ? 1 : e.shiftKey ? 15 : 5;
  if (e.key === 'ArrowRight' || e.key === 'ArrowUp') return lineDegrees(deg + step);
  if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') return lineDegrees(deg - step);
  return undefined;
}

/** The true longest-stretch direction: u₁ (svd) or the first principal axis (pca). */
export function svdAnswer(f: Factors | undefined): Vec2 | undefined {
  if (!f || f.sigma[0] === 0 || f.sigma[0] - f.sigma[1] <= EQUAL_TOL * f.sigma[0]) return undefined;
  return columnOf(f.u, 0);
}

export function pcaAnswer(a: CloudAnalysis): Vec2 | undefined {
  if (!a.ok) return undefined;
  const [v1, v2] = a.pca.variances;
  return v1 - v2 <= EQUAL_TOL * v1 ? undefined : a.pca.axes[0];
}

/** The numbers behind the picture (what the readouts round), for scripts and tests. */
export type Decomposition =
  | { readonly mode: 'svd'; readonly u: Mat2; readonly sigma: readonly [number, number]; readonly vt: Mat2 }
  | {
      readonly mode: 'pca';
      readonly n: number;
      readonly mean: Vec2;
      readonly covariance: Mat2;
      readonly axes: readonly [Vec2, Vec2];
      readonly variances: readonly [number, number];
      readonly explained: readonly [number, number];
      /** Singular values of the centred data matrix, √(n λ). */
      readonly sigmas: readonly [number, number];
    };

/** A fresh copy of the decomposition on screen; undefined without one (too few points, no SVD). */
export function decompositionOf(
  mode: 'svd' | 'pca',
  f: Factors | undefined,
  a: CloudAnalysis,
): Decomposition | undefined {
  if (mode === 'svd')
    return f && { mode: 'svd', u: [...f.u], sigma: [f.sigma[0], f.sigma[1]], vt: [...f.vt] };
  if (!a.ok) return undefined;
  const p = a.pca;
  return {
    mode: 'pca',
    n: a.n,
    mean: [p.mean[0], p.mean[1]],
    covariance: [...p.covariance],
    axes: [
      [p.axes[0][0], p.axes[0][1]],
      [p.axes[1][0], p.axes[1][1]],
    ],
    variances: [p.variances[0], p.variances[1]],
    explained: [p.explained[0], p.explained[1]],
    sigmas: [a.sigmas[0], a.sigmas[1]],
  };
}

/** Whether a change asks a different question: another matrix (svd), or another cloud (pca). */
export function questionChanged(p: Readonly<SvdState>, s: Readonly<SvdState>): boolean {
  if (s.mode === 'svd') return p.matrix !== s.matrix;
  if (p.cloud !== s.cloud) return true;
  if (s.cloud === 'hand') return p.points !== s.points;
  return (
    p.seed !== s.seed ||
    p.n !== s.n ||
    p.spread1 !== s.spread1 ||
    p.spread2 !== s.spread2 ||
    p.angle !== s.angle
  );
}
