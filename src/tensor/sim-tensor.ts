/**
 * The tfjs simulation paths, as value engines (src/math/sim/engine.ts):
 * - webgl: the Philox kernel makes the uniforms and the sample means on the GPU
 *   (philox-webgl.ts); only the means are read back;
 * - wasm and cpu: tfjs has no 32-bit integer multiply-high or bit operations to run Philox as
 *   tensor ops, so the uniforms come from src/math/sim/words.ts (the same numbers) and the backend
 *   does the rest: the inverse cdf (searchSorted + gather) and the means.
 * Every chunk is built in `tf.tidy` and its result disposed after reading, so
 * `tf.memory().numTensors` is the same before and after any number of chunks.
 */
import type { Tensor } from '@tensorflow/tfjs-core';
import type { ValueEngine } from '../math/sim/engine';
import { drawsPerItem, type SimJob } from '../math/sim/job';
import { sourceTable, type SourceTable } from '../math/sim/source';
import { wordSource, type WordSource } from '../math/sim/words';
import type { BackendName, Tf } from './backend';
import { philoxMeansGpu, tableTensor } from './philox-webgl';

/** A value engine on the current tfjs backend (`backend` must be the one tfjs runs now). */
export function tensorEngine(tf: Tf, backend: BackendName, job: SimJob, label: string): ValueEngine {
  if (job.kind === 'bootstrap') throw new Error('the bootstrap runs on the typed-array path only');
  const table = sourceTable(job.dist);
  const m = drawsPerItem(job);
  const tableT = tableTensor(tf, table);
  const read = async (t: Tensor): Promise<Float32Array> => {
    try {
      return (await t.data()) as Float32Array;
    } finally {
      t.dispose();
    }
  };
  if (backend === 'webgl')
    return {
      path: label,
      async values(first, count) {
        // tfjs compiles one shader per output shape: round the count up to a power of two so a
        // run compiles a handful of shaders, not one per chunk (each costs 50-500 ms to compile).
        const size = Math.max(256, 2 ** Math.ceil(Math.log2(count)));
        const all = await read(philoxMeansGpu(tf, table, tableT, job.seed, first, size, m));
        return all.subarray(0, count);
      },
      dispose: () => tableT.dispose(),
    };
  const words = wordSource(job.seed);
  return {
    path: label,
    values(first, count) {
      const u = uniformsF32(words, first * m, count * m);
      return read(tf.tidy(() => meansOf(tf, table, tableT, tf.tensor2d(u, [count, m]))));
    },
    dispose: () => tableT.dispose(),
  };
}

function uniformsF32(src: WordSource, first: number, n: number): Float32Array {
  const { words, offset } = src.range(first, n);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = ((words[offset + i] as number) >>> 8) / 16777216;
  return out;
}

/** Row means of the draws that the uniforms `u` ([count, m]) become; call inside tf.tidy. */
export function meansOf(tf: Tf, table: SourceTable, tableT: Tensor, u: Tensor): Tensor {
  switch (table.mode) {
    case 'affine': {
      const a = table.params[0] as number;
      const span = (table.params[1] as number) - a;
      return tf.add(tf.mul(tf.mean(u, 1), span), a);
    }
    case 'exponential':
      return tf.mean(tf.div(tf.neg(tf.log1p(tf.neg(u))), table.params[0] as number), 1);
    case 'discrete':
    case 'continuous': {
      const len = table.cs.length;
      const xs = tf.slice(tableT, 0, len);
      const cs = tf.slice(tableT, len, len);
      const flat = tf.reshape(u, [-1]);
      // The k with c_k ≤ u < c_{k+1}: the count of c's ≤ u, minus one.
      const one = tf.scalar(1, 'int32');
      const k = tf.clipByValue(tf.sub(tf.searchSorted(cs, flat, 'right'), one), 0, len - 2);
      const x0 = tf.gather(xs, k);
      let x = x0;
      if (table.mode === 'continuous') {
        const k1 = tf.add(k, one);
        const c0 = tf.gather(cs, k);
        const t = tf.div(tf.sub(flat, c0), tf.sub(tf.gather(cs, k1), c0));
        x = tf.add(x0, tf.mul(t, tf.sub(tf.gather(xs, k1), x0)));
      }
      return tf.mean(tf.reshape(x, u.shape), 1);
    }
  }
}
