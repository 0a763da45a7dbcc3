/**
 * The pictures inside the diagram's neurons, as in TensorFlow Playground (review D28): each
 * hidden neuron's output (and the output neuron's) over the input plane, on a small grid, from
 * the current weights. Computed on the main thread with the same typed-array forward pass the
 * trainer uses (`neuronGrid` of src/math/nn/kernels.ts): a 4-8-8-1 network on a 24² grid is a few
 * tens of thousands of multiply-adds, far below a frame. The element throttles it while training.
 */
import { createKernels, type Activation, type Kernels, type Net } from '../../math/nn';
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

  /**
   * Each neuron's values over the grid (row 0 at the top, y = +6), `maps[l - 1][j]` for layer
   * l ≥ 1; the arrays are reused from one call to the next.
   */
  compute(net: Net, activation: Activation, res = MAP_RES): Float32Array[][] {
    const sizes = net.sizes;
    const k = this.kernels;
    if (
      !k ||
      k.activation !== activation ||
      k.sizes.join() !== sizes.join() ||
      this.maps[0]?.[0]?.length !== res * res
    ) {
      this.kernels = createKernels(sizes, activation, res * res);
      this.maps = sizes.slice(1).map((n) => Array.from({ length: n }, () => new Float32Array(res * res)));
    }
    this.kernels!.neuronGrid(net, res, this.maps);
    return this.maps;
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
