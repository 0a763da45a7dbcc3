/**
 * The engine's training core (what runs in the worker) driven by messages as the engine drives it:
 * snapshots carry loss tails that rebuild the full curves, time budgets do not change the run
 * (rewind + the same number of batches gives the same network, whatever the slicing), stale
 * generations are ignored, and bad configurations come back as messages, not exceptions.
 */
import { describe, expect, it } from 'vitest';
import { createTrainer, makeDataset, splitDataset } from '../../src/math/nn/index';
import { createTrainCore } from '../../src/widgets/network/train-core';
import type { CoreConfig, CoreReply, CoreSnapshot } from '../../src/widgets/network/train-protocol';

const config: CoreConfig = {
  spec: { hidden: [8, 8, 8], activation: 'tanh' },
  settings: { learningRate: 0.03, batchSize: 10, l2: 0 },
  data: splitDataset(makeDataset('xor', 200, 0.1, 2), 0.5, 2),
  seed: 6,
};

function snap(r: CoreReply | null): CoreSnapshot {
  if (!r || r.type !== 'snapshot') throw new Error(`expected a snapshot, got ${JSON.stringify(r)}`);
  return r.snapshot;
}

describe('train core', () => {
  it('runs budgets, steps and rewinds into the same run as the plain trainer', async () => {
    const core = createTrainCore();
    expect(await core.handle({ type: 'ping' })).toEqual({ type: 'pong' });
    await core.handle({ type: 'init', path: 'typed', tfBackend: null, resolution: 100, where: 'in a test' });
    const first = snap(await core.handle({ type: 'configure', gen: 1, config }));
    expect(first).toMatchObject({
      epoch: 0,
      batches: 0,
      lossFrom: 0,
      resolution: 100,
      backend: 'typed arrays in a test',
      grads: null,
    });
    expect(first.boundary).toHaveLength(100 * 100);
    expect(first.trainLoss).toHaveLength(1);
    const train: number[] = [...first.trainLoss];
    for (let k = 0; k < 5; k++) {
      const run = snap(await core.handle({ type: 'run', gen: 1, budgetMs: 3 }));
      train.length = run.lossFrom;
      train.push(...run.trainLoss);
    }
    const last = snap(await core.handle({ type: 'step', gen: 1, count: 1 }));
    train.length = last.lossFrom;
    train.push(...last.trainLoss);
    expect(last.batches).toBeGreaterThan(10);
    expect(train).toHaveLength(last.epoch + 1);

    // The same number of batches on the plain trainer gives the same network and curve.
    const plain = createTrainer(config.spec, config.settings, config.data, config.seed);
    for (let k = 0; k < last.batches; k++) plain.stepBatch();
    expect(last.net).toEqual(plain.stepper.readNet());
    expect(last.grads).toEqual(plain.stepper.readGrads());
    expect(train).toEqual(plain.trainLoss);
    const out = new Float32Array(100 * 100);
    plain.stepper.grid(100, out);
    expect(last.boundary).toEqual(out);

    // A run request of an old generation is ignored; rewind starts over with the new one.
    expect(await core.handle({ type: 'run', gen: 0, budgetMs: 1 })).toBeNull();
    const back = snap(await core.handle({ type: 'rewind', gen: 2 }));
    expect(back).toMatchObject({ gen: 2, epoch: 0, batches: 0, lossFrom: 0, grads: null });
    expect(back.boundary).toEqual(first.boundary);
    let again = back;
    while (again.batches < last.batches - 7)
      again = snap(await core.handle({ type: 'step', gen: 2, count: 1 }));
    // Several batches in one request: one snapshot, the same network.
    again = snap(await core.handle({ type: 'step', gen: 2, count: last.batches - again.batches }));
    expect(again.batches).toBe(last.batches);
    expect(again.net).toEqual(last.net);
    core.dispose();
  }, 30_000);

  it('reports a bad configuration as an error message', async () => {
    const core = createTrainCore();
    await core.handle({ type: 'init', path: 'typed', tfBackend: null, resolution: 100, where: 'here' });
    const r = await core.handle({
      type: 'configure',
      gen: 3,
      config: { ...config, settings: { ...config.settings, learningRate: -1 } },
    });
    expect(r).toEqual({ type: 'error', gen: 3, message: 'learning rate must be in (0, 10], got -1' });
    expect(await core.handle({ type: 'step', gen: 3, count: 1 })).toBeNull();
  });

  it('trains on the tfjs path when told to (cpu backend in Node)', async () => {
    const core = createTrainCore();
    await core.handle({
      type: 'init',
      path: 'tensor',
      tfBackend: 'cpu',
      resolution: 100,
      where: 'in a test',
    });
    const s = snap(await core.handle({ type: 'configure', gen: 1, config }));
    expect(s.backend).toBe('tfjs cpu (CPU) in a test');
    const t = snap(await core.handle({ type: 'step', gen: 1, count: 1 }));
    const plain = createTrainer(config.spec, config.settings, config.data, config.seed);
    plain.stepBatch();
    const a = plain.stepper.readNet().weights[2] as Float32Array;
    (t.net.weights[2] as Float32Array).forEach((v, k) => expect(v).toBeCloseTo(a[k] as number, 6));
    core.dispose();
  }, 30_000);
});

describe('train core, lazy grids', () => {
  it('reuses the last grid only when asked, and only within a generation', async () => {
    const core = createTrainCore();
    await core.handle({ type: 'init', path: 'typed', tfBackend: null, resolution: 100, where: 'here' });
    const first = snap(await core.handle({ type: 'configure', gen: 1, config }));
    const lazy = snap(await core.handle({ type: 'step', gen: 1, count: 5, lazyGrid: true }));
    expect(lazy.boundary).toEqual(first.boundary);
    const exact = snap(await core.handle({ type: 'step', gen: 1, count: 1 }));
    const plain = createTrainer(config.spec, config.settings, config.data, config.seed);
    for (let k = 0; k < 6; k++) plain.stepBatch();
    const out = new Float32Array(100 * 100);
    plain.stepper.grid(100, out);
    expect(exact.boundary).toEqual(out);
    expect(exact.boundary).not.toEqual(first.boundary);
    // A rewind computes the seeded start's grid afresh; a lazy step after it repeats that one.
    const rewound = snap(await core.handle({ type: 'rewind', gen: 2 }));
    expect(rewound.boundary).toEqual(first.boundary);
    const afterRewind = snap(await core.handle({ type: 'step', gen: 2, count: 6, lazyGrid: true }));
    expect(afterRewind.boundary).toEqual(first.boundary);
    expect(afterRewind.net).toEqual(exact.net);
    core.dispose();
  });
});
