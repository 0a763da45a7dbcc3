/**
 * The two flat pictures of `<lumen-descent>`, drawn on a canvas 2D context: the contour map (level
 * lines of the loss, the minima, each run's path, the start, the cursor and the selected run's
 * downhill arrow) and the loss chart (L − L* against the step, on a log axis, one curve per run).
 *
 * Every coordinate passed to the context is finite: a diverging run's points are finite by
 * construction (src/math/descent.ts stops before the numbers blow up), points far off the map are
 * pulled to its edge, and losses above the chart are clipped to its top with a "diverged" label.
 */
import type { DrawContext } from '../../render/canvas-kit';
import { FONT, arrowHead } from '../../render/canvas-kit';
import type { Point, Run, RunStatus } from '../../math/descent';
import { PALETTES, type Palette } from '../../ui/tokens';
import { colorHex } from '../../render/color';
import { ticks } from '../../render/scale';
import { CURVE_FLOOR, curveLevel, type RunView, type SurfaceField } from './model';
import { runName } from './words';

export type MapContext = DrawContext & Pick<CanvasRenderingContext2D, 'save' | 'restore' | 'clip'>;

/** The palette colours the flat pictures use. */
export type MapColors = Pick<
  Palette,
  'bg' | 'fg' | 'muted' | 'grid' | 'axis' | 'model' | 'gradient' | 'error' | 'focus'
>;

export interface PathInput {
  readonly points: readonly Point[];
  readonly color: string;
  readonly status: RunStatus;
  readonly selected: boolean;
  /** Losses of the points shown (same length as points). */
  readonly losses: readonly number[];
  /** For the loss chart: the step at which the run left the picture. */
  readonly divergedAt: number | undefined;
  readonly label: string;
}

/** Run colours, in order: the basis-vector hues and data; never gradient (the arrow) or error (diverged). */
const RUN_KEYS = ['i', 'j', 'k', 'data'] as const satisfies readonly (keyof Palette)[];

export function runColors(p: Palette): string[] {
  return RUN_KEYS.map((k) => colorHex(p[k], PALETTES.light[k]));
}

/** Each run as both pictures draw it: its path and losses up to the step shown, its colour and label. */
export function pathInputs(
  runs: readonly Run[],
  views: readonly RunView[],
  colors: readonly string[],
  selected: number,
): PathInput[] {
  return runs.map((r, k) => {
    const v = views[k]!;
    return {
      points: r.points.slice(0, v.t + 1),
      losses: r.losses.slice(0, v.t + 1),
      color: colors[k]!,
      status: v.status,
      selected: k === selected,
      divergedAt: v.divergedAt,
      label: runName(k),
    };
  });
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly lineScale: number;
  readonly colors: MapColors;
}

/** The map's square in pixels: the domain fills it, with room for the axis numbers. */
export interface MapBox {
  readonly left: number;
  readonly top: number;
  readonly size: number;
}

const PAD = 26;

export function mapBox(width: number, height: number): MapBox {
  const size = Math.max(10, Math.min(width, height) - 2 * PAD);
  return { left: (width - size) / 2, top: (height - size) / 2, size };
}

export function toPixel(f: SurfaceField, box: MapBox, p: Point): { x: number; y: number } {
  const d = f.surface.domain;
  return {
    x: box.left + ((p[0] - d.xMin) / (d.xMax - d.xMin)) * box.size,
    y: box.top + (1 - (p[1] - d.yMin) / (d.yMax - d.yMin)) * box.size,
  };
}

export function fromPixel(f: SurfaceField, box: MapBox, x: number, y: number): Point {
  const d = f.surface.domain;
  return [
    d.xMin + ((x - box.left) / box.size) * (d.xMax - d.xMin),
    d.yMin + (1 - (y - box.top) / box.size) * (d.yMax - d.yMin),
  ];
}

/**
 * The point of the plane under a pointer at viewport (`clientX`, `clientY`) on a map drawn in
 * `rect`; undefined outside the map's square (a tap on the axis numbers is not a start).
 */
export function pointAt(
  f: SurfaceField,
  rect: { left: number; top: number; width: number; height: number },
  clientX: number,
  clientY: number,
): Point | undefined {
  const box = mapBox(rect.width, rect.height);
  const x = clientX - rect.left;
  const y = clientY - rect.top;
  if (x < box.left || x > box.left + box.size || y < box.top || y > box.top + box.size) return undefined;
  return fromPixel(f, box, x, y);
}

