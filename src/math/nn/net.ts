/**
 * Creating, validating and copying networks. The seeded initialisation is TensorFlow Playground's
 * (weights uniform in [−0.5, 0.5), biases 0.1) drawn from our seeded generator in a fixed order
 * (layer by layer, row by row), so a seed names one starting network on every path.
 */
import { createRandom } from '../random';
import { XY, featuresProblem } from './features';
import type { Net, NetSpec, TrainSettings } from './types';

const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'];
export const MAX_LAYERS = 6;
export const MAX_WIDTH = 64;

/** A clear message for a spec the kernels cannot run, or null. The widget offers 1-4 × 1-8. */
export function netProblem(spec: NetSpec): string | null {
  if (!ACTIVATIONS.includes(spec.activation))
    return `unknown activation "${String(spec.activation)}": use tanh, relu, sigmoid or linear`;
  const inputs = featuresProblem(spec.inputs ?? XY);
  if (inputs) return inputs;
  if (spec.hidden.length > MAX_LAYERS)
    return `at most ${MAX_LAYERS} hidden layers, got ${spec.hidden.length}`;
  for (const w of spec.hidden)
    if (!Number.isInteger(w) || w < 1 || w > MAX_WIDTH)
      return `a hidden layer has 1 … ${MAX_WIDTH} neurons, got ${w}`;
  return null;
}

/** A clear message for settings SGD cannot use, or null. */
export function settingsProblem(s: TrainSettings): string | null {
  if (!(s.learningRate > 0 && s.learningRate <= 10))
    return `learning rate must be in (0, 10], got ${s.learningRate}`;
  if (!Number.isInteger(s.batchSize) || s.batchSize < 1 || s.batchSize > 1000)
    return `batch size must be a whole number in 1 … 1000, got ${s.batchSize}`;
  if (!(s.l2 >= 0 && s.l2 <= 10)) return `L2 rate must be in 0 … 10, got ${s.l2}`;
  return null;
}

/** [inputs, ...hidden, 1]: one input per feature (x, y when the spec names none). */
export function netSizes(spec: NetSpec): number[] {
  return [(spec.inputs ?? XY).length, ...spec.hidden, 1];
}

/** A network of these layer sizes with every parameter 0. */
export function zerosLike(sizes: readonly number[]): Net {
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    weights.push(new Float32Array((sizes[l + 1] as number) * (sizes[l] as number)));
    biases.push(new Float32Array(sizes[l + 1] as number));
  }
  return { sizes: [...sizes], weights, biases };
}

/**
 * The seeded starting network. Throws a RangeError with netProblem's message for a bad spec.
 * @example initNet({ hidden: [4], activation: 'tanh' }, 1).weights[0].length // 8: 4 rows × 2 inputs
 */
export function initNet(spec: NetSpec, seed: number): Net {
  const problem = netProblem(spec);
  if (problem) throw new RangeError(problem);
  const net = zerosLike(netSizes(spec));
  const rng = createRandom(seed);
  for (const w of net.weights) for (let k = 0; k < w.length; k++) w[k] = rng.next() - 0.5;
  for (const b of net.biases) b.fill(0.1);
  return net;
}

export function cloneNet(net: Net): Net {
  return {
    sizes: [...net.sizes],
    weights: net.weights.map((w) => w.slice()),
    biases: net.biases.map((b) => b.slice()),
  };
}

/** Copies `src`'s parameters into `dst` (same sizes) without allocating. */
export function copyNetInto(src: Net, dst: Net): void {
  for (let l = 0; l < src.weights.length; l++) {
    (dst.weights[l] as Float32Array).set(src.weights[l] as Float32Array);
    (dst.biases[l] as Float32Array).set(src.biases[l] as Float32Array);
  }
}
