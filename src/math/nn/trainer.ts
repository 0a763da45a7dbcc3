/**
 * Minibatch SGD as a replayable sequence of batches. The trainer owns the seeded batch order (a
 * fresh seeded permutation of the training points every epoch; the last batch of an epoch may be
 * short) and the loss history; the arithmetic is a `Stepper`'s: the typed-array kernels here, or
 * the tfjs path in src/tensor/nn-tensor.ts. The same seed therefore gives the same batches on
 * every path, and `rewind()` replays a run exactly, however the steps are spread over frames.
 */
import { createRandom, type Random } from '../random';
import { createKernels, type Kernels } from './kernels';
import { cloneNet, copyNetInto, initNet, netSizes, settingsProblem, zerosLike } from './net';
import type { Dataset, Net, NetSpec, TrainSettings } from './types';

/** The arithmetic of training, on one path. Parameters live wherever the path keeps them. */
export interface Stepper {
  /** Sets the parameters (the seeded start, on rewind). */
  load(net: Net): void;
  /** One SGD step on train[order[from]], …, train[order[from + count − 1]]. */
  step(order: Uint32Array, from: number, count: number): void;
  /** Mean ½(o − y)² over the training and the test set. */
  losses(): [number, number];
  /** Copies of the parameters and of the last step's gradients (null before any step). */
  readNet(): Net;
  readGrads(): Net | null;
  /** The output on a res × res grid over [−6, 6]², row 0 at the top, into `out`. */
  grid(res: number, out: Float32Array): void;
  dispose(): void;
}

/** The typed-array Stepper: kernels.ts on Float32Arrays, synchronous, allocation-free per step. */
export function typedStepper(
  spec: NetSpec,
  settings: TrainSettings,
  data: { train: Dataset; test: Dataset },
): Stepper {
  const sizes = netSizes(spec);
  const kernels: Kernels = createKernels(
    sizes,
    spec.activation,
    Math.max(256, settings.batchSize),
    spec.inputs,
  );
  const net = zerosLike(sizes);
  const grads = zerosLike(sizes);
  let stepped = false;
  return {
    load(start) {
      copyNetInto(start, net);
      stepped = false;
    },
    step(order, from, count) {
      kernels.gradient(net, data.train, order, from, count, settings.l2, grads);
      kernels.sgd(net, grads, settings.learningRate);
      stepped = true;
    },
    losses: () => [kernels.meanLoss(net, data.train), kernels.meanLoss(net, data.test)],
    readNet: () => cloneNet(net),
    readGrads: () => (stepped ? cloneNet(grads) : null),
    grid: (res, out) => kernels.predictGrid(net, res, out),
    dispose() {},
  };
}

/** A seeded batch order over n points: a new permutation at the start of every epoch. */
export function batchOrder(n: number, seed: number): { readonly order: Uint32Array; shuffle(): void } {
  const order = new Uint32Array(n);
  const rng: Random = createRandom(seed ^ 0x0ba7c4);
  return {
    order,
    shuffle() {
      for (let k = 0; k < n; k++) order[k] = k;
      for (let k = n - 1; k > 0; k--) {
        const j = rng.int(k + 1);
        const t = order[k] as number;
        order[k] = order[j] as number;
        order[j] = t;
      }
    },
  };
}

export interface Trainer {
  /** Finished epochs (full passes over the training set). */
  readonly epoch: number;
  /** Batches stepped since the seeded start. */
  readonly batches: number;
  /** Mean ½(o − y)² on the training set after 0, 1, …, epoch epochs (entry 0: the seeded start). */
  readonly trainLoss: number[];
  /** The same on the test set (0 for an empty test set). */
  readonly testLoss: number[];
  /** One SGD step on the next batch; records both losses when the batch ends an epoch. */
  stepBatch(): void;
  /** Back to the seeded start and the seeded batch order: the same steps follow. */
  rewind(): void;
  readonly stepper: Stepper;
}

/**
 * A trainer for one configuration. Throws a RangeError (netProblem / settingsProblem message, or
 * an empty training set).
 * @example
 * const t = createTrainer(spec, settings, { train, test }, 1);
 * t.stepBatch(); t.stepper.readNet();
 */
export function createTrainer(
  spec: NetSpec,
  settings: TrainSettings,
  data: { train: Dataset; test: Dataset },
  seed: number,
  stepper: Stepper = typedStepper(spec, settings, data),
): Trainer {
  const problem = settingsProblem(settings);
  if (problem) throw new RangeError(problem);
  if (data.train.count < 1) throw new RangeError('the training set is empty');
  const start = initNet(spec, seed);
  const n = data.train.count;
  let order = batchOrder(n, seed);
  let cursor = 0;
  const t = {
    epoch: 0,
    batches: 0,
    trainLoss: [] as number[],
    testLoss: [] as number[],
    stepper,
    stepBatch(): void {
      if (cursor === 0) order.shuffle();
      const count = Math.min(settings.batchSize, n - cursor);
      stepper.step(order.order, cursor, count);
      cursor += count;
      t.batches++;
      if (cursor >= n) {
        cursor = 0;
        t.epoch++;
        record();
      }
    },
    rewind(): void {
      stepper.load(start);
      order = batchOrder(n, seed);
      cursor = 0;
      t.epoch = 0;
      t.batches = 0;
      t.trainLoss.length = 0;
      t.testLoss.length = 0;
      record();
    },
  };
  function record(): void {
    const [train, test] = stepper.losses();
    t.trainLoss.push(train);
    t.testLoss.push(test);
  }
  t.rewind();
  return t;
}
