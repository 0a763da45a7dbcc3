import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom } from '../random';
import {
  assign,
  elbow,
  finalInertia,
  initPlusPlus,
  initRandom,
  lloyd,
  runSeeds,
  update,
  type Data,
} from './kmeans';

const flat = (pts: number[][]): Data => ({
  x: Float64Array.from(pts.flat()),
  n: pts.length,
  d: pts[0]!.length,
});

describe('assign and update', () => {
  const data = flat([
    [0, 0],
    [0, 2],
    [10, 0],
    [10, 2],
  ]);
  it('assigns each point to its nearest centroid, ties to the lower index, with the inertia', () => {
    const a = assign(data, [0, 1, 10, 1], 2);
    expect([...a.labels]).toEqual([0, 0, 1, 1]);
    expect(a.inertia).toBe(4);
    const tie = assign(flat([[5, 0]]), [0, 0, 10, 0], 2);
    expect([...tie.labels]).toEqual([0]);
  });
  it('moves each centroid to the mean of its points', () => {
    const u = update(data, Int32Array.of(0, 0, 1, 1), 2, [0, 0, 0, 0]);
    expect([...u.centroids]).toEqual([0, 1, 10, 1]);
    expect(u.relocated).toEqual([]);
  });
  it('relocates an empty cluster onto the worst-served point', () => {
    const u = update(data, Int32Array.of(0, 0, 0, 0), 2, [0, 0, 50, 50]);
    expect(u.relocated).toEqual([1]);
    // Point (10, 2) is farthest from centroid 0 at (0, 0).
    expect([...u.centroids]).toEqual([5, 1, 10, 2]);
  });
});

describe('lloyd', () => {
  it('converges on two blobs from a bad start and stops at the first assign that changes nothing', () => {
    const data = flat([
      [0, 0],
      [1, 0],
      [0, 1],
      [9, 9],
      [10, 9],
      [9, 10],
    ]);
    const run = lloyd(data, [0, 0, 1, 0], 2);
    const last = run.states[run.states.length - 1]!;
    expect(run.convergedAt).toBe(run.states.length - 1);
    expect(last.phase).toBe('assign');
    expect(last.changed).toBe(0);
    expect([...last.labels!]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(finalInertia(run)).toBeCloseTo(8 / 3, 12);
    expect(run.states.map((s) => s.phase).slice(0, 3)).toEqual(['init', 'assign', 'update']);
  });

  it('never increases the inertia from one half-step to the next (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -10, max: 10, noNaN: true }),
            fc.double({ min: -10, max: 10, noNaN: true }),
          ),
          {
            minLength: 3,
            maxLength: 40,
          },
        ),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 1000 }),
        (pts, k, seed) => {
          const data = flat(pts);
          const run = lloyd(data, initRandom(data, k, createRandom(seed)), k);
          const ins = run.states.slice(1).map((s) => s.inertia!);
          for (let i = 1; i < ins.length; i++)
            expect(ins[i]!).toBeLessThanOrEqual(ins[i - 1]! * (1 + 1e-12) + 1e-12);
          expect(run.convergedAt).toBeDefined();
          for (const s of run.states) for (const c of s.centroids) expect(Number.isFinite(c)).toBe(true);
        },
      ),
    );
  });
});

describe('initialisation', () => {
  const data = flat([
    [0, 0],
    [0, 0],
    [0, 0],
    [100, 0],
  ]);
  it('random init picks k distinct points, the same for the same seed', () => {
    const a = initRandom(data, 4, createRandom(3));
    expect([...a].filter((v) => v === 100)).toHaveLength(1);
    expect([...initRandom(data, 4, createRandom(3))]).toEqual([...a]);
  });
  it('k-means++ picks the far point as the second centroid whenever the first is at the origin', () => {
    for (let seed = 0; seed < 20; seed++) {
      const c = initPlusPlus(data, 2, createRandom(seed));
      expect(new Set([c[0], c[2]])).toEqual(new Set([0, 100]));
    }
  });
  it('k-means++ copes with duplicate points (all distances zero)', () => {
    const same = flat([
      [1, 1],
      [1, 1],
    ]);
    expect([...initPlusPlus(same, 2, createRandom(1))]).toEqual([1, 1, 1, 1]);
  });
  it('refuses k larger than the number of points', () => {
    expect(() => initRandom(data, 5, createRandom(1))).toThrow(/at least 5 points/);
  });
});

describe('seeds and elbow', () => {
  const rngOf = (s: number) => createRandom(s);
  const blobs: number[][] = [];
  const r = createRandom(9);
  for (const [cx, cy] of [
    [0, 0],
    [6, 0],
    [3, 5],
  ])
    for (let i = 0; i < 20; i++) blobs.push([cx! + r.normal() * 0.5, cy! + r.normal() * 0.5]);
  const data = flat(blobs);
  it('20 seeds give 20 final inertias, none below the best', () => {
    const res = runSeeds(data, 3, 'random', 1, 20, rngOf);
    expect(res).toHaveLength(20);
    const best = Math.min(...res.map((x) => x.inertia));
    expect(res.every((x) => x.inertia >= best)).toBe(true);
  });
  it('the elbow curve falls with k and bends at the three blobs', () => {
    const e = elbow(data, 6, 5, 1, rngOf);
    expect(e).toHaveLength(6);
    for (let i = 1; i < e.length; i++) expect(e[i]!).toBeLessThanOrEqual(e[i - 1]!);
    // The drop from 2 to 3 is far larger than from 3 to 4.
    expect(e[1]! - e[2]!).toBeGreaterThan(5 * (e[2]! - e[3]!));
  });
});
