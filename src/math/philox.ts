/**
 * Philox4x32-10 (Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as easy as 1, 2, 3",
 * SC 2011; the Random123 library): a counter-based generator. Its output is a pure function of a
 * 128-bit counter and a 64-bit key, so draw number i can be computed by anyone, in any order, on
 * any device: a worker, a GPU shader and this file all give the same bits for the same (key,
 * counter). That is what lets the GPU path (src/tensor/philox-webgl.ts) reproduce this one bit for
 * bit, and lets a long simulation be cut into chunks without carrying a generator state around.
 *
 * Arithmetic is exact 32-bit: the low half of a 32x32 product is `Math.imul`; the high half splits
 * the fixed multiplier into 16-bit halves so every partial product stays below 2^49 (exact in a
 * double).
 *
 * Uniform floats: `uniform24(w) = (w >>> 8) / 2^24`, the top 24 bits of a word, in [0, 1). Every
 * value is exactly representable in float32, so the GPU (float32) and JavaScript (float64) get the
 * identical number from the identical word.
 *
 * @example
 * const out = new Uint32Array(4);
 * philox4x32(0, 0, 0, 0, 0, 0, out); // out = 6627e8d5 e169c58d bc57ac4c 9b00dbd8 (Random123's answer)
 */

export const PHILOX_M0 = 0xd2511f53;
export const PHILOX_M1 = 0xcd9e8d57;
export const PHILOX_W0 = 0x9e3779b9;
export const PHILOX_W1 = 0xbb67ae85;
export const PHILOX_ROUNDS = 10;

const M0_HI = PHILOX_M0 >>> 16;
const M0_LO = PHILOX_M0 & 0xffff;
const M1_HI = PHILOX_M1 >>> 16;
const M1_LO = PHILOX_M1 & 0xffff;
const TWO_16 = 65536;
const INV_2_24 = 1 / 16777216;

/** High 32 bits of a · (mHi·2^16 + mLo) for a 32-bit unsigned a: every product below 2^48, exact. */
function mulhi(a: number, mHi: number, mLo: number): number {
  return Math.floor((a * mHi + Math.floor((a * mLo) / TWO_16)) / TWO_16) >>> 0;
}

/**
 * One Philox4x32-10 block: counter (c0..c3), key (k0, k1), all unsigned 32-bit words; writes the
 * four output words to `out[at..at+3]`.
 */
export function philox4x32(
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  k0: number,
  k1: number,
  out: Uint32Array,
  at = 0,
): void {
  let x0 = c0 >>> 0;
  let x1 = c1 >>> 0;
  let x2 = c2 >>> 0;
  let x3 = c3 >>> 0;
  let key0 = k0 >>> 0;
  let key1 = k1 >>> 0;
  for (let r = 0; r < PHILOX_ROUNDS; r++) {
    if (r > 0) {
      key0 = (key0 + PHILOX_W0) >>> 0;
      key1 = (key1 + PHILOX_W1) >>> 0;
    }
    const hi0 = mulhi(x0, M0_HI, M0_LO);
    const lo0 = Math.imul(x0, PHILOX_M0) >>> 0;
    const hi1 = mulhi(x2, M1_HI, M1_LO);
    const lo1 = Math.imul(x2, PHILOX_M1) >>> 0;
    x0 = (hi1 ^ x1 ^ key0) >>> 0;
    x1 = lo1;
    x2 = (hi0 ^ x3 ^ key1) >>> 0;
    x3 = lo0;
  }
  out[at] = x0;
  out[at + 1] = x1;
  out[at + 2] = x2;
  out[at + 3] = x3;
}

/** The top 24 bits of a word as a uniform number in [0, 1), exact in float32 (see the file comment). */
export function uniform24(word: number): number {
  return (word >>> 8) * INV_2_24;
}

/**
 * The key Lumen derives from a widget's seed: word 0 is the seed (mod 2^32), word 1 a fixed tag,
 * so seed 0 is not the all-zero key. Draw number d of a job is word (d mod 4) of the block at
 * counter (floor(d / 4) low 32 bits, high bits, stream, 0).
 */
export const LUMEN_KEY_TAG = 0x4c554d4e; // "LUMN"

