/**
 * The 2D Gaussian (bivariate normal) of lesson 15: built from two standard deviations and a
 * correlation, or from a covariance matrix; sampled through its Cholesky factor with a seeded
 * generator; summarised by the sample covariance and correlation; drawn as its k-sigma ellipses,
 * whose axes are the eigenvectors of the covariance (lesson 10's principal axes).
 *
 * Covariance matrices are row-major 2x2 `[sxx, sxy, sxy, syy]` like every `Mat2` here.
 *
 * @example
 * const cov = covarianceFrom(2, 1, 0.5);        // [4, 1, 1, 1]
 * const xs = sampleGaussian2([0, 0], cov, 1000, createRandom(7));
 * sampleStats(xs).correlation;                  // ≈ 0.5
 * sigmaEllipse(cov, 2).radii;                   // 2·√λ₁, 2·√λ₂
 */
import type { Mat2, Vec2 } from './mat2';
import type { Random } from './random';
import { symmetricEigen2 } from './pca';

/** The covariance of (x, y) with standard deviations `sdX`, `sdY` and correlation `rho`. */
export function covarianceFrom(sdX: number, sdY: number, rho: number): Mat2 {
  const sxy = rho * sdX * sdY;
  return [sdX * sdX, sxy, sxy, sdY * sdY];
}

/** Standard deviations and correlation back from a covariance matrix (ρ = 0 when a variance is 0). */
export function shapeOf(cov: Mat2): { sdX: number; sdY: number; rho: number } {
  const sdX = Math.sqrt(Math.max(0, cov[0]));
  const sdY = Math.sqrt(Math.max(0, cov[3]));
  const d = sdX * sdY;
  const rho = d > 0 ? Math.max(-1, Math.min(1, cov[1] / d)) : 0;
  return { sdX, sdY, rho };
}

/**
 * Why `cov` is not a valid covariance, or null. Valid: finite, symmetric, variances ≥ 0 and
 * det ≥ 0 (positive semi-definite); |ρ| ≤ 1 follows from the last.
 */
export function covarianceProblem(cov: Mat2): string | null {
  if (!cov.every(Number.isFinite)) return 'the covariance matrix must have finite entries';
  const [a, b, c, d] = cov;
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d), 1e-300);
  if (Math.abs(b - c) > 1e-12 * scale)
    return 'a covariance matrix is symmetric: the two off-diagonal entries must be equal';
  if (a < 0 || d < 0) return 'variances (the diagonal entries) cannot be negative';
  if (a * d - b * b < -1e-12 * scale * scale)
    return `the covariance ${b} is too large for the variances ${a} and ${d}: |cov(x, y)| ≤ sd(x)·sd(y), so |ρ| ≤ 1`;
  return null;
}

/** Why (sdX, sdY, rho) do not describe a 2D Gaussian, or null. */
export function shapeProblem(sdX: number, sdY: number, rho: number): string | null {
  if (![sdX, sdY, rho].every(Number.isFinite))
    return 'standard deviations and correlation must be finite numbers';
  if (sdX <= 0 || sdY <= 0) return 'standard deviations must be greater than 0 (σ ≤ 0 has no spread to draw)';
  if (rho < -1 || rho > 1) return 'a correlation lies between -1 and 1';
  return null;
}

/**
 * The lower-triangular L with L·Lᵀ = cov, as `[l11, 0, l21, l22]`. Semi-definite matrices are
 * allowed (a zero variance, or |ρ| = 1, gives a zero on the diagonal). Throws a RangeError with
 * `covarianceProblem`'s message for anything else.
 */
export function cholesky2(cov: Mat2): Mat2 {
  const problem = covarianceProblem(cov);
  if (problem) throw new RangeError(problem);
  const l11 = Math.sqrt(cov[0]);
  const l21 = l11 > 0 ? cov[2] / l11 : 0;
  // Rounding may leave a tiny negative where the matrix is singular.
  const l22 = Math.sqrt(Math.max(0, cov[3] - l21 * l21));
  return [l11, 0, l21, l22];
}

/**
 * `count` draws from N(mean, cov) as x0, y0, x1, y1, …: x = mean + L·z with z two independent
 * standard normals from `rng`, so the same seed gives the same cloud.
 */
