/**
 * The Philox words of a seed's stream for any range of draws, from WebAssembly SIMD where the
 * browser has it (src/math/philox-wasm.ts, several times faster) and from JavaScript otherwise;
 * the same bits either way. One source per engine: it owns the scratch memory it returns views of.
 */
import { fillWordBlocks, seedKey } from '../philox';
import { createPhiloxWasm } from '../philox-wasm';

export interface WordRange {
  /** Holds the words of draws first … first + n − 1 at `words[offset …]`; valid until the next call. */
  readonly words: Uint32Array;
  readonly offset: number;
}

export interface WordSource {
  /** "wasm SIMD" or "JavaScript": which generator makes the words. */
  readonly generator: string;
  range(first: number, n: number): WordRange;
}

/** `allowWasm: false` forces the JavaScript generator (for tests of the fallback). */
export function wordSource(seed: number, allowWasm = true): WordSource {
  const [k0, k1] = seedKey(seed);
  const wasm = allowWasm ? createPhiloxWasm() : null;
  let scratch = new Uint32Array(0);
  return {
    generator: wasm ? 'wasm SIMD' : 'JavaScript',
    range(first, n) {
      const head = first % 4;
      const firstBlock = (first - head) / 4;
      const blocks = Math.ceil((head + n) / 4);
      if (wasm) return { words: wasm.blocks(k0, k1, firstBlock, blocks), offset: head };
      if (scratch.length < 4 * blocks) scratch = new Uint32Array(4 * blocks);
      fillWordBlocks(k0, k1, 0, firstBlock, blocks, scratch);
      return { words: scratch, offset: head };
    },
  };
}
