/**
 * The dense k-means of the MNIST mode against the plain math of kmeans.ts: the typed-array kernel
 * (‖x‖² − 2x·c + ‖c‖², unrolled) gives the same labels as `assign`, and a whole dense run the
 * same half-steps as `lloyd` from the same start, with inertia never increasing.
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { assign, initPlusPlus, lloyd } from './kmeans';
import {
  classCounts,
  denseLloyd,
  drain,
  typedAssigner,
  type DenseData,
  type DenseState,
} from './kmeans-dense';
import { fakeDigits } from '../../../test/helpers/digits';

function run(data: DenseData, k: number, seed: number): DenseState[] {
  const out: DenseState[] = [];
  for (const s of denseLloyd(data, k, seed, typedAssigner(data))) if (s) out.push(s);
  return out;
}

describe('dense k-means (typed arrays)', () => {
  it('assigns like the plain distance formula, also for a width that is not a multiple of 4', () => {
    for (const d of [784, 13]) {
      const data = fakeDigits(700, d, 3);
      const c = Float32Array.from(initPlusPlus(data, 10, createRandom(5)));
      const labels = new Int32Array(data.n);
      drain(typedAssigner(data)(c, 10, labels));
      expect([...labels]).toEqual([...assign(data, c, 10).labels]);
    }
  });

  it('takes the same half-steps as lloyd() from the same k-means++ start, inertia never rising', () => {
    const data = fakeDigits(400, 784, 8);
    const states = run(data, 6, 11);
    const plain = lloyd(data, initPlusPlus(data, 6, createRandom(11)), 6, 50);
    expect(states.length).toBe(plain.states.length);
    states.forEach((s, i) => {
      const p = plain.states[i]!;
      expect(s.phase).toBe(p.phase);
      expect(s.changed).toBe(p.changed);
      if (p.labels) expect([...s.labels!]).toEqual([...p.labels]);
      if (p.inertia !== undefined) expect(s.inertia! / p.inertia).toBeCloseTo(1, 9);
    });
    for (let i = 2; i < states.length; i++)
      expect(states[i]!.inertia!).toBeLessThanOrEqual(states[i - 1]!.inertia! * (1 + 1e-12));
    expect(states.at(-1)!.last).toBe(true);
    expect(states.filter((s) => s.last).length).toBe(1);
  });

  it('stops after maxIter assigns, and counts each cluster’s true classes', () => {
    const data = fakeDigits(300, 20, 2);
    const states = [...denseLloyd(data, 4, 1, typedAssigner(data), 2)].filter((s) => s !== undefined);
    expect(states.map((s) => s.phase)).toEqual(['init', 'assign', 'update', 'assign', 'update']);
    expect(states.at(-1)!.last).toBe(true);
    const last = states.at(-1)!;
    const counts = classCounts(last.labels!, data.truth, 4, 10);
    for (let j = 0; j < 4; j++) {
      let s = 0;
      for (let c = 0; c < 10; c++) s += counts[j * 10 + c]!;
      expect(s).toBe(last.sizes[j]);
    }
  });
});
