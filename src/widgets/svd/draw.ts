/**
 * Drawing pieces both pictures of `<lumen-svd>` use: arrows, dots, dashed lines through a point,
 * notes and the predict-first dial. The background grid and haloed labels are in
 * src/render/canvas-kit.ts. Everything goes through the small `DrawContext`, so tests record the
 * calls with a fake context.
 */
import type { Vec2 } from '../../math/mat2';
import { toPixel as px, type View } from '../../render/view2d';
import {
  arrowHead,
  blockLine,
  FONT,
  haloText,
  placedLabel,
  type DrawContext,
  type Frame,
} from '../../render/canvas-kit';

/** Half the canvas diagonal: a line this long each way from any visible point covers the plot. */
function reach(view: View): number {
  return Math.hypot(view.width, view.height) + 2;
}

/** The line through `through` along `dir` across the whole plot (nothing for a zero `dir`). */
export function lineThrough(ctx: DrawContext, view: View, through: Vec2, dir: Vec2): void {
  const dx = dir[0];
  const dy = -dir[1];
  const dl = Math.hypot(dx, dy);
  if (!(dl > 1e-12)) return;
  const r = reach(view);
  const [x, y] = px(view, through);
  ctx.moveTo(x - (dx / dl) * r, y - (dy / dl) * r);
  ctx.lineTo(x + (dx / dl) * r, y + (dy / dl) * r);
}

/**
 * An arrow from `from` to `tip` with a label just beyond the tip, kept inside the plot. `rest` is
 * the label's pixel direction when the arrow has no length to point along.
 */
export function arrow(
  ctx: DrawContext,
  f: Frame,
  from: Vec2,
  tip: Vec2,
  color: string,
  label: string,
  rest: Vec2,
): void {
  const { view } = f;
  const [x0, y0] = px(view, from);
  const [x1, y1] = px(view, tip);
  const len = Math.hypot(x1 - x0, y1 - y0);
  const head = Math.min(15 * f.lineScale, len * 0.6);
  ctx.strokeStyle = color;
  ctx.lineWidth = 3.5 * f.lineScale;
  ctx.lineCap = 'round';
  if (len > head) {
    const k = (len - head * 0.8) / len;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x0 + (x1 - x0) * k, y0 + (y1 - y0) * k);
    ctx.stroke();
  }
  if (len > 0.5) arrowHead(ctx, x0, y0, x1, y1, head, color);
  blockLine(f, x0, y0, x1, y1, Math.max(3 * f.lineScale, head * 0.45));
  if (!label) return;
  const rl = Math.hypot(rest[0], rest[1]) || 1;
  const ux = len > 0.5 ? (x1 - x0) / len : rest[0] / rl;
  const uy = len > 0.5 ? (y1 - y0) / len : rest[1] / rl;
  ctx.font = `700 ${Math.round(f.fontPx * 0.85)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const reachPx = (8 + f.fontPx * 1.1) * Math.min(f.lineScale, 1.5);
  placedLabel(ctx, f, label, x1 + ux * reachPx, y1 + uy * reachPx, color);
}

/** Many dots as one path (a separate sub-path per dot, so no lines join them). */
export function dots(
  ctx: DrawContext,
  f: Frame,
  points: readonly Vec2[],
  radius: number,
  color: string,
): void {
  ctx.beginPath();
  for (const p of points) {
    const [x, y] = px(f.view, p);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    ctx.moveTo(x + radius, y);
    ctx.arc(x, y, radius, 0, 2 * Math.PI);
  }
  ctx.fillStyle = color;
  ctx.fill();
}

/** Notes in the plot's top-left corner, one per line. */
export function notes(ctx: DrawContext, f: Frame, lines: readonly string[], color: string): void {
  ctx.font = `600 ${Math.round(f.fontPx * 0.75)}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const step = f.fontPx * 1.05;
  lines.forEach((text, k) => {
    haloText(ctx, f, text, 8, 8 + k * step, color);
    f.labelBoard?.block({ x: 8, y: 8 + k * step, w: text.length * f.fontPx * 0.5, h: step });
  });
}

/** The predict-first dial: a dashed line through `centre` at `degrees`, labelled "your guess". */
export interface Dial {
  readonly centre: Vec2;
  /** Degrees from the x-axis. */
  readonly degrees: number;
}

export function dialRadius(view: View): number {
  return (0.62 * Math.min(view.width, view.height)) / 2 / view.scale;
}

export function dialTip(view: View, d: Dial): Vec2 {
  const r = dialRadius(view);
  const a = (d.degrees * Math.PI) / 180;
  return [d.centre[0] + r * Math.cos(a), d.centre[1] + r * Math.sin(a)];
}

export function drawDial(ctx: DrawContext, f: Frame, d: Dial): void {
  const a = (d.degrees * Math.PI) / 180;
  ctx.strokeStyle = f.colors.fg;
  ctx.lineWidth = 2.5 * f.lineScale;
  ctx.globalAlpha = 0.85;
  ctx.setLineDash([8 * f.lineScale, 6 * f.lineScale]);
  ctx.beginPath();
  lineThrough(ctx, f.view, d.centre, [Math.cos(a), Math.sin(a)]);
  ctx.stroke();
  const [cx, cy] = px(f.view, d.centre);
  const [tx, ty] = px(f.view, dialTip(f.view, d));
  blockLine(f, 2 * cx - tx, 2 * cy - ty, tx, ty, 2 * f.lineScale);
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  const [x, y] = px(f.view, dialTip(f.view, d));
  ctx.font = `600 ${Math.round(f.fontPx * 0.72)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  placedLabel(ctx, f, 'your guess', x, y - f.fontPx * 1.3, f.colors.fg);
}
