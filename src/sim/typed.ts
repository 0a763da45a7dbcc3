/**
 * The plain typed-array path: Philox words (src/math/sim/words.ts: WebAssembly SIMD, else
 * JavaScript) through the source's inverse cdf (source.ts), summed in float64. No tensors: for
 * one number per draw, a tight loop over typed arrays is what a CPU does fastest.
 *
 * The uniform of a word w is (w >>> 8)·2^-24 (src/math/philox.ts); the uniform source sums the
 * integers w >>> 8 exactly and scales once per mean, which gives the same double as summing the
 * uniforms (all are multiples of 2^-24 far below 2^53 of them).
 */
import { drawsPerItem, type SimJob } from '../math/sim/job';
import { drawFrom, sourceTable } from '../math/sim/source';
import { wordSource } from '../math/sim/words';
import type { ValueEngine } from '../math/sim/engine';

const INV_2_24 = 1 / 16777216;

export function typedEngine(job: SimJob): ValueEngine {
  const m = drawsPerItem(job);
  const src = wordSource(job.seed);
  const path = src.generator === 'wasm SIMD' ? 'typed arrays + wasm Philox' : 'typed arrays';

  if (job.kind === 'bootstrap') {
    const data = Float64Array.from(job.data);
    const size = data.length;
    const sample = new Float64Array(size);
    return {
      path,
      values(first, count) {
        const out = new Float64Array(count);
        const { words, offset } = src.range(first * size, count * size);
        for (let r = 0, j = offset; r < count; r++) {
          if (job.statistic === 'mean') {
            let s = 0;
            for (let e = j + size; j < e; j++)
              s += data[Math.floor(((words[j] as number) >>> 8) * INV_2_24 * size)] as number;
            out[r] = s / size;
          } else {
            for (let i = 0; i < size; i++, j++)
              sample[i] = data[Math.floor(((words[j] as number) >>> 8) * INV_2_24 * size)] as number;
            sample.sort();
            const h = size >> 1;
            out[r] =
              size % 2 ? (sample[h] as number) : ((sample[h - 1] as number) + (sample[h] as number)) / 2;
          }
        }
        return out;
      },
      dispose() {},
    };
  }

  const table = sourceTable(job.dist);
  const affine = table.mode === 'affine';
  const a = table.params[0] ?? 0;
  const scale = (((table.params[1] ?? 1) - a) * INV_2_24) / m;
  return {
    path,
    values(first, count) {
      const out = new Float64Array(count);
      const { words, offset } = src.range(first * m, count * m);
      if (affine) {
        for (let i = 0, j = offset; i < count; i++) {
          let s = 0;
          for (let e = j + m; j < e; j++) s += (words[j] as number) >>> 8;
          out[i] = a + s * scale;
        }
      } else {
        for (let i = 0, j = offset; i < count; i++) {
          let s = 0;
          for (let e = j + m; j < e; j++) s += drawFrom(table, ((words[j] as number) >>> 8) * INV_2_24);
          out[i] = s / m;
        }
      }
      return out;
    },
    dispose() {},
  };
}
