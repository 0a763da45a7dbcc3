/**
 * A small fully connected classifier on 2D points, the math behind `<lumen-network>`, written
 * the way TensorFlow Playground defines it but computed in batches on preallocated Float32Arrays:
 *
 * - inputs (x, y), hidden layers with one activation, one **tanh** output o ∈ (−1, 1);
 * - labels y = ±1, loss per point **½(o − y)²** (Playground's square error), reported as the mean
 *   over a set of points;
 * - minibatch SGD: w ← w − η (∂L̄/∂w + λ w), b ← b − η ∂L̄/∂b, where L̄ is the batch's mean loss
 *   and λ the L2 rate (biases are not regularised, as in Playground);
 * - seeded initialisation: weights uniform in [−0.5, 0.5), biases 0.1 (Playground's), and a seeded
 *   batch order, so one seed gives one run, replayable exactly.
 *
 * @example
 * const data = splitDataset(makeDataset('xor', 500, 0.1, 7), 0.5, 7);
 * const trainer = createTrainer({ hidden: [8, 8, 8], activation: 'tanh' },
 *   { learningRate: 0.03, batchSize: 10, l2: 0 }, data, 7);
 * while (trainer.epoch < 50) trainer.stepBatch();
 * trainer.trainLoss; // one mean ½(o − y)² per finished epoch
 */
export type { Activation, Dataset, DatasetKind, Net, NetSpec, TrainSettings } from './types';
export { makeDataset, splitDataset, withPoint, DATASET_KINDS, EXTENT } from './datasets';
export {
  FEATURES,
  FEATURE_LABELS,
  XY,
  featureRow,
  featureValue,
  featuresProblem,
  featurize,
  isFeature,
  type Feature,
} from './features';
export { initNet, cloneNet, copyNetInto, netSizes, netProblem, settingsProblem, zerosLike } from './net';
export { createKernels, fastTanh, type Kernels } from './kernels';
export { createTrainer, type Trainer, type Stepper, typedStepper, batchOrder } from './trainer';
