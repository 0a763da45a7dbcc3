/**
 * Drawing pieces both pictures of `<lumen-svd>` use: the background grid with its numbers, arrows,
 * dots, dashed lines through a point, and labels with a halo. Everything goes through the small
 * `DrawContext` of `<lumen-plane>`, so tests record the calls with a fake context.
 */
import type { Vec2 } from '../../math/mat2';
import type { Palette } from '../../ui/tokens';
import type { View } from './model';
import { fmt } from './words';
import { arrowHead, FONT, type DrawContext } from '../../render/canvas-kit';
export { arrowHead, FONT, type DrawContext };

export type SceneColors = Pick<
  Palette,
  'bg' | 'fg' | 'muted' | 'grid' | 'axis' | 'i' | 'j' | 'data' | 'model' | 'error' | 'accent'
>;

/** What every frame needs besides its own content. */
export interface Frame {
  readonly view: View;
  readonly colors: SceneColors;
  /** Multiplies every line width (the projector theme doubles them). */
  readonly lineScale: number;
  /** Base size of labels, CSS pixels. */
  readonly fontPx: number;
}

export function px(view: View, p: Vec2): [number, number] {
  return [view.cx + p[0] * view.scale, view.cy - p[1] * view.scale];
}

export function viewIsDrawable(view: View): boolean {
  return view.scale > 0 && Number.isFinite(view.scale) && Number.isFinite(view.cx) && Number.isFinite(view.cy);
}

/** Half the canvas diagonal: a line this long each way from any visible point covers the plot. */
function reach(view: View): number {
  return Math.hypot(view.width, view.height) + 2;
}

const STEPS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200];
/** Grid lines closer than this (pixels) would be a grey smear. */
const MIN_GRID_GAP = 26;

const isMultiple = (a: number, b: number): boolean => Math.abs(a / b - Math.round(a / b)) < 1e-9;

/** Fills the background and draws the grid, the axes and their numbers. */
export function background(ctx: DrawContext, f: Frame): void {
  const { view, colors } = f;
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, 0, view.width, view.height);
  if (!viewIsDrawable(view)) return;

  const grid = STEPS.find((s) => s * view.scale >= MIN_GRID_GAP) ?? 500;
  const xMax = view.width / 2 / view.scale;
  const yMax = view.height / 2 / view.scale;
  ctx.lineWidth = f.lineScale;
  ctx.strokeStyle = colors.grid;
  ctx.beginPath();
  for (let k = grid; k <= xMax; k += grid) {
    for (const x of [k, -k]) {
      const sx = view.cx + x * view.scale;
      ctx.moveTo(sx, 0);
      ctx.lineTo(sx, view.height);
    }
  }
  for (let k = grid; k <= yMax; k += grid) {
    for (const y of [k, -k]) {
      const sy = view.cy - y * view.scale;
      ctx.moveTo(0, sy);
      ctx.lineTo(view.width, sy);
    }
  }
  ctx.stroke();

  ctx.strokeStyle = colors.axis;
  ctx.globalAlpha = 0.55;
  ctx.lineWidth = 1.25 * f.lineScale;
  ctx.beginPath();
  ctx.moveTo(0, view.cy);
  ctx.lineTo(view.width, view.cy);
  ctx.moveTo(view.cx, 0);
  ctx.lineTo(view.cx, view.height);
  ctx.stroke();
  ctx.globalAlpha = 1;

  const size = Math.round(f.fontPx * 0.68);
  const label = STEPS.find((s) => s >= grid && isMultiple(s, grid) && s * view.scale >= size * 2.8) ?? 500;
  ctx.font = `${size}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const xRoom = xMax - (size * 1.4) / view.scale;
  for (let k = label; k <= xRoom; k += label)
    for (const x of [k, -k]) haloText(ctx, f, fmt(x), view.cx + x * view.scale, view.cy + 4, colors.muted);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const yRoom = yMax - (size * 1.2) / view.scale;
  for (let k = label; k <= yRoom; k += label)
    for (const y of [k, -k]) haloText(ctx, f, fmt(y), view.cx - 5, view.cy - y * view.scale, colors.muted);
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

/** A label centred at (x, y), pushed back inside the plot if it would stick out. */
export function placedLabel(ctx: DrawContext, f: Frame, text: string, x: number, y: number, color: string): void {
  const { view } = f;
  const halfW = text.length * f.fontPx * 0.27 + 4;
  const halfH = f.fontPx * 0.6;
  const lx = Math.min(view.width - halfW, Math.max(halfW, x));
  const ly = Math.min(view.height - halfH, Math.max(halfH, y));
  haloText(ctx, f, text, lx, ly, color);
}

/** Many dots as one path (a separate sub-path per dot, so no lines join them). */
export function dots(ctx: DrawContext, f: Frame, points: readonly Vec2[], radius: number, color: string): void {
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

/** Text with a background-coloured outline, so it stays legible over lines and dots. */
export function haloText(ctx: DrawContext, f: Frame, text: string, x: number, y: number, color: string): void {
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4 * f.lineScale;
  ctx.strokeStyle = f.colors.bg;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}

/** Notes in the plot's top-left corner, one per line. */
export function notes(ctx: DrawContext, f: Frame, lines: readonly string[], color: string): void {
  ctx.font = `600 ${Math.round(f.fontPx * 0.75)}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const step = f.fontPx * 1.05;
  lines.forEach((text, k) => haloText(ctx, f, text, 8, 8 + k * step, color));
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
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  const [x, y] = px(f.view, dialTip(f.view, d));
  ctx.font = `600 ${Math.round(f.fontPx * 0.72)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  placedLabel(ctx, f, 'your guess', x, y - f.fontPx * 1.3, f.colors.fg);
}
