/** Uniform, normal, exponential and beta: closed-form densities and moments, exact samplers. */
import { betaCdf, lgamma, normalCdf, normalPdf } from '../special';
import { sampleBeta } from './samplers';
import type { Distribution } from './types';

export function uniform(a: number, b: number): Distribution {
  const w = b - a;
  return {
    spec: { kind: 'uniform', a, b },
    discrete: false,
    pdf: (x) => (x >= a && x <= b ? 1 / w : 0),
    cdf: (x) => (x <= a ? 0 : x >= b ? 1 : (x - a) / w),
    mean: (a + b) / 2,
    variance: (w * w) / 12,
    support: [a, b],
    sample: (rng) => a + w * rng.next(),
  };
}

export function normal(mean: number, sd: number): Distribution {
  return {
    spec: { kind: 'normal', mean, sd },
    discrete: false,
    pdf: (x) => normalPdf(x, mean, sd),
    cdf: (x) => normalCdf(x, mean, sd),
    mean,
    variance: sd * sd,
    support: [mean - 5 * sd, mean + 5 * sd],
    sample: (rng) => mean + sd * rng.normal(),
  };
}

export function exponential(rate: number): Distribution {
  return {
    spec: { kind: 'exponential', rate },
    discrete: false,
    pdf: (x) => (x < 0 ? 0 : rate * Math.exp(-rate * x)),
    cdf: (x) => (x <= 0 ? 0 : -Math.expm1(-rate * x)),
    mean: 1 / rate,
    variance: 1 / (rate * rate),
    // Holds all but e^−8 ≈ 0.03% of the mass.
    support: [0, 8 / rate],
    // 1 − U lies in (0, 1], so the log is finite.
    sample: (rng) => -Math.log(1 - rng.next()) / rate,
  };
}

export function beta(alpha: number, b: number): Distribution {
  const lnB = lgamma(alpha) + lgamma(b) - lgamma(alpha + b);
  const s = alpha + b;
  return {
    spec: { kind: 'beta', alpha, beta: b },
    discrete: false,
    pdf(x) {
      if (x < 0 || x > 1) return 0;
      // At the ends the density is 0, a finite limit, or infinite, by the shape.
      if (x === 0) return alpha < 1 ? Infinity : alpha === 1 ? b : 0;
      if (x === 1) return b < 1 ? Infinity : b === 1 ? alpha : 0;
      return Math.exp((alpha - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
    },
    cdf: (x) => betaCdf(x, alpha, b),
    mean: alpha / s,
    variance: (alpha * b) / (s * s * (s + 1)),
    support: [0, 1],
    sample: (rng) => sampleBeta(rng, alpha, b),
  };
}
