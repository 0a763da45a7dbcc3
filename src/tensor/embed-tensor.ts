/**
 * The randomized SVD of `src/math/genai/rsvd.ts` with its heavy part on tfjs tensors: every
 * product with the big matrix A (rows × cols) is a tf.matMul; the thin l-column blocks come back
 * to the host to be orthonormalised in float64 (cheap, l ≈ 72) and the small l × l eigenproblem
 * is solved there too. Same seeded Ω as the typed path, so both find the same subspace.
 * Every tensor is made inside tf.tidy or disposed by hand: tf.memory().numTensors is unchanged
 * after a run (tested).
 */
import type { Tf } from './backend';
import type { Dense } from '../math/genai/cooccur';
import { denseFromCsr, isCsr, type Csr } from '../math/genai/csr';
import {
  finishSvd,
  gaussianBlock,
  orthonormalize,
  type RsvdOptions,
  type TruncatedSvd,
} from '../math/genai/rsvd';

/** A sparse matrix is made dense first: tfjs multiplies dense tensors only. */
export function* tensorRandomizedSvd(
  tf: Tf,
  m: Dense | Csr,
  o: RsvdOptions,
): Generator<number, TruncatedSvd> {
  const a = isCsr(m) ? denseFromCsr(m) : m;
  const { rows, cols } = a;
  const k = Math.min(o.k, rows, cols);
  const l = Math.min(k + (o.oversample ?? 8), rows, cols);
  const q = o.powerIters ?? 1;
  const passes = 2 + 2 * q;
  let done = 0;
  const A = tf.tensor2d(a.data, [rows, cols], 'float32');
  // A X (X: cols × l) or Aᵀ Y (Y: rows × l), back on the host in float64.
  const times = (x: Float64Array, transpose: boolean): Float64Array => {
    const out = tf.tidy(() => {
      const xt = tf.tensor2d(Float32Array.from(x), transpose ? [rows, l] : [cols, l]);
      return tf.matMul(A, xt, transpose, false);
    });
    const data = Float64Array.from(out.dataSync());
    out.dispose();
    return data;
  };
  try {
    let y = times(gaussianBlock(cols, l, o.rng), false);
    orthonormalize(y, rows, l);
    yield ++done / passes;
    for (let it = 0; it < q; it++) {
      const z = times(y, true);
      orthonormalize(z, cols, l);
      yield ++done / passes;
      y = times(z, false);
      orthonormalize(y, rows, l);
      yield ++done / passes;
    }
    const z = times(y, true);
    yield ++done / passes;
    return finishSvd(y, z, rows, cols, l, k);
  } finally {
    A.dispose();
  }
}
