/**
 * The network's input features (src/math/nn/features.ts): their values, the spec check, a
 * one-neuron gradient worked by hand on feature x², and the typed and tfjs paths agreeing to 1e-5
 * on a net fed by several features.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createKernels,
  createTrainer,
  featureValue,
  featuresProblem,
  featurize,
  initNet,
  makeDataset,
  netProblem,
  netSizes,
  splitDataset,
  zerosLike,
  type Dataset,
  type Feature,
} from '../../src/math/nn/index';
import { gridPoints, tensorBoundary, tensorStepper } from '../../src/tensor/nn-tensor';

beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('cpu');
});

describe('input features', () => {
  it('have Playground’s values at a point', () => {
    const at = (f: Feature): number => featureValue(f, 2, -0.5);
    expect([at('x'), at('y'), at('x2'), at('y2'), at('xy')]).toEqual([2, -0.5, 4, 0.25, -1]);
    expect(at('sinx')).toBeCloseTo(Math.sin(2), 12);
    expect(at('siny')).toBeCloseTo(Math.sin(-0.5), 12);
    const rows = featurize(['xy', 'x2'], Float32Array.from([1, 2, -3, 0.5]), 2);
    expect([...rows]).toEqual([2, 1, -1.5, 9]);
  });

  it('size the first layer and refuse an empty, unknown or repeated list', () => {
    expect(netSizes({ hidden: [3], activation: 'tanh' })).toEqual([2, 3, 1]);
    expect(netSizes({ hidden: [3], activation: 'tanh', inputs: ['x2', 'y2', 'xy'] })).toEqual([3, 3, 1]);
    expect(netSizes({ hidden: [], activation: 'tanh', inputs: ['x2'] })).toEqual([1, 1]);
    expect(featuresProblem([])).toMatch(/at least one/);
    expect(featuresProblem(['x', 'z'])).toMatch(/unknown feature "z"/);
    expect(featuresProblem(['x', 'x'])).toMatch(/twice/);
    expect(netProblem({ hidden: [2], activation: 'tanh', inputs: [] })).toMatch(/at least one/);
    expect(() => createKernels([2, 1], 'tanh', 4, ['x2'])).toThrow(RangeError);
  });

  it('give the hand-worked gradient of one tanh neuron on x²', () => {
    // o = tanh(w·x² + b); L = ½(o − t)²; ∂L/∂w = (o − t)(1 − o²)·x², ∂L/∂b = (o − t)(1 − o²).
    const w = 0.3;
    const b = -0.2;
    const x = 1.5;
    const t = -1;
    const net = zerosLike([1, 1]);
    (net.weights[0] as Float32Array)[0] = w;
    (net.biases[0] as Float32Array)[0] = b;
    const data: Dataset = { xs: Float32Array.from([x, 4]), labels: Float32Array.from([t]), count: 1 };
    const grads = zerosLike([1, 1]);
    const k = createKernels([1, 1], 'tanh', 4, ['x2']);
    const loss = k.gradient(net, data, Uint32Array.from([0]), 0, 1, 0, grads);
    // By hand: x² = 2.25, z = 0.3·2.25 − 0.2 = 0.475, o = tanh 0.475 ≈ 0.44218.
    const o = Math.tanh(0.475);
    const d = (o - t) * (1 - o * o);
    expect(loss).toBeCloseTo(0.5 * (o - t) ** 2, 6);
    expect((grads.weights[0] as Float32Array)[0]).toBeCloseTo(d * 2.25, 6);
    expect((grads.biases[0] as Float32Array)[0]).toBeCloseTo(d, 6);
  });

  it('separate the circle with no hidden layer when fed x² and y², but not when fed x and y', () => {
    const data = splitDataset(makeDataset('circle', 200, 0, 5), 0.5, 5);
    const settings = { learningRate: 0.03, batchSize: 10, l2: 0 };
    const run = (inputs: Feature[]): number => {
      const t = createTrainer({ hidden: [], activation: 'tanh', inputs }, settings, data, 5);
      while (t.epoch < 100) t.stepBatch();
      return t.testLoss[100] as number;
    };
    // Mean ½(o − y)²: 0.5 is "always 0"; a separating boundary is far below it.
    expect(run(['x2', 'y2'])).toBeLessThan(0.15);
    expect(run(['x', 'y'])).toBeGreaterThan(0.4);
  }, 30_000);

  it('give the same numbers on the typed and the tfjs path (1e-5)', async () => {
    const data = splitDataset(makeDataset('xor', 60, 0.1, 9), 0.3, 9);
    const spec = { hidden: [4], activation: 'tanh' as const, inputs: ['x2', 'xy', 'sinx', 'y'] as Feature[] };
    const settings = { learningRate: 0.03, batchSize: 10, l2: 0.001 };
    const typed = createTrainer(spec, settings, data, 4);
    const stepper = tensorStepper(tf, spec, settings, data);
    const tensor = createTrainer(spec, settings, data, 4, stepper);
    typed.stepBatch();
    tensor.stepBatch();
    const held = tf.memory().numTensors;
    for (let k = 1; k < 20; k++) {
      typed.stepBatch();
      tensor.stepBatch();
    }
    // Parameters and gradients are replaced, never piled up.
    expect(tf.memory().numTensors).toBe(held);
    const a = typed.stepper.readNet();
    const b = tensor.stepper.readNet();
    expect(b.sizes).toEqual([4, 4, 1]);
    a.weights.forEach((w, l) =>
      w.forEach((v, i) => expect(Math.abs(v - (b.weights[l]?.[i] as number))).toBeLessThan(1e-5)),
    );
    const ga = typed.stepper.readGrads();
    const gb = tensor.stepper.readGrads();
    ga?.weights[0]?.forEach((v, i) =>
      expect(Math.abs(v - (gb?.weights[0]?.[i] as number))).toBeLessThan(1e-5),
    );
    const res = 8;
    const fromTyped = new Float32Array(res * res);
    typed.stepper.grid(res, fromTyped);
    const grid = gridPoints(tf, res, spec.inputs);
    const fromTensor = await tensorBoundary(tf, a, 'tanh', grid);
    const own = await stepper.gridAsync(res);
    fromTyped.forEach((v, i) => {
      expect(Math.abs(v - (fromTensor[i] as number))).toBeLessThan(1e-5);
      expect(Math.abs(v - (own[i] as number))).toBeLessThan(1e-5);
    });
    grid.dispose();
    stepper.dispose();
    expect(initNet(spec, 4).weights[0]).toHaveLength(16);
  });
});