export function sampleGaussian2(mean: Vec2, cov: Mat2, count: number, rng: Random): Float64Array {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const [l11, , l21, l22] = cholesky2(cov);
  const out = new Float64Array(2 * count);
  for (let k = 0; k < count; k++) {
    const z1 = rng.normal();
    const z2 = rng.normal();
    out[2 * k] = mean[0] + l11 * z1;
    out[2 * k + 1] = mean[1] + l21 * z1 + l22 * z2;
  }
  return out;
}

export interface SampleStats {
  readonly n: number;
  readonly mean: Vec2;
  /** Sample covariance with the n − 1 (Bessel) divisor: unbiased for the true covariance. */
  readonly covariance: Mat2;
  /** Pearson's r; 0 when either coordinate has no spread. */
  readonly correlation: number;
}

/** Mean, sample covariance (n − 1) and correlation of interleaved points x0, y0, x1, y1, …; undefined below 2 points. */
export function sampleStats(xy: ArrayLike<number>): SampleStats | undefined {
  const n = Math.floor(xy.length / 2);
  if (n < 2) return undefined;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    mx += xy[2 * k] as number;
    my += xy[2 * k + 1] as number;
  }
  mx /= n;
  my /= n;
  // Two passes (mean, then centred products): the one-pass formula cancels badly far from 0.
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = (xy[2 * k] as number) - mx;
    const dy = (xy[2 * k + 1] as number) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const d = Math.sqrt(sxx * syy);
  const correlation = d > 0 ? Math.max(-1, Math.min(1, sxy / d)) : 0;
  return {
    n,
    mean: [mx, my],
    covariance: [sxx / (n - 1), sxy / (n - 1), sxy / (n - 1), syy / (n - 1)],
    correlation,
  };
}

export interface SigmaEllipse {
  /** The eigenvalues of the covariance, largest first: the variances along the axes. */
  readonly variances: readonly [number, number];
  /** Unit eigenvectors (principal axes), in the order of `variances`. */
  readonly axes: readonly [Vec2, Vec2];
  /** Half-axis lengths k·√λ₁, k·√λ₂. */
  readonly radii: readonly [number, number];
  /** Direction of the long axis, degrees from the x-axis, in (−90, 90]. */
  readonly angle: number;
}

/**
 * The k-sigma ellipse of N(0, cov): the points at Mahalanobis distance k, {x : xᵀ cov⁻¹ x = k²}.
 * Its half-axes point along the eigenvectors of cov with lengths k·√λ.
 */
export function sigmaEllipse(cov: Mat2, k: number): SigmaEllipse {
  const { values, vectors } = symmetricEigen2(cov[0], (cov[1] + cov[2]) / 2, cov[3]);
  const l1 = Math.max(0, values[0]);
  const l2 = Math.max(0, values[1]);
  let angle = (Math.atan2(vectors[0][1], vectors[0][0]) * 180) / Math.PI;
  if (angle <= -90) angle += 180;
  if (angle > 90) angle -= 180;
  return {
    variances: [l1, l2],
    axes: vectors,
    radii: [k * Math.sqrt(l1), k * Math.sqrt(l2)],
    angle: angle + 0,
  };
}

/**
 * The covariance whose principal axes are `axis1` (any non-zero direction) with standard
 * deviation `sd1` along it and `sd2` across it: R·diag(sd1², sd2²)·Rᵀ.
 */
export function covarianceFromAxes(axis1: Vec2, sd1: number, sd2: number): Mat2 {
  const len = Math.hypot(axis1[0], axis1[1]);
  const [c, s] = len > 0 ? [axis1[0] / len, axis1[1] / len] : [1, 0];
  const a = sd1 * sd1;
  const b = sd2 * sd2;
  const sxy = (a - b) * c * s;
  return [a * c * c + b * s * s, sxy, sxy, a * s * s + b * c * c];
}

/** The share of N(0, cov)'s mass inside its k-sigma ellipse: 1 − e^(−k²/2) (39%, 86%, 99% for 1, 2, 3). */
export function ellipseMass(k: number): number {
  return 1 - Math.exp((-k * k) / 2);
}
