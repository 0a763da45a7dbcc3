/**
 * The pure side of `<lumen-covariance>`: no DOM, so it is unit-tested in Node.
 * - the true covariance and its ellipse from the state, the seeded cloud and its statistics;
 * - the two handles (the tips of the 2σ ellipse's axes) and what dragging or keying them does;
 * - the view (how much of the plane fits) and the predict-first score.
 */
import type { Mat2, Vec2 } from '../../math/mat2';
import { createRandom } from '../../math/random';
import {
  covarianceFrom,
  covarianceFromAxes,
  sampleGaussian2,
  sampleStats,
  shapeOf,
  sigmaEllipse,
  type SampleStats,
  type SigmaEllipse,
} from '../../math/gaussian2';
import { SD_MAX, SD_MIN, type CovarianceState } from './props';

/** The handles sit at the tips of the 2σ ellipse (big enough to grab, inside the cloud's edge). */
export const HANDLE_SIGMAS = 2;

export type HandleName = 'major' | 'minor' | 'guess';

export interface Analysis {
  readonly covariance: Mat2;
  /** The true ellipse at 1σ (radii √λ₁, √λ₂). */
  readonly ellipse: SigmaEllipse;
  readonly points: Float64Array;
  readonly sample: SampleStats | undefined;
}

export function analyse(s: Pick<CovarianceState, 'sdX' | 'sdY' | 'rho' | 'n' | 'seed'>): Analysis {
  const covariance = covarianceFrom(s.sdX, s.sdY, s.rho);
  // The same seed gives the same standard-normal pairs z; only L in x = L z changes with the
  // shape, so the cloud morphs smoothly under a drag instead of jumping.
  const points = sampleGaussian2([0, 0], covariance, s.n, createRandom(s.seed));
  return { covariance, ellipse: sigmaEllipse(covariance, 1), points, sample: sampleStats(points) };
}

/** Where the two handles are: ±2σ along each principal axis (the + end). */
export function handleTips(e: SigmaEllipse): { major: Vec2; minor: Vec2 } {
  const k = HANDLE_SIGMAS;
  return {
    major: [e.axes[0][0] * e.radii[0] * k, e.axes[0][1] * e.radii[0] * k],
    minor: [e.axes[1][0] * e.radii[1] * k, e.axes[1][1] * e.radii[1] * k],
  };
}

const round = (x: number, digits: number): number => {
  const k = 10 ** digits;
  const r = Math.round(x * k) / k;
  return r === 0 ? 0 : r;
};

/** The state's shape (σx, σy, ρ) for a covariance, clamped to the table's ranges and rounded to 0.001. */
export function shapeState(cov: Mat2): { sdX: number; sdY: number; rho: number } {
  const { sdX, sdY, rho } = shapeOf(cov);
  const clamp = (x: number): number => Math.min(SD_MAX, Math.max(SD_MIN, x));
  return {
    sdX: round(clamp(sdX), 3),
    sdY: round(clamp(sdY), 3),
    rho: round(Math.max(-1, Math.min(1, rho)), 3),
  };
}

/**
 * Moving the long axis's tip to `p`: the long axis turns to point at it and its 2σ half-length
 * becomes |p|; the short axis keeps its length (the long one never gets shorter than it, so the
 * two handles keep their roles).
 */
export function dragMajor(e: SigmaEllipse, p: Vec2): Mat2 | undefined {
  const len = Math.hypot(p[0], p[1]);
  if (!(len > 1e-9) || !Number.isFinite(len)) return undefined;
  const sd2 = Math.sqrt(e.variances[1]);
  const sd1 = Math.max(len / HANDLE_SIGMAS, sd2);
  return covarianceFromAxes(p, sd1, sd2);
}

/** Moving the short axis's tip to `p`: only its length changes (the part of p along that axis), up to the long one's. */
export function dragMinor(e: SigmaEllipse, p: Vec2): Mat2 {
  const along = Math.abs(p[0] * e.axes[1][0] + p[1] * e.axes[1][1]);
  const sd1 = Math.sqrt(e.variances[0]);
  const sd2 = Math.min(along / HANDLE_SIGMAS, sd1);
  return covarianceFromAxes(e.axes[0], sd1, sd2);
}

/** Arrow keys on the short axis's handle: ↑ → longer, ↓ ← shorter, by `step` (2σ units). */
export function keyMinor(e: SigmaEllipse, key: string, step: number): Mat2 | undefined {
  const sign =
    key === 'ArrowUp' || key === 'ArrowRight' ? 1 : key === 'ArrowDown' || key === 'ArrowLeft' ? -1 : 0;
  if (!sign) return undefined;
  const tip = e.radii[1] * HANDLE_SIGMAS + sign * step;
  return dragMinor(e, [e.axes[1][0] * Math.max(0, tip), e.axes[1][1] * Math.max(0, tip)]);
}

const NICE = [2, 3, 4, 5, 6, 8, 10, 12, 16, 20];

/** Half the visible width: the 3σ ellipse fits, on a step of a fixed ladder (so small drags do not rescale). */
export function extentFor(e: SigmaEllipse): number {
  const need = 3.15 * e.radii[0];
  return NICE.find((x) => x >= need) ?? 20;
}

export interface Prediction {
  readonly guess: number;
  /** The correlation of the points on screen (the sample's r). */
  readonly answer: number;
  readonly error: number;
}

export function scoreGuess(guess: number, answer: number): Prediction {
  return { guess, answer, error: Math.abs(guess - answer) };
}
