/**
 * Drawing lesson 22's picture in ℝ³ through a DrawContext (testable with a recording fake): the
 * three axes (one per data point), the plane spanned by the columns 1 and x, the vectors y (data
 * colour), ŷ (model colour) and the residual r from ŷ up to y (error colour) with its right angle.
 * The plane is drawn as the floor (see `planeFrame`), seen by an orthographic camera turned by
 * `yaw` about the plane's normal and tilted by `pitch`: a wireframe needs no depth sorting, and
 * straight lines stay straight for the eye to compare.
 */
import { arrowHead, FONT, haloText, type DrawContext } from '../../render/canvas-kit';
import { add, cross, dot, norm, scale, sub, type ColumnSpace, type Vec3 } from '../../math/ml/column-space';
import type { Palette } from '../../ui/tokens';

export interface Camera {
  /** Turn about the plane's normal (drawn upright), radians. */
  readonly yaw: number;
  /** Tilt towards the viewer, radians; kept within ±MAX_PITCH. */
  readonly pitch: number;
}

/** The plane (the floor) seen from a little above, so the residual's right angle shows in profile. */
export const DEFAULT_CAMERA: Camera = { yaw: -0.5, pitch: 0.35 };
export const MAX_PITCH = 1.4;

export interface SpaceStyle {
  readonly palette: Palette;
  readonly lineScale: number;
  readonly fontPx: number;
}

type Picture = Extract<ColumnSpace, { ok: true }>;

/** Screen position (CSS px, y down) of a point of ℝ³, the third axis drawn upwards. */
export function projector(
  cam: Camera,
  centre: Vec3,
  pxPerUnit: number,
  width: number,
  height: number,
): (p: Vec3) => { x: number; y: number } {
  const cy = Math.cos(cam.yaw);
  const sy = Math.sin(cam.yaw);
  const cp = Math.cos(cam.pitch);
  const sp = Math.sin(cam.pitch);
  return (p) => {
    const [a, b, c] = sub(p, centre);
    const right = a * cy - b * sy;
    const depth = a * sy + b * cy;
    const up = c * cp - depth * sp;
    return { x: width / 2 + right * pxPerUnit, y: height / 2 - up * pxPerUnit };
  };
}

/**
 * Coordinates in the plane's own right-handed frame: u and v along the plane and its normal up,
 * on y's side, so the plane is the floor and the residual stands straight up from it (the
 * textbook picture); the camera turns about that normal.
 */
export function planeFrame(pic: Picture): (p: Vec3) => Vec3 {
  const n = cross(pic.u, pic.v);
  const flip = dot(pic.y, n) < 0 ? -1 : 1;
  const v = scale(pic.v, flip);
  const up = scale(n, flip);
  return (p) => [dot(p, pic.u), dot(p, v), dot(p, up)];
}

/**
 * The plane's patch: the rectangle (in the plane's own u, v coordinates) around the origin and the
 * three vectors in the plane (1, x, ŷ), a quarter wider on every side, so the vectors fill it.
 */
export function planePatch(pic: Picture): Vec3[] {
  const inPlane: Vec3[] = [[0, 0, 0], pic.ones, pic.x, pic.yhat];
  const us = inPlane.map((p) => dot(p, pic.u));
  const vs = inPlane.map((p) => dot(p, pic.v));
  const pad = 0.25 * Math.max(Math.max(...us) - Math.min(...us), Math.max(...vs) - Math.min(...vs), 1e-9);
  const [u0, u1, v0, v1] = [
    Math.min(...us) - pad,
    Math.max(...us) + pad,
    Math.min(...vs) - pad,
    Math.max(...vs) + pad,
  ];
  const at = (a: number, b: number): Vec3 => add(scale(pic.u, a), scale(pic.v, b));
  return [at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)];
}

