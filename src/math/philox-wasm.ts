/**
 * Philox4x32-10 in WebAssembly SIMD: four blocks at once, one per 32-bit lane. The high half of a
 * 32x32 product is exact here (`i64x2.extmul_*_i32x4_u` gives the full 64-bit products), which
 * JavaScript can only emulate; on one CPU core this makes the words several times faster than
 * src/math/philox.ts, with the same bits (tested against it and Random123's answers).
 *
 * The module is assembled here from its instructions (no toolchain, no binary blob to trust): one
 * exported function `fill(k0, k1, firstBlock, groups, out)` writes the 16 words of blocks
 * firstBlock … firstBlock + 4·groups − 1 (counter (b, 0, 0, 0), key (k0, k1)) to memory at `out`,
 * block after block, word after word: the order of `philoxWords`. Where WebAssembly SIMD is
 * missing (old browsers), `createPhiloxWasm` returns null and callers use the JavaScript version.
 *
 * @example
 * const px = createPhiloxWasm();
 * const words = px?.blocks(0, 0, 0, 4); // 16 words; words[0..3] = 6627e8d5 e169c58d bc57ac4c 9b00dbd8
 */
import { PHILOX_M0, PHILOX_M1, PHILOX_ROUNDS, PHILOX_W0, PHILOX_W1 } from './philox';

// ---- a very small WebAssembly assembler -------------------------------------------------------

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

const simd = (op: number): number[] => [0xfd, ...uleb(op)];
const OP = {
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  i32: (v: number) => [0x41, ...sleb(v | 0)],
  add: [0x6a],
  shl: [0x74],
  geU: [0x4f],
  brIf: (d: number) => [0x0d, ...uleb(d)],
  br: (d: number) => [0x0c, ...uleb(d)],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  store: (offset: number) => [...simd(0x0b), 4, ...uleb(offset)],
  const128: (lanes: readonly number[]) => [
    ...simd(0x0c),
    ...lanes.flatMap((l) => [l & 255, (l >>> 8) & 255, (l >>> 16) & 255, (l >>> 24) & 255]),
  ],
  shuffle: (bytes: readonly number[]) => [...simd(0x0d), ...bytes],
  splat: simd(0x11),
  xor: simd(0x51),
  add32: simd(0xae),
  mul32: simd(0xb5),
  extLo: simd(0xde), // i64x2.extmul_low_i32x4_u
  extHi: simd(0xdf), // i64x2.extmul_high_i32x4_u
};

/** Byte indices for i8x16.shuffle from 32-bit lane picks (0-3: first operand, 4-7: second). */
const lanes = (...picks: number[]): number[] =>
  picks.flatMap((p) => [4 * p, 4 * p + 1, 4 * p + 2, 4 * p + 3]);

