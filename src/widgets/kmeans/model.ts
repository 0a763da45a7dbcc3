/**
 * The pure side of `<lumen-kmeans>`: the points (seeded or by hand), the starting centroids, the
 * whole run of Lloyd's algorithm as half-steps (so Step back is exact), the 20-seed spread and the
 * elbow curve. All numbers come from src/math/ml/kmeans.ts.
 */
import { createRandom } from '../../math/random';
import {
  assign,
  elbow,
  initCentroids,
  lloyd,
  runSeeds,
  type Data,
  type Run,
  type RunState,
  type SeedResult,
} from '../../math/ml/kmeans';
import type { Point2 } from '../../ui/point-list-prop';
import { LIMIT, type KmeansState } from './props';
import { roundLikeNumpy } from './words';

export const SPREAD_RUNS = 20;
export const ELBOW_K = 10;
const ELBOW_TRIES = 3;
export const MAX_ITER = 100;

/** Blob centres of the seeded data sets (round blobs; uneven: one wide crowd and two small tight groups). */
const BLOBS: readonly { c: Point2; sd: number; share: number }[] = [
  { c: [-2.2, -1.4], sd: 0.7, share: 1 / 3 },
  { c: [2.4, -0.9], sd: 0.7, share: 1 / 3 },
  { c: [0.2, 2.3], sd: 0.7, share: 1 / 3 },
];
const UNEVEN: readonly { c: Point2; sd: number; share: number }[] = [
  { c: [-1.2, 0], sd: 1.5, share: 0.8 },
  { c: [3.2, 2.4], sd: 0.35, share: 0.1 },
  { c: [3.2, -2.4], sd: 0.35, share: 0.1 },
];

export function dataPoints(s: Pick<KmeansState, 'data' | 'points' | 'n' | 'seed'>): Data {
  if (s.data === 'hand') {
    const x = new Float64Array(s.points.length * 2);
    s.points.forEach((p, i) => {
      x[2 * i] = p.x;
      x[2 * i + 1] = p.y;
    });
    return { x, n: s.points.length, d: 2 };
  }
  const rng = createRandom(s.seed);
  const x = new Float64Array(s.n * 2);
  if (s.data === 'uniform') {
    for (let i = 0; i < x.length; i++) x[i] = (rng.next() * 2 - 1) * 3.5;
    return { x, n: s.n, d: 2 };
  }
  const blobs = s.data === 'uneven' ? UNEVEN : BLOBS;
  let i = 0;
  blobs.forEach((b, bi) => {
    const count = bi === blobs.length - 1 ? s.n - i : Math.round(s.n * b.share);
    for (let t = 0; t < count; t++, i++) {
      x[2 * i] = b.c[0] + rng.normal() * b.sd;
      x[2 * i + 1] = b.c[1] + rng.normal() * b.sd;
    }
  });
  return { x, n: s.n, d: 2 };
}

/** The centroids the run starts from: the placed ones, or `k` chosen by `init` from `seed`. */
export function startCentroids(
  s: Pick<KmeansState, 'centroids' | 'k' | 'init' | 'seed'>,
  data: Data,
): Float64Array | undefined {
  if (s.centroids.length) return Float64Array.from(s.centroids.flat());
  if (data.n < s.k) return undefined;
  // The seed of the centroids differs from the points' (seed + 1e6 mixes to an unrelated stream).
  return initCentroids(data, s.k, s.init, createRandom(s.seed + 1_000_000));
}

export interface Analysis {
  readonly data: Data;
  readonly k: number;
  readonly run: Run | undefined;
  /** Why there is no run (fewer points than centroids). */
  readonly problem: string | undefined;
}

/** The state fields a run depends on. */
export type RunInputs = Pick<KmeansState, 'data' | 'points' | 'n' | 'seed' | 'centroids' | 'k' | 'init'>;

export function analyse(s: RunInputs): Analysis {
  const data = dataPoints(s);
  const init = startCentroids(s, data);
  const k = s.centroids.length || s.k;
  if (!init || data.n < 1)
    return {
      data,
      k,
      run: undefined,
      problem: `k-means needs at least ${k} point${k === 1 ? '' : 's'} for ${k} centroid${k === 1 ? '' : 's'}; there are ${data.n}.`,
    };
  return { data, k, run: lloyd(data, init, k, MAX_ITER), problem: undefined };
}

/** The state at half-step `step` (past the end: the last one). */
export function stateAt(run: Run, step: number): RunState {
  return run.states[Math.min(step, run.states.length - 1)]!;
}

/** The last half-step of the run (where Play stops). */
export function lastStep(run: Run): number {
  return run.states.length - 1;
}

/** Labels to colour points by: the current ones, or (before the first assign) none. */
export function pointLabels(st: RunState): Int32Array | undefined {
  return st.labels;
}

/** What the next half-step will do. */
export function nextPhase(run: Run, step: number): 'assign' | 'update' | 'done' {
  if (step >= lastStep(run)) return 'done';
  return run.states[step + 1]!.phase === 'assign' ? 'assign' : 'update';
}

