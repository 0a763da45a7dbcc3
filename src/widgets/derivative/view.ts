/**
 * Draws one frame of `<lumen-derivative>` through a small drawing context (so tests record the
 * calls with a fake and check that no NaN reaches the canvas). Coordinates are CSS pixels.
 *
 * tangent, top panel, bottom to top: grid and axes; the curve f; the rise-over-run triangle and
 * the secant through x0 and x0 + h; the tangent line; the point. Bottom panel: f′ where x0 has
 * swept, and the current slope as a dot.
 * chain: three number lines x, u, y sharing one scale, each centred on its current value; the
 * nudge on each, grown stage by stage; connectors between the lines and each stage's factor.
 */
import { arrowHead, FONT, haloText, type DrawContext } from '../../render/canvas-kit';
import type { ChainNumbers, Fn1 } from '../../math/calculus';
import type { Interval, Window } from '../../math/calculus-plot';
import { tickFormat, ticks, tickStep } from '../../render/scale';
import type { Palette } from '../../ui/tokens';
import type { Projection } from '../../ui/handles';
import { num, type TangentNumbers } from './model';
import { stageFactor } from './words';

export type Ctx = DrawContext & Pick<CanvasRenderingContext2D, 'save' | 'restore' | 'clip'>;

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly colors: Palette;
  readonly lineScale: number;
  readonly fontPx: number;
}

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface TangentScene extends Frame {
  readonly f: Fn1;
  readonly t: TangentNumbers;
  readonly window: Window;
  /** f′'s y range, or undefined when the derivative panel is off (or hidden while guessing). */
  readonly slopeY: Interval | undefined;
  readonly swept: readonly Interval[];
  /** Predict-first before Reveal: no secant, no tangent, no slope. */
  readonly hidden: boolean;
  readonly zoom: number;
}

export interface ChainScene extends Frame {
  readonly n: ChainNumbers | undefined;
  readonly halfSpan: number;
  readonly stages: readonly [number, number, number];
  readonly hidden: boolean;
}

/** Where the two panels of tangent mode sit. */
export function tangentPanels(
  width: number,
  height: number,
  withSlope: boolean,
): { curve: Rect; slope: Rect | undefined } {
  const pad = 6;
  if (!withSlope)
    return {
      curve: { left: pad, top: pad, width: width - 2 * pad, height: height - 2 * pad },
      slope: undefined,
    };
  const gap = 14;
  const top = Math.round((height - 2 * pad - gap) * 0.66);
  return {
    curve: { left: pad, top: pad, width: width - 2 * pad, height: top },
    slope: { left: pad, top: pad + top + gap, width: width - 2 * pad, height: height - 2 * pad - gap - top },
  };
}

/** Plot coordinates → CSS pixels inside a panel. */
export function toPx(r: Rect, w: Window, x: number, y: number): [number, number] {
  return [
    r.left + ((x - w.x[0]) / (w.x[1] - w.x[0])) * r.width,
    r.top + ((w.y[1] - y) / (w.y[1] - w.y[0])) * r.height,
  ];
}

/** CSS pixels → plot x. */
export function fromPxX(r: Rect, w: Window, px: number): number {
  return w.x[0] + ((px - r.left) / r.width) * (w.x[1] - w.x[0]);
}

function drawable(w: Window): boolean {
  return [w.x[0], w.x[1], w.y[0], w.y[1]].every(Number.isFinite) && w.x[1] > w.x[0] && w.y[1] > w.y[0];
}

function font(f: Frame, scale = 0.78, weight = ''): string {
  return `${weight ? weight + ' ' : ''}${Math.round(f.fontPx * scale)}px ${FONT}`;
}

function background(ctx: Ctx, f: Frame): void {
  ctx.fillStyle = f.colors.bg;
  ctx.fillRect(0, 0, f.width, f.height);
}

