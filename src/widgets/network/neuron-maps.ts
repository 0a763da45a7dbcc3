/**
 * The pictures inside the diagram's neurons, as in TensorFlow Playground (review D28): each
 * hidden neuron's output (and the output neuron's) over the input plane, on a small grid, from
 * the current weights. Computed on the main thread with the same typed-array forward pass the
 * trainer uses (`neuronGrid` of src/math/nn/kernels.ts): a 4-8-8-1 network on a 24² grid is a few
 * tens of thousands of multiply-adds, far below a frame. The element throttles it while training.
 */
import {
  EXTENT,
  createKernels,
  featureValue,
  type Activation,
  type Feature,
  type Kernels,
  type Net,
} from '../../math/nn';
import { boundaryPixels } from './model';
import type { HeatColors } from './heat-image';

/** Cells per side of a neuron's picture (it is drawn about 40 px wide). */
export const MAP_RES = 24;
/** Stronger than the plot's shading (which must leave the points readable): a neuron's picture is only colour. */
const MAP_STRENGTH = 0.9;

export class NeuronMaps {
  private kernels: Kernels | undefined;
  private maps: Float32Array[][] = [];
  private image: ImageData | undefined;
  private inputsKey = '';
  private inputs: Float32Array[] = [];

  /**
   * Each neuron's values over the grid (row 0 at the top, y = +6), `maps[l - 1][j]` for layer
   * l ≥ 1; the arrays are reused from one call to the next.
   */
  compute(net: Net, activation: Activation, inputs: readonly Feature[], res = MAP_RES): Float32Array[][] {
    const sizes = net.sizes;
    const k = this.kernels;
    if (
      !k ||
      k.activation !== activation ||
      k.sizes.join() !== sizes.join() ||
      k.inputs.join() !== inputs.join() ||
      this.maps[0]?.[0]?.length !== res * res
    ) {
      this.kernels = createKernels(sizes, activation, res * res, inputs);
      this.maps = sizes.slice(1).map((n) => Array.from({ length: n }, () => new Float32Array(res * res)));
    }
    this.kernels!.neuronGrid(net, res, this.maps);
    return this.maps;
  }

  /**
   * Each input feature over the same grid, scaled by its largest |value| on the plane so every
   * picture spans the full colour range (x² reaches 36, sin x only 1). Cached per feature list.
   */
  inputMaps(inputs: readonly Feature[], res = MAP_RES): Float32Array[] {
    const key = `${inputs.join(' ')}|${res}`;
    if (key === this.inputsKey) return this.inputs;
    const step = (2 * EXTENT) / res;
    this.inputs = inputs.map((f) => {
      const m = new Float32Array(res * res);
      let max = 0;
      for (let row = 0; row < res; row++)
        for (let col = 0; col < res; col++) {
          const v = featureValue(f, -EXTENT + (col + 0.5) * step, EXTENT - (row + 0.5) * step);
          m[row * res + col] = v;
          max = Math.max(max, Math.abs(v));
        }
      if (max > 0) for (let c = 0; c < m.length; c++) m[c] = (m[c] as number) / max;
      return m;
    });
    this.inputsKey = key;
    return this.inputs;
  }

  /** Paints one map on its canvas in the plot's colours (values clamped to −1 … 1, as the plot). */
  paint(canvas: HTMLCanvasElement, values: Float32Array, res: number, colors: HeatColors): void {
    if (canvas.width !== res) canvas.width = res;
    if (canvas.height !== res) canvas.height = res;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    if (this.image?.width !== res) this.image = ctx.createImageData(res, res);
    boundaryPixels(values, res, colors.positive, colors.negative, colors.bg, this.image.data, MAP_STRENGTH);
    ctx.putImageData(this.image, 0, 0);
  }
}
