/**
 * Exact samplers that are more than one line: binomial (inversion, or Hörmann's BTRS transformed
 * rejection for n·min(p, 1−p) ≥ 10), Poisson (inversion, or Hörmann's PTRS for λ ≥ 10) and the
 * log of a gamma draw (Marsaglia–Tsang), from which beta draws are made. Rejection methods are
 * exact: the accepted values have exactly the target distribution, they only cost a varying
 * number of uniforms. Every function takes the generator, so a seed replays the same draws.
 */
import type { Random } from '../random';
import { lgamma } from '../special';

/** Binomial(n, p) for whole n ≥ 1 and 0 ≤ p ≤ 1. */
export function sampleBinomial(rng: Random, n: number, p: number): number {
  if (p === 0) return 0;
  if (p === 1) return n;
  // Sample the rarer side and mirror, so both methods see p ≤ 1/2.
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  const k = n * q < 10 ? binomialInversion(rng, n, q) : binomialBtrs(rng, n, q);
  return flip ? n - k : k;
}

/** Sequential search up the pmf from 0 (expected n·p + 1 steps, which is < 11 here). */
function binomialInversion(rng: Random, n: number, p: number): number {
  const r = p / (1 - p);
  const f0 = Math.exp(n * Math.log1p(-p));
  for (;;) {
    let u = rng.next();
    let f = f0;
    let k = 0;
    while (u > f && k < n) {
      u -= f;
      k += 1;
      f *= ((n - k + 1) / k) * r;
    }
    // Rounding can leave u a hair above the whole mass; that u is redrawn, not piled on n.
    if (u <= f) return k;
  }
}

/** BTRS (Hörmann 1993, "The generation of binomial random variates"), p ≤ 1/2, n·p ≥ 10. */
function binomialBtrs(rng: Random, n: number, p: number): number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const logPmf = (k: number): number => -lgamma(k + 1) - lgamma(n - k + 1) + k * lp + (n - k) * lq;
  const lfm = logPmf(m);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    // Accept when v under the hat lies below f(k)/f(m).
    if (Math.log((v * alpha) / (a / (us * us) + b)) <= logPmf(k) - lfm) return k;
  }
}

/** Poisson(λ), λ > 0. */
export function samplePoisson(rng: Random, lambda: number): number {
  return lambda < 10 ? poissonInversion(rng, lambda) : poissonPtrs(rng, lambda);
}

function poissonInversion(rng: Random, lambda: number): number {
  const f0 = Math.exp(-lambda);
  for (;;) {
    let u = rng.next();
    let f = f0;
    let k = 0;
    // Past k = 200 the Poisson(λ < 10) mass is below 1e−200; only rounding leftovers get there.
    while (u > f && k < 200) {
      u -= f;
      k += 1;
      f *= lambda / k;
    }
    if (u <= f) return k;
  }
}

/** PTRS (Hörmann 1993, "The transformed rejection method for generating Poisson random variables"), λ ≥ 10. */
function poissonPtrs(rng: Random, lambda: number): number {
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * loglam - lgamma(k + 1)
    )
      return k;
  }
}

/**
 * ln of a Gamma(shape, 1) draw, by Marsaglia & Tsang (2000) for shape ≥ 1, and for shape < 1
 * their boost G(shape) = G(shape + 1)·U^(1/shape), kept in logs because U^(1/shape) underflows
 * to 0 for small shapes (and 0/(0 + 0) would make a beta draw NaN).
 */
export function sampleLogGamma(rng: Random, shape: number): number {
  if (shape < 1) {
    const u = 1 - rng.next(); // (0, 1]
    return sampleLogGamma(rng, shape + 1) + Math.log(u) / shape;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return Math.log(d * v);
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return Math.log(d * v);
  }
}

/** Beta(α, β) as X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β), written 1/(1 + e^(ln Y − ln X)). */
export function sampleBeta(rng: Random, alpha: number, beta: number): number {
  const lx = sampleLogGamma(rng, alpha);
  const ly = sampleLogGamma(rng, beta);
  return 1 / (1 + Math.exp(ly - lx));
}

/**
 * Index i with probability w[i]/total, by binary search of u·total in the prefix sums `cum`
 * (cum[i] = w[0] + … + w[i]): exact inversion.
 */
export function sampleIndex(rng: Random, cum: Float64Array): number {
  const total = cum[cum.length - 1]!;
  for (;;) {
    const t = rng.next() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! > t) hi = mid;
      else lo = mid + 1;
    }
    // A zero-weight outcome is never returned (its cum equals the previous one, so t < cum[lo] skips it).
    if (t < cum[lo]!) return lo;
  }
}