/** Grid, axes and tick labels of one panel. */
function grid(ctx: Ctx, f: Frame, r: Rect, w: Window): void {
  const lw = f.lineScale;
  const xCount = Math.max(2, Math.round(r.width / 95));
  const yCount = Math.max(2, Math.round(r.height / 70));
  const xs = ticks(w.x[0], w.x[1], xCount);
  const ys = ticks(w.y[0], w.y[1], yCount);
  const xStep = tickStep(w.x[0], w.x[1], xCount);
  const yStep = tickStep(w.y[0], w.y[1], yCount);
  ctx.strokeStyle = f.colors.grid;
  ctx.lineWidth = 1 * lw;
  ctx.beginPath();
  for (const x of xs) {
    const [px] = toPx(r, w, x, 0);
    ctx.moveTo(px, r.top);
    ctx.lineTo(px, r.top + r.height);
  }
  for (const y of ys) {
    const [, py] = toPx(r, w, 0, y);
    ctx.moveTo(r.left, py);
    ctx.lineTo(r.left + r.width, py);
  }
  ctx.stroke();
  // Axes where 0 is in view.
  ctx.strokeStyle = f.colors.axis;
  ctx.lineWidth = 1.5 * lw;
  ctx.beginPath();
  if (w.x[0] < 0 && w.x[1] > 0) {
    const [px] = toPx(r, w, 0, 0);
    ctx.moveTo(px, r.top);
    ctx.lineTo(px, r.top + r.height);
  }
  if (w.y[0] < 0 && w.y[1] > 0) {
    const [, py] = toPx(r, w, 0, 0);
    ctx.moveTo(r.left, py);
    ctx.lineTo(r.left + r.width, py);
  }
  ctx.stroke();
  // Labels along the bottom and left edges, so they never sit on the curve's axis crossing.
  ctx.fillStyle = f.colors.muted;
  ctx.font = font(f, 0.62);
  ctx.textBaseline = 'bottom';
  ctx.textAlign = 'center';
  for (const x of xs) {
    const [px] = toPx(r, w, x, 0);
    if (px < r.left + 24 || px > r.left + r.width - 24) continue;
    ctx.fillText(tickFormat(xStep)(x), px, r.top + r.height - 2);
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const y of ys) {
    const [, py] = toPx(r, w, 0, y);
    if (py < r.top + 10 || py > r.top + r.height - 22) continue;
    ctx.fillText(tickFormat(yStep)(y), r.left + 4, py);
  }
}

function clipTo(ctx: Ctx, r: Rect): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.left, r.top, r.width, r.height);
  ctx.clip();
}

/** A curve sampled every ~2 px, broken where it is undefined or leaps off the panel (a pole). */
function curve(ctx: Ctx, r: Rect, w: Window, fn: (x: number) => number, from: number, to: number): void {
  const n = Math.max(2, Math.ceil(Math.abs(toPx(r, w, to, 0)[0] - toPx(r, w, from, 0)[0]) / 2));
  let pen = false;
  let lastPy = 0;
  ctx.beginPath();
  for (let k = 0; k <= n; k++) {
    const x = from + ((to - from) * k) / n;
    const y = fn(x);
    if (!Number.isFinite(y)) {
      pen = false;
      continue;
    }
    const [px, rawPy] = toPx(r, w, x, y);
    // Far outside the panel the pixel value is only needed for direction; keep it bounded.
    const py = Math.max(r.top - 4 * r.height, Math.min(r.top + 5 * r.height, rawPy));
    if (pen && Math.abs(py - lastPy) > 3 * r.height) pen = false;
    if (pen) ctx.lineTo(px, py);
    else ctx.moveTo(px, py);
    pen = true;
    lastPy = py;
  }
  ctx.stroke();
}

/** The straight line through (x, y) with slope m, across the panel. */
function line(ctx: Ctx, r: Rect, w: Window, x: number, y: number, m: number): void {
  if (![x, y, m].every(Number.isFinite)) return;
  const ya = y + m * (w.x[0] - x);
  const yb = y + m * (w.x[1] - x);
  const [ax, ay] = toPx(r, w, w.x[0], ya);
  const [bx, by] = toPx(r, w, w.x[1], yb);
  if (![ay, by].every(Number.isFinite)) return;
  // A very steep line: clamp in pixels (the canvas handles large numbers, but not 1e300).
  const lim = 1e6;
  ctx.beginPath();
  ctx.moveTo(ax, Math.max(-lim, Math.min(lim, ay)));
  ctx.lineTo(bx, Math.max(-lim, Math.min(lim, by)));
  ctx.stroke();
}

function dot(
  ctx: Ctx,
  x: number,
  y: number,
  radius: number,
  fill: string,
  ring: string,
  ringWidth: number,
): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.strokeStyle = ring;
  ctx.lineWidth = ringWidth;
  ctx.stroke();
}

