/**
 * Draws the plot of `<lumen-network>` on a canvas: the decision-boundary heat map (an image made
 * from the boundary grid, stretched over the plot), a light grid, the training points (filled)
 * and the test points (hollow), the points the learner added (ringed), and the keyboard cursor.
 * Class +1 is a circle in one colour of the diverging pair, class −1 a square in the other, so
 * the classes differ by shape as well as by colour. Coordinates are CSS pixels.
 */
import type { DrawContext } from '../../render/canvas-kit';
import { EXTENT } from './props';
import { toPixel } from './model';

export type PlotContext = DrawContext &
  Pick<CanvasRenderingContext2D, 'drawImage' | 'imageSmoothingEnabled' | 'save' | 'restore'>;

export interface PlotColors {
  readonly positive: string;
  readonly negative: string;
  readonly fg: string;
  readonly bg: string;
  readonly grid: string;
  readonly focus: string;
}

/** What does not change while the network trains: the grid, the points, the added points' rings. */
export interface PlotMarks {
  readonly side: number;
  readonly train: {
    readonly xs: ArrayLike<number>;
    readonly labels: ArrayLike<number>;
    readonly count: number;
  };
  readonly test: {
    readonly xs: ArrayLike<number>;
    readonly labels: ArrayLike<number>;
    readonly count: number;
  };
  readonly added: readonly { readonly x: number; readonly y: number; readonly label: number }[];
  readonly showTest: boolean;
  readonly colors: PlotColors;
  readonly lineScale: number;
}

export interface PlotScene extends PlotMarks {
  /** The heat map as an image of the boundary grid, or undefined before the first snapshot. */
  readonly heat: CanvasImageSource | undefined;
  /**
   * The marks already drawn (by drawPlotMarks, on a transparent canvas of this plot's backing
   * size): one image copy per frame instead of every point again. Undefined: drawn here.
   */
  readonly marks?: CanvasImageSource | undefined;
  readonly cursor: readonly [number, number] | undefined;
}

export function drawPlot(ctx: PlotContext, s: PlotScene): void {
  const { side, colors } = s;
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, 0, side, side);
  if (s.heat) {
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(s.heat, 0, 0, side, side);
  }
  if (s.marks) ctx.drawImage(s.marks, 0, 0, side, side);
  else drawPlotMarks(ctx, s);
  if (s.cursor) drawCursor(ctx, s, s.cursor);
}

/** The grid and every point, on whatever is below (the heat map, or a transparent cache). */
export function drawPlotMarks(ctx: PlotContext, s: PlotMarks): void {
  const { colors } = s;
  drawGrid(ctx, s);
  const r = Math.max(2.5, s.side / 110) * Math.min(1.6, s.lineScale);
  drawPoints(ctx, s.train, r, s, true);
  if (s.showTest) drawPoints(ctx, s.test, r, s, false);
  for (const p of s.added) {
    const [x, y] = toPixel(p.x, p.y, s.side);
    ctx.beginPath();
    ctx.arc(x, y, r * 2.1, 0, Math.PI * 2);
    ctx.strokeStyle = colors.fg;
    ctx.lineWidth = 1.5 * s.lineScale;
    ctx.stroke();
  }
}

function drawGrid(ctx: PlotContext, s: PlotMarks): void {
  ctx.strokeStyle = s.colors.grid;
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.7;
  ctx.beginPath();
  for (let v = -EXTENT; v <= EXTENT; v += 3) {
    const [x] = toPixel(v, 0, s.side);
    const [, y] = toPixel(0, v, s.side);
    ctx.moveTo(x, 0);
    ctx.lineTo(x, s.side);
    ctx.moveTo(0, y);
    ctx.lineTo(s.side, y);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
}

/** One path per class and fill style: a thousand points cost four fills and four strokes. */
function drawPoints(ctx: PlotContext, d: PlotMarks['train'], r: number, s: PlotMarks, filled: boolean): void {
  for (const label of [1, -1]) {
    ctx.beginPath();
    for (let k = 0; k < d.count; k++) {
      if (d.labels[k] !== label) continue;
      const px = d.xs[2 * k] ?? NaN;
      const py = d.xs[2 * k + 1] ?? NaN;
      if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
      const [x, y] = toPixel(px, py, s.side);
      if (label > 0) {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      } else {
        const h = r * 0.9;
        ctx.rect(x - h, y - h, 2 * h, 2 * h);
      }
    }
    const colour = label > 0 ? s.colors.positive : s.colors.negative;
    if (filled) {
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.strokeStyle = s.colors.bg;
      ctx.lineWidth = 1.4 * s.lineScale;
      ctx.stroke();
    } else {
      // Hollow: a background halo under the coloured ring keeps it visible on either class's shade.
      ctx.strokeStyle = s.colors.bg;
      ctx.lineWidth = 3.2 * s.lineScale;
      ctx.stroke();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.6 * s.lineScale;
      ctx.stroke();
    }
  }
}

function drawCursor(ctx: PlotContext, s: PlotScene, at: readonly [number, number]): void {
  const [x, y] = toPixel(at[0], at[1], s.side);
  const a = Math.max(8, s.side / 40);
  ctx.strokeStyle = s.colors.bg;
  ctx.lineWidth = 5 * s.lineScale;
  cross(ctx, x, y, a);
  ctx.strokeStyle = s.colors.focus;
  ctx.lineWidth = 2.2 * s.lineScale;
  cross(ctx, x, y, a);
}

function cross(ctx: PlotContext, x: number, y: number, a: number): void {
  ctx.beginPath();
  ctx.moveTo(x - a, y);
  ctx.lineTo(x - a / 3, y);
  ctx.moveTo(x + a / 3, y);
  ctx.lineTo(x + a, y);
  ctx.moveTo(x, y - a);
  ctx.lineTo(x, y - a / 3);
  ctx.moveTo(x, y + a / 3);
  ctx.lineTo(x, y + a);
  ctx.stroke();
}
