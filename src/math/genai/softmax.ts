/**
 * Softmax with a temperature, the cross-entropy loss against one target class and its gradient,
 * and seeded sampling from the resulting probabilities (lesson 27).
 *
 * Everything works on z = ℓ / T and subtracts the largest z before exponentiating, so logits of
 * ±1000 at T = 0.05 (z = ±20000) give exact 0s and 1s instead of Infinity / Infinity = NaN; the
 * loss is computed as logsumexp(z) − z_target, never as −log(p), so it stays finite where p
 * underflows to 0.
 */
import type { Random } from '../random';

function scaled(logits: ArrayLike<number>, temperature: number): Float64Array {
  if (logits.length === 0) throw new RangeError('softmax needs at least one logit');
  if (!(temperature > 0) || !Number.isFinite(temperature))
    throw new RangeError(`temperature must be a positive number, got ${temperature}`);
  const z = new Float64Array(logits.length);
  for (let i = 0; i < z.length; i++) z[i] = logits[i]! / temperature;
  return z;
}

/** log Σ exp(z), shifted by the maximum so nothing overflows. */
export function logSumExp(z: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < z.length; i++) m = Math.max(m, z[i]!);
  let s = 0;
  for (let i = 0; i < z.length; i++) s += Math.exp(z[i]! - m);
  return m + Math.log(s);
}

/** p_i = exp(ℓ_i / T) / Σ_j exp(ℓ_j / T). */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  const z = scaled(logits, temperature);
  let m = -Infinity;
  for (const v of z) m = Math.max(m, v);
  let s = 0;
  for (let i = 0; i < z.length; i++) {
    z[i] = Math.exp(z[i]! - m);
    s += z[i]!;
  }
  for (let i = 0; i < z.length; i++) z[i] = z[i]! / s;
  return z;
}

export interface CrossEntropy {
  /** The probabilities p = softmax(ℓ / T). */
  readonly p: Float64Array;
  /** −ln p_target, in nats. */
  readonly loss: number;
  /** ∂loss/∂z_i = p_i − y_i, with z = ℓ / T and y the one-hot target. */
  readonly gradient: Float64Array;
}

/** The loss of the target class (0-based `target`) and its gradient p − y. */
export function crossEntropy(logits: ArrayLike<number>, target: number, temperature = 1): CrossEntropy {
  if (!Number.isInteger(target) || target < 0 || target >= logits.length)
    throw new RangeError(`target must be a class index 0 … ${logits.length - 1}, got ${target}`);
  const z = scaled(logits, temperature);
  const loss = logSumExp(z) - z[target]!;
  const p = softmax(logits, temperature);
  const gradient = Float64Array.from(p, (v, i) => v - (i === target ? 1 : 0));
  return { p, loss, gradient };
}

/** Entropy −Σ p ln p in nats (0 · ln 0 taken as 0). */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) h -= p[i]! * Math.log(p[i]!);
  return h;
}

/** Index of the class whose cumulative probability first exceeds u (u in [0, 1)). */
export function pickIndex(cumulative: Float64Array, u: number): number {
  const x = u * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function cumulativeOf(p: ArrayLike<number>): Float64Array {
  const c = new Float64Array(p.length);
  let s = 0;
  for (let i = 0; i < p.length; i++) c[i] = s += p[i]!;
  return c;
}

/** How many of `n` seeded draws from p land on each class. */
export function sampleCounts(p: ArrayLike<number>, n: number, rng: Random): Uint32Array {
  const counts = new Uint32Array(p.length);
  const c = cumulativeOf(p);
  for (let k = 0; k < n; k++) counts[pickIndex(c, rng.next())]!++;
  return counts;
}
