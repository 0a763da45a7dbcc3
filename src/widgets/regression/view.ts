/**
 * Drawing `<lumen-regression>` through a DrawContext (testable with a recording fake): the data
 * with the residual squares, the least-squares line (model colour), the gradient-descent line
 * (gradient colour, dashed), a polynomial curve; and the loss contours over (w, b) with the path.
 */
import type { DrawContext } from '../../render/canvas-kit';
import { drawPlotAxes } from '../../render/axis';
import { dataToPx, type PlotFrame } from '../../render/scale';
import { drawPoints } from '../../render/data-points';
import { contourLevels, contourSegments, type Grid } from '../../math/contour';
import { polyValue, type PolyFit } from '../../math/ml/poly';
import type { DescentState } from '../../math/ml/linear';
import type { Point } from '../../math/ml/points';
import type { Palette } from '../../ui/tokens';

export interface Style {
  readonly palette: Palette;
  readonly lineScale: number;
  readonly fontPx: number;
}

export interface DataScene {
  readonly points: readonly Point[];
  /** The line whose residuals are squares, or the polynomial; undefined draws none. */
  readonly squaresOf: ((x: number) => number) | undefined;
  readonly exact: { w: number; b: number } | undefined;
  readonly descent: { w: number; b: number } | undefined;
  readonly poly: PolyFit | undefined;
  readonly hollow: readonly boolean[] | undefined;
}

export function drawData(ctx: DrawContext, f: PlotFrame, s: Style, scene: DataScene): void {
  const c = s.palette;
  drawPlotAxes(ctx, f, { ...c, lineScale: s.lineScale, fontPx: s.fontPx }, { x: 'x', y: 'y' });
  const sq = scene.squaresOf;
  if (sq) {
    ctx.fillStyle = c.error;
    ctx.strokeStyle = c.error;
    ctx.lineWidth = s.lineScale;
    scene.points.forEach((p, i) => {
      if (scene.hollow?.[i]) return;
      const r = sq(p.x) - p.y;
      if (!Number.isFinite(r) || r === 0) return;
      // The square stands on the residual and opens away from the line's side, to the right.
      const a = dataToPx(f, p.x, p.y);
      const b = dataToPx(f, p.x + Math.abs(r), p.y + r);
      ctx.globalAlpha = 0.16;
      ctx.fillRect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
      ctx.globalAlpha = 0.7;
      ctx.beginPath();
      ctx.rect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
      ctx.stroke();
    });
    ctx.globalAlpha = 1;
  }
  if (scene.poly) curve(ctx, f, (x) => polyValue(scene.poly as PolyFit, x), c.model, 3 * s.lineScale, []);
  else if (scene.exact) {
    const e = scene.exact;
    curve(ctx, f, (x) => e.w * x + e.b, c.model, 3 * s.lineScale, []);
  }
  if (scene.descent) {
    const d = scene.descent;
    curve(ctx, f, (x) => d.w * x + d.b, c.gradient, 2.5 * s.lineScale, [10 * s.lineScale, 6 * s.lineScale]);
  }
  drawPoints(
    ctx,
    f,
    scene.points,
    {
      classes: [c.data],
      fg: c.fg,
      bg: c.bg,
      focus: c.focus,
      lineScale: s.lineScale,
      radius: 5 + s.lineScale,
    },
    { hollow: scene.hollow },
  );
}

function curve(
  ctx: DrawContext,
  f: PlotFrame,
  y: (x: number) => number,
  color: string,
  width: number,
  dash: number[],
): void {
  const { xMin, xMax, yMin, yMax } = f.box;
  const span = yMax - yMin;
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  const steps = 160;
  let pen = false;
  for (let k = 0; k <= steps; k++) {
    const x = xMin + ((xMax - xMin) * k) / steps;
    const v = y(x);
    // Clip far outside the box so a steep curve does not draw a line to infinity.
    if (!Number.isFinite(v) || v < yMin - 2 * span || v > yMax + 2 * span) {
      pen = false;
      continue;
    }
    const p = dataToPx(f, x, v);
    if (pen) ctx.lineTo(p.x, p.y);
    else ctx.moveTo(p.x, p.y);
    pen = true;
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

export interface LossScene {
  readonly grid: Grid;
  readonly exact: { w: number; b: number } | undefined;
  readonly path: readonly DescentState[];
}

/** Contours of the MSE over (w, b), the minimum (model colour) and the descent path (gradient). */
export function drawLoss(ctx: DrawContext, f: PlotFrame, s: Style, scene: LossScene): void {
  const c = s.palette;
  drawPlotAxes(ctx, f, { ...c, lineScale: s.lineScale, fontPx: s.fontPx }, { x: 'w', y: 'b' });
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of scene.grid.values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  ctx.strokeStyle = c.muted;
  ctx.lineWidth = s.lineScale;
  ctx.globalAlpha = 0.75;
  ctx.beginPath();
  // Rings up to a little above the start's loss: far corners of the map would crowd them out.
  const top = Number.isFinite(scene.path[0]?.loss)
    ? Math.min(hi, 1.5 * (scene.path[0] as DescentState).loss)
    : hi;
  for (const level of contourLevels(lo, top, 12, 'log')) {
    const seg = contourSegments(scene.grid, level);
    for (let k = 0; k + 3 < seg.length; k += 4) {
      const a = dataToPx(f, seg[k] as number, seg[k + 1] as number);
      const b = dataToPx(f, seg[k + 2] as number, seg[k + 3] as number);
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
  if (scene.path.length) {
    ctx.strokeStyle = c.gradient;
    ctx.fillStyle = c.gradient;
    ctx.lineWidth = 2 * s.lineScale;
    ctx.beginPath();
    scene.path.forEach((p, i) => {
      const q = dataToPx(f, clampTo(p.w, f.box.xMin, f.box.xMax), clampTo(p.b, f.box.yMin, f.box.yMax));
      if (i) ctx.lineTo(q.x, q.y);
      else ctx.moveTo(q.x, q.y);
    });
    ctx.stroke();
    const last = scene.path[scene.path.length - 1] as DescentState;
    const q = dataToPx(f, clampTo(last.w, f.box.xMin, f.box.xMax), clampTo(last.b, f.box.yMin, f.box.yMax));
    ctx.beginPath();
    ctx.arc(q.x, q.y, 5 * s.lineScale, 0, 2 * Math.PI);
    ctx.fill();
  }
  if (scene.exact) {
    const q = dataToPx(f, scene.exact.w, scene.exact.b);
    ctx.strokeStyle = c.model;
    ctx.lineWidth = 3 * s.lineScale;
    ctx.beginPath();
    ctx.moveTo(q.x - 8, q.y - 8);
    ctx.lineTo(q.x + 8, q.y + 8);
    ctx.moveTo(q.x + 8, q.y - 8);
    ctx.lineTo(q.x - 8, q.y + 8);
    ctx.stroke();
  }
}

function clampTo(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
