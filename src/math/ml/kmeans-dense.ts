/**
 * k-means on many high-dimensional points (10,000 MNIST digits of 784 pixels): the same half-steps
 * as `lloyd` in kmeans.ts, but with the assign step pluggable (this file's typed-array kernel, or
 * the tfjs one in src/tensor/kmeans-tensor.ts) and the work cut into slices, so a worker can
 * listen for "cancel" and a main-thread fallback can let the page breathe between them.
 *
 * The assign kernel uses ‖x − c‖² = ‖x‖² − 2 x·c + ‖c‖²: the x·c for all pairs is one matrix
 * product (n × d times d × k), which is what a tensor backend does fast. Inertias are always
 * recomputed here in float64 from the labels, so every path reports the same numbers for the
 * same labels.
 *
 * @example
 * const run = denseLloyd({ x, n: 10000, d: 784 }, 10, 1, typedAssigner({ x, n: 10000, d: 784 }));
 * for (let r = run.next(); !r.done; r = run.next()) if (r.value) show(r.value); // a half-step
 */
import { createRandom } from '../random';
import { dist2, initPlusPlus, update, type Data } from './kmeans';

/** Points as float32 rows (what a tensor takes without a copy). */
export interface DenseData extends Data {
  readonly x: Float32Array;
}

/**
 * An assign kernel: writes each point's nearest centroid into `labels` (ties: the lower index).
 * It may yield between slices of rows (the typed kernel does; a tensor kernel does it in one go).
 */
export type Assigner = (centroids: Float32Array, k: number, labels: Int32Array) => Generator<undefined, void>;

/** One half-step of a dense run, as the widget shows it. */
export interface DenseState {
  /** 0: the start; odd: after an assign step; even > 0: after an update step. */
  readonly step: number;
  readonly phase: 'init' | 'assign' | 'update';
  /** k rows of d. */
  readonly centroids: Float32Array;
  /** Each point's cluster (undefined at the start). */
  readonly labels: Int32Array | undefined;
  /** Points per cluster (zeros at the start). */
  readonly sizes: Int32Array;
  /** Undefined at the start. */
  readonly inertia: number | undefined;
  /** Points whose label changed at this assign step. */
  readonly changed: number;
  /** True on the last state: an assign that changed nothing, or the iteration cap. */
  readonly last: boolean;
}

/** Rows per slice of the typed kernel: about 2 ms of work at k = 10, d = 784. */
const ROWS_PER_SLICE = 256;

/** Squared norms of the n rows of x (d wide), in float64. */
export function rowNorms(x: ArrayLike<number>, n: number, d: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let t = i * d, end = t + d; t < end; t++) s += x[t]! * x[t]!;
    out[i] = s;
  }
  return out;
}

/**
 * The typed-array assign kernel: for each row, ‖x‖² − 2 x·c + ‖c‖² against every centroid, the
 * dot products unrolled by four (float64 accumulation of float32 inputs).
 */
export function typedAssigner(data: DenseData): Assigner {
  const { x, n, d } = data;
  const xn = rowNorms(x, n, d);
  return function* (c, k, labels) {
    const cn = rowNorms(c, k, d);
    const d4 = d - (d % 4);
    for (let start = 0; start < n; start += ROWS_PER_SLICE) {
      const end = Math.min(n, start + ROWS_PER_SLICE);
      for (let i = start; i < end; i++) {
        const a = i * d;
        let best = Infinity;
        let bj = 0;
        for (let j = 0; j < k; j++) {
          const b = j * d;
          let s0 = 0;
          let s1 = 0;
          let s2 = 0;
          let s3 = 0;
          let t = 0;
          for (; t < d4; t += 4) {
            s0 += x[a + t]! * c[b + t]!;
            s1 += x[a + t + 1]! * c[b + t + 1]!;
            s2 += x[a + t + 2]! * c[b + t + 2]!;
            s3 += x[a + t + 3]! * c[b + t + 3]!;
          }
          for (; t < d; t++) s0 += x[a + t]! * c[b + t]!;
          const e = xn[i]! - 2 * (s0 + s1 + s2 + s3) + cn[j]!;
          if (e < best) {
            best = e;
            bj = j;
          }
        }
        labels[i] = bj;
      }
      if (end < n) yield undefined;
    }
  };
}

/** Σ ‖x_i − c_{label i}‖² in float64: one pass over the data, the same for every path. */
export function inertiaOf(data: Data, labels: Int32Array, c: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < data.n; i++) s += dist2(data.x, i, c, labels[i]!, data.d);
  return s;
}

function sizesOf(labels: Int32Array | undefined, k: number): Int32Array {
  const out = new Int32Array(k);
  if (labels) for (let i = 0; i < labels.length; i++) out[labels[i]!]!++;
  return out;
}

/**
 * Lloyd's algorithm from k-means++ centroids drawn with `seed` (the same start on every path):
 * yields each half-step's state as it is done, and undefined between slices of work. Stops at the
 * first assign that changes no label, or after `maxIter` assigns.
 */
export function* denseLloyd(
  data: DenseData,
  k: number,
  seed: number,
  assigner: Assigner,
  maxIter = 50,
): Generator<DenseState | undefined, void> {
  let centroids = Float32Array.from(initPlusPlus(data, k, createRandom(seed)));
  yield {
    step: 0,
    phase: 'init',
    centroids,
    labels: undefined,
    sizes: sizesOf(undefined, k),
    inertia: undefined,
    changed: 0,
    last: false,
  };
  let labels: Int32Array | undefined;
  let step = 0;
  for (let it = 0; it < maxIter; it++) {
    const next = new Int32Array(data.n);
    yield* assigner(centroids, k, next);
    let changed = 0;
    for (let i = 0; i < data.n; i++) if (!labels || labels[i] !== next[i]) changed++;
    const done = labels !== undefined && changed === 0;
    labels = next;
    yield;
    yield {
      step: ++step,
      phase: 'assign',
      centroids,
      labels,
      sizes: sizesOf(labels, k),
      inertia: inertiaOf(data, labels, centroids),
      changed,
      last: done,
    };
    if (done) return;
    centroids = Float32Array.from(update(data, labels, k, centroids).centroids);
    yield;
    yield {
      step: ++step,
      phase: 'update',
      centroids,
      labels,
      sizes: sizesOf(labels, k),
      inertia: inertiaOf(data, labels, centroids),
      changed: 0,
      last: it === maxIter - 1,
    };
  }
}

/** Runs a sliced job to its end in one go (tests, the bench, a tensor call). */
export function drain<T>(g: Generator<unknown, T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

/** Each cluster's count of every true class (k rows of `classes`): what the clusters turned out to be. */
export function classCounts(
  labels: Int32Array,
  truth: ArrayLike<number>,
  k: number,
  classes: number,
): Int32Array {
  const out = new Int32Array(k * classes);
  for (let i = 0; i < labels.length; i++) out[labels[i]! * classes + truth[i]!]!++;
  return out;
}
