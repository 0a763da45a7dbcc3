/**
 * Draws a 784-long centroid as a 28 × 28 image on a canvas of exactly 28 × 28 pixels (CSS scales
 * it up, pixelated): ink in the theme's text colour on its background, so a centroid reads in
 * the light, dark and projector themes alike (the mean image is grey where digits disagree).
 */
import { MNIST_SIDE } from '../../datasets/mnist';

/** A CSS colour as RGB bytes, resolved by the canvas itself (hex, rgb(), named…). */
function rgbOf(ctx: CanvasRenderingContext2D, color: string): [number, number, number] {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const d = ctx.getImageData(0, 0, 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

export function drawDigit(
  canvas: HTMLCanvasElement,
  centroid: ArrayLike<number>,
  bg: string,
  ink: string,
): void {
  if (canvas.width !== MNIST_SIDE) canvas.width = MNIST_SIDE;
  if (canvas.height !== MNIST_SIDE) canvas.height = MNIST_SIDE;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  const b = rgbOf(ctx, bg);
  const f = rgbOf(ctx, ink);
  const img = ctx.createImageData(MNIST_SIDE, MNIST_SIDE);
  const p = img.data;
  for (let t = 0; t < MNIST_SIDE * MNIST_SIDE; t++) {
    const v = Math.min(1, Math.max(0, centroid[t] ?? 0));
    p[4 * t] = b[0] + (f[0] - b[0]) * v;
    p[4 * t + 1] = b[1] + (f[1] - b[1]) * v;
    p[4 * t + 2] = b[2] + (f[2] - b[2]) * v;
    p[4 * t + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}
