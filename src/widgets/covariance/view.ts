/**
 * Draws `<lumen-covariance>` through the small `DrawContext` (tests record the calls with a fake
 * and check no NaN reaches the canvas), reusing the plot pieces of `<lumen-svd>`. Bottom to top:
 * the grid; ±σx as a bracket along the bottom edge (î colour) and ±σy along the left edge (ĵ
 * colour); the points (data colour); the 1σ, 2σ, 3σ ellipses and the principal axes (model colour).
 */
import type { Vec2 } from '../../math/mat2';
import { ellipseMass, type SigmaEllipse } from '../../math/gaussian2';
import {
  background,
  blockLine,
  placedLabel,
  FONT,
  type DrawContext,
  type Frame,
} from '../../render/canvas-kit';
import { circleBox, LabelBoard, type Box } from '../../render/label-layout';
import { toPixel as px, viewIsDrawable } from '../../render/view2d';
import { handleTips } from './model';

export interface CovarianceScene extends Frame {
  readonly points: Float64Array;
  readonly ellipse: SigmaEllipse;
  readonly sdX: number;
  readonly sdY: number;
  readonly sigmas: number;
  /** Predict-first, before Reveal: the points only. */
  readonly guessing: boolean;
}

const STEPS = 120;

function ellipsePath(ctx: DrawContext, f: Frame, e: SigmaEllipse, k: number): void {
  const a: Vec2 = [e.axes[0][0] * e.radii[0] * k, e.axes[0][1] * e.radii[0] * k];
  const b: Vec2 = [e.axes[1][0] * e.radii[1] * k, e.axes[1][1] * e.radii[1] * k];
  let prev: [number, number] = [NaN, NaN];
  ctx.beginPath();
  for (let s = 0; s <= STEPS; s++) {
    const t = (2 * Math.PI * s) / STEPS;
    const [x, y] = px(f.view, [
      a[0] * Math.cos(t) + b[0] * Math.sin(t),
      a[1] * Math.cos(t) + b[1] * Math.sin(t),
    ]);
    if (s === 0) ctx.moveTo(x, y);
    else {
      if (Number.isFinite(x) && Number.isFinite(y)) blockLine(f, prev[0], prev[1], x, y, 2 * f.lineScale);
      ctx.lineTo(x, y);
    }
    prev = [x, y];
  }
  ctx.closePath();
}

/**
 * The spread of one feature alone, as a bracket from −sd to +sd along the plot's bottom edge (x)
 * or left edge (y): out of the cloud's way, like a ruler beside it.
 */
