/**
 * Philox4x32-10 as a tfjs WebGL kernel: the random numbers are made on the GPU, in a fragment
 * shader, not in JavaScript and uploaded (which is what `tf.randomUniform` does on every backend).
 * GLSL ES 3.0 has 32-bit `uint` arithmetic that wraps modulo 2^32 but no `umulExtended` (that is
 * ES 3.1), so the high half of a 32x32 product is built from 16-bit halves. The rounds, the key
 * schedule, the counter layout and the uniform conversion are those of src/math/philox.ts, so for
 * the same seed and counter the shader gives the same bits (`philoxBlocksGpu` returns raw words;
 * `verifyGpuPhilox` checks them at start-up, because a mobile GPU with a broken `highp uint`
 * would otherwise draw a wrong picture without a word).
 *
 * `philoxMeansGpu` computes whole sample means per output texel: texel i sums draws
 * (first + i)·n … (first + i)·n + n − 1 through the source's inverse cdf (src/math/sim/source.ts) and
 * writes their mean; only the means travel back to JavaScript.
 */
import type { Tensor } from '@tensorflow/tfjs-core';
import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { Tf } from './backend';
import {
  PHILOX_M0,
  PHILOX_M1,
  PHILOX_W0,
  PHILOX_W1,
  PHILOX_ROUNDS,
  philox4x32,
  seedKey,
} from '../math/philox';
import type { SourceMode, SourceTable } from '../math/sim/source';

const hex = (x: number): string => `0x${(x >>> 0).toString(16).toUpperCase()}u`;

/** The generator in GLSL ES 3.0: mulhilo by 16-bit halves, then the ten rounds. */
const PHILOX_GLSL = `
void mulhilo(uint a, uint b, out uint hi, out uint lo) {
  lo = a * b;
  uint a0 = a & 0xFFFFu, a1 = a >> 16u, b0 = b & 0xFFFFu, b1 = b >> 16u;
  uint p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint mid = (p00 >> 16u) + (p01 & 0xFFFFu) + (p10 & 0xFFFFu);
  hi = p11 + (p01 >> 16u) + (p10 >> 16u) + (mid >> 16u);
}
uvec4 philox(uvec4 c, uvec2 k) {
  for (int r = 0; r < ${PHILOX_ROUNDS}; r++) {
    if (r > 0) k += uvec2(${hex(PHILOX_W0)}, ${hex(PHILOX_W1)});
    uint hi0, lo0, hi1, lo1;
    mulhilo(${hex(PHILOX_M0)}, c.x, hi0, lo0);
    mulhilo(${hex(PHILOX_M1)}, c.z, hi1, lo1);
    c = uvec4(hi1 ^ c.y ^ k.x, lo1, hi0 ^ c.w ^ k.y, lo0);
  }
  return c;
}
uint lane(uvec4 v, uint i) {
  return i == 0u ? v.x : i == 1u ? v.y : i == 2u ? v.z : v.w;
}
`;

/** uniform (in the GLSL sense) declarations shared by both programs; values in `uniformValues`. */
const UNIFORMS = [
  { name: 'first', type: 'int' as const },
  { name: 'perItem', type: 'int' as const },
  { name: 'key0', type: 'int' as const },
  { name: 'key1', type: 'int' as const },
  { name: 'p0', type: 'float' as const },
  { name: 'p1', type: 'float' as const },
  { name: 'tableLen', type: 'int' as const },
];

/** One draw from u in the shader, the same cases as `drawFrom` in src/math/sim/source.ts. */
function drawGlsl(mode: SourceMode): string {
  const search = `
  int lo = 0, hi = tableLen - 1;
  for (int it = 0; it < 17; it++) {
    if (hi - lo <= 1) break;
    int mid = (lo + hi) / 2;
    if (getT(tableLen + mid) <= u) lo = mid; else hi = mid;
  }`;
  switch (mode) {
    case 'affine':
      return 'float draw(float u) { return u; }'; // a + span·mean is applied once per texel
    case 'exponential':
      return 'float draw(float u) { return -log(1.0 - u) / p0; }';
    case 'discrete':
      return `float draw(float u) {${search}\n  return getT(lo);\n}`;
    case 'continuous':
      return `float draw(float u) {${search}
  float c0 = getT(tableLen + lo), c1 = getT(tableLen + lo + 1), x0 = getT(lo);
  return x0 + (u - c0) / (c1 - c0) * (getT(lo + 1) - x0);
}`;
  }
}

