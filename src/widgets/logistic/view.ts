/**
 * Drawing `<lumen-logistic>` through a DrawContext: in 2D the probability of class 1 as shading
 * (class colours, stronger where the model is surer), the 0.5 boundary (model colour) and the
 * converged boundary (dashed); in 1D the sigmoid over the points on their rails 0 and 1; and the
 * log-loss by step.
 */
import type { DrawContext } from '../../render/canvas-kit';
import { drawPlotAxes } from '../../render/axis';
import { dataToPx, pxToData, type PlotFrame } from '../../render/scale';
import { drawPoints } from '../../render/data-points';
import { probability, sigmoid, type LogisticParams } from '../../math/ml/logistic';
import type { Point } from '../../math/ml/points';
import type { Palette } from '../../ui/tokens';

export interface Style {
  readonly palette: Palette;
  readonly lineScale: number;
  readonly fontPx: number;
}

/** Class 0, class 1, class 2 colours: the same in every classic-ML widget. */
export function classColors(c: Palette): string[] {
  return [c.j, c.i, c.k];
}

const CELL = 8;

export function drawPlane(
  ctx: DrawContext,
  f: PlotFrame,
  s: Style,
  points: readonly Point[],
  params: LogisticParams,
  converged: LogisticParams | undefined,
): void {
  const c = s.palette;
  drawPlotAxes(ctx, f, { ...c, lineScale: s.lineScale, fontPx: s.fontPx }, { x: 'x₁', y: 'x₂' });
  const [c0, c1] = classColors(c);
  for (let y = 0; y < f.height; y += CELL)
    for (let x = 0; x < f.width; x += CELL) {
      const d = pxToData(f, { x: x + CELL / 2, y: y + CELL / 2 });
      const p = probability(params, [d.x, d.y]);
      ctx.globalAlpha = 0.28 * Math.abs(2 * p - 1);
      ctx.fillStyle = p >= 0.5 ? (c1 as string) : (c0 as string);
      ctx.fillRect(x, y, CELL, CELL);
    }
  ctx.globalAlpha = 1;
  boundary(ctx, f, params, c.model, 3 * s.lineScale, []);
  if (converged) boundary(ctx, f, converged, c.fg, 2 * s.lineScale, [8 * s.lineScale, 6 * s.lineScale]);
  drawPoints(ctx, f, points, {
    classes: classColors(c),
    fg: c.fg,
    bg: c.bg,
    focus: c.focus,
    lineScale: s.lineScale,
    radius: 5 + s.lineScale,
  });
}

/** The line w₁x + w₂y + b = 0, clipped to the frame. */
function boundary(
  ctx: DrawContext,
  f: PlotFrame,
  p: LogisticParams,
  color: string,
  width: number,
  dash: number[],
): void {
  const [w1, w2] = p.w as [number, number];
  const { xMin, xMax, yMin, yMax } = f.box;
  const ends: { x: number; y: number }[] = [];
  if (Math.abs(w2) > 1e-12)
    for (const x of [xMin, xMax]) {
      const y = -(w1 * x + p.b) / w2;
      if (y >= yMin && y <= yMax) ends.push({ x, y });
    }
  if (Math.abs(w1) > 1e-12)
    for (const y of [yMin, yMax]) {
      const x = -(w2 * y + p.b) / w1;
      if (x >= xMin && x <= xMax) ends.push({ x, y });
    }
  if (ends.length < 2) return;
  const a = dataToPx(f, ends[0]!.x, ends[0]!.y);
  const b = dataToPx(f, ends[1]!.x, ends[1]!.y);
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.stroke();
  ctx.setLineDash([]);
}

export function drawLine(
  ctx: DrawContext,
  f: PlotFrame,
  s: Style,
  points: readonly Point[],
  params: LogisticParams,
  converged: LogisticParams | undefined,
): void {
  const c = s.palette;
  drawPlotAxes(ctx, f, { ...c, lineScale: s.lineScale, fontPx: s.fontPx }, { x: 'x', y: 'p̂ = P(class 1)' });
  const half = dataToPx(f, 0, 0.5).y;
  ctx.strokeStyle = c.muted;
  ctx.lineWidth = s.lineScale;
  ctx.setLineDash([4, 4]);
  ctx.beginPath();
  ctx.moveTo(0, half);
  ctx.lineTo(f.width, half);
  ctx.stroke();
  ctx.setLineDash([]);
  const curve = (p: LogisticParams, color: string, width: number, dash: number[]): void => {
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.beginPath();
    for (let k = 0; k <= 200; k++) {
      const x = f.box.xMin + ((f.box.xMax - f.box.xMin) * k) / 200;
      const q = dataToPx(f, x, sigmoid((p.w[0] as number) * x + p.b));
      if (k) ctx.lineTo(q.x, q.y);
      else ctx.moveTo(q.x, q.y);
    }
    ctx.stroke();
    ctx.setLineDash([]);
  };
  if (converged) curve(converged, c.fg, 2 * s.lineScale, [8 * s.lineScale, 6 * s.lineScale]);
  curve(params, c.model, 3 * s.lineScale, []);
  drawPoints(
    ctx,
    f,
    points,
    {
      classes: classColors(c),
      fg: c.fg,
      bg: c.bg,
      focus: c.focus,
      lineScale: s.lineScale,
      radius: 5 + s.lineScale,
    },
    { classOf: (p) => (p.y >= 0.5 ? 1 : 0) },
  );
}

/** The log-loss after each step so far, on a fixed horizontal scale up to `span` steps. */
export function drawLosses(
  ctx: DrawContext,
  f: PlotFrame,
  s: Style,
  losses: readonly number[],
  converged: number | undefined,
): void {
  const c = s.palette;
  drawPlotAxes(ctx, f, { ...c, lineScale: s.lineScale, fontPx: s.fontPx }, { x: 'step', y: 'log-loss' });
  if (converged !== undefined) {
    const y = dataToPx(f, 0, converged).y;
    ctx.strokeStyle = c.fg;
    ctx.lineWidth = 1.5 * s.lineScale;
    ctx.setLineDash([6, 5]);
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(f.width, y);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.strokeStyle = c.error;
  ctx.lineWidth = 2.5 * s.lineScale;
  ctx.beginPath();
  losses.forEach((l, k) => {
    const q = dataToPx(f, k, Math.min(l, f.box.yMax));
    if (k) ctx.lineTo(q.x, q.y);
    else ctx.moveTo(q.x, q.y);
  });
  ctx.stroke();
}
