/**
 * TensorFlow Playground's four classification datasets (its dataset.ts), made reproducible with a
 * seeded generator. Points lie in [−6, 6]² (Playground's plotting square; the rare Gaussian point
 * beyond it is clamped onto the edge so every point stays on the picture), labels are ±1.
 * `noise` runs 0 … 0.5 as in Playground's slider (0 … 50 %).
 */
import { createRandom, type Random } from '../random';
import type { Dataset, DatasetKind } from './types';

/** Half the side of the square the points (and the decision-boundary picture) live in. */
export const EXTENT = 6;
export const DATASET_KINDS: readonly DatasetKind[] = ['circle', 'xor', 'gauss', 'spiral'];

function uniform(rng: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.next();
}

const clamp = (v: number): number => Math.max(-EXTENT, Math.min(EXTENT, v));

function build(points: number[], labels: number[]): Dataset {
  const count = labels.length;
  const xs = new Float32Array(2 * count);
  for (let k = 0; k < 2 * count; k++) xs[k] = clamp(points[k] as number);
  return { xs, labels: Float32Array.from(labels), count };
}

function circle(n: number, noise: number, rng: Random, out: number[], lab: number[]): void {
  const radius = 5;
  const labelOf = (x: number, y: number): number => (Math.hypot(x, y) < radius * 0.5 ? 1 : -1);
  const ring = (lo: number, hi: number, count: number): void => {
    for (let k = 0; k < count; k++) {
      const r = uniform(rng, lo, hi);
      const angle = uniform(rng, 0, 2 * Math.PI);
      const x = r * Math.sin(angle);
      const y = r * Math.cos(angle);
      const nx = uniform(rng, -radius, radius) * noise;
      const ny = uniform(rng, -radius, radius) * noise;
      out.push(x, y);
      // Playground labels by where the noisy point lands, but draws the clean one.
      lab.push(labelOf(x + nx, y + ny));
    }
  };
  ring(0, radius * 0.5, Math.ceil(n / 2));
  ring(radius * 0.7, radius, Math.floor(n / 2));
}

function xor(n: number, noise: number, rng: Random, out: number[], lab: number[]): void {
  const pad = 0.3;
  for (let k = 0; k < n; k++) {
    let x = uniform(rng, -5, 5);
    x += x > 0 ? pad : -pad;
    let y = uniform(rng, -5, 5);
    y += y > 0 ? pad : -pad;
    const nx = uniform(rng, -5, 5) * noise;
    const ny = uniform(rng, -5, 5) * noise;
    // As for the circle: labelled where the noisy point lands, drawn where the clean one is.
    out.push(x, y);
    lab.push((x + nx) * (y + ny) >= 0 ? 1 : -1);
  }
}

function gauss(n: number, noise: number, rng: Random, out: number[], lab: number[]): void {
  // Playground maps noise 0 … 0.5 linearly onto a variance of 0.5 … 4.
  const sd = Math.sqrt(0.5 + (noise / 0.5) * 3.5);
  const blob = (cx: number, cy: number, label: number, count: number): void => {
    for (let k = 0; k < count; k++) {
      out.push(cx + sd * rng.normal(), cy + sd * rng.normal());
      lab.push(label);
    }
  };
  blob(2, 2, 1, Math.ceil(n / 2));
  blob(-2, -2, -1, Math.floor(n / 2));
}

function spiral(n: number, noise: number, rng: Random, out: number[], lab: number[]): void {
  const arm = (deltaT: number, label: number, count: number): void => {
    for (let k = 0; k < count; k++) {
      const r = (k / count) * 5;
      const t = ((1.75 * k) / count) * 2 * Math.PI + deltaT;
      out.push(r * Math.sin(t) + uniform(rng, -1, 1) * noise, r * Math.cos(t) + uniform(rng, -1, 1) * noise);
      lab.push(label);
    }
  };
  arm(0, 1, Math.ceil(n / 2));
  arm(Math.PI, -1, Math.floor(n / 2));
}

const MAKERS = { circle, xor, gauss, spiral } as const;

