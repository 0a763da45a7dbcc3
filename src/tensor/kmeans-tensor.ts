/**
 * The assign step of k-means on tfjs: all n × k squared distances as one matrix product,
 * D = ‖x‖² − 2 X Cᵀ + ‖c‖², then argmin along each row. The points go to the backend once (with
 * their norms); each call uploads only the k centroids and downloads n labels. The backend is
 * whatever `useBackend`/`pickBackend` (backend.ts) set, as for every tensor path here.
 *
 * Every tensor is made inside tf.tidy or disposed by `dispose()`: tf.memory().numTensors is back
 * where it was after a run (tested), so a page can run k-means again and again.
 *
 * @example
 * const a = tensorAssigner(tf, { x, n, d });
 * const run = denseLloyd({ x, n, d }, 10, seed, a.assign);
 * a.dispose();
 */
import type { Tf } from './backend';
import type { Assigner, DenseData } from '../math/ml/kmeans-dense';

export interface TensorAssigner {
  readonly assign: Assigner;
  /** Frees the points (and their norms) on the backend. */
  dispose(): void;
}

export function tensorAssigner(tf: Tf, data: DenseData): TensorAssigner {
  const { n, d } = data;
  const x = tf.tensor2d(data.x, [n, d], 'float32');
  const xn = tf.tidy(() => tf.sum(tf.square(x), 1, true));
  return {
    // eslint-disable-next-line require-yield -- one tensor call: nothing to slice
    *assign(c, k, labels) {
      const best = tf.tidy(() => {
        const ct = tf.tensor2d(c, [k, d], 'float32');
        const cn = tf.sum(tf.square(ct), 1);
        const dist = tf.add(tf.sub(xn, tf.mul(tf.matMul(x, ct, false, true), 2)), cn);
        return tf.argMin(dist, 1);
      });
      try {
        labels.set(best.dataSync());
      } finally {
        best.dispose();
      }
    },
    dispose() {
      x.dispose();
      xn.dispose();
    },
  };
}
