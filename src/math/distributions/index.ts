/**
 * Probability distributions by spec: `distribution({ kind: 'normal', mean: 0, sd: 1 })` gives the
 * exact pdf/pmf, cdf, mean, variance, a plotting support and a seeded sampler;
 * `distributionProblem(spec)` says in words what is wrong with a bad spec.
 *
 * @example
 * const d = distribution({ kind: 'binomial', n: 10, p: 0.5 });
 * d.pdf(5);                 // 0.24609375
 * d.sample(createRandom(1)); // a whole number 0 … 10, the same for every seed-1 generator
 */
import { distributionProblem } from './problem';
import { beta, exponential, normal, uniform } from './continuous';
import { binomial, categorical, poisson } from './discrete';
import { drawn } from './drawn';
import type { DistSpec, Distribution } from './types';

export type { DistKind, DistSpec, Distribution } from './types';
export { DIST_KINDS } from './types';
export { distributionProblem } from './problem';
export * as limits from './problem';

/** The distribution of a valid spec; throws a RangeError with distributionProblem's message otherwise. */
export function distribution(spec: DistSpec): Distribution {
  const problem = distributionProblem(spec);
  if (problem !== null) throw new RangeError(problem);
  switch (spec.kind) {
    case 'uniform':
      return uniform(spec.a, spec.b);
    case 'normal':
      return normal(spec.mean, spec.sd);
    case 'binomial':
      return binomial(spec.n, spec.p);
    case 'poisson':
      return poisson(spec.lambda);
    case 'exponential':
      return exponential(spec.rate);
    case 'beta':
      return beta(spec.alpha, spec.beta);
    case 'categorical':
      return categorical(spec.weights);
    case 'drawn':
      return drawn(spec.lo, spec.hi, spec.density);
  }
}
