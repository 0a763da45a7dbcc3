/**
 * PCA of many k-dimensional rows down to 2D (lesson 26's map of the words): centre, form the
 * k × k covariance, keep its two leading eigenvectors (lesson 10), project.
 */
import { symmetricEigen } from './eigen-sym';
import type { Vectors } from './vectors';

export interface Pca2D {
  /** x, y per row. */
  readonly points: Float32Array;
  /** Share of the total variance on each of the two axes. */
  readonly explained: [number, number];
}

export function pca2d(v: Vectors, rows: readonly number[]): Pca2D {
  const k = v.k;
  const mean = new Float64Array(k);
  for (const i of rows) for (let j = 0; j < k; j++) mean[j]! += v.data[i * k + j]! / rows.length;
  const cov = new Float64Array(k * k);
  const c = new Float64Array(k);
  for (const i of rows) {
    for (let j = 0; j < k; j++) c[j] = v.data[i * k + j]! - mean[j]!;
    for (let a = 0; a < k; a++) for (let b = a; b < k; b++) cov[a * k + b]! += c[a]! * c[b]!;
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) cov[a * k + b] = cov[b * k + a]!;
  const e = symmetricEigen(cov, k);
  let total = 0;
  for (const x of e.values) total += Math.max(0, x);
  const points = new Float32Array(rows.length * 2);
  rows.forEach((i, r) => {
    for (let axis = 0; axis < 2; axis++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += (v.data[i * k + j]! - mean[j]!) * e.vectors[j * k + axis]!;
      points[r * 2 + axis] = s;
    }
  });
  const share = (x: number): number => (total > 0 ? Math.max(0, x) / total : 0);
  return { points, explained: [share(e.values[0] ?? 0), share(e.values[1] ?? 0)] };
}
