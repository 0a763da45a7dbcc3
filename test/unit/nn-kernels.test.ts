/**
 * The typed-array network kernels: gradients against central finite differences for every
 * activation, training that lowers the loss, same seed → same loss curve, and exact replay after
 * rewind. Loss: Playground's ½(o − y)² with a tanh output and labels ±1.
 */
import { describe, expect, it } from 'vitest';
import {
  cloneNet,
  createKernels,
  fastTanh,
  createTrainer,
  initNet,
  makeDataset,
  netSizes,
  splitDataset,
  zerosLike,
  type Activation,
  type Net,
  type NetSpec,
} from '../../src/math/nn/index';

const ACTS: Activation[] = ['tanh', 'relu', 'sigmoid', 'linear'];

function allParams(net: Net): Float32Array[] {
  return [...net.weights, ...net.biases];
}

describe('gradient', () => {
  for (const activation of ACTS)
    it(`matches central finite differences (${activation}, L2 0.01)`, () => {
      const spec: NetSpec = { hidden: [5, 4], activation };
      const data = makeDataset('circle', 12, 0.1, 3);
      const kernels = createKernels(netSizes(spec), activation, 16);
      const net = initNet(spec, 11);
      // Bigger weights than the init so every layer matters to the output.
      for (const w of net.weights) for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) * 3;
      const idx = Uint32Array.from({ length: 12 }, (_, k) => k);
      const l2 = 0.01;
      const grads = zerosLike(net.sizes);
      const scratch = zerosLike(net.sizes);
      kernels.gradient(net, data, idx, 0, 12, l2, grads);
      const objective = (n: Net): number => {
        let reg = 0;
        for (const w of n.weights) for (const v of w) reg += v * v;
        return kernels.gradient(n, data, idx, 0, 12, l2, scratch) + (l2 / 2) * reg;
      };
      const eps = 3e-3;
      let checked = 0;
      const params = allParams(net);
      const gparams = allParams(grads);
      for (let p = 0; p < params.length; p++) {
        const arr = params[p] as Float32Array;
        for (let k = 0; k < arr.length; k++) {
          const v = arr[k] as number;
          arr[k] = v + eps;
          const up = objective(net);
          arr[k] = v - eps;
          const down = objective(net);
          arr[k] = v;
          // Float32Array storage: use the step actually taken, not eps.
          const fd = (up - down) / (Math.fround(v + eps) - Math.fround(v - eps));
          const g = (gparams[p] as Float32Array)[k] as number;
          expect(Math.abs(fd - g), `param ${p}[${k}]: fd ${fd} vs ${g}`).toBeLessThan(
            2e-4 + 2e-2 * Math.abs(g),
          );
          checked++;
        }
      }
      expect(checked).toBe(5 * 2 + 5 + 4 * 5 + 4 + 4 + 1);
    });

  it('is the same batched as one example at a time, averaged', () => {
    const spec: NetSpec = { hidden: [3], activation: 'tanh' };
    const data = makeDataset('xor', 6, 0, 2);
    const k = createKernels(netSizes(spec), 'tanh', 8);
    const net = initNet(spec, 5);
    const idx = Uint32Array.from([0, 1, 2, 3, 4, 5]);
    const whole = zerosLike(net.sizes);
    const one = zerosLike(net.sizes);
    const sum = zerosLike(net.sizes);
    k.gradient(net, data, idx, 0, 6, 0, whole);
    for (let b = 0; b < 6; b++) {
      k.gradient(net, data, idx, b, 1, 0, one);
      allParams(one).forEach((a, p) =>
        a.forEach(
          (v, i) =>
            ((allParams(sum)[p] as Float32Array)[i] =
              ((allParams(sum)[p] as Float32Array)[i] as number) + v / 6),
        ),
      );
    }
    allParams(whole).forEach((a, p) =>
      a.forEach((v, i) => expect(v).toBeCloseTo((allParams(sum)[p] as Float32Array)[i] as number, 6)),
    );
  });
});

