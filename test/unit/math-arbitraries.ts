/** fast-check generators shared by the 3x3 math tests (not a test file itself). */
import fc from 'fast-check';
import {
  fromColumns3,
  multiply3,
  normalize3,
  cross3,
  norm3,
  type Mat3,
  type Vec3,
} from '../../src/math/mat3';

export const EPS = Number.EPSILON;

export const entry = (limit = 10): fc.Arbitrary<number> =>
  fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true });

export const vec3 = (limit = 10): fc.Arbitrary<Vec3> => fc.tuple(entry(limit), entry(limit), entry(limit));

export const mat3 = (limit = 10): fc.Arbitrary<Mat3> =>
  fc.tuple(
    entry(limit),
    entry(limit),
    entry(limit),
    entry(limit),
    entry(limit),
    entry(limit),
    entry(limit),
    entry(limit),
    entry(limit),
  );

/** Magnitudes the brief asks for: the same shapes at 1e-6, 1 and 1e6. */
export const magnitude = fc.constantFrom(1e-6, 1, 1e6);

export const scaledMat3 = (limit = 10): fc.Arbitrary<Mat3> =>
  fc.tuple(mat3(limit), magnitude).map(([m, s]) => m.map((x) => x * s) as unknown as Mat3);

/** A random rotation, built from a random unit axis pair (Gram–Schmidt of two random vectors). */
export const rotation: fc.Arbitrary<Mat3> = fc
  .tuple(vec3(1), vec3(1))
  .filter(([a, b]) => norm3(a) > 0.1 && norm3(cross3(normalize3(a), b)) > 0.1)
  .map(([a, b]) => {
    const x = normalize3(a);
    const z = normalize3(cross3(x, b));
    const y = cross3(z, x);
    return fromColumns3(x, y, z);
  });

/**
 * R1·diag(σ)·R2 with σ = s·(1, 10^-a, 10^-b): prescribed singular values, from well conditioned
 * (a = b = 0) to nearly singular (10^-14), at magnitude s.
 */
export const conditioned = (maxExp = 14): fc.Arbitrary<{ m: Mat3; sigma: Vec3 }> =>
  fc
    .tuple(
      rotation,
      rotation,
      fc.double({ min: 0, max: maxExp, noNaN: true }),
      fc.double({ min: 0, max: maxExp, noNaN: true }),
      magnitude,
    )
    .map(([r1, r2, a, b, s]) => {
      const sig = [s, s * 10 ** -Math.min(a, b), s * 10 ** -Math.max(a, b)] as const;
      const d: Mat3 = [sig[0], 0, 0, 0, sig[1], 0, 0, 0, sig[2]];
      return { m: multiply3(r1, multiply3(d, r2)), sigma: sig };
    });

export function maxAbsOf(xs: readonly number[]): number {
  return xs.reduce((a, x) => Math.max(a, Math.abs(x)), 0);
}
