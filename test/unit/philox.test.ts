import { describe, expect, it } from 'vitest';
import {
  fillUniformBlocks,
  philox4x32,
  philoxUniforms,
  philoxWords,
  seedKey,
  uniform24,
} from '../../src/math/philox';
import { createPhiloxWasm, philoxWasmBytes } from '../../src/math/philox-wasm';

const hex = (w: ArrayLike<number>): string =>
  Array.from(w, (x) => (x >>> 0).toString(16).padStart(8, '0')).join(' ');
const words = (text: string): number[] => text.split(' ').map((h) => parseInt(h, 16));

// Random123 v1.14 tests/kat_vectors, the "philox4x32 10" lines: counter, key, expected output.
const KAT: [string, string, string][] = [
  ['00000000 00000000 00000000 00000000', '00000000 00000000', '6627e8d5 e169c58d bc57ac4c 9b00dbd8'],
  ['ffffffff ffffffff ffffffff ffffffff', 'ffffffff ffffffff', '408f276d 41c83b0e a20bc7c6 6d5451fd'],
  ['243f6a88 85a308d3 13198a2e 03707344', 'a4093822 299f31d0', 'd16cfe09 94fdcceb 5001e420 24126ea1'],
];

describe('Philox4x32-10', () => {
  it('gives the Random123 known answers', () => {
    for (const [ctr, key, expected] of KAT) {
      const c = words(ctr);
      const k = words(key);
      const out = new Uint32Array(4);
      philox4x32(c[0]!, c[1]!, c[2]!, c[3]!, k[0]!, k[1]!, out);
      expect(hex(out)).toBe(expected);
    }
  });

  it('fast block fill gives the same uniforms as the reference block function', () => {
    const [k0, k1] = seedKey(2026);
    const fast = new Float64Array(4 * 37);
    fillUniformBlocks(k0, k1, 3, 0xffffffd0, 37, fast);
    const out = new Uint32Array(4);
    for (let b = 0; b < 37; b++) {
      const block = 0xffffffd0 + b;
      philox4x32(block >>> 0, Math.floor(block / 2 ** 32), 3, 0, k0, k1, out);
      for (let lane = 0; lane < 4; lane++) expect(fast[4 * b + lane]).toBe(uniform24(out[lane]!));
    }
  });

  it('uniforms of any draw range match the words of that range, wherever it starts', () => {
    for (const [first, n] of [
      [0, 8],
      [1, 1],
      [3, 10],
      [7, 33],
      [1e9 + 2, 5],
    ] as const) {
      const w = new Uint32Array(n);
      philoxWords(99, 1, first, w);
      const u = new Float64Array(n);
      philoxUniforms(99, 1, first, u);
      expect(Array.from(u)).toEqual(Array.from(w, uniform24));
    }
  });

  it('uniform24 maps words onto [0, 1) exactly in float32', () => {
    expect(uniform24(0)).toBe(0);
    expect(uniform24(0xffffffff)).toBe(1 - 2 ** -24);
    const u = uniform24(0x12345678);
    expect(Math.fround(u)).toBe(u);
  });

  it('seeds and streams give different, evenly spread numbers (chi-square over 64 cells)', () => {
    const n = 64_000;
    for (const [seed, stream] of [
      [0, 0],
      [1, 0],
      [0, 1],
    ] as const) {
      const u = new Float64Array(n);
      philoxUniforms(seed, stream, 0, u);
      const cells = new Array<number>(64).fill(0);
      for (const x of u) cells[Math.floor(x * 64)]!++;
      const e = n / 64;
      const chi = cells.reduce((s, c) => s + (c - e) ** 2 / e, 0);
      // 63 degrees of freedom: the 99.9% point is 103.4.
      expect(chi).toBeLessThan(103.4);
      const mean = u.reduce((s, x) => s + x, 0) / n;
      expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    }
    const a = new Float64Array(16);
    const b = new Float64Array(16);
    philoxUniforms(0, 0, 0, a);
    philoxUniforms(1, 0, 0, b);
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it('lag-1 pairs are uncorrelated', () => {
    const n = 100_000;
    const u = new Float64Array(n);
    philoxUniforms(7, 0, 0, u);
    let s = 0;
    for (let i = 1; i < n; i++) s += (u[i]! - 0.5) * (u[i - 1]! - 0.5);
    const corr = s / (n - 1) / (1 / 12);
    expect(Math.abs(corr)).toBeLessThan(4 / Math.sqrt(n));
  });
});

describe('Philox4x32-10 in WebAssembly SIMD', () => {
  it('assembles a small module that gives the Random123 answers and the same words as philox4x32', () => {
    expect(philoxWasmBytes()).toBeLessThan(4096); // compiles synchronously on a page's main thread
    const px = createPhiloxWasm();
    expect(px).not.toBeNull();
    expect(hex(px!.blocks(0, 0, 0, 1))).toBe(KAT[0]![2]);
    const ones = px!.blocks(0xffffffff, 0xffffffff, 0xffffffff, 1); // counter (2^32 − 1, 0, 0, 0): not a KAT
    const ref = new Uint32Array(4);
    philox4x32(0xffffffff, 0, 0, 0, 0xffffffff, 0xffffffff, ref);
    expect(hex(ones)).toBe(hex(ref));
    const [k0, k1] = seedKey(77);
    const got = Uint32Array.from(px!.blocks(k0, k1, 123_456_789, 1001));
    const want = new Uint32Array(4 * 1001);
    philoxWords(77, 0, 4 * 123_456_789, want);
    expect(got).toEqual(want);
  });
});
