/**
 * The training kernels on preallocated Float32Arrays: a batched forward pass, backpropagation of
 * the mean ½(o − y)² loss, the SGD update, the mean loss over a dataset and the decision-boundary
 * grid. A `Kernels` object owns every buffer it needs (one activation and one delta array per
 * layer, sized for `capacity` examples), so a training step allocates nothing and creates no
 * per-example or per-neuron objects. That, looping over a batch per weight (two examples or two
 * inputs at a time, so each load serves two multiply-adds), tanh as an inlined rational function
 * and its derivative taken from the stored output make a step about 2.3-2.5x cheaper in CPU time
 * than the object-per-neuron reference (bench/measure-network.mjs).
 *
 * Layouts: activations of layer l for example b at acts[l][b * sizes[l] + j]; weights row-major
 * (types.ts). Hidden layers use `activation`; the output neuron is tanh. Datasets hold raw (x, y);
 * layer 0 gets each point's feature row (features.ts) as the point is loaded.
 */
import { EXTENT } from './datasets';
import { XY, featureRow, featuresProblem, type Feature } from './features';
import type { Activation, Dataset, Net } from './types';

export interface Kernels {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  /** The features the first layer sees (sizes[0] of them), computed from each point's (x, y). */
  readonly inputs: readonly Feature[];
  /** The most examples one forward/backward call takes (larger datasets are done in chunks). */
  readonly capacity: number;
  /**
   * Mean loss of the batch data[idx[from]], …, data[idx[from + count − 1]] and, into `grads`, the
   * gradient of (that mean loss + l2/2 · Σ w²): biases are not regularised. `count` ≤ capacity.
   */
  gradient(
    net: Net,
    data: Dataset,
    idx: Uint32Array,
    from: number,
    count: number,
    l2: number,
    grads: Net,
  ): number;
  /** One SGD step: every parameter p ← p − learningRate · g (grads from `gradient`, L2 included). */
  sgd(net: Net, grads: Net, learningRate: number): void;
  /** Mean ½(o − y)² over all of `data`; 0 for an empty set. */
  meanLoss(net: Net, data: Dataset): number;
  /** The output at (x, y) for `count` ≤ capacity points stored x0, y0, x1, y1, … from `xs`. */
  predict(net: Net, xs: Float32Array, count: number, out: Float32Array): void;
  /**
   * Outputs on a res × res grid of cell centres over [−6, 6]², row 0 at the top (y = +6 side),
   * column 0 at the left, into `out` (length res²).
   */
  predictGrid(net: Net, res: number, out: Float32Array): void;
  /**
   * Every neuron's output on the same grid as `predictGrid` (TensorFlow Playground's per-neuron
   * pictures): `maps[l - 1][j]` (length res²) gets neuron j of layer l, for each layer l ≥ 1 (the
   * hidden layers, then the output).
   */
  neuronGrid(net: Net, res: number, maps: readonly (readonly Float32Array[])[]): void;
}

// tanh as a rational function (odd degree-13 numerator over even degree-6 denominator, Eigen's
// float tanh), clamped where float32 tanh is ±1: within 3e-7 of Math.tanh everywhere, i.e. float32
// accuracy, which is all a Float32Array keeps. Math.tanh is a call into the runtime; this is a
// dozen inlined multiply-adds, and tanh is most of a Playground-sized network's arithmetic.
const A1 = 4.89352455891786e-3;
const A3 = 6.37261928875436e-4;
const A5 = 1.48572235717979e-5;
const A7 = 5.12229709037114e-8;
const A9 = -8.60467152213735e-11;
const A11 = 2.00018790482477e-13;
const A13 = -2.76076847742355e-16;
const B0 = 4.89352518554385e-3;
const B2 = 2.268434632439e-3;
const B4 = 1.18534705686654e-4;
const B6 = 1.19825839466702e-6;
const TANH_CLAMP = 7.90531110763549805;

