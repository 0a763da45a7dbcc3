/**
 * k-means (Lloyd's algorithm) on points of any dimension, as two separate steps the learner can
 * take one at a time: assign every point to its nearest centroid, then move every centroid to the
 * mean of its points. Pure and DOM-free; the 2D widget and the 784-dimensional digits use the same
 * functions (the digits' tensor path in src/tensor is checked against `assign` here).
 *
 * Points are one flat row-major array: point i is `x[i*d … i*d + d − 1]`.
 *
 * @example
 * const data = { x: Float64Array.of(0, 0, 0, 1, 10, 10, 10, 11), n: 4, d: 2 };
 * const c0 = initPlusPlus(data, 2, createRandom(1));
 * const run = lloyd(data, c0, 2); // run.states[k]: centroids, labels, inertia after half-step k
 */
import type { Random } from '../random';

export type Numbers = ArrayLike<number>;

/** n points of d coordinates, row-major. */
export interface Data {
  readonly x: Numbers;
  readonly n: number;
  readonly d: number;
}

export interface Assignment {
  /** The nearest centroid of each point (ties go to the lower index). */
  readonly labels: Int32Array;
  /** The squared distance from each point to its centroid. */
  readonly dist2: Float64Array;
  /** Σ dist2: the within-cluster sum of squares. */
  readonly inertia: number;
}

export interface Update {
  readonly centroids: Float64Array;
  /** Clusters that had no points: their centroid moved to the point farthest from its own centroid. */
  readonly relocated: readonly number[];
}

/** Squared Euclidean distance between point i of `x` and row j of `c` (both of width d). */
export function dist2(x: Numbers, i: number, c: Numbers, j: number, d: number): number {
  let s = 0;
  const a = i * d;
  const b = j * d;
  for (let t = 0; t < d; t++) {
    const u = x[a + t]! - c[b + t]!;
    s += u * u;
  }
  return s;
}

/** Assign step: each point goes to its nearest centroid (k rows of d in `centroids`). */
export function assign(data: Data, centroids: Numbers, k: number): Assignment {
  const { x, n, d } = data;
  const labels = new Int32Array(n);
  const best = new Float64Array(n);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let bj = 0;
    let bd = Infinity;
    for (let j = 0; j < k; j++) {
      const e = dist2(x, i, centroids, j, d);
      if (e < bd) {
        bd = e;
        bj = j;
      }
    }
    labels[i] = bj;
    best[i] = bd;
    inertia += bd;
  }
  return { labels, dist2: best, inertia };
}

/**
 * Update step: each centroid moves to the mean of the points assigned to it. A cluster left with
 * no points would have no mean; like scikit-learn, it is moved onto the point that is currently
 * worst served (largest squared distance to its centroid), one distinct point per empty cluster.
 */
export function update(data: Data, labels: Int32Array, k: number, previous: Numbers): Update {
  const { x, n, d } = data;
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const j = labels[i]!;
    counts[j]!++;
    const a = i * d;
    const b = j * d;
    for (let t = 0; t < d; t++) sums[b + t]! += x[a + t]!;
  }
  const relocated: number[] = [];
  const taken = new Set<number>();
  for (let j = 0; j < k; j++) {
    const c = counts[j]!;
    if (c > 0) {
      for (let t = 0; t < d; t++) sums[j * d + t]! /= c;
      continue;
    }
    relocated.push(j);
    let far = -1;
    let farD = -1;
    for (let i = 0; i < n; i++) {
      if (taken.has(i)) continue;
      const e = dist2(x, i, previous, labels[i]!, d);
      if (e > farD) {
        farD = e;
        far = i;
      }
    }
    if (far < 0) {
      for (let t = 0; t < d; t++) sums[j * d + t] = previous[j * d + t]!;
      continue;
    }
    taken.add(far);
    for (let t = 0; t < d; t++) sums[j * d + t] = x[far * d + t]!;
  }
  return { centroids: sums, relocated };
}

function copyRow(data: Data, i: number, out: Float64Array, j: number): void {
  for (let t = 0; t < data.d; t++) out[j * data.d + t] = data.x[i * data.d + t]!;
}

/** Random init (Forgy): k distinct points chosen uniformly; fewer points than k is an error. */
export function initRandom(data: Data, k: number, rng: Random): Float64Array {
  checkK(data, k);
  const out = new Float64Array(k * data.d);
  // A partial Fisher–Yates over the indices: k distinct picks, each uniform.
  const idx = Int32Array.from({ length: data.n }, (_, i) => i);
  for (let j = 0; j < k; j++) {
    const r = j + rng.int(data.n - j);
    const t = idx[j]!;
    idx[j] = idx[r]!;
    idx[r] = t;
    copyRow(data, idx[j]!, out, j);
  }
  return out;
}

/**
 * k-means++ (Arthur & Vassilvitskii 2007): the first centroid is a uniform point, each next one a
 * point drawn with probability proportional to its squared distance to the nearest centroid so
 * far. When every point already sits on a centroid (duplicates), the next is a uniform point.
 */