export function seedKey(seed: number): [number, number] {
  return [seed >>> 0, LUMEN_KEY_TAG];
}

/**
 * Fills `out` with the raw words of draws `first … first + out.length − 1` of stream `stream`
 * under the key of `seed`. `first` may be any whole number below 2^52 (the counter carries it in
 * two words).
 */
export function philoxWords(seed: number, stream: number, first: number, out: Uint32Array): void {
  const [k0, k1] = seedKey(seed);
  const block = new Uint32Array(4);
  let d = first;
  let i = 0;
  while (i < out.length) {
    const b = Math.floor(d / 4);
    philox4x32(b >>> 0, Math.floor(b / 4294967296) >>> 0, stream, 0, k0, k1, block);
    for (let lane = d - b * 4; lane < 4 && i < out.length; lane++, i++, d++) out[i] = block[lane] as number;
  }
}

/**
 * The words of whole blocks `firstBlock … firstBlock + count − 1` (counter (b, 0, stream, 0),
 * 4 words per block) into `out[at …]`. The JavaScript hot loop, for where WebAssembly SIMD
 * (src/math/philox-wasm.ts) is missing: the rounds written out with local variables, about twice
 * as fast as calling `philox4x32` per block. Blocks below 2^32 only.
 */
export function fillWordBlocks(
  k0: number,
  k1: number,
  stream: number,
  firstBlock: number,
  count: number,
  out: Uint32Array,
  at = 0,
): void {
  for (let i = 0; i < count; i++) {
    let x0 = (firstBlock + i) >>> 0;
    let x1 = 0;
    let x2 = stream >>> 0;
    let x3 = 0;
    let a = k0 >>> 0;
    let c = k1 >>> 0;
    for (let r = 0; r < PHILOX_ROUNDS; r++) {
      const h0 = Math.floor((x0 * M0_HI + Math.floor((x0 * M0_LO) / TWO_16)) / TWO_16);
      const h1 = Math.floor((x2 * M1_HI + Math.floor((x2 * M1_LO) / TWO_16)) / TWO_16);
      const l0 = Math.imul(x0, PHILOX_M0) >>> 0;
      const l1 = Math.imul(x2, PHILOX_M1) >>> 0;
      x0 = (h1 ^ x1 ^ a) >>> 0;
      x1 = l1;
      x2 = (h0 ^ x3 ^ c) >>> 0;
      x3 = l0;
      a = (a + PHILOX_W0) >>> 0;
      c = (c + PHILOX_W1) >>> 0;
    }
    const j = at + 4 * i;
    out[j] = x0;
    out[j + 1] = x1;
    out[j + 2] = x2;
    out[j + 3] = x3;
  }
}

/** Uniforms in [0, 1) of whole blocks (see `fillWordBlocks`) into `out[at …]`. */
export function fillUniformBlocks(
  k0: number,
  k1: number,
  stream: number,
  firstBlock: number,
  count: number,
  out: Float64Array | Float32Array,
  at = 0,
): void {
  const words = new Uint32Array(4 * count);
  fillWordBlocks(k0, k1, stream, firstBlock, count, words);
  for (let i = 0; i < words.length; i++) out[at + i] = ((words[i] as number) >>> 8) * INV_2_24;
}

/**
 * Uniforms in [0, 1) for draws `first … first + out.length − 1` of `stream` under the key of
 * `seed` (see `seedKey`); `first + out.length` at most 2^34. The same numbers as
 * `uniform24(philoxWords(...))`, faster.
 */
export function philoxUniforms(seed: number, stream: number, first: number, out: Float64Array): void {
  const [k0, k1] = seedKey(seed);
  const n = out.length;
  if (n === 0) return;
  const head = first % 4;
  const firstBlock = (first - head) / 4;
  const blocks = Math.ceil((head + n) / 4);
  if (head === 0 && n % 4 === 0) {
    fillUniformBlocks(k0, k1, stream, firstBlock, blocks, out);
    return;
  }
  const scratch = new Float64Array(blocks * 4);
  fillUniformBlocks(k0, k1, stream, firstBlock, blocks, scratch);
  out.set(scratch.subarray(head, head + n));
}
