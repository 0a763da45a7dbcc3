/**
 * A hand-drawn density: piecewise constant on equal bins of [lo, hi], heights as drawn (any
 * positive scale; normalised here). A draw picks a bin in proportion to its height, then a
 * uniform point inside it.
 */
import { sampleIndex } from './samplers';
import type { Distribution } from './types';

export function drawn(lo: number, hi: number, density: readonly number[]): Distribution {
  const k = density.length;
  const h = (hi - lo) / k;
  const cum = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i++) {
    total += density[i]!;
    cum[i] = total;
  }
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < k; i++) {
    const w = density[i]! / total;
    const mid = lo + (i + 0.5) * h;
    mean += w * mid;
    // E[X²] on a bin of width h centred at mid is mid² + h²/12.
    m2 += w * (mid * mid + (h * h) / 12);
  }
  const bin = (x: number): number => Math.min(k - 1, Math.floor((x - lo) / h));
  return {
    spec: { kind: 'drawn', lo, hi, density: [...density] },
    discrete: false,
    pdf: (x) => (x < lo || x > hi ? 0 : density[bin(x)]! / (total * h)),
    cdf(x) {
      if (x <= lo) return 0;
      if (x >= hi) return 1;
      const i = bin(x);
      const before = i === 0 ? 0 : cum[i - 1]!;
      const inside = (density[i]! * (x - (lo + i * h))) / h;
      return Math.min(1, (before + inside) / total);
    },
    mean,
    variance: Math.max(0, m2 - mean * mean),
    support: [lo, hi],
    sample(rng) {
      const i = sampleIndex(rng, cum);
      return lo + (i + rng.next()) * h;
    },
  };
}
