/**
 * Draws the 10,000-point cloud by writing pixels, not paths. Filling a path of 10,000 little
 * squares cost ~8 ms a frame in headless Chromium here (software raster); writing the same squares
 * into an ImageData and blitting it costs under 1 ms, which is what keeps Play smooth.
 *
 * `rasterizePoints` is the pure part (tested in Node); `PointLayer` owns the offscreen canvas and
 * hands the result to the main canvas at the right moment of the frame, so layers above the
 * cloud (eigenvectors, î, ĵ, labels) still draw over it.
 */
import { colorRgb, type Rgb } from '../../render/color';
import type { Affine, PointPlotter } from './view';

export type { Rgb };

/** A pixel box, end exclusive. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Raster {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/**
 * Adds `alpha` (0-255, saturating) to a `size`×`size` block at each mapped point and records the
 * block's top-left index in `touched`, so the next frame can clear exactly what it drew. Points
 * off the raster are skipped. Returns how many blocks were drawn and their bounding box.
 */
export function rasterizePoints(
  r: Raster,
  points: Float32Array,
  map: Affine,
  size: number,
  rgb: Rgb,
  alpha: number,
  touched: Int32Array,
): { count: number; box: Box | undefined } {
  const { data, width, height } = r;
  const { a, b, c, d, e, f } = map;
  const half = size / 2;
  const maxX = width - size;
  const maxY = height - size;
  let count = 0;
  let x0 = width;
  let y0 = height;
  let x1 = 0;
  let y1 = 0;
  const [red, green, blue] = rgb;
  for (let k = 0; k < points.length; k += 2) {
    const px = points[k] as number;
    const py = points[k + 1] as number;
    const x = Math.round(e + a * px + b * py - half);
    const y = Math.round(f + c * px + d * py - half);
    // Also rejects NaN: every comparison with NaN is false.
    if (!(x >= 0 && y >= 0 && x <= maxX && y <= maxY)) continue;
    const top = y * width + x;
    for (let dy = 0; dy < size; dy++) {
      let i = (top + dy * width) * 4;
      for (let dx = 0; dx < size; dx++, i += 4) {
        data[i] = red;
        data[i + 1] = green;
        data[i + 2] = blue;
        data[i + 3] = (data[i + 3] as number) + alpha;
      }
    }
    if (count < touched.length) touched[count] = top;
    count++;
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x + size > x1) x1 = x + size;
    if (y + size > y1) y1 = y + size;
  }
  return { count, box: count ? { x0, y0, x1, y1 } : undefined };
}

/** Zeroes the blocks drawn by the previous `rasterizePoints` call. */
export function clearBlocks(r: Raster, touched: Int32Array, count: number, size: number): void {
  const { data, width } = r;
  for (let n = 0; n < count; n++) {
    const top = touched[n] as number;
    for (let dy = 0; dy < size; dy++) {
      const i = (top + dy * width) * 4;
      data.fill(0, i, i + size * 4);
    }
  }
}

function union(p: Box | undefined, q: Box | undefined): Box | undefined {
  if (!p) return q;
  if (!q) return p;
  return {
    x0: Math.min(p.x0, q.x0),
    y0: Math.min(p.y0, q.y0),
    x1: Math.max(p.x1, q.x1),
    y1: Math.max(p.y1, q.y1),
  };
}

/** How much each point adds to a pixel's opacity: three overlapping points are solid. */
const POINT_ALPHA = 100;

export class PointLayer implements PointPlotter {
  private readonly canvas = document.createElement('canvas');
  private readonly octx = this.canvas.getContext('2d', { willReadFrequently: true });
  private image: ImageData | undefined;
  private touched = new Int32Array(0);
  private drawn = 0;
  private drawnSize = 0;
  private drawnBox: Box | undefined;
  private colorKey = '';
  private rgb: Rgb = [0, 0, 0];

  constructor(private readonly target: CanvasRenderingContext2D) {}

  plotPoints(points: Float32Array, map: Affine, sizePx: number, color: string): void {
    const octx = this.octx;
    if (!octx) return;
    const t = this.target.getTransform();
    const k = t.a > 0 ? t.a : 1;
    const width = this.target.canvas.width;
    const height = this.target.canvas.height;
    if (!this.image || this.image.width !== width || this.image.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.image = octx.createImageData(width, height);
      this.drawn = 0;
      this.drawnBox = undefined;
    }
    if (color !== this.colorKey) {
      this.colorKey = color;
      this.rgb = colorRgb(color, [0, 0, 0]);
    }
    if (this.touched.length < points.length / 2) this.touched = new Int32Array(points.length / 2);
    const raster = this.image;
    clearBlocks(raster, this.touched, Math.min(this.drawn, this.touched.length), this.drawnSize);
    const size = Math.max(1, Math.round(sizePx * k));
    // The map is in CSS pixels; the raster is in backing pixels.
    const backing: Affine = {
      a: map.a * k,
      b: map.b * k,
      c: map.c * k,
      d: map.d * k,
      e: map.e * k,
      f: map.f * k,
    };
    const { count, box } = rasterizePoints(
      raster,
      points,
      backing,
      size,
      this.rgb,
      POINT_ALPHA,
      this.touched,
    );
    // Upload only what changed: this frame's points and the last frame's (now cleared) ones.
    const dirty = union(this.drawnBox, box);
    if (dirty) octx.putImageData(raster, 0, 0, dirty.x0, dirty.y0, dirty.x1 - dirty.x0, dirty.y1 - dirty.y0);
    if (box) {
      const w = box.x1 - box.x0;
      const h = box.y1 - box.y0;
      this.target.drawImage(this.canvas, box.x0, box.y0, w, h, box.x0 / k, box.y0 / k, w / k, h / k);
    }
    this.drawn = count;
    this.drawnSize = size;
    this.drawnBox = box;
  }
}
