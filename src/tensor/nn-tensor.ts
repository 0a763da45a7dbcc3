/**
 * The network's training step and decision-boundary grid on tfjs tensors: the same math as the
 * typed-array kernels (src/math/nn/kernels.ts), written as batched matrix products so it can run
 * on a GPU. Parameters stay on the backend between steps (kept tensors, replaced and disposed each
 * step); every intermediate is made inside tf.tidy. It implements the `Stepper` interface, so the
 * shared trainer drives it with the same seeded init and batch order as the typed path.
 *
 * Loss: TensorFlow Playground's, ½(o − y)² with a tanh output o and labels ±1, averaged.
 * Layout: activations [batch, width]; W_l is [out, in] (row-major like `Net`), so z = a·Wᵀ + b.
 * Inputs: the spec's feature rows (features.ts), computed once on the CPU with the same
 * `featureRow` as the typed path, so both paths start from identical float32 inputs.
 *
 * @example
 * const tf = await loadTf(); await useBackend('webgl');
 * const trainer = createTrainer(spec, settings, data, seed, tensorStepper(tf, spec, settings, data));
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { EXTENT } from '../math/nn/datasets';
import { XY, featureRow, featurize, type Feature } from '../math/nn/features';
import { netSizes } from '../math/nn/net';
import type { Stepper } from '../math/nn/trainer';
import type { Activation, Dataset, Net, NetSpec, TrainSettings } from '../math/nn/types';

type Tf = typeof TfCore;
type T2 = TfCore.Tensor2D;

function act(tf: Tf, z: T2, a: Activation): T2 {
  switch (a) {
    case 'tanh':
      return tf.tanh(z);
    case 'relu':
      return tf.relu(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'linear':
      return z;
  }
}

/** f'(z) written through the activation's output a = f(z), as in the typed kernels. */
function derivative(tf: Tf, a: T2, f: Activation): T2 {
  switch (f) {
    case 'tanh':
      return tf.sub(1, tf.square(a));
    case 'relu':
      return tf.step(a, 0);
    case 'sigmoid':
      return tf.mul(a, tf.sub(1, a));
    case 'linear':
      return tf.onesLike(a);
  }
}

/** Forward through every layer; returns each layer's activations (index 0: the inputs). */
function forward(
  tf: Tf,
  x: T2,
  weights: readonly T2[],
  biases: readonly TfCore.Tensor1D[],
  activation: Activation,
): T2[] {
  const acts = [x];
  for (let l = 0; l < weights.length; l++) {
    const z = tf.add(
      tf.matMul(acts[l] as T2, weights[l] as T2, false, true),
      biases[l] as TfCore.Tensor1D,
    ) as T2;
    acts.push(act(tf, z, l === weights.length - 1 ? 'tanh' : activation));
  }
  return acts;
}

/**
 * The feature rows of the res × res grid of cell centres over [−6, 6]², row 0 at the top:
 * [res², inputs.length].
 */
export function gridPoints(tf: Tf, res: number, inputs: readonly Feature[] = XY): T2 {
  const k = inputs.length;
  const xs = new Float32Array(k * res * res);
  const step = (2 * EXTENT) / res;
  for (let row = 0; row < res; row++)
    for (let col = 0; col < res; col++)
      featureRow(
        inputs,
        -EXTENT + (col + 0.5) * step,
        EXTENT - (row + 0.5) * step,
        xs,
        k * (row * res + col),
      );
  return tf.tensor2d(xs, [res * res, k]);
}

/**
 * The boundary grid for the parameters in `net` (typed arrays), computed on the current tfjs
 * backend; `grid` from gridPoints with the net's input features. Reads back asynchronously (no GPU stall on the caller).
 */
export async function tensorBoundary(
  tf: Tf,
  net: Net,
  activation: Activation,
  grid: T2,
): Promise<Float32Array> {
  const out = tf.tidy(() => {
    const weights = net.weights.map((w, l) =>
      tf.tensor2d(w, [net.sizes[l + 1] as number, net.sizes[l] as number]),
    );
    const biases = net.biases.map((b) => tf.tensor1d(b));
    const acts = forward(tf, grid, weights, biases, activation);
    return tf.reshape(acts[acts.length - 1] as T2, [-1]);
  });
  try {
    return Float32Array.from((await out.data()) as Float32Array);
  } finally {
    out.dispose();
  }
}

export interface TensorStepper extends Stepper {
  /** The boundary grid read back asynchronously. */
  gridAsync(res: number): Promise<Float32Array>;
}

