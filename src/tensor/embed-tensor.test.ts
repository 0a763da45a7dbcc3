/**
 * The tensor randomized SVD on tfjs's cpu backend against the typed-array one (the oracle): the
 * same singular values within float32 tolerance, the same leading subspace, and no tensors left
 * behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../math/random';
import { runAll, type Dense } from '../math/genai/cooccur';
import { randomizedSvd } from '../math/genai/rsvd';
import { csrFromDense } from '../math/genai/csr';
import { tensorRandomizedSvd } from './embed-tensor';

beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('cpu');
});

function matrix(rows: number, cols: number, seed: number): Dense {
  const rng = createRandom(seed);
  // A low-rank part plus noise, like a PPMI matrix: a few strong directions.
  const u = Array.from({ length: rows * 4 }, () => rng.normal());
  const v = Array.from({ length: cols * 4 }, () => rng.normal());
  const data = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      let s = 0.05 * rng.normal();
      for (let r = 0; r < 4; r++) s += (4 - r) * u[i * 4 + r]! * v[j * 4 + r]!;
      data[i * cols + j] = s;
    }
  return { rows, cols, data };
}

describe('tensor randomized SVD', () => {
  it('matches the typed path and leaks no tensors', () => {
    const a = matrix(120, 60, 4);
    const before = tf.memory().numTensors;
    const t = runAll(tensorRandomizedSvd(tf, a, { k: 4, rng: createRandom(9) }));
    expect(tf.memory().numTensors).toBe(before);
    const typed = runAll(randomizedSvd(a, { k: 4, rng: createRandom(9) }));
    for (let i = 0; i < 4; i++) expect(t.s[i]! / typed.s[i]!).toBeCloseTo(1, 4);
    // A sparse matrix is made dense for the tensors: the same result.
    const fromCsr = runAll(tensorRandomizedSvd(tf, csrFromDense(a), { k: 4, rng: createRandom(9) }));
    expect([...fromCsr.s]).toEqual([...t.s]);
    expect(tf.memory().numTensors).toBe(before);
    // Same subspace: |u_tensor · u_typed| ≈ 1 for each leading vector (signs may differ).
    for (let c = 0; c < 4; c++) {
      let d = 0;
      for (let i = 0; i < 120; i++) d += t.u[i * 4 + c]! * typed.u[i * 4 + c]!;
      expect(Math.abs(d)).toBeCloseTo(1, 3);
    }
  });
});