describe('training', () => {
  const settings = { learningRate: 0.03, batchSize: 10, l2: 0 };
  for (const kind of ['xor', 'circle'] as const)
    it(`lowers the loss on ${kind} (2-8-8-1 tanh, 200 epochs)`, () => {
      const data = splitDataset(makeDataset(kind, 300, 0, 4), 0.3, 4);
      const t = createTrainer({ hidden: [8, 8], activation: 'tanh' }, settings, data, 4);
      while (t.epoch < 200) t.stepBatch();
      expect(t.trainLoss).toHaveLength(201);
      const first = t.trainLoss[0] as number;
      const last = t.trainLoss[200] as number;
      expect(last).toBeLessThan(first * 0.25);
      expect(last).toBeLessThan(0.08);
      expect(t.testLoss[200] as number).toBeLessThan(0.12);
    });

  it('gives the same loss curve for the same seed, and a different one for another seed', () => {
    const data = splitDataset(makeDataset('spiral', 200, 0.2, 9), 0.5, 9);
    const run = (seed: number): number[] => {
      const t = createTrainer({ hidden: [6, 6], activation: 'relu' }, { ...settings, l2: 0.001 }, data, seed);
      while (t.epoch < 30) t.stepBatch();
      return [...t.trainLoss, ...t.testLoss];
    };
    expect(run(17)).toEqual(run(17));
    expect(run(18)).not.toEqual(run(17));
  });

  it('replays exactly after rewind, however the batches were spread', () => {
    const data = splitDataset(makeDataset('gauss', 150, 0.3, 1), 0.2, 1);
    const t = createTrainer(
      { hidden: [4, 4, 4], activation: 'sigmoid' },
      { learningRate: 0.3, batchSize: 7, l2: 0.003 },
      data,
      99,
    );
    for (let k = 0; k < 137; k++) t.stepBatch();
    const net = t.stepper.readNet();
    const grads = t.stepper.readGrads();
    const curve = [...t.trainLoss];
    t.rewind();
    expect(t.epoch).toBe(0);
    expect(t.trainLoss).toHaveLength(1);
    expect(t.stepper.readGrads()).toBeNull();
    expect(t.stepper.readNet()).toEqual(initNet({ hidden: [4, 4, 4], activation: 'sigmoid' }, 99));
    for (let k = 0; k < 137; k++) t.stepBatch();
    expect(t.stepper.readNet()).toEqual(net);
    expect(t.stepper.readGrads()).toEqual(grads);
    expect(t.trainLoss).toEqual(curve);
    expect(t.batches).toBe(137);
    // 120 training points in batches of 7: 18 batches an epoch (the last has 1 point).
    expect(t.epoch).toBe(Math.floor(137 / 18));
  });

  it('steps allocation-free on the same arrays (the parameters are updated in place)', () => {
    const spec: NetSpec = { hidden: [8, 8, 8], activation: 'tanh' };
    const data = makeDataset('circle', 50, 0, 1);
    const k = createKernels(netSizes(spec), 'tanh', 10);
    const net = initNet(spec, 1);
    const before = cloneNet(net);
    const grads = zerosLike(net.sizes);
    const w0 = net.weights[0];
    k.gradient(
      net,
      data,
      Uint32Array.from({ length: 10 }, (_, i) => i),
      0,
      10,
      0,
      grads,
    );
    k.sgd(net, grads, 0.5);
    expect(net.weights[0]).toBe(w0);
    expect(net.weights[0]).not.toEqual(before.weights[0]);
  });
});

describe('boundary grid', () => {
  it('puts row 0 at the top and matches pointwise prediction', () => {
    const spec: NetSpec = { hidden: [3], activation: 'tanh' };
    const k = createKernels(netSizes(spec), 'tanh', 64);
    // A net whose output is tanh(y): high at the top of the picture.
    const net = initNet(spec, 1);
    net.weights[0]!.set([0, 1, 0, 0, 0, 0]);
    net.biases[0]!.fill(0);
    net.weights[1]!.set([1, 0, 0]);
    net.biases[1]!.fill(0);
    const res = 100;
    const out = new Float32Array(res * res);
    k.predictGrid(net, res, out);
    expect(out[0] as number).toBeCloseTo(Math.tanh(Math.tanh(6 - 0.06)), 5);
    expect(out[res * res - 1] as number).toBeCloseTo(-Math.tanh(Math.tanh(6 - 0.06)), 5);
    const one = new Float32Array(1);
    k.predict(net, Float32Array.from([-6 + 0.06 + 0.12 * 7, 6 - 0.06 - 0.12 * 42]), 1, one);
    expect(out[42 * res + 7]).toBe(one[0]);
  });
});

describe('neuronGrid', () => {
  it('gives every neuron its output over the grid: the last map is predictGrid, a hidden one its own sum', () => {
    for (const act of ACTS) {
      const net = initNet({ hidden: [3, 2], activation: act }, 5);
      const res = 9;
      // A capacity below res² makes it work in chunks, as on any grid bigger than a batch.
      const k = createKernels(net.sizes, act, 16);
      const maps = net.sizes
        .slice(1)
        .map((n) => Array.from({ length: n }, () => new Float32Array(res * res)));
      k.neuronGrid(net, res, maps);
      const out = new Float32Array(res * res);
      k.predictGrid(net, res, out);
      expect(maps[2]![0]).toEqual(out);
      // Neuron 2 of the first hidden layer at cell (row 4, column 6), computed by hand.
      const step = 12 / res;
      const [x, y] = [-6 + (6 + 0.5) * step, 6 - (4 + 0.5) * step];
      const W = net.weights[0]!;
      const z = net.biases[0]![1]! + W[2]! * x + W[3]! * y;
      const f = {
        tanh: Math.tanh,
        relu: (v: number) => Math.max(0, v),
        sigmoid: (v: number) => 1 / (1 + Math.exp(-v)),
        linear: (v: number) => v,
      }[act];
      expect(maps[0]![1]![4 * res + 6]).toBeCloseTo(f(z), 5);
      expect(maps.flat().every((m) => m.every(Number.isFinite))).toBe(true);
    }
  });
});

describe('fastTanh', () => {
  it('is within 3e-7 of Math.tanh on [-20, 20] and odd', () => {
    let worst = 0;
    for (let x = -20; x <= 20; x += 1e-3) {
      worst = Math.max(worst, Math.abs(fastTanh(x) - Math.tanh(x)));
      expect(fastTanh(-x)).toBe(-fastTanh(x));
    }
    expect(worst).toBeLessThan(3e-7);
    expect(fastTanh(1e-30)).toBeCloseTo(1e-30, 36);
    expect(Number.isNaN(fastTanh(Number.NaN))).toBe(true);
  });
});
