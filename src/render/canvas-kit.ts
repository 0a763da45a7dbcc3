/**
 * What every 2D widget shares for drawing on a canvas: the subset of CanvasRenderingContext2D
 * the views use (so tests can record calls with a fake), the font stack, and the arrowhead.
 */

export type DrawContext = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'rect'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'fillRect'
  | 'fillText'
  | 'strokeText'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'lineJoin'
  | 'lineCap'
>;

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function arrowHead(ctx: DrawContext, x0: number, y0: number, x1: number, y1: number, size: number, color: string): void {
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (!(len > 0) || !(size > 0)) return;
  const ux = (x1 - x0) / len;
  const uy = (y1 - y0) / len;
  const w = size * 0.45;
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x1 - ux * size - uy * w, y1 - uy * size + ux * w);
  ctx.lineTo(x1 - ux * size + uy * w, y1 - uy * size - ux * w);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}