/** tanh to float32 accuracy (|error| < 3e-7); NaN stays NaN. */
export function fastTanh(v: number): number {
  const x = v > TANH_CLAMP ? TANH_CLAMP : v < -TANH_CLAMP ? -TANH_CLAMP : v;
  const x2 = x * x;
  const x4 = x2 * x2;
  const x8 = x4 * x4;
  const p = A1 + A3 * x2 + x4 * (A5 + A7 * x2) + x8 * (A9 + A11 * x2 + x4 * A13);
  return (x * p) / (B0 + B2 * x2 + x4 * (B4 + B6 * x2));
}

/** The activation applied in place to n values. */
function activate(a: Float32Array, n: number, act: Activation): void {
  switch (act) {
    case 'tanh':
      // fastTanh written out: this loop is most of a step, and a call here would box every result.
      for (let k = 0; k < n; k++) {
        const v = a[k] as number;
        const x = v > TANH_CLAMP ? TANH_CLAMP : v < -TANH_CLAMP ? -TANH_CLAMP : v;
        const x2 = x * x;
        // Estrin's scheme rather than Horner's: shorter dependency chains, so consecutive
        // elements overlap in the CPU instead of waiting on one long multiply-add chain.
        const x4 = x2 * x2;
        const x8 = x4 * x4;
        const p = A1 + A3 * x2 + x4 * (A5 + A7 * x2) + x8 * (A9 + A11 * x2 + x4 * A13);
        a[k] = (x * p) / (B0 + B2 * x2 + x4 * (B4 + B6 * x2));
      }
      return;
    case 'relu':
      for (let k = 0; k < n; k++) if ((a[k] as number) < 0) a[k] = 0;
      return;
    case 'sigmoid':
      for (let k = 0; k < n; k++) a[k] = 1 / (1 + Math.exp(-(a[k] as number)));
      return;
    case 'linear':
      return;
  }
}

/** delta[k] *= f'(z) written through the activation's own output a = f(z). */
function scaleByDerivative(delta: Float32Array, a: Float32Array, n: number, act: Activation): void {
  switch (act) {
    case 'tanh':
      for (let k = 0; k < n; k++) {
        const v = a[k] as number;
        delta[k] = (delta[k] as number) * (1 - v * v);
      }
      return;
    case 'relu':
      for (let k = 0; k < n; k++) if (!((a[k] as number) > 0)) delta[k] = 0;
      return;
    case 'sigmoid':
      for (let k = 0; k < n; k++) {
        const v = a[k] as number;
        delta[k] = (delta[k] as number) * v * (1 - v);
      }
      return;
    case 'linear':
      return;
  }
}

/**
 * Kernels for a network of `sizes` ([inputs.length, ...hidden, 1]) with hidden activation
 * `activation`. Throws a RangeError when sizes[0] is not the number of features.
 * @example
 * const k = createKernels([2, 8, 1], 'tanh', 10);
 * const loss = k.gradient(net, data, order, 0, 10, 0, grads); k.sgd(net, grads, 0.03);
 */
