import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { SimJob } from '../../src/math/sim/job';
import { runLoop } from '../../src/sim/runner';
import { typedEngine } from '../../src/sim/typed';
import type { ValueEngine } from '../../src/math/sim/engine';
import { tensorEngine } from '../../src/tensor/sim-tensor';

const loop = (job: DistJob, engine: ValueEngine) =>
  runLoop(job, engine, {
    chunkMs: 5,
    reportMs: 1e9,
    pause: async () => {},
    cancelled: () => false,
    report: () => {},
  });

type DistJob = Exclude<SimJob, { kind: 'bootstrap' }>;
const JOBS: DistJob[] = [
  {
    kind: 'means',
    dist: { kind: 'uniform', a: 0, b: 1 },
    sampleSize: 30,
    count: 3000,
    seed: 7,
    bins: { lo: 0.3, hi: 0.7, n: 40 },
  },
  {
    kind: 'means',
    dist: { kind: 'exponential', rate: 0.5 },
    sampleSize: 5,
    count: 3000,
    seed: 8,
    bins: { lo: 0, hi: 6, n: 40 },
  },
  {
    kind: 'means',
    dist: { kind: 'categorical', weights: [1, 2, 3, 4, 5, 6] },
    sampleSize: 7,
    count: 3000,
    seed: 9,
    bins: { lo: 0, hi: 5, n: 40 },
  },
  {
    kind: 'means',
    dist: { kind: 'drawn', lo: -1, hi: 1, density: [3, 0, 1, 2] },
    sampleSize: 3,
    count: 3000,
    seed: 10,
    bins: { lo: -1, hi: 1, n: 40 },
  },
  {
    kind: 'draws',
    dist: { kind: 'beta', alpha: 2, beta: 5 },
    count: 5000,
    seed: 11,
    bins: { lo: 0, hi: 1, n: 20 },
  },
];

describe('tfjs cpu path against the typed-array reference', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('gives the same sample means as typed arrays (the same uniforms; float32 arithmetic)', async () => {
    for (const job of JOBS) {
      const typed = typedEngine(job);
      const tensor = tensorEngine(tf, 'cpu', job, 'tfjs cpu');
      const a = typed.values(123, 500) as Float64Array;
      const b = await tensor.values(123, 500);
      tensor.dispose();
      for (let i = 0; i < 500; i++)
        expect(Math.abs(b[i]! - a[i]!), `${job.dist.kind} item ${i}`).toBeLessThan(
          2e-5 * Math.max(1, Math.abs(a[i]!)),
        );
      const p = await loop(job, tensorEngine(tf, 'cpu', job, 'tfjs cpu'));
      const q = await loop(job, typed);
      expect(p!.sum / p!.done).toBeCloseTo(q!.sum / q!.done, 4);
    }
  });

  it('leaves tf.memory().numTensors flat over many runs', async () => {
    const before = tf.memory().numTensors;
    for (let r = 0; r < 20; r++) {
      for (const job of JOBS) {
        const engine = tensorEngine(tf, 'cpu', job, 'tfjs cpu');
        await loop({ ...job, count: 600 }, engine);
        engine.dispose();
      }
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
