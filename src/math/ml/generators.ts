/**
 * Seeded data sets for the classic-ML track: a noisy line, Gaussian blobs and two moons. The same
 * seed gives the same points on every device (the project's xoshiro128** generator). Pure.
 */
import { createRandom } from '../random';
import type { Point } from './points';

const round = (v: number): number => Math.round(v * 100) / 100;

/** y = slope·x + intercept + N(0, noise²), x uniform in [−4, 4]; coordinates to 2 decimals. */
export function noisyLine(n: number, seed: number, slope = 0.8, intercept = 1, noise = 1): Point[] {
  const rng = createRandom(seed);
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const x = -4 + 8 * rng.next();
    out.push({ x: round(x), y: round(slope * x + intercept + noise * rng.normal()), label: 0 });
  }
  return out;
}

/** `k` round Gaussian blobs (sd `spread`) with centres on a circle of radius 2.5; class = blob. */
export function blobs(n: number, seed: number, k = 2, spread = 1): Point[] {
  const rng = createRandom(seed);
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % k;
    const angle = Math.PI / 4 + (2 * Math.PI * c) / k;
    out.push({
      x: round(2.5 * Math.cos(angle) + spread * rng.normal()),
      y: round(2.5 * Math.sin(angle) + spread * rng.normal()),
      label: c,
    });
  }
  return out;
}

/** scikit-learn's two interleaving half circles, scaled by 2 and centred, with N(0, noise²) jitter. */
export function moons(n: number, seed: number, noise = 0.15): Point[] {
  const rng = createRandom(seed);
  const out: Point[] = [];
  const outer = Math.ceil(n / 2);
  for (let i = 0; i < n; i++) {
    const upper = i < outer;
    const count = upper ? outer : n - outer;
    const k = upper ? i : i - outer;
    const t = count > 1 ? (Math.PI * k) / (count - 1) : 0;
    const x = upper ? Math.cos(t) : 1 - Math.cos(t);
    const y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
    out.push({
      x: round(2 * (x - 0.5) + 2 * noise * rng.normal()),
      y: round(2 * (y - 0.25) + 2 * noise * rng.normal()),
      label: upper ? 0 : 1,
    });
  }
  return out;
}
