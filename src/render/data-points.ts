/**
 * The learner's points on a data frame: a dot per point in its class colour (an outline for
 * held-out points); the editor's handles show the selection and the keyboard cross. Shared by the classic-ML
 * widgets so a data set looks the same in each.
 */
import type { Point } from '../math/ml/points';
import type { DrawContext } from './canvas-kit';
import { dataToPx, type PlotFrame } from './scale';

export interface PointStyle {
  /** Colour of class 0, 1, 2 (or of every point when the data has no classes). */
  readonly classes: readonly string[];
  readonly fg: string;
  readonly bg: string;
  readonly focus: string;
  readonly lineScale: number;
  /** Dot radius, CSS pixels. */
  readonly radius: number;
}

export function drawPoints(
  ctx: DrawContext,
  f: PlotFrame,
  points: readonly Point[],
  s: PointStyle,
  o: {
    selected?: number;
    hollow?: readonly boolean[];
    cursor?: { x: number; y: number };
    classOf?: (p: Point) => number;
  } = {},
): void {
  const r = points.length > 2000 ? Math.max(1.5, s.radius * 0.45) : s.radius;
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  ctx.lineWidth = 1.5 * s.lineScale;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Point;
    const q = dataToPx(f, p.x, p.y);
    const color = s.classes[o.classOf ? o.classOf(p) : p.label] ?? s.classes[0] ?? s.fg;
    ctx.beginPath();
    ctx.arc(q.x, q.y, r, 0, 2 * Math.PI);
    if (o.hollow?.[i]) {
      ctx.fillStyle = s.bg;
      ctx.fill();
      ctx.strokeStyle = color;
      ctx.lineWidth = 2 * s.lineScale;
      ctx.stroke();
      ctx.lineWidth = 1.5 * s.lineScale;
    } else {
      ctx.fillStyle = color;
      ctx.fill();
      if (points.length <= 2000) {
        ctx.strokeStyle = s.bg;
        ctx.stroke();
      }
    }
  }
}
