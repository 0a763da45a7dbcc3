/**
 * The decision-boundary heat map as a small image (one pixel per grid cell), which the plot
 * stretches over itself. A new grid arrives every frame while training, so the pixels are written
 * into one ImageData kept for the element's life and put into one canvas: no allocation per frame.
 */
import { boundaryPixels, type Rgb } from './model';

export interface HeatColors {
  readonly positive: Rgb;
  readonly negative: Rgb;
  readonly bg: Rgb;
}

export class HeatImage {
  readonly canvas: HTMLCanvasElement = document.createElement('canvas');
  private image: ImageData | undefined;
  private from: { boundary: Float32Array; colors: HeatColors } | undefined;

  /** The image of `boundary` (resolution² values, row 0 = top); redrawn only for a new grid or new colours. */
  draw(boundary: Float32Array, resolution: number, colors: HeatColors): HTMLCanvasElement | undefined {
    if (this.from?.boundary === boundary && this.from.colors === colors) return this.canvas;
    const canvas = this.canvas;
    if (canvas.width !== resolution) canvas.width = resolution;
    if (canvas.height !== resolution) canvas.height = resolution;
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    if (this.image?.width !== resolution) this.image = ctx.createImageData(resolution, resolution);
    boundaryPixels(boundary, resolution, colors.positive, colors.negative, colors.bg, this.image.data);
    ctx.putImageData(this.image, 0, 0);
    this.from = { boundary, colors };
    return canvas;
  }
}
