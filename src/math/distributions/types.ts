/**
 * The shared types of the probability distributions (the "Probability math" contract): a plain,
 * serialisable `DistSpec` names a distribution and its parameters; `distribution(spec)` turns it
 * into a `Distribution` with its exact pdf/pmf, cdf, moments and a seeded sampler.
 */
import type { Random } from '../random';

export type DistSpec =
  | { kind: 'uniform'; a: number; b: number }
  | { kind: 'normal'; mean: number; sd: number }
  | { kind: 'binomial'; n: number; p: number }
  | { kind: 'poisson'; lambda: number }
  | { kind: 'exponential'; rate: number }
  | { kind: 'beta'; alpha: number; beta: number }
  /** Outcomes 0 … k−1 with probabilities proportional to the weights (a die: 6 weights). */
  | { kind: 'categorical'; weights: readonly number[] }
  /** Piecewise-constant density on equal bins of [lo, hi]; need not be normalised. */
  | { kind: 'drawn'; lo: number; hi: number; density: readonly number[] };

export type DistKind = DistSpec['kind'];

export const DIST_KINDS: readonly DistKind[] = [
  'uniform',
  'normal',
  'binomial',
  'poisson',
  'exponential',
  'beta',
  'categorical',
  'drawn',
];

export interface Distribution {
  readonly spec: DistSpec;
  /** True for the ones on whole numbers (binomial, Poisson, categorical): pdf is then the pmf. */
  readonly discrete: boolean;
  /** The density at x, or for a discrete distribution P(X = x) (0 off the whole numbers). */
  pdf(x: number): number;
  /** P(X ≤ x). */
  cdf(x: number): number;
  readonly mean: number;
  readonly variance: number;
  /** Where to plot: the exact support when bounded, otherwise a range holding all but a sliver of the mass. */
  readonly support: readonly [number, number];
  /** One draw; the same generator state gives the same draw. */
  sample(rng: Random): number;
}