/** Cluster sizes under labels. */
export function clusterSizes(labels: Int32Array | undefined, k: number): number[] {
  const c = new Array<number>(k).fill(0);
  if (labels) for (const l of labels) c[l]!++;
  return c;
}

/** The 20-seed spread: each final inertia from seeds seed … seed + 19, with the widget's init method. */
export function seedSpread(s: Pick<KmeansState, 'init' | 'seed'>, data: Data, k: number): SeedResult[] {
  if (data.n < k) return [];
  return runSeeds(data, k, s.init, s.seed + 1_000_000, SPREAD_RUNS, createRandom);
}

export function elbowCurve(s: Pick<KmeansState, 'seed'>, data: Data): number[] {
  return elbow(data, ELBOW_K, ELBOW_TRIES, s.seed + 1_000_000, createRandom);
}

/** The half-extent of a square view that shows every point and centroid with a margin. */
export function extentFor(data: Data, centroids: ArrayLike<number>): number {
  let far = 1;
  for (let i = 0; i < data.x.length; i++) far = Math.max(far, Math.abs(data.x[i]!));
  for (let i = 0; i < centroids.length; i++) far = Math.max(far, Math.abs(centroids[i]!));
  return Math.ceil(far * 1.12 * 2) / 2;
}

/** The point index nearest to (x, y) within `radius`, or -1. */
export function nearestPoint(data: Data, p: Point2, radius: number): number {
  const a = assign({ x: Float64Array.from(p), n: 1, d: 2 }, data.x, data.n);
  return a.dist2[0]! <= radius * radius ? a.labels[0]! : -1;
}

export function centroidList(c: ArrayLike<number>): Point2[] {
  const out: Point2[] = [];
  for (let j = 0; j + 1 < c.length; j += 2) out.push([c[j]!, c[j + 1]!]);
  return out;
}

/** Rounds a placed coordinate to 2 decimals, so links and the NumPy panel stay readable. */
export function round2(v: number): number {
  return roundLikeNumpy(v, 2);
}

/** A shown set of centroids as the placed list an edit starts from (2 decimals). */
export function roundedCentroids(c: ArrayLike<number>): Point2[] {
  return centroidList(c).map((p) => [round2(p[0]), round2(p[1])] as const);
}

/** The points as the data editor takes them (the seeded ones too, so an edit starts from what is shown). */
export function editorPoints(data: Data): { x: number; y: number; label: number }[] {
  const out: { x: number; y: number; label: number }[] = [];
  for (let i = 0; i < data.n; i++)
    out.push({ x: round2(data.x[2 * i]!), y: round2(data.x[2 * i + 1]!), label: 0 });
  return out;
}

/**
 * The state change of the Random / k-means++ buttons: a new start drawn with the next seed (so
 * each press gives a new one); seeded points stay, so only hand-placed data moves the seed itself.
 */
export function freshStart(
  s: Pick<KmeansState, 'data' | 'points' | 'n' | 'seed' | 'centroids' | 'k'>,
  init: 'random' | 'plusplus',
  seedMax: number,
): Partial<KmeansState> | undefined {
  const seed = (s.seed + 1) % (seedMax + 1);
  const data = dataPoints({ ...s, seed: s.data === 'hand' ? seed : s.seed });
  const k = s.centroids.length || s.k;
  if (data.n < k) return undefined;
  const centroids = roundedCentroids(initCentroids(data, k, init, createRandom(seed + 1_000_000)));
  return s.data === 'hand' ? { init, seed, centroids, iteration: 0 } : { init, centroids, iteration: 0 };
}

/** The numbers on screen, unrounded, for scripts and tests. */
export interface KmeansNumbers {
  readonly step: number;
  readonly lastStep: number;
  readonly phase: RunState['phase'];
  readonly next: 'assign' | 'update' | 'done';
  readonly k: number;
  readonly centroids: Point2[];
  readonly labels: number[] | undefined;
  readonly inertia: number | undefined;
  /** Inertia after every half-step so far (undefined at step 0). */
  readonly inertias: (number | undefined)[];
  readonly converged: boolean;
  readonly spread: readonly SeedResult[] | undefined;
  readonly elbow: readonly number[] | undefined;
}

/** What `el.numbers` reports at half-step `step` (undefined when there is no run). */
export function numbersAt(
  a: Analysis,
  step: number,
  spread: readonly SeedResult[] | undefined,
  elbowValues: readonly number[] | undefined,
): KmeansNumbers | undefined {
  const run = a.run;
  if (!run) return undefined;
  const st = stateAt(run, step);
  return {
    step,
    lastStep: lastStep(run),
    phase: st.phase,
    next: nextPhase(run, step),
    k: a.k,
    centroids: centroidList(st.centroids),
    labels: st.labels ? [...st.labels] : undefined,
    inertia: st.inertia,
    inertias: run.states.slice(0, step + 1).map((x) => x.inertia),
    converged: run.convergedAt !== undefined && step >= run.convergedAt,
    spread,
    elbow: elbowValues,
  };
}

/** A placed centroid must be finite and within ±LIMIT. */
export function inRange(p: readonly [number, number]): boolean {
  return Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= LIMIT && Math.abs(p[1]) <= LIMIT;
}
