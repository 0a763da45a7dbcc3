/**
 * Our typed kernels against an independent oracle: the object-per-neuron network written the way
 * TensorFlow Playground's nn.ts is (bench/reference/playground-nn.js, double precision, one
 * example at a time). From the same start, on the same points in the same order, three epochs of
 * minibatch SGD with L2 must give the same weights and losses up to float32 rounding.
 */
import { describe, expect, it } from 'vitest';
import * as ref from '../../bench/reference/playground-nn.js';
import {
  createKernels,
  initNet,
  makeDataset,
  netSizes,
  zerosLike,
  type Activation,
} from '../../src/math/nn/index';

const REF_ACT: Record<Activation, ref.ActivationFunction> = {
  tanh: ref.Activations.TANH,
  relu: ref.Activations.RELU,
  sigmoid: ref.Activations.SIGMOID,
  linear: ref.Activations.LINEAR,
};

describe('typed kernels vs the Playground-style reference', () => {
  for (const activation of ['tanh', 'relu', 'sigmoid'] as Activation[])
    it(`agree after 3 epochs (2-6-5-1 ${activation}, batch 10, L2 0.01)`, () => {
      const spec = { hidden: [6, 5], activation };
      const data = makeDataset('circle', 200, 0.1, 12);
      const net = initNet(spec, 12);
      const network = ref.buildNetwork(
        netSizes(spec),
        REF_ACT[activation],
        ref.Activations.TANH,
        ref.RegularizationFunction.L2,
        ['x', 'y'],
      );
      // Start the reference from our seeded network (the link into node j from node i is W[j, i]).
      network.slice(1).forEach((layer, l) =>
        layer.forEach((node, j) => {
          node.bias = net.biases[l]![j]!;
          node.inputLinks.forEach(
            (link, i) => (link.weight = net.weights[l]![j * node.inputLinks.length + i]!),
          );
        }),
      );
      const points = Array.from({ length: 200 }, (_, k) => ({
        x: data.xs[2 * k]!,
        y: data.xs[2 * k + 1]!,
        label: data.labels[k]!,
      }));
      const k = createKernels(net.sizes, activation, 10);
      const grads = zerosLike(net.sizes);
      const order = Uint32Array.from({ length: 200 }, (_, i) => i);
      for (let epoch = 0; epoch < 3; epoch++) {
        ref.trainEpoch(network, points, 10, 0.1, 0.01);
        for (let from = 0; from < 200; from += 10) {
          k.gradient(net, data, order, from, 10, 0.01, grads);
          k.sgd(net, grads, 0.1);
        }
      }
      network.slice(1).forEach((layer, l) =>
        layer.forEach((node, j) => {
          expect(net.biases[l]![j]!).toBeCloseTo(node.bias, 4);
          node.inputLinks.forEach((link, i) =>
            expect(net.weights[l]![j * node.inputLinks.length + i]!).toBeCloseTo(link.weight, 4),
          );
        }),
      );
      expect(k.meanLoss(net, data)).toBeCloseTo(ref.getLoss(network, points), 5);
      // Training really moved the weights, so agreeing is not agreeing on the start.
      const start = initNet(spec, 12);
      const moved = Math.max(
        ...net.weights.flatMap((w, l) => Array.from(w, (v, i) => Math.abs(v - start.weights[l]![i]!))),
      );
      expect(moved).toBeGreaterThan(0.01);
    });
});
