/**
 * The shapes shared by the network math, the tensor path and the `<lumen-network>` engine.
 * Everything numeric is a Float32Array: the typed-array kernels, the tfjs path (float32) and the
 * worker messages (transferable) all use the same layout, so nothing is converted on the way.
 */
import type { Feature } from './features';

/** A hidden layer's activation. The output neuron is always tanh (TensorFlow Playground's choice). */
export type Activation = 'tanh' | 'relu' | 'sigmoid' | 'linear';

/** The four TensorFlow Playground classification datasets. */
export type DatasetKind = 'circle' | 'xor' | 'gauss' | 'spiral';

/** Labelled points in the plane: `xs` holds x0, y0, x1, y1, … in [-6, 6]², `labels` +1 or −1. */
export interface Dataset {
  readonly xs: Float32Array;
  readonly labels: Float32Array;
  readonly count: number;
}

/**
 * A network's shape: one input per feature (features.ts; absent means x, y), these hidden widths
 * with one activation, and 1 tanh output.
 */
export interface NetSpec {
  readonly hidden: readonly number[];
  readonly activation: Activation;
  readonly inputs?: readonly Feature[];
}

/** Minibatch SGD settings. `l2` multiplies ½‖w‖² (weights only, not biases, as in Playground). */
export interface TrainSettings {
  readonly learningRate: number;
  readonly batchSize: number;
  readonly l2: number;
}

/**
 * Parameters (or gradients of the same shape). `sizes` = [inputs, ...hidden, 1]; layer l maps
 * sizes[l] inputs to sizes[l+1] outputs: `weights[l]` is sizes[l+1] × sizes[l], row-major
 * (row j holds the weights into neuron j), `biases[l]` has sizes[l+1] entries.
 */
export interface Net {
  readonly sizes: readonly number[];
  readonly weights: Float32Array[];
  readonly biases: Float32Array[];
}