/** A point for drawing: off-map points are pulled to a margin just outside the map (the clip hides it). */
function onMap(f: SurfaceField, box: MapBox, p: Point, m = PAD): { x: number; y: number } {
  const q = toPixel(f, box, p);
  return {
    x: Math.min(box.left + box.size + m, Math.max(box.left - m, q.x)),
    y: Math.min(box.top + box.size + m, Math.max(box.top - m, q.y)),
  };
}

export interface ContourInput extends Frame {
  readonly field: SurfaceField;
  /** Contour segments per level, in domain coordinates (from contourSegments). */
  readonly contours: readonly (readonly number[])[];
  readonly paths: readonly PathInput[];
  readonly start: Point;
  readonly cursor: Point | undefined;
  /** The selected run's current point and its gradient: drawn as the downhill arrow −∇L. */
  readonly downhill: { readonly at: Point; readonly gradient: Point } | undefined;
}

export function drawContourMap(ctx: MapContext, s: ContourInput): MapBox {
  const { field: f, colors: c, lineScale: ls } = s;
  const box = mapBox(s.width, s.height);
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, s.width, s.height);

  ctx.save();
  ctx.beginPath();
  ctx.rect(box.left, box.top, box.size, box.size);
  ctx.clip();
  // Level lines: thin, darker towards the bottom of the bowl so the minimum reads as a target.
  ctx.lineWidth = 1 * ls;
  s.contours.forEach((segs, k) => {
    ctx.strokeStyle = k % 2 === 0 ? c.axis : c.muted;
    ctx.globalAlpha = 0.35 + 0.45 * (1 - k / Math.max(1, s.contours.length - 1));
    ctx.beginPath();
    for (let n = 0; n + 3 < segs.length; n += 4) {
      const a = toPixel(f, box, [segs[n]!, segs[n + 1]!]);
      const b = toPixel(f, box, [segs[n + 2]!, segs[n + 3]!]);
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
  });
  ctx.globalAlpha = 1;
  ctx.restore();

  // Frame and axis numbers.
  ctx.strokeStyle = c.grid;
  ctx.lineWidth = 1 * ls;
  ctx.beginPath();
  ctx.rect(box.left, box.top, box.size, box.size);
  ctx.stroke();
  const d = f.surface.domain;
  ctx.fillStyle = c.muted;
  ctx.font = `${11 * Math.min(1.5, ls)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const x of [d.xMin, (d.xMin + d.xMax) / 2, d.xMax])
    ctx.fillText(String(x), toPixel(f, box, [x, d.yMin]).x, box.top + box.size + 4);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const y of [d.yMin, (d.yMin + d.yMax) / 2, d.yMax])
    ctx.fillText(String(y), box.left - 4, toPixel(f, box, [d.xMin, y]).y);

  // Minima: small diamonds in the model colour.
  for (const m of f.surface.minima) {
    const p = toPixel(f, box, m.at);
    const r = 5 * ls;
    ctx.fillStyle = c.model;
    ctx.beginPath();
    ctx.moveTo(p.x, p.y - r);
    ctx.lineTo(p.x + r, p.y);
    ctx.lineTo(p.x, p.y + r);
    ctx.lineTo(p.x - r, p.y);
    ctx.closePath();
    ctx.fill();
  }

  // Paths: the selected one last, on top, thicker; clipped to the map (a diverging run leaves it).
  const order = [...s.paths].sort((a, b) => Number(a.selected) - Number(b.selected));
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.left, box.top, box.size, box.size);
  ctx.clip();
  for (const path of order) drawPath(ctx, f, box, path, s);
  ctx.restore();
  for (const path of order) if (path.status === 'diverged') drawDiverged(ctx, f, box, path, s);

  // The start: a ring.
  const st = toPixel(f, box, s.start);
  ctx.strokeStyle = c.fg;
  ctx.lineWidth = 2 * ls;
  ctx.beginPath();
  ctx.arc(st.x, st.y, 6 * ls, 0, Math.PI * 2);
  ctx.stroke();

  if (s.downhill) {
    const g = s.downhill.gradient;
    const norm = Math.hypot(g[0], g[1]);
    if (norm > 1e-12 && Number.isFinite(norm)) {
      // Drawn with a fixed on-screen length: −∇L's direction is the message, its size is in the formula.
      const from = toPixel(f, box, s.downhill.at);
      const len = 42 * ls;
      const to = { x: from.x - (g[0] / norm) * len, y: from.y + (g[1] / norm) * len };
      if (
        [from.x, from.y, to.x, to.y].every(Number.isFinite) &&
        Math.abs(from.x) < 1e5 &&
        Math.abs(from.y) < 1e5
      ) {
        ctx.strokeStyle = c.gradient;
        ctx.lineWidth = 2.5 * ls;
        ctx.beginPath();
        ctx.moveTo(from.x, from.y);
        ctx.lineTo(to.x, to.y);
        ctx.stroke();
        arrowHead(ctx, from.x, from.y, to.x, to.y, 11 * ls, c.gradient);
      }
    }
  }

  if (s.cursor) {
    const q = toPixel(f, box, s.cursor);
    const r = 9 * ls;
    ctx.strokeStyle = c.focus;
    ctx.lineWidth = 2 * ls;
    ctx.beginPath();
    ctx.moveTo(q.x - r, q.y);
    ctx.lineTo(q.x + r, q.y);
    ctx.moveTo(q.x, q.y - r);
    ctx.lineTo(q.x, q.y + r);
    ctx.stroke();
  }
  return box;
}

function drawPath(ctx: MapContext, f: SurfaceField, box: MapBox, path: PathInput, s: ContourInput): void {
  const ls = s.lineScale;
  // Far points stay where they are (the clip hides them): pulling them in would bend the path.
  const pts = path.points.map((p) => onMap(f, box, p, 40 * box.size));
  if (pts.length === 0) return;
  ctx.strokeStyle = path.color;
  ctx.fillStyle = path.color;
  ctx.lineWidth = (path.selected ? 2.6 : 1.8) * ls;
  ctx.lineJoin = 'round';
  ctx.beginPath();
  pts.forEach((p, k) => (k === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  ctx.stroke();
  // Dots on the first 60 steps show the step size; after that they would only be a thick line.
  const r = (path.selected ? 3.2 : 2.4) * ls;
  pts.slice(0, 60).forEach((p) => {
    ctx.beginPath();
    ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
    ctx.fill();
  });
  const last = pts[pts.length - 1]!;
  ctx.beginPath();
  ctx.arc(last.x, last.y, r * 1.8, 0, Math.PI * 2);
  ctx.fill();
}

/** A cross where the diverged run was last seen on the map (held at its edge), and the words. */
function drawDiverged(ctx: MapContext, f: SurfaceField, box: MapBox, path: PathInput, s: ContourInput): void {
  const ls = s.lineScale;
  const lastPoint = path.points[path.points.length - 1];
  if (!lastPoint) return;
  const k = 7 * ls;
  // Held just inside the edge, clear of the axis numbers.
  const last = onMap(f, box, lastPoint, -k);
  ctx.strokeStyle = s.colors.error;
  ctx.lineWidth = 3 * ls;
  ctx.beginPath();
  ctx.moveTo(last.x - k, last.y - k);
  ctx.lineTo(last.x + k, last.y + k);
  ctx.moveTo(last.x + k, last.y - k);
  ctx.lineTo(last.x - k, last.y + k);
  ctx.stroke();
  const x = Math.min(s.width - 4, Math.max(4, last.x));
  const y = Math.min(s.height - 10, Math.max(10, last.y + (last.y < s.height / 2 ? 16 : -16)));
  ctx.font = `600 ${12 * Math.min(1.5, ls)}px ${FONT}`;
  ctx.textAlign = x < s.width / 2 ? 'left' : 'right';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = s.colors.error;
  ctx.fillText(`${path.label} diverged`, x, y);
}

// ---- loss chart -----------------------------------------------------------------------------------

export interface ChartInput extends Frame {
  readonly paths: readonly PathInput[];
  /** L* (the global minimum): the chart shows L − L*. */
  readonly floor: number;
  /** The top of the log axis (a power of ten). */
  readonly top: number;
  /** The step axis runs from 0 to this. */
  readonly stepsShown: number;
}

export function chartBox(width: number, height: number): { left: number; top: number; w: number; h: number } {
  const left = 44;
  const top = 10;
  return { left, top, w: Math.max(10, width - left - 10), h: Math.max(10, height - top - 26) };
}

/** A decade of the log axis: 0.001 … 1000 as plain numbers, smaller or larger as 1e−6. */
export function decadeText(k: number): string {
  return k >= -3 && k <= 3 ? String(10 ** k) : `1e${k}`;
}

export function drawLossChart(ctx: MapContext, s: ChartInput): void {
  const c = s.colors;
  const ls = s.lineScale;
  const b = chartBox(s.width, s.height);
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, s.width, s.height);
  const xMax = Math.max(10, s.stepsShown);
  const X = (t: number): number => b.left + (Math.min(t, xMax) / xMax) * b.w;
  const Y = (v: number): number => b.top + (1 - v) * b.h;

  // Decades: grid lines and labels (10^k).
  ctx.font = `${11 * Math.min(1.5, ls)}px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const lo = Math.round(Math.log10(CURVE_FLOOR));
  const hi = Math.round(Math.log10(s.top));
  const every = hi - lo > 8 ? 2 : 1;
  // Every other decade when crowded, but always 0.01: the lesson's "loss below 0.01" (review D20).
  for (let k = lo; k <= hi; k++) {
    if ((k + 2) % every !== 0) continue;
    const y = Y(curveLevel(10 ** k * (k === hi ? 0.999999 : 1), s.top).v);
    ctx.strokeStyle = c.grid;
    ctx.lineWidth = 1 * ls;
    ctx.beginPath();
    ctx.moveTo(b.left, y);
    ctx.lineTo(b.left + b.w, y);
    ctx.stroke();
    ctx.fillStyle = c.muted;
    ctx.fillText(decadeText(k), b.left - 4, y);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillStyle = c.muted;
  // Round step numbers (0, 10, 20, not 0, 13, 25, which put a divergence at 12 beside "13"),
  // clear of the word "step" at the axis' end.
  ctx.textAlign = 'right';
  ctx.fillText('step', b.left + b.w, b.top + b.h + 4);
  // Widths from the font size (digits and "step" are about 0.6 em each; the fake context has no measureText).
  const em = 11 * Math.min(1.5, ls);
  const wordLeft = b.left + b.w - 2.6 * em - 6;
  ctx.textAlign = 'center';
  for (const t of ticks(0, xMax, 4, { integer: true }))
    if (X(t) + String(t).length * 0.3 * em < wordLeft) ctx.fillText(String(t), X(t), b.top + b.h + 4);
  ctx.strokeStyle = c.axis;
  ctx.beginPath();
  ctx.moveTo(b.left, b.top);
  ctx.lineTo(b.left, b.top + b.h);
  ctx.lineTo(b.left + b.w, b.top + b.h);
  ctx.stroke();

  const order = [...s.paths].sort((a, p) => Number(a.selected) - Number(p.selected));
  // Labels of several diverged runs stack instead of overlapping.
  let divergedLabels = 0;
  for (const path of order) {
    ctx.strokeStyle = path.color;
    ctx.lineWidth = (path.selected ? 2.6 : 1.8) * ls;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    let lastX = b.left;
    let lastY = Y(0);
    path.losses.forEach((l, t) => {
      const { v } = curveLevel(l - s.floor, s.top);
      lastX = X(t);
      lastY = Y(v);
      if (t === 0) ctx.moveTo(lastX, lastY);
      else ctx.lineTo(lastX, lastY);
    });
    if (path.status === 'diverged' && path.divergedAt !== undefined) {
      // The step that left the picture: straight up out of the chart.
      lastX = X(path.divergedAt);
      lastY = b.top;
      ctx.lineTo(lastX, lastY);
    }
    ctx.stroke();
    if (path.status === 'diverged') {
      arrowHead(ctx, lastX, lastY + 14 * ls, lastX, lastY, 9 * ls, c.error);
      ctx.font = `600 ${11 * Math.min(1.5, ls)}px ${FONT}`;
      ctx.fillStyle = c.error;
      ctx.textBaseline = 'top';
      ctx.textAlign = lastX > b.left + b.w / 2 ? 'right' : 'left';
      ctx.fillText(
        `${path.label} diverged`,
        lastX + (ctx.textAlign === 'left' ? 8 : -8),
        b.top + 2 + 15 * Math.min(1.5, ls) * divergedLabels,
      );
      divergedLabels++;
    }
  }
}