function spreadBar(ctx: DrawContext, f: Frame, axis: 0 | 1, sd: number, color: string, label: string): void {
  const inset = f.fontPx * 1.9;
  const [cx, cy] = px(f.view, [0, 0]);
  const lo = px(f.view, axis === 0 ? [-sd, 0] : [0, -sd]);
  const hi = px(f.view, axis === 0 ? [sd, 0] : [0, sd]);
  const x0 = axis === 0 ? lo[0] : inset;
  const x1 = axis === 0 ? hi[0] : inset;
  const y0 = axis === 0 ? f.view.height - inset : lo[1];
  const y1 = axis === 0 ? f.view.height - inset : hi[1];
  ctx.strokeStyle = color;
  ctx.lineWidth = 4 * f.lineScale;
  ctx.lineCap = 'butt';
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  const tick = 7 * f.lineScale;
  for (const [x, y] of [
    [x0, y0],
    [x1, y1],
  ] as const) {
    if (axis === 0) {
      ctx.moveTo(x, y - tick);
      ctx.lineTo(x, y + tick);
    } else {
      ctx.moveTo(x - tick, y);
      ctx.lineTo(x + tick, y);
    }
  }
  ctx.stroke();
  blockLine(f, x0, y0, x1, y1, 3 * f.lineScale + 3);
  // A faint line from the bracket's centre to the axis ties it to the mean.
  ctx.globalAlpha = 0.35;
  ctx.lineWidth = f.lineScale;
  ctx.setLineDash([3 * f.lineScale, 4 * f.lineScale]);
  ctx.beginPath();
  if (axis === 0) {
    ctx.moveTo(cx, y0);
    ctx.lineTo(cx, cy);
  } else {
    ctx.moveTo(x0, cy);
    ctx.lineTo(cx, cy);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  ctx.font = `700 ${Math.round(f.fontPx * 0.78)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  if (axis === 0) placedLabel(ctx, f, label, (x0 + x1) / 2, y0 + f.fontPx * 0.85, color);
  else placedLabel(ctx, f, label, x0, y1 - f.fontPx * 0.8, color);
}

/** The most points labels are kept off (every k-th beyond that): enough to see where the cloud is. */
const BLOCKED_POINTS = 400;

/**
 * Draws the picture and returns where its labels went (pixels): one board per frame keeps them off
 * each other, the axis numbers, the handles, the ellipses and the points, inside the plot (review
 * Part 2, D11: the ±σy bracket's label on the ticks, "2σ 86 %" under the handle, "1σ 39 %" on the points).
 */
export function drawCovariance(ctx: DrawContext, scene: CovarianceScene): Box[] {
  const labelBoard = new LabelBoard({ x: 0, y: 0, w: scene.view.width, h: scene.view.height }, 2);
  const s = { ...scene, labelBoard };
  picture(ctx, s);
  return labelBoard.flush();
}

function picture(ctx: DrawContext, s: CovarianceScene): void {
  background(ctx, s);
  if (!viewIsDrawable(s.view)) return;
  const { colors } = s;
  const lw = s.lineScale;
  const e = s.ellipse;
  const finite = e.radii.every(Number.isFinite) && e.axes.every((v) => v.every(Number.isFinite));

  if (!s.guessing) {
    spreadBar(ctx, s, 0, s.sdX, colors.i, `±σx = ±${Math.round(s.sdX * 100) / 100}`);
    spreadBar(ctx, s, 1, s.sdY, colors.j, `±σy = ±${Math.round(s.sdY * 100) / 100}`);
  }

  // The points: one path, a sub-path per dot.
  const r = 2.3 * Math.min(lw, 1.5);
  ctx.beginPath();
  for (let k = 0; k + 1 < s.points.length; k += 2) {
    const [x, y] = px(s.view, [s.points[k] as number, s.points[k + 1] as number]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
  const n = Math.floor(s.points.length / 2);
  const every = Math.max(1, Math.ceil(n / BLOCKED_POINTS));
  for (let k = 0; k < n; k += every) {
    const [x, y] = px(s.view, [s.points[2 * k] as number, s.points[2 * k + 1] as number]);
    if (Number.isFinite(x) && Number.isFinite(y)) s.labelBoard?.block(circleBox(x, y, r + 1));
  }
  ctx.fillStyle = colors.data;
  ctx.globalAlpha = 0.62;
  ctx.fill();
  ctx.globalAlpha = 1;

  if (s.guessing || !finite) return;

  // The handles' rings (drawn by the page over the canvas) cover whatever is under them.
  const ring = (14 + 8 * lw) / 2 + 3;
  for (const tip of Object.values(handleTips(e))) {
    const [x, y] = px(s.view, tip);
    s.labelBoard?.block(circleBox(x, y, ring));
  }

  // The sigma ellipses, outermost first, each labelled with the share of the mass inside it.
  for (let k = s.sigmas; k >= 1; k--) {
    ellipsePath(ctx, s, e, k);
    ctx.strokeStyle = colors.model;
    ctx.lineWidth = (k === 1 ? 3 : 2) * lw;
    ctx.globalAlpha = k === 1 ? 1 : k === 2 ? 0.8 : 0.6;
    ctx.setLineDash(k === 3 ? [6 * lw, 5 * lw] : []);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    const tip = px(s.view, [e.axes[0][0] * e.radii[0] * k, e.axes[0][1] * e.radii[0] * k]);
    ctx.font = `600 ${Math.round(s.fontPx * 0.66)}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const off = s.fontPx * 0.9;
    const u = [e.axes[1][0], -e.axes[1][1]];
    placedLabel(
      ctx,
      s,
      `${k}σ ${Math.round(ellipseMass(k) * 100)}%`,
      tip[0] + u[0]! * off,
      tip[1] + u[1]! * off,
      colors.model,
    );
  }

  // The principal axes (eigenvectors of Σ) through the 2σ ellipse.
  ctx.strokeStyle = colors.model;
  ctx.lineWidth = 2 * lw;
  ctx.lineCap = 'round';
  ctx.beginPath();
  for (const a of [0, 1] as const) {
    const len = e.radii[a] * 2;
    const [x0, y0] = px(s.view, [-e.axes[a][0] * len, -e.axes[a][1] * len]);
    const [x1, y1] = px(s.view, [e.axes[a][0] * len, e.axes[a][1] * len]);
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
  }
  ctx.stroke();

  // The centre (the mean, at the origin).
  const [cx, cy] = px(s.view, [0, 0]);
  ctx.fillStyle = colors.fg;
  ctx.beginPath();
  ctx.moveTo(cx + 4 * lw, cy);
  ctx.arc(cx, cy, 4 * lw, 0, 2 * Math.PI);
  ctx.fill();
}