export function initPlusPlus(data: Data, k: number, rng: Random): Float64Array {
  checkK(data, k);
  const { n, d, x } = data;
  const out = new Float64Array(k * d);
  copyRow(data, rng.int(n), out, 0);
  const near = new Float64Array(n);
  for (let i = 0; i < n; i++) near[i] = dist2(x, i, out, 0, d);
  for (let j = 1; j < k; j++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += near[i]!;
    let pick = n - 1;
    if (total > 0) {
      let r = rng.next() * total;
      for (let i = 0; i < n; i++) {
        r -= near[i]!;
        if (r < 0) {
          pick = i;
          break;
        }
      }
    } else pick = rng.int(n);
    copyRow(data, pick, out, j);
    for (let i = 0; i < n; i++) near[i] = Math.min(near[i]!, dist2(x, i, out, j, d));
  }
  return out;
}

function checkK(data: Data, k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`);
  if (k > data.n) throw new RangeError(`k = ${k} needs at least ${k} points, got ${data.n}`);
}

/** One state of a run: what the picture shows after half-step `step`. */
export interface RunState {
  /** 0: the initial centroids; odd: after an assign step; even > 0: after an update step. */
  readonly step: number;
  readonly phase: 'init' | 'assign' | 'update';
  readonly centroids: Float64Array;
  /** Undefined before the first assignment. */
  readonly labels: Int32Array | undefined;
  /** Inertia of these labels with these centroids (undefined before the first assignment). */
  readonly inertia: number | undefined;
  /** Points whose label changed at this assign step (0 at update steps). */
  readonly changed: number;
  /** Empty clusters relocated at this update step. */
  readonly relocated: readonly number[];
}

export interface Run {
  readonly k: number;
  readonly states: readonly RunState[];
  /** The half-step at which an assign step changed no label (so updating changes nothing); else undefined. */
  readonly convergedAt: number | undefined;
}

/**
 * Lloyd's algorithm as a list of half-steps, so stepping back is exact: states[0] the initial
 * centroids, then assign, update, assign, … It stops at the first assign step that changes no
 * label (the update after it would move nothing: the fixed point), or after `maxIter` assigns.
 */
export function lloyd(data: Data, init: Numbers, k: number, maxIter = 100): Run {
  const states: RunState[] = [
    {
      step: 0,
      phase: 'init',
      centroids: Float64Array.from(init),
      labels: undefined,
      inertia: undefined,
      changed: 0,
      relocated: [],
    },
  ];
  let centroids: Float64Array = Float64Array.from(init);
  let labels: Int32Array | undefined;
  for (let it = 0; it < maxIter; it++) {
    const a = assign(data, centroids, k);
    let changed = 0;
    for (let i = 0; i < data.n; i++) if (!labels || labels[i] !== a.labels[i]) changed++;
    states.push({
      step: states.length,
      phase: 'assign',
      centroids,
      labels: a.labels,
      inertia: a.inertia,
      changed,
      relocated: [],
    });
    if (labels && changed === 0) return { k, states, convergedAt: states.length - 1 };
    labels = a.labels;
    const u = update(data, labels, k, centroids);
    centroids = u.centroids;
    let inertia = 0;
    for (let i = 0; i < data.n; i++) inertia += dist2(data.x, i, centroids, labels[i]!, data.d);
    states.push({
      step: states.length,
      phase: 'update',
      centroids,
      labels,
      inertia,
      changed: 0,
      relocated: u.relocated,
    });
  }
  return { k, states, convergedAt: undefined };
}

/** The final inertia of a run (its last state's). */
export function finalInertia(run: Run): number {
  return run.states[run.states.length - 1]!.inertia ?? Infinity;
}

export type InitMethod = 'random' | 'plusplus';

export function initCentroids(data: Data, k: number, method: InitMethod, rng: Random): Float64Array {
  return method === 'plusplus' ? initPlusPlus(data, k, rng) : initRandom(data, k, rng);
}

export interface SeedResult {
  readonly seed: number;
  readonly inertia: number;
  readonly iterations: number;
}

/**
 * Runs k-means to convergence from `count` seeds (seed, seed + 1, …) and returns each final
 * inertia: the spread shows how much the start matters (bad starts end in bad local minima).
 */
export function runSeeds(
  data: Data,
  k: number,
  method: InitMethod,
  firstSeed: number,
  count: number,
  rngOf: (seed: number) => Random,
): SeedResult[] {
  const out: SeedResult[] = [];
  for (let s = 0; s < count; s++) {
    const seed = firstSeed + s;
    const run = lloyd(data, initCentroids(data, k, method, rngOf(seed)), k);
    out.push({ seed, inertia: finalInertia(run), iterations: (run.states.length - 1) >> 1 });
  }
  return out;
}

/**
 * The elbow curve: for k = 1 … kMax, the best final inertia over `tries` k-means++ starts.
 * Inertia always falls as k grows; the bend where it stops falling fast suggests k.
 */
export function elbow(
  data: Data,
  kMax: number,
  tries: number,
  firstSeed: number,
  rngOf: (seed: number) => Random,
): number[] {
  const out: number[] = [];
  const top = Math.min(kMax, data.n);
  for (let k = 1; k <= top; k++) {
    let best = Infinity;
    for (const r of runSeeds(data, k, 'plusplus', firstSeed, tries, rngOf)) best = Math.min(best, r.inertia);
    out.push(best);
  }
  return out;
}