class MeansProgram implements GPGPUProgram {
  readonly variableNames = ['T'];
  /** Shapes as uniforms: one compiled shader serves every chunk size. */
  readonly enableShapeUniforms = true;
  readonly outputShape: number[];
  readonly customUniforms = UNIFORMS;
  readonly userCode: string;
  constructor(count: number, mode: SourceMode) {
    this.outputShape = [count];
    this.userCode = `${PHILOX_GLSL}
${drawGlsl(mode)}
void main() {
  int item = getOutputCoords();
  uint n = uint(perItem);
  uint d = (uint(first) + uint(item)) * n;
  uvec2 key = uvec2(uint(key0), uint(key1));
  uint block = d >> 2u;
  uvec4 w = philox(uvec4(block, 0u, 0u, 0u), key);
  float s = 0.0;
  for (uint j = 0u; j < n; j++) {
    uint b = (d + j) >> 2u;
    if (b != block) { block = b; w = philox(uvec4(block, 0u, 0u, 0u), key); }
    s += draw(float(lane(w, (d + j) & 3u) >> 8u) * ${(1 / 2 ** 24).toExponential(12)});
  }
  float m = s / float(n);
  ${mode === 'affine' ? 'm = p0 + p1 * m;' : ''}
  setOutput(m);
}`;
  }
}

/**
 * Raw Philox blocks for an explicit counter and key, as 16-bit halves (a float32 texel holds 16
 * bits exactly): texel 8b + 2w (+1) is the high (low) half of word w of block b, whose counter is
 * (c0 + b, c1, c2, c3).
 */
class BlocksProgram implements GPGPUProgram {
  readonly variableNames = ['T'];
  readonly enableShapeUniforms = true;
  readonly outputShape: number[];
  readonly customUniforms = [
    { name: 'c0', type: 'int' as const },
    { name: 'c1', type: 'int' as const },
    { name: 'c2', type: 'int' as const },
    { name: 'c3', type: 'int' as const },
    { name: 'key0', type: 'int' as const },
    { name: 'key1', type: 'int' as const },
  ];
  readonly userCode = `${PHILOX_GLSL}
void main() {
  int i = getOutputCoords();
  uvec4 c = uvec4(uint(c0) + uint(i / 8), uint(c1), uint(c2), uint(c3));
  uint x = lane(philox(c, uvec2(uint(key0), uint(key1))), uint((i / 2) % 4));
  setOutput(float((i % 2) == 0 ? x >> 16u : x & 0xFFFFu));
}`;
  constructor(blocks: number) {
    this.outputShape = [8 * blocks];
  }
}

function webglBackend(tf: Tf): MathBackendWebGL {
  if (tf.getBackend() !== 'webgl') throw new Error('the Philox kernel needs the tfjs webgl backend');
  return tf.backend() as unknown as MathBackendWebGL;
}

/** Uniform values in `UNIFORMS` order; seeds and keys as signed ints (GLSL reinterprets the bits). */
function uniformValues(
  seed: number,
  first: number,
  perItem: number,
  p0: number,
  p1: number,
  tableLen: number,
): number[][] {
  const [k0, k1] = seedKey(seed);
  // Counters up to 4·10^9 pass as int32 bit patterns; the shader converts them to uint first.
  return [[first | 0], [perItem], [k0 | 0], [k1 | 0], [p0], [p1], [tableLen]];
}

/** The table as one float32 tensor: the K + 1 xs, then the K + 1 cs (a dummy pair when unused). */
export function tableTensor(tf: Tf, table: SourceTable): Tensor {
  const len = Math.max(1, table.cs.length);
  const data = new Float32Array(2 * len);
  data.set(table.xs);
  data.set(table.cs, len);
  return tf.tensor1d(data, 'float32');
}