export function createKernels(
  sizes: readonly number[],
  activation: Activation,
  capacity = 256,
  inputs: readonly Feature[] = XY,
): Kernels {
  const problem = featuresProblem(inputs);
  if (problem) throw new RangeError(problem);
  if (sizes[0] !== inputs.length)
    throw new RangeError(`${inputs.length} input features for a first layer of ${sizes[0]}`);
  const L = sizes.length - 1;
  const n0 = inputs.length;
  const feats = [...inputs];
  const cap = Math.max(1, Math.floor(capacity));
  const acts = sizes.map((n) => new Float32Array(cap * n));
  const deltas = sizes.map((n) => new Float32Array(cap * n));
  const actOf = (l: number): Activation => (l === L ? 'tanh' : activation);

  /** Forward from acts[0] (already filled) for `count` examples; returns the output layer. */
  function propagate(net: Net, count: number): Float32Array {
    for (let l = 0; l < L; l++) {
      const nIn = sizes[l] as number;
      const nOut = sizes[l + 1] as number;
      const W = net.weights[l] as Float32Array;
      const B = net.biases[l] as Float32Array;
      const a = acts[l] as Float32Array;
      const z = acts[l + 1] as Float32Array;
      // Two examples at a time: each weight is loaded once for both (register blocking).
      let b = 0;
      for (; b + 1 < count; b += 2) {
        const a0 = b * nIn;
        const a1 = a0 + nIn;
        const z0 = b * nOut;
        const z1 = z0 + nOut;
        for (let j = 0; j < nOut; j++) {
          let s0 = B[j] as number;
          let s1 = s0;
          const wj = j * nIn;
          for (let i = 0; i < nIn; i++) {
            const w = W[wj + i] as number;
            s0 += w * (a[a0 + i] as number);
            s1 += w * (a[a1 + i] as number);
          }
          z[z0 + j] = s0;
          z[z1 + j] = s1;
        }
      }
      if (b < count) {
        const ai = b * nIn;
        const zo = b * nOut;
        for (let j = 0; j < nOut; j++) {
          let s = B[j] as number;
          const wj = j * nIn;
          for (let i = 0; i < nIn; i++) s += (W[wj + i] as number) * (a[ai + i] as number);
          z[zo + j] = s;
        }
      }
      activate(z, count * nOut, actOf(l + 1));
    }
    return acts[L] as Float32Array;
  }

  function predict(net: Net, xs: Float32Array, count: number, out: Float32Array): void {
    const a0 = acts[0] as Float32Array;
    for (let b = 0; b < count; b++)
      featureRow(feats, xs[2 * b] as number, xs[2 * b + 1] as number, a0, b * n0);
    const o = propagate(net, count);
    for (let b = 0; b < count; b++) out[b] = o[b] as number;
  }

  function gradient(
    net: Net,
    data: Dataset,
    idx: Uint32Array,
    from: number,
    count: number,
    l2: number,
    grads: Net,
  ): number {
    const a0 = acts[0] as Float32Array;
    for (let b = 0; b < count; b++) {
      const p = idx[from + b] as number;
      featureRow(feats, data.xs[2 * p] as number, data.xs[2 * p + 1] as number, a0, b * n0);
    }
    const o = propagate(net, count);
    // Output delta: d(mean ½(o − y)²)/dz = (o − y)/count · (1 − o²).
    const dOut = deltas[L] as Float32Array;
    let loss = 0;
    for (let b = 0; b < count; b++) {
      const ob = o[b] as number;
      const e = ob - (data.labels[idx[from + b] as number] as number);
      loss += 0.5 * e * e;
      dOut[b] = (e / count) * (1 - ob * ob);
    }
    for (let l = L - 1; l >= 0; l--) {
      const nIn = sizes[l] as number;
      const nOut = sizes[l + 1] as number;
      const W = net.weights[l] as Float32Array;
      const gW = grads.weights[l] as Float32Array;
      const gB = grads.biases[l] as Float32Array;
      const a = acts[l] as Float32Array;
      const d = deltas[l + 1] as Float32Array;
      for (let j = 0; j < nOut; j++) {
        let sb = 0;
        for (let b = 0; b < count; b++) sb += d[b * nOut + j] as number;
        gB[j] = sb;
        const wj = j * nIn;
        // Two inputs at a time: each delta is loaded once for both.
        let i = 0;
        for (; i + 1 < nIn; i += 2) {
          let s0 = 0;
          let s1 = 0;
          for (let b = 0; b < count; b++) {
            const dj = d[b * nOut + j] as number;
            const ai = b * nIn + i;
            s0 += dj * (a[ai] as number);
            s1 += dj * (a[ai + 1] as number);
          }
          gW[wj + i] = s0 + l2 * (W[wj + i] as number);
          gW[wj + i + 1] = s1 + l2 * (W[wj + i + 1] as number);
        }
        if (i < nIn) {
          let s = 0;
          for (let b = 0; b < count; b++) s += (d[b * nOut + j] as number) * (a[b * nIn + i] as number);
          gW[wj + i] = s + l2 * (W[wj + i] as number);
        }
      }
      if (l === 0) break; // no delta is needed for the inputs
      const dPrev = deltas[l] as Float32Array;
      for (let b = 0; b < count; b++) {
        const dOff = b * nOut;
        const pi = b * nIn;
        let i = 0;
        for (; i + 1 < nIn; i += 2) {
          let s0 = 0;
          let s1 = 0;
          for (let j = 0; j < nOut; j++) {
            const dj = d[dOff + j] as number;
            const wji = j * nIn + i;
            s0 += (W[wji] as number) * dj;
            s1 += (W[wji + 1] as number) * dj;
          }
          dPrev[pi + i] = s0;
          dPrev[pi + i + 1] = s1;
        }
        if (i < nIn) {
          let s = 0;
          for (let j = 0; j < nOut; j++) s += (W[j * nIn + i] as number) * (d[dOff + j] as number);
          dPrev[pi + i] = s;
        }
      }
      scaleByDerivative(dPrev, a, count * nIn, actOf(l));
    }
    return loss / count;
  }

  function sgd(net: Net, grads: Net, learningRate: number): void {
    for (let l = 0; l < L; l++) {
      const W = net.weights[l] as Float32Array;
      const gW = grads.weights[l] as Float32Array;
      for (let k = 0; k < W.length; k++) W[k] = (W[k] as number) - learningRate * (gW[k] as number);
      const B = net.biases[l] as Float32Array;
      const gB = grads.biases[l] as Float32Array;
      for (let k = 0; k < B.length; k++) B[k] = (B[k] as number) - learningRate * (gB[k] as number);
    }
  }

  function meanLoss(net: Net, data: Dataset): number {
    if (data.count === 0) return 0;
    const a0 = acts[0] as Float32Array;
    let sum = 0;
    for (let from = 0; from < data.count; from += cap) {
      const count = Math.min(cap, data.count - from);
      for (let b = 0; b < count; b++) {
        const p = from + b;
        featureRow(feats, data.xs[2 * p] as number, data.xs[2 * p + 1] as number, a0, b * n0);
      }
      const o = propagate(net, count);
      for (let b = 0; b < count; b++) {
        const e = (o[b] as number) - (data.labels[from + b] as number);
        sum += 0.5 * e * e;
      }
    }
    return sum / data.count;
  }

  /** Runs the res × res grid through the network in chunks; `chunk(from, count, output)` after each. */
  function overGrid(
    net: Net,
    res: number,
    chunk: (from: number, count: number, o: Float32Array) => void,
  ): void {
    const step = (2 * EXTENT) / res;
    const total = res * res;
    for (let from = 0; from < total; from += cap) {
      const count = Math.min(cap, total - from);
      for (let b = 0; b < count; b++) {
        const cell = from + b;
        const row = Math.floor(cell / res);
        const col = cell - row * res;
        const x = -EXTENT + (col + 0.5) * step;
        const y = EXTENT - (row + 0.5) * step;
        featureRow(feats, x, y, acts[0] as Float32Array, b * n0);
      }
      chunk(from, count, propagate(net, count));
    }
  }

  function predictGrid(net: Net, res: number, out: Float32Array): void {
    overGrid(net, res, (from, count, o) => out.set(o.subarray(0, count), from));
  }

  function neuronGrid(net: Net, res: number, maps: readonly (readonly Float32Array[])[]): void {
    overGrid(net, res, (from, count) => {
      for (let l = 1; l <= L; l++) {
        const n = sizes[l] as number;
        const a = acts[l] as Float32Array;
        const layer = maps[l - 1];
        if (!layer) continue;
        for (let j = 0; j < n; j++) {
          const m = layer[j];
          if (!m) continue;
          for (let b = 0; b < count; b++) m[from + b] = a[b * n + j] as number;
        }
      }
    });
  }

  return {
    sizes: [...sizes],
    activation,
    inputs: Object.freeze(feats),
    capacity: cap,
    gradient,
    sgd,
    meanLoss,
    predict,
    predictGrid,
    neuronGrid,
  };
}