/**
 * `count` points of one dataset. Throws a RangeError for an unknown kind, a count that is not a
 * whole number in 1 … 100000, or noise outside 0 … 0.5.
 * @example makeDataset('circle', 500, 0, 1).labels[0] // 1: the first half is the inner disc
 */
export function makeDataset(kind: DatasetKind, count: number, noise: number, seed: number): Dataset {
  if (!(kind in MAKERS))
    throw new RangeError(`unknown dataset "${String(kind)}": use circle, xor, gauss or spiral`);
  if (!Number.isInteger(count) || count < 1 || count > 100_000)
    throw new RangeError(`point count must be a whole number in 1 … 100000, got ${count}`);
  if (!(noise >= 0 && noise <= 0.5)) throw new RangeError(`noise must be in 0 … 0.5, got ${noise}`);
  const rng = createRandom(seed);
  const points: number[] = [];
  const labels: number[] = [];
  MAKERS[kind](count, noise, rng, points, labels);
  // Playground shuffles once, so a train/test split is not one arm against the other.
  const order = shuffled(count, rng);
  const xs: number[] = new Array<number>(2 * count);
  const ls: number[] = new Array<number>(count);
  for (let k = 0; k < count; k++) {
    const src = order[k] as number;
    xs[2 * k] = points[2 * src] as number;
    xs[2 * k + 1] = points[2 * src + 1] as number;
    ls[k] = labels[src] as number;
  }
  return build(xs, ls);
}

/** A Fisher–Yates permutation of 0 … n − 1. */
function shuffled(n: number, rng: Random): Uint32Array {
  const p = new Uint32Array(n);
  for (let k = 0; k < n; k++) p[k] = k;
  for (let k = n - 1; k > 0; k--) {
    const j = rng.int(k + 1);
    const t = p[k] as number;
    p[k] = p[j] as number;
    p[j] = t;
  }
  return p;
}

function pick(d: Dataset, idx: ArrayLike<number>, from: number, to: number): Dataset {
  const count = to - from;
  const xs = new Float32Array(2 * count);
  const labels = new Float32Array(count);
  for (let k = 0; k < count; k++) {
    const src = idx[from + k] as number;
    xs[2 * k] = d.xs[2 * src] as number;
    xs[2 * k + 1] = d.xs[2 * src + 1] as number;
    labels[k] = d.labels[src] as number;
  }
  return { xs, labels, count };
}

/**
 * A seeded split: round(count × testFraction) points go to `test`, the rest to `train`, each
 * keeping its points in a seeded random order. `testFraction` in 0 … 0.9 (Playground's slider
 * gives 10 … 90 % training data); train keeps at least one point.
 */
export function splitDataset(
  d: Dataset,
  testFraction: number,
  seed: number,
): { train: Dataset; test: Dataset } {
  if (!(testFraction >= 0 && testFraction <= 0.9))
    throw new RangeError(`test fraction must be in 0 … 0.9, got ${testFraction}`);
  const order = shuffled(d.count, createRandom(seed ^ 0x5eed5));
  const nTest = Math.min(d.count - 1, Math.round(d.count * testFraction));
  return { train: pick(d, order, nTest, d.count), test: pick(d, order, 0, nTest) };
}

/** A copy of `d` with one more point at (x, y), clamped into [−6, 6]². */
export function withPoint(d: Dataset, x: number, y: number, label: 1 | -1): Dataset {
  if (!Number.isFinite(x) || !Number.isFinite(y))
    throw new RangeError(`a point needs finite coordinates, got (${x}, ${y})`);
  if (label !== 1 && label !== -1) throw new RangeError(`a label is 1 or -1, got ${String(label)}`);
  const xs = new Float32Array(2 * d.count + 2);
  xs.set(d.xs);
  xs[2 * d.count] = clamp(x);
  xs[2 * d.count + 1] = clamp(y);
  const labels = new Float32Array(d.count + 1);
  labels.set(d.labels);
  labels[d.count] = label;
  return { xs, labels, count: d.count + 1 };
}