function corner(
  ctx: Ctx,
  f: Frame,
  r: Rect,
  text: string,
  color: string,
  align: 'left' | 'right' = 'right',
): void {
  ctx.font = font(f, 0.8, '600');
  ctx.textAlign = align;
  ctx.textBaseline = 'top';
  const x = align === 'right' ? r.left + r.width - 8 : r.left + 8;
  haloText(ctx, f, text, x, r.top + 6, color);
}

export function drawTangent(ctx: Ctx, s: TangentScene): void {
  background(ctx, s);
  const { curve: top, slope: bottom } = tangentPanels(s.width, s.height, s.slopeY !== undefined);
  if (!drawable(s.window) || !(top.width > 0) || !(top.height > 0)) return;
  const c = s.colors;
  const lw = s.lineScale;
  const w = s.window;
  const t = s.t;

  clipTo(ctx, top);
  grid(ctx, s, top, w);
  ctx.strokeStyle = c.model;
  ctx.lineWidth = 3 * lw;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  curve(ctx, top, w, s.f.value, w.x[0], w.x[1]);
  const has0 = Number.isFinite(t.fx0);
  if (!s.hidden && has0 && Number.isFinite(t.fx1)) {
    // Rise over run: h across, f(x0 + h) − f(x0) up.
    const [p0x, p0y] = toPx(top, w, t.x0, t.fx0);
    const [p1x, p1y] = toPx(top, w, t.x0 + t.h, t.fx1);
    ctx.strokeStyle = c.i;
    ctx.lineWidth = 1.5 * lw;
    ctx.setLineDash([5 * lw, 4 * lw]);
    ctx.beginPath();
    ctx.moveTo(p0x, p0y);
    ctx.lineTo(p1x, p0y);
    ctx.lineTo(p1x, p1y);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.lineWidth = 2.5 * lw;
    line(ctx, top, w, t.x0, t.fx0, t.secant);
    dot(ctx, p1x, p1y, 5 * lw, c.bg, c.i, 2.5 * lw);
  }
  if (!s.hidden && has0) {
    ctx.strokeStyle = c.gradient;
    ctx.lineWidth = 2 * lw;
    ctx.setLineDash([10 * lw, 6 * lw]);
    line(ctx, top, w, t.x0, t.fx0, t.slope);
    ctx.setLineDash([]);
  }
  if (has0) {
    const [px, py] = toPx(top, w, t.x0, t.fx0);
    dot(ctx, px, py, 6.5 * lw, c.data, c.bg, 2 * lw);
  }
  corner(ctx, s, top, s.zoom > 1 ? `f(x)   zoom ×${num(s.zoom, 3)}` : 'f(x)', c.model, 'right');
  ctx.restore();

  if (bottom && s.slopeY) {
    const ws: Window = { x: w.x, y: s.slopeY };
    clipTo(ctx, bottom);
    grid(ctx, s, bottom, ws);
    ctx.strokeStyle = c.gradient;
    ctx.lineWidth = 3 * lw;
    for (const [a, b] of s.swept) {
      const lo = Math.max(a, w.x[0]);
      const hi = Math.min(b, w.x[1]);
      if (hi > lo) curve(ctx, bottom, ws, s.f.slope, lo, hi);
    }
    if (Number.isFinite(t.slope)) {
      const [px, py] = toPx(bottom, ws, t.x0, t.slope);
      ctx.strokeStyle = c.muted;
      ctx.lineWidth = 1 * lw;
      ctx.setLineDash([3 * lw, 4 * lw]);
      ctx.beginPath();
      ctx.moveTo(px, bottom.top);
      ctx.lineTo(px, bottom.top + bottom.height);
      ctx.stroke();
      ctx.setLineDash([]);
      dot(
        ctx,
        px,
        Math.max(bottom.top - 10, Math.min(bottom.top + bottom.height + 10, py)),
        6 * lw,
        c.gradient,
        c.bg,
        2 * lw,
      );
    }
    corner(ctx, s, bottom, 'f′(x): the slope at each x', c.gradient, 'right');
    ctx.restore();
    outline(ctx, bottom, c.border, lw);
  }
  outline(ctx, top, c.border, lw);
}