/**
 * Means of `perItem` draws for items `first … first + count − 1`, computed on the GPU. Returns a
 * tensor of shape [count] (the caller disposes it). `table` comes from `tableTensor`.
 */
export function philoxMeansGpu(
  tf: Tf,
  table: SourceTable,
  tableT: Tensor,
  seed: number,
  first: number,
  count: number,
  perItem: number,
): Tensor {
  const backend = webglBackend(tf);
  const len = Math.max(1, table.cs.length);
  const [p0, p1] =
    table.mode === 'affine'
      ? [table.params[0] as number, (table.params[1] as number) - (table.params[0] as number)]
      : table.mode === 'exponential'
        ? [table.params[0] as number, 0]
        : [0, 0];
  const info = backend.compileAndRun(
    new MeansProgram(count, table.mode),
    [tableT],
    'float32',
    uniformValues(seed, first, perItem, p0, p1, len),
  );
  return tf.engine().makeTensorFromTensorInfo(info);
}

/**
 * `blocks` Philox4x32-10 blocks computed by the GPU: counters (c0 + b, c1, c2, c3), key (k0, k1);
 * returns their 4·blocks words. All arguments are unsigned 32-bit words.
 */
export async function philoxBlocksGpu(
  tf: Tf,
  counter: readonly number[],
  key: readonly number[],
  blocks: number,
): Promise<Uint32Array> {
  const backend = webglBackend(tf);
  const dummy = tf.zeros([2]);
  const values = [...counter.slice(0, 4), ...key.slice(0, 2)].map((w) => [w | 0]);
  const info = backend.compileAndRun(new BlocksProgram(blocks), [dummy], 'float32', values);
  const halves = tf.engine().makeTensorFromTensorInfo(info);
  try {
    const h = (await halves.data()) as Float32Array;
    const out = new Uint32Array(4 * blocks);
    for (let i = 0; i < out.length; i++)
      out[i] = (((h[2 * i] as number) << 16) | (h[2 * i + 1] as number)) >>> 0;
    return out;
  } finally {
    halves.dispose();
    dummy.dispose();
  }
}

/** Random123's known answers for Philox4x32-10 (tests/kat_vectors): counter, key, output. */
export const PHILOX_KAT: readonly (readonly [readonly number[], readonly number[], readonly number[]])[] = [
  [
    [0, 0, 0, 0],
    [0, 0],
    [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8],
  ],
  [
    [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff],
    [0xffffffff, 0xffffffff],
    [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd],
  ],
  [
    [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344],
    [0xa4093822, 0x299f31d0],
    [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1],
  ],
];

export interface GpuCheck {
  readonly identical: boolean;
  /** Words compared with src/math/philox.ts. */
  readonly checked: number;
  readonly mismatches: number;
  /** Whether the GPU reproduced Random123's three published answers. */
  readonly knownAnswers: boolean;
}

/**
 * Checks the GPU's generator before it is trusted: Random123's known answers, then `blocks`
 * blocks of a seed's stream at its start and near the end of the counter range, word for word
 * against src/math/philox.ts. A GPU that fails is not used for sampling.
 */
export async function verifyGpuPhilox(tf: Tf, seed = 20_260_101, blocks = 1024): Promise<GpuCheck> {
  let knownAnswers = true;
  for (const [counter, key, expected] of PHILOX_KAT) {
    const got = await philoxBlocksGpu(tf, counter, key, 1);
    if (expected.some((w, i) => got[i] !== w)) knownAnswers = false;
  }
  const [k0, k1] = seedKey(seed);
  let mismatches = 0;
  const cpu = new Uint32Array(4);
  for (const first of [0, 1_000_000_000 - blocks]) {
    const gpu = await philoxBlocksGpu(tf, [first, 0, 0, 0], [k0, k1], blocks);
    for (let b = 0; b < blocks; b++) {
      philox4x32(first + b, 0, 0, 0, k0, k1, cpu);
      for (let w = 0; w < 4; w++) if (gpu[4 * b + w] !== cpu[w]) mismatches++;
    }
  }
  return { identical: knownAnswers && mismatches === 0, checked: 8 * blocks, mismatches, knownAnswers };
}
