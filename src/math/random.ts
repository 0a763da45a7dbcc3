/**
 * Seeded random numbers for widgets. A widget owns its generator and keeps the seed in its state,
 * so a shared link shows the same draws; nothing here is module state, and two generators made
 * from the same seed give the same sequence.
 *
 * The generator is xoshiro128** (Blackman & Vigna): 128 bits of state, period 2^128 − 1, good
 * statistical quality, and only 32-bit integer operations, which JavaScript does exactly with
 * `Math.imul`, `|`, `^`, `<<` and `>>>`. Its four state words are filled from the 32-bit seed by
 * splitmix32, so nearby seeds (1, 2, 3) still give unrelated sequences.
 *
 * @example
 * const rng = createRandom(42);
 * rng.next();   // 0.1538…, in [0, 1); the same for every createRandom(42)
 * rng.int(6);   // a fair die roll minus one: 0 … 5
 * rng.normal(); // a standard normal draw (mean 0, standard deviation 1)
 */

export interface Random {
  /** A uniform number in [0, 1) with 53 random bits (every double k·2⁻⁵³ is possible). */
  next(): number;
  /** A uniform whole number in 0 … n − 1, without modulo bias. `n`: a whole number in 1 … 2³². */
  int(n: number): number;
  /** A standard normal number (mean 0, standard deviation 1), by the Box–Muller transform. */
  normal(): number;
  /** The raw next 32-bit output, 0 … 2³² − 1. */
  uint32(): number;
}

const TWO_32 = 2 ** 32;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * The bare xoshiro128** step on an explicit state (which must not be all zero). Exposed so the
 * tests can check it against the reference C implementation's outputs.
 */
export function xoshiro128ss(s0: number, s1: number, s2: number, s3: number): () => number {
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** state must not be all zero');
  let a = s0 | 0;
  let b = s1 | 0;
  let c = s2 | 0;
  let d = s3 | 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
}

/** splitmix32: turns a counter into well-mixed 32-bit words, for seeding. */
function splitmix32(seed: number): () => number {
  let x = seed | 0;
  return () => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/**
 * A generator from a seed. `seed`: any whole number; it is reduced modulo 2³², so 0 … 2³² − 1 are
 * the distinct seeds (−1 and 4294967295 are the same). Throws a RangeError for a fractional or
 * non-finite seed, which would otherwise be a silent collision with another seed.
 */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  const mix = splitmix32(seed >>> 0);
  // splitmix32 is a bijection of distinct counters, so at most one of the four words is zero.
  const uint32 = xoshiro128ss(mix(), mix(), mix(), mix());
  // Box–Muller makes normals in pairs; the second waits here for the next call.
  let spare: number | undefined;

  const next = (): number => {
    const hi = uint32() >>> 5; // 27 bits
    const lo = uint32() >>> 6; // 26 bits
    return (hi * 2 ** 26 + lo) / 2 ** 53;
  };

  return {
    next,
    uint32,
    int(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > TWO_32)
        throw new RangeError(`int(n) needs a whole number n in 1 … 2^32, got ${n}`);
      // Reject the top partial block of 2³² so every residue is equally likely.
      const limit = TWO_32 - (TWO_32 % n);
      let x = uint32();
      while (x >= limit) x = uint32();
      return x % n;
    },
    normal(): number {
      if (spare !== undefined) {
        const z = spare;
        spare = undefined;
        return z;
      }
      const u = 1 - next(); // (0, 1]: log(0) never happens
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}