/** The frame of a panel. */
function outline(ctx: Ctx, r: Rect, color: string, lw: number): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 1 * lw;
  ctx.beginPath();
  ctx.rect(r.left, r.top, r.width, r.height);
  ctx.stroke();
}

// ---- chain mode -----------------------------------------------------------------------------------

export interface ChainLayout {
  readonly left: number;
  readonly right: number;
  /** y of the x, u and y lines. */
  readonly rows: readonly [number, number, number];
}

export function chainLayout(width: number, height: number): ChainLayout {
  const margin = 18;
  return { left: margin, right: width - margin, rows: [height * 0.2, height * 0.53, height * 0.86] };
}

/** The pixel x of value v on a line centred on `centre`. */
export function linePx(l: ChainLayout, centre: number, halfSpan: number, v: number): number {
  const mid = (l.left + l.right) / 2;
  return mid + ((v - centre) / halfSpan) * ((l.right - l.left) / 2);
}

export function drawChain(ctx: Ctx, s: ChainScene): void {
  background(ctx, s);
  const n = s.n;
  if (!n || !(s.halfSpan > 0) || !Number.isFinite(s.halfSpan)) return;
  const c = s.colors;
  const lw = s.lineScale;
  const L = chainLayout(s.width, s.height);
  const mid = (L.left + L.right) / 2;
  const values = [n.x, n.u, n.y] as const;
  const nudges = [n.dx, n.du, n.dy] as const;
  const colors = [c.i, c.j, c.k] as const;
  const names = ['x', 'u = g(x)', 'y = f(u)'] as const;
  const nudgeNames = ['dx', 'du', 'dy'] as const;
  const shown = s.hidden ? [0, 0, 0] : s.stages;
  const ends = nudges.map((d, k) =>
    linePx(L, values[k] as number, s.halfSpan, (values[k] as number) + d * (shown[k] as number)),
  );

  // Connectors: where each line's point and nudge land on the next line.
  for (let k = 0; k < 2; k++) {
    const y0 = L.rows[k] as number;
    const y1 = L.rows[k + 1] as number;
    ctx.strokeStyle = c.muted;
    ctx.lineWidth = 1 * lw;
    ctx.setLineDash([2 * lw, 4 * lw]);
    ctx.beginPath();
    ctx.moveTo(mid, y0 + 8);
    ctx.lineTo(mid, y1 - 8);
    ctx.stroke();
    if (!s.hidden && (shown[k + 1] as number) > 0) {
      ctx.strokeStyle = colors[k + 1] as string;
      ctx.beginPath();
      ctx.moveTo(ends[k] as number, y0 + 8);
      ctx.lineTo(ends[k + 1] as number, y1 - 8);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    if (!s.hidden && (shown[k + 1] as number) > 0) {
      // The stage's factor, on the side away from the nudge it produces (where the connectors are not).
      const factor = k === 0 ? n.gSlope : n.fSlope;
      const label = `${stageFactor(factor)}  (${k === 0 ? 'g′(x)' : 'f′(u)'})`;
      ctx.font = font(s, 0.78, '700');
      ctx.textBaseline = 'middle';
      const right = side(nudges[k + 1] as number) < 0;
      ctx.textAlign = right ? 'right' : 'left';
      haloText(ctx, s, label, right ? L.right : L.left, (y0 + y1) / 2, colors[k + 1] as string);
    }
  }

  for (let k = 0; k < 3; k++) {
    const y = L.rows[k] as number;
    const v = values[k] as number;
    const color = colors[k] as string;
    const lo = v - s.halfSpan;
    const hi = v + s.halfSpan;
    const count = Math.max(2, Math.round((L.right - L.left) / 95));
    const step = tickStep(lo, hi, count);
    // The line and its ticks.
    ctx.strokeStyle = c.axis;
    ctx.lineWidth = 1.5 * lw;
    ctx.beginPath();
    ctx.moveTo(L.left, y);
    ctx.lineTo(L.right, y);
    for (const tick of ticks(lo, hi, count)) {
      const px = linePx(L, v, s.halfSpan, tick);
      ctx.moveTo(px, y - 5);
      ctx.lineTo(px, y + 5);
    }
    ctx.stroke();
    ctx.fillStyle = c.muted;
    ctx.font = font(s, 0.62);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const tick of ticks(lo, hi, count)) {
      const px = linePx(L, v, s.halfSpan, tick);
      if (px < L.left + 16 || px > L.right - 16) continue;
      ctx.fillText(tickFormat(step)(tick), px, y + 8);
    }
    // The name and current value above the line, on the side away from the nudge; the nudge's
    // size on its own side. (The two halves of a line never hold two labels.)
    const dir = side(nudges[k] as number);
    ctx.font = font(s, 0.8, '700');
    ctx.textAlign = dir > 0 ? 'left' : 'right';
    ctx.textBaseline = 'bottom';
    haloText(ctx, s, `${names[k]} = ${num(v)}`, dir > 0 ? L.left : L.right, y - 10, color);
    const d = (nudges[k] as number) * (shown[k] as number);
    if (!s.hidden && (shown[k] as number) > 0) {
      const end = ends[k] as number;
      ctx.strokeStyle = color;
      ctx.lineWidth = 5 * lw;
      ctx.lineCap = 'butt';
      ctx.beginPath();
      ctx.moveTo(mid, y);
      ctx.lineTo(end, y);
      ctx.stroke();
      if (Math.abs(end - mid) > 8 * lw)
        arrowHead(ctx, mid, y, end + Math.sign(end - mid) * 4 * lw, y, 12 * lw, color);
      ctx.font = font(s, 0.72, '700');
      ctx.textAlign = dir > 0 ? 'left' : 'right';
      haloText(
        ctx,
        s,
        `${nudgeNames[k]} ${k === 0 ? '=' : '≈'} ${num(d)}`,
        mid + dir * 14 * lw,
        y - 10,
        color,
      );
    }
    // Where the exact value lands (u and y lines): the linear estimate is only ≈.
    if (!s.hidden && k > 0 && (shown[k] as number) >= 1) {
      const exact = k === 1 ? n.duExact : n.dyExact;
      if (Number.isFinite(exact)) {
        const px = linePx(L, v, s.halfSpan, v + exact);
        ctx.strokeStyle = c.fg;
        ctx.lineWidth = 2 * lw;
        ctx.beginPath();
        ctx.moveTo(px, y - 9);
        ctx.lineTo(px, y + 9);
        ctx.stroke();
      }
    }
    dot(ctx, mid, y, 6 * lw, color, c.bg, 2 * lw);
  }
}