/** The tfjs Stepper on whatever backend tfjs is using now (see src/tensor/backend.ts). */
export function tensorStepper(
  tf: Tf,
  spec: NetSpec,
  settings: TrainSettings,
  data: { train: Dataset; test: Dataset },
): TensorStepper {
  const sizes = netSizes(spec);
  const L = sizes.length - 1;
  const inputs = spec.inputs ?? XY;
  const set = (d: Dataset): [T2, T2] => [
    tf.tensor2d(featurize(inputs, d.xs, d.count), [d.count, inputs.length]),
    tf.tensor2d(d.labels, [d.count, 1]),
  ];
  const [trainX, trainY] = set(data.train);
  const [testX, testY] = data.test.count > 0 ? set(data.test) : [null, null];
  let weights: T2[] = [];
  let biases: TfCore.Tensor1D[] = [];
  let gW: T2[] | null = null;
  let gB: TfCore.Tensor1D[] | null = null;
  let grid: { res: number; points: T2 } | null = null;
  const lr = settings.learningRate;
  const l2 = settings.l2;

  const disposeParams = (): void => {
    tf.dispose([...weights, ...biases]);
    if (gW && gB) tf.dispose([...gW, ...gB]);
    gW = gB = null;
  };

  const meanLoss = (x: T2, y: T2): number => {
    const loss = tf.tidy(() => {
      const acts = forward(tf, x, weights, biases, spec.activation);
      return tf.mean(tf.mul(0.5, tf.square(tf.sub(acts[L] as T2, y))));
    });
    const value = loss.dataSync()[0] as number;
    loss.dispose();
    return value;
  };

  const gridTensor = (res: number): T2 => {
    if (!grid || grid.res !== res) {
      grid?.points.dispose();
      grid = { res, points: gridPoints(tf, res, inputs) };
    }
    return grid.points;
  };

  const gridOut = (res: number): TfCore.Tensor1D => {
    // Made (and kept) outside the tidy, which would otherwise dispose the cached grid.
    const points = gridTensor(res);
    return tf.tidy(() => {
      const acts = forward(tf, points, weights, biases, spec.activation);
      return tf.reshape(acts[L] as T2, [-1]) as TfCore.Tensor1D;
    });
  };

  const read = (ws: readonly T2[], bs: readonly TfCore.Tensor1D[]): Net => ({
    sizes: [...sizes],
    weights: ws.map((w) => Float32Array.from(w.dataSync())),
    biases: bs.map((b) => Float32Array.from(b.dataSync())),
  });

  return {
    load(net) {
      disposeParams();
      weights = net.weights.map((w, l) => tf.tensor2d(w, [sizes[l + 1] as number, sizes[l] as number]));
      biases = net.biases.map((b) => tf.tensor1d(b));
    },
    step(order, from, count) {
      const next = tf.tidy(() => {
        const idx = tf.tensor1d(Int32Array.from(order.subarray(from, from + count)), 'int32');
        const x = tf.gather(trainX, idx);
        const y = tf.gather(trainY, idx);
        const acts = forward(tf, x, weights, biases, spec.activation);
        const o = acts[L] as T2;
        // d(mean ½(o − y)²)/dz at the tanh output.
        let delta = tf.mul(tf.div(tf.sub(o, y), count), tf.sub(1, tf.square(o))) as T2;
        const newW: T2[] = new Array<T2>(L);
        const newB: TfCore.Tensor1D[] = new Array<TfCore.Tensor1D>(L);
        const gradW: T2[] = new Array<T2>(L);
        const gradB: TfCore.Tensor1D[] = new Array<TfCore.Tensor1D>(L);
        for (let l = L - 1; l >= 0; l--) {
          const W = weights[l] as T2;
          const gw = tf.add(tf.matMul(delta, acts[l] as T2, true, false), tf.mul(l2, W)) as T2;
          const gb = tf.sum(delta, 0) as TfCore.Tensor1D;
          if (l > 0)
            delta = tf.mul(tf.matMul(delta, W), derivative(tf, acts[l] as T2, spec.activation)) as T2;
          gradW[l] = gw;
          gradB[l] = gb;
          newW[l] = tf.sub(W, tf.mul(lr, gw)) as T2;
          newB[l] = tf.sub(biases[l] as TfCore.Tensor1D, tf.mul(lr, gb)) as TfCore.Tensor1D;
        }
        return { newW, newB, gradW, gradB };
      });
      disposeParams();
      weights = next.newW;
      biases = next.newB;
      gW = next.gradW;
      gB = next.gradB;
    },
    losses: () => [meanLoss(trainX, trainY), testX && testY ? meanLoss(testX, testY) : 0],
    readNet: () => read(weights, biases),
    readGrads: () => (gW && gB ? read(gW, gB) : null),
    grid(res, out) {
      const o = gridOut(res);
      out.set(o.dataSync());
      o.dispose();
    },
    async gridAsync(res) {
      const o = gridOut(res);
      try {
        // A copy: on the cpu backend data() can hand out the tensor's own storage.
        return Float32Array.from((await o.data()) as Float32Array);
      } finally {
        o.dispose();
      }
    },
    dispose() {
      disposeParams();
      grid?.points.dispose();
      grid = null;
      tf.dispose([trainX, trainY, ...(testX && testY ? [testX, testY] : [])]);
    },
  };
}
