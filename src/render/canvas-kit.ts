/**
 * What every 2D widget shares for drawing on a canvas: the subset of CanvasRenderingContext2D
 * the views use (so tests can record calls with a fake), the font stack, the arrowhead, the
 * background grid with its numbers, and labels with a halo kept inside the plot.
 */
import { shortNumber } from '../math/number-text';
import { viewIsDrawable, type View } from './view2d';
import { segmentBoxes, textWidth, type LabelBoard } from './label-layout';

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

export function arrowHead(
  ctx: DrawContext,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  size: number,
  color: string,
): void {
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

/** The palette colours a 2D scene draws with (a subset of src/ui/tokens.ts's Palette). */
export type SceneColors = Readonly<
  Record<'bg' | 'fg' | 'muted' | 'grid' | 'axis' | 'i' | 'j' | 'data' | 'model' | 'error' | 'accent', string>
>;

/** What every frame needs besides its own content. */
export interface Frame {
  readonly view: View;
  readonly colors: SceneColors;
  /** Multiplies every line width (the projector theme doubles them). */
  readonly lineScale: number;
  /** Base size of labels, CSS pixels. */
  readonly fontPx: number;
  /**
   * Where this frame's labels are collected, to be placed together once everything else is drawn:
   * off each other, the axis numbers and whatever the view blocks (src/render/label-layout.ts).
   * Without one each label is only pushed back inside the plot.
   */
  readonly labelBoard?: LabelBoard | undefined;
}

/** Keeps the frame's labels off a drawn line from (x0, y0) to (x1, y1), `halfWidth` px either side. */
export function blockLine(f: Frame, x0: number, y0: number, x1: number, y1: number, halfWidth: number): void {
  f.labelBoard?.block(...segmentBoxes(x0, y0, x1, y1, halfWidth));
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
    for (const x of [k, -k]) {
      const text = shortNumber(x);
      const w = textWidth(text, size);
      f.labelBoard?.block({ x: view.cx + x * view.scale - w / 2, y: view.cy + 4, w, h: size * 1.2 });
      haloText(ctx, f, text, view.cx + x * view.scale, view.cy + 4, colors.muted);
    }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const yRoom = yMax - (size * 1.2) / view.scale;
  for (let k = label; k <= yRoom; k += label)
    for (const y of [k, -k]) {
      const text = shortNumber(y);
      const w = textWidth(text, size);
      f.labelBoard?.block({ x: view.cx - 5 - w, y: view.cy - y * view.scale - size * 0.6, w, h: size * 1.2 });
      haloText(ctx, f, text, view.cx - 5, view.cy - y * view.scale, colors.muted);
    }
}

/**
 * A label centred at (x, y) in the font already set. With the frame's label board it is placed
 * with the others at the end of the frame (there first, else the nearest free place around it);
 * without one it is only pushed back inside the plot if it would stick out.
 */
export function placedLabel(
  ctx: DrawContext,
  f: Frame,
  text: string,
  x: number,
  y: number,
  color: string,
): void {
  const { view } = f;
  const halfW = text.length * f.fontPx * 0.27 + 4;
  const halfH = f.fontPx * 0.6;
  if (f.labelBoard) {
    // Painted later, after other text may have changed the font: keep this one's.
    const font = ctx.font;
    f.labelBoard.add({ w: 2 * halfW, h: 2 * halfH, anchor: [x, y], onAnchor: true }, (cx, cy) => {
      ctx.font = font;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      haloText(ctx, f, text, cx, cy, color);
    });
    return;
  }
  const lx = Math.min(view.width - halfW, Math.max(halfW, x));
  const ly = Math.min(view.height - halfH, Math.max(halfH, y));
  haloText(ctx, f, text, lx, ly, color);
}

/** Text with a background-coloured outline, so it stays legible over lines and dots. */
export function haloText(
  ctx: DrawContext,
  f: { readonly colors: Pick<SceneColors, 'bg'>; readonly lineScale: number },
  text: string,
  x: number,
  y: number,
  color: string,
): void {
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4 * f.lineScale;
  ctx.strokeStyle = f.colors.bg;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}
