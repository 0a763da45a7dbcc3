/** Binomial, Poisson and categorical: exact pmf, cdf by special functions, exact samplers. */
import { gammaQ, incompleteBeta, lchoose, lgamma } from '../special';
import { sampleBinomial, sampleIndex, samplePoisson } from './samplers';
import type { Distribution } from './types';

const isCount = (x: number): boolean => Number.isInteger(x) && x >= 0;

export function binomial(n: number, p: number): Distribution {
  const mean = n * p;
  const variance = n * p * (1 - p);
  const sd = Math.sqrt(variance);
  return {
    spec: { kind: 'binomial', n, p },
    discrete: true,
    pdf(k) {
      if (!isCount(k) || k > n) return 0;
      if (p === 0) return k === 0 ? 1 : 0;
      if (p === 1) return k === n ? 1 : 0;
      return Math.exp(lchoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
    },
    cdf(x) {
      const k = Math.floor(x);
      if (k < 0) return 0;
      if (k >= n) return 1;
      if (p === 0) return 1;
      if (p === 1) return 0;
      // P(X ≤ k) = I_{1−p}(n − k, k + 1).
      return incompleteBeta(1 - p, n - k, k + 1);
    },
    mean,
    variance,
    support: [Math.max(0, Math.floor(mean - 6 * sd)), Math.min(n, Math.ceil(mean + 6 * sd))],
    sample: (rng) => sampleBinomial(rng, n, p),
  };
}

export function poisson(lambda: number): Distribution {
  const sl = Math.sqrt(lambda);
  return {
    spec: { kind: 'poisson', lambda },
    discrete: true,
    pdf: (k) => (isCount(k) ? Math.exp(-lambda + k * Math.log(lambda) - lgamma(k + 1)) : 0),
    // P(X ≤ k) = Q(k + 1, λ).
    cdf: (x) => (x < 0 ? 0 : gammaQ(Math.floor(x) + 1, lambda)),
    mean: lambda,
    variance: lambda,
    support: [Math.max(0, Math.floor(lambda - 6 * sl)), Math.ceil(lambda + 6 * sl + 4)],
    sample: (rng) => samplePoisson(rng, lambda),
  };
}

export function categorical(weights: readonly number[]): Distribution {
  const k = weights.length;
  const cum = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i++) {
    total += weights[i]!;
    cum[i] = total;
  }
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < k; i++) {
    const w = weights[i]! / total;
    mean += w * i;
    m2 += w * i * i;
  }
  const copy = [...weights];
  return {
    spec: { kind: 'categorical', weights: copy },
    discrete: true,
    pdf: (x) => (isCount(x) && x < k ? weights[x]! / total : 0),
    cdf: (x) => (x < 0 ? 0 : x >= k - 1 ? 1 : cum[Math.floor(x)]! / total),
    mean,
    // E[X²] − E[X]² can dip a hair below 0 by rounding when one outcome holds all the mass.
    variance: Math.max(0, m2 - mean * mean),
    support: [0, k - 1],
    sample: (rng) => sampleIndex(rng, cum),
  };
}
