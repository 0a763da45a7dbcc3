/** Seeded stand-ins for MNIST digits, for the unit tests of the dense k-means paths. */
import { createRandom } from '../../src/math/random';
import type { DenseData } from '../../src/math/ml/kmeans-dense';

/** Seeded digit-like rows: 10 sparse prototypes in [0, 1]^d plus noise, clipped like pixels. */
export function fakeDigits(n: number, d: number, seed: number): DenseData & { truth: Uint8Array } {
  const rng = createRandom(seed);
  const protos = Array.from({ length: 10 }, () =>
    Float32Array.from({ length: d }, () => (rng.next() < 0.2 ? rng.next() : 0)),
  );
  const x = new Float32Array(n * d);
  const truth = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = rng.int(10);
    truth[i] = c;
    for (let t = 0; t < d; t++) x[i * d + t] = Math.min(1, Math.max(0, protos[c]![t]! + 0.25 * rng.normal()));
  }
  return { x, n, d, truth };
}