function philoxModule(): Uint8Array<ArrayBuffer> {
  // params: k0 0, k1 1, firstBlock 2, groups 3, out 4; i32 locals: g 5, addr 6;
  // v128 locals: x0..x3 7-10, K0 11, K1 12, p 13, q 14, a 15, b 16, m0 17, m1 18, w0 19, w1 20, t0..t3 21-24.
  const [G, ADDR, X0, X1, X2, X3, K0, K1, P, Q, A, B, M0, M1, W0, W1, T0, T1, T2, T3] = [
    5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
  ] as const;
  const code: number[] = [];
  const emit = (...parts: number[][]): void => {
    for (const p of parts) code.push(...p);
  };
  const splatConst = (v: number, local: number): void => emit(OP.i32(v), OP.splat, OP.set(local));
  splatConst(PHILOX_M0, M0);
  splatConst(PHILOX_M1, M1);
  splatConst(PHILOX_W0, W0);
  splatConst(PHILOX_W1, W1);
  const HI = lanes(1, 3, 5, 7); // the high words of two u64 lanes from each operand
  emit(OP.i32(0), OP.set(G), OP.block, OP.loop);
  emit(OP.get(G), OP.get(3), OP.geU, OP.brIf(1));
  // x0 = (b, b + 1, b + 2, b + 3) with b = firstBlock + 4g; x1 = x2 = x3 = 0.
  emit(
    OP.get(2),
    OP.get(G),
    OP.i32(2),
    OP.shl,
    OP.add,
    OP.splat,
    OP.const128([0, 1, 2, 3]),
    OP.add32,
    OP.set(X0),
  );
  for (const x of [X1, X2, X3]) emit(OP.const128([0, 0, 0, 0]), OP.set(x));
  emit(OP.get(0), OP.splat, OP.set(K0), OP.get(1), OP.splat, OP.set(K1));
  for (let r = 0; r < PHILOX_ROUNDS; r++) {
    if (r > 0)
      emit(OP.get(K0), OP.get(W0), OP.add32, OP.set(K0), OP.get(K1), OP.get(W1), OP.add32, OP.set(K1));
    emit(OP.get(X0), OP.get(M0), OP.extLo, OP.get(X0), OP.get(M0), OP.extHi, OP.shuffle(HI), OP.set(P)); // hi0
    emit(OP.get(X2), OP.get(M1), OP.extLo, OP.get(X2), OP.get(M1), OP.extHi, OP.shuffle(HI), OP.set(Q)); // hi1
    emit(OP.get(Q), OP.get(X1), OP.xor, OP.get(K0), OP.xor, OP.set(A)); // new x0 = hi1 ^ x1 ^ k0
    emit(OP.get(P), OP.get(X3), OP.xor, OP.get(K1), OP.xor, OP.set(B)); // new x2 = hi0 ^ x3 ^ k1
    emit(OP.get(X0), OP.get(M0), OP.mul32, OP.set(X3)); // new x3 = lo0
    emit(OP.get(X2), OP.get(M1), OP.mul32, OP.set(X1)); // new x1 = lo1
    emit(OP.get(A), OP.set(X0), OP.get(B), OP.set(X2));
  }
  // Transpose the 4x4 (lane = block, vector = word) so memory holds block after block.
  emit(OP.get(X0), OP.get(X1), OP.shuffle(lanes(0, 4, 1, 5)), OP.set(T0));
  emit(OP.get(X2), OP.get(X3), OP.shuffle(lanes(0, 4, 1, 5)), OP.set(T1));
  emit(OP.get(X0), OP.get(X1), OP.shuffle(lanes(2, 6, 3, 7)), OP.set(T2));
  emit(OP.get(X2), OP.get(X3), OP.shuffle(lanes(2, 6, 3, 7)), OP.set(T3));
  emit(OP.get(4), OP.get(G), OP.i32(6), OP.shl, OP.add, OP.set(ADDR));
  const out: [number, number, number[], number][] = [
    [T0, T1, lanes(0, 1, 4, 5), 0],
    [T0, T1, lanes(2, 3, 6, 7), 16],
    [T2, T3, lanes(0, 1, 4, 5), 32],
    [T2, T3, lanes(2, 3, 6, 7), 48],
  ];
  for (const [s, t, pick, offset] of out)
    emit(OP.get(ADDR), OP.get(s), OP.get(t), OP.shuffle(pick), OP.store(offset));
  emit(OP.get(G), OP.i32(1), OP.add, OP.set(G), OP.br(0), OP.end, OP.end);
  const body = [
    ...vec([
      [...uleb(2), 0x7f],
      [...uleb(18), 0x7b],
    ]),
    ...code,
    0x0b,
  ];

  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec([[0x60, ...vec([[0x7f], [0x7f], [0x7f], [0x7f], [0x7f]]), 0]])),
    ...section(3, vec([[0]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(
      7,
      vec([
        [...name('fill'), 0x00, 0],
        [...name('mem'), 0x02, 0],
      ]),
    ),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}

export interface PhiloxWasm {
  /**
   * The 4·count words of blocks firstBlock … firstBlock + count − 1 (counter (b, 0, 0, 0), key
   * (k0, k1)). A view into the module's memory: read it before the next call.
   */
  blocks(k0: number, k1: number, firstBlock: number, count: number): Uint32Array;
}

/** The SIMD generator, or null where WebAssembly SIMD is missing or forbidden. */
export function createPhiloxWasm(): PhiloxWasm | null {
  const bytes = philoxModule();
  if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(bytes)) return null;
  let instance: WebAssembly.Instance;
  try {
    instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
  } catch {
    // A page whose Content-Security-Policy forbids compiling WebAssembly ('wasm-unsafe-eval').
    return null;
  }
  const fill = instance.exports.fill as (
    k0: number,
    k1: number,
    first: number,
    groups: number,
    out: number,
  ) => void;
  const memory = instance.exports.mem as WebAssembly.Memory;
  return {
    blocks(k0, k1, firstBlock, count) {
      const groups = Math.ceil(count / 4);
      const need = groups * 64;
      const have = memory.buffer.byteLength;
      if (need > have) memory.grow(Math.ceil((need - have) / 65536));
      fill(k0 | 0, k1 | 0, firstBlock | 0, groups, 0);
      return new Uint32Array(memory.buffer, 0, 4 * count);
    },
  };
}

/** The module's size in bytes (browsers compile up to 4 KiB synchronously on the main thread). */
export function philoxWasmBytes(): number {
  return philoxModule().length;
}