export function drawColumnSpace(
  ctx: DrawContext,
  width: number,
  height: number,
  style: SpaceStyle,
  pic: Picture,
  cam: Camera,
): void {
  const c = style.palette;
  const lw = style.lineScale;
  // A projector's big type on a phone-sized view would leave no room for the picture.
  const fontPx = Math.min(style.fontPx, Math.max(11, width / 22));
  const labelFrame = { colors: { bg: c.bg }, lineScale: lw };
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, width, height);

  // Fitted to the sphere around everything drawn, so turning the view never rescales it.
  const patch = planePatch(pic);
  const axisLength =
    1.15 * Math.max(...[pic.y, pic.ones, pic.x, pic.yhat].flatMap((p) => p.map(Math.abs)), 1e-9);
  const axisEnds: Vec3[] = [
    [axisLength, 0, 0],
    [0, axisLength, 0],
    [0, 0, axisLength],
  ];
  const pts: Vec3[] = [[0, 0, 0], pic.y, ...patch, ...axisEnds];
  const lo = [0, 1, 2].map((k) => Math.min(...pts.map((p) => p[k]!)));
  const hi = [0, 1, 2].map((k) => Math.max(...pts.map((p) => p[k]!)));
  const centre: Vec3 = [(lo[0]! + hi[0]!) / 2, (lo[1]! + hi[1]!) / 2, (lo[2]! + hi[2]!) / 2];
  const radius = Math.max(...pts.map((p) => norm(sub(p, centre))), 1e-9);
  const margin = fontPx * 0.9;
  const toFrame = planeFrame(pic);
  const onScreen = projector(
    cam,
    toFrame(centre),
    Math.max(1, (Math.min(width, height) / 2 - margin) / radius),
    width,
    height,
  );
  const px = (p: Vec3): { x: number; y: number } => onScreen(toFrame(p));
  const line = (a: Vec3, b: Vec3): void => {
    const p = px(a);
    const q = px(b);
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(q.x, q.y);
  };
  const O: Vec3 = [0, 0, 0];

  // Axes: one per data point, dashed and muted, labelled by the point they measure.
  ctx.font = `${Math.round(fontPx * 0.8)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.strokeStyle = c.axis;
  ctx.lineWidth = lw;
  ctx.setLineDash([4 * lw, 4 * lw]);
  ctx.beginPath();
  for (const end of axisEnds) line(O, end);
  ctx.stroke();
  ctx.setLineDash([]);

  // The column space of X: the plane of all b·1 + w·x.
  ctx.beginPath();
  patch.map(px).forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
  ctx.closePath();
  ctx.globalAlpha = 0.14;
  ctx.fillStyle = c.model;
  ctx.fill();
  ctx.globalAlpha = 0.55;
  ctx.strokeStyle = c.model;
  ctx.stroke();
  ctx.globalAlpha = 1;

  const arrow = (from: Vec3, to: Vec3, colour: string, width: number, dash: number[] = []): void => {
    const a = px(from);
    const b = px(to);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
    ctx.setLineDash([]);
    arrowHead(ctx, a.x, a.y, b.x, b.y, 9 * lw, colour);
  };
  arrow(O, pic.ones, c.i, 2 * lw);
  arrow(O, pic.x, c.j, 2 * lw);

  // The right angle at ŷ, between the residual and the plane (drawn before the vectors over it).
  const rLen = norm(pic.r);
  if (rLen > 1e-9 * Math.max(1, norm(pic.y))) {
    const side = Math.min(0.12 * radius, 0.5 * rLen);
    const inPlane = norm(pic.yhat) > 1e-9 ? scale(pic.yhat, -1 / norm(pic.yhat)) : pic.u;
    const along = scale(inPlane, side);
    const up = scale(pic.r, side / rLen);
    ctx.strokeStyle = c.error;
    ctx.lineWidth = lw;
    ctx.beginPath();
    line(add(pic.yhat, along), add(add(pic.yhat, along), up));
    line(add(add(pic.yhat, along), up), add(pic.yhat, up));
    ctx.stroke();
  }
  arrow(O, pic.yhat, c.model, 3 * lw);
  arrow(O, pic.y, c.data, 3 * lw);
  arrow(pic.yhat, pic.y, c.error, 2.5 * lw, [6 * lw, 4 * lw]);

  // Labels just past each tip, pushed outwards from the origin.
  ctx.font = `600 ${Math.round(fontPx)}px ${FONT}`;
  const o = px(O);
  const label = (at: Vec3, text: string, colour: string, size = fontPx): void => {
    const p = px(at);
    const dx = p.x - o.x;
    const dy = p.y - o.y;
    const d = Math.hypot(dx, dy) || 1;
    // Half the text's box (a glyph is about 0.54 em wide): the push clears the tip, the clamp the edge.
    const halfW = text.length * size * 0.27 + 2;
    const halfH = size * 0.6;
    const x = p.x + (dx / d) * (halfW + size * 0.3);
    const y = p.y + (dy / d) * (halfH + size * 0.3);
    haloText(
      ctx,
      labelFrame,
      text,
      Math.min(width - halfW, Math.max(halfW, x)),
      Math.min(height - halfH, Math.max(halfH, y)),
      colour,
    );
  };
  ctx.font = `${Math.round(fontPx * 0.8)}px ${FONT}`;
  axisEnds.forEach((end, k) => label(end, `point ${k + 1}`, c.muted, Math.round(fontPx * 0.8)));
  ctx.font = `600 ${Math.round(fontPx)}px ${FONT}`;
  label(pic.ones, '1', c.i);
  label(pic.x, 'x', c.j);
  label(pic.y, 'y', c.data);
  label(pic.yhat, 'ŷ', c.model);
  const mid = px(scale(add(pic.y, pic.yhat), 0.5));
  haloText(ctx, labelFrame, 'r', mid.x + fontPx * 0.8, mid.y, c.error);
}