/** +1 for a nudge to the right (or none), −1 to the left. */
function side(d: number): 1 | -1 {
  return d < 0 ? -1 : 1;
}

// ---- where the handles sit ------------------------------------------------------------------------

/**
 * How the handles map to pixels and back. A handle's plot point is [x, 0]: only x moves; its
 * pixel is on the curve (tangent) or on the x line (chain), and not finite where f is undefined
 * or off the panel (Handles hides it there).
 */
export interface HandleProjection extends Projection {
  /** Plot units per CSS pixel: what a drag resolves to. */
  readonly unitsPerPx: number;
  /** Chain mode: the number lines' half-span when this was made (held while a handle is dragged). */
  readonly halfSpan: number;
}

function within(p: readonly [number, number], r: Rect): readonly [number, number] {
  const inside =
    p[0] >= r.left - 1 && p[0] <= r.left + r.width + 1 && p[1] >= r.top - 1 && p[1] <= r.top + r.height + 1;
  return inside ? p : [NaN, NaN];
}

/** Tangent mode: x on the curve `f` in panel `r` showing window `w`. */
export function curveProjection(r: Rect, w: Window, f: (x: number) => number): HandleProjection {
  return {
    unitsPerPx: (w.x[1] - w.x[0]) / r.width,
    halfSpan: 1,
    toPixel: ([x]) => within(toPx(r, w, x, f(x)), r),
    fromPixel: (px) => [fromPxX(r, w, px), 0],
  };
}

/** Chain mode: a value on the x line, which is centred on `centre`, in a `width` × `height` plot. */
export function lineProjection(
  width: number,
  height: number,
  centre: number,
  halfSpan: number,
): HandleProjection {
  const l = chainLayout(width, height);
  const unitsPerPx = (2 * halfSpan) / (l.right - l.left);
  return {
    unitsPerPx,
    halfSpan,
    toPixel: ([v]) => within([linePx(l, centre, halfSpan, v), l.rows[0]], { left: 0, top: 0, width, height }),
    fromPixel: (px) => [centre + (px - (l.left + l.right) / 2) * unitsPerPx, 0],
  };
}
