/**
 * The tfjs path (src/tensor/nn-tensor.ts) on the cpu backend against the typed-array kernels:
 * same seed → the same loss curve within float32 tolerance, the same boundary grid, and no
 * leaked tensors over many steps. Tolerance: |Δ| ≤ 1e-4 · loss + 1e-6 at every one of 50 epochs.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTrainer, makeDataset, splitDataset, type Activation } from '../../src/math/nn/index';
import { gridPoints, tensorBoundary, tensorStepper } from '../../src/tensor/nn-tensor';

beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('cpu');
});

// Small enough for tfjs's cpu backend on a busy machine: 42 training points, 5 steps an epoch.
const data = splitDataset(makeDataset('circle', 60, 0.1, 21), 0.3, 21);

describe('tensor path vs typed path', () => {
  for (const activation of ['tanh', 'relu'] as Activation[])
    it(`gives the same loss curve over 50 epochs (2-8-8-8-1 ${activation}, L2 0.001)`, () => {
      const spec = { hidden: [8, 8, 8], activation };
      const settings = { learningRate: 0.03, batchSize: 10, l2: 0.001 };
      const typed = createTrainer(spec, settings, data, 8);
      const stepper = tensorStepper(tf, spec, settings, data);
      const tensor = createTrainer(spec, settings, data, 8, stepper);
      while (typed.epoch < 50) typed.stepBatch();
      while (tensor.epoch < 50) tensor.stepBatch();
      const curves = [...typed.trainLoss, ...typed.testLoss];
      const other = [...tensor.trainLoss, ...tensor.testLoss];
      expect(other).toHaveLength(102);
      curves.forEach((v, k) => {
        expect(Math.abs(v - (other[k] as number))).toBeLessThanOrEqual(1e-4 * v + 1e-6);
      });
      // The curve really moved, so agreeing is not trivial.
      expect(typed.trainLoss[50] as number).toBeLessThan((typed.trainLoss[0] as number) * 0.8);
      stepper.dispose();
    }, 60_000);

  it('computes the same boundary grid, from its own weights and from typed ones', async () => {
    const spec = { hidden: [8, 8], activation: 'sigmoid' as Activation };
    const settings = { learningRate: 0.1, batchSize: 5, l2: 0 };
    const typed = createTrainer(spec, settings, data, 3);
    const stepper = tensorStepper(tf, spec, settings, data);
    const tensor = createTrainer(spec, settings, data, 3, stepper);
    for (let k = 0; k < 40; k++) {
      typed.stepBatch();
      tensor.stepBatch();
    }
    const res = 100;
    const a = new Float32Array(res * res);
    const b = new Float32Array(res * res);
    typed.stepper.grid(res, a);
    tensor.stepper.grid(res, b);
    const grid = gridPoints(tf, res);
    const c = await tensorBoundary(tf, typed.stepper.readNet(), 'sigmoid', grid);
    const d = await stepper.gridAsync(res);
    grid.dispose();
    for (let k = 0; k < res * res; k += 37) {
      expect(Math.abs((a[k] as number) - (b[k] as number))).toBeLessThan(1e-4);
      expect(Math.abs((a[k] as number) - (c[k] as number))).toBeLessThan(1e-5);
      expect(d[k]).toBe(b[k]);
    }
    stepper.dispose();
  }, 30_000);

  it('keeps tf.memory().numTensors flat over many steps, losses, grids and rewinds', async () => {
    const spec = { hidden: [4, 4], activation: 'tanh' as Activation };
    const settings = { learningRate: 0.03, batchSize: 10, l2: 0.01 };
    const stepper = tensorStepper(tf, spec, settings, data);
    const t = createTrainer(spec, settings, data, 1, stepper);
    const out = new Float32Array(100 * 100);
    const round = async (): Promise<void> => {
      for (let k = 0; k < 20; k++) t.stepBatch();
      stepper.readNet();
      stepper.readGrads();
      stepper.grid(100, out);
      await stepper.gridAsync(100);
    };
    await round();
    const before = tf.memory().numTensors;
    for (let r = 0; r < 10; r++) {
      await round();
      if (r === 5) t.rewind();
    }
    expect(tf.memory().numTensors).toBe(before);
    stepper.dispose();
    expect(tf.memory().numTensors).toBeLessThan(before);
  }, 30_000);
});
