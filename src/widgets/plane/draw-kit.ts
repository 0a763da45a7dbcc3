/**
 * Drawing primitives shared by every mode of `<lumen-plane>`: grids pushed through a matrix, lines
 * through the origin, arrows with labels, the predict-first ring, halo text. They draw through
 * `DrawContext` (a subset of CanvasRenderingContext2D) so tests can record them with a fake, and
 * they skip anything that is not finite, so no NaN ever reaches the canvas.
 */
import type { Mat2, Vec2 } from '../../math/mat2';
import type { Palette } from '../../ui/tokens';
import { clearOffset, ringRadius, type Ring } from './label-place';
import {
  circleBox,
  LabelBoard,
  overlap,
  segmentBoxes,
  textWidth,
  type LabelSpec,
} from '../../render/label-layout';
import { arrowHead, FONT, type DrawContext } from '../../render/canvas-kit';
import type { View } from '../../render/view2d';
export { arrowHead, FONT, type DrawContext };

export type SceneColors = Pick<
  Palette,
  | 'bg'
  | 'fg'
  | 'muted'
  | 'grid'
  | 'axis'
  | 'i'
  | 'j'
  | 'k'
  | 'data'
  | 'model'
  | 'gradient'
  | 'error'
  | 'accent'
>;

/** What every drawing needs besides the context: where the plane is, its colours and sizes. */
export interface Frame {
  readonly view: View;
  readonly colors: SceneColors;
  /** Multiplies every line width (the projector theme doubles them). */
  readonly lineScale: number;
  /** Base size of labels, CSS pixels. */
  readonly fontPx: number;
  /** Plane points where a handle's ring sits on this plot: labels keep clear of them. */
  readonly rings?: readonly Vec2[] | undefined;
  /**
   * Where this frame's labels are collected, to be placed together (off each other, the rings, the
   * axis numbers and the arrows) once everything else is drawn. Without one each label is placed
   * on its own as it comes, against the rings and the plot's edges only.
   */
  readonly labels?: LabelBoard | undefined;
}

/** How much a label matters when labels compete for room: readouts first, then names, then hints. */
export const PRIORITY = { readout: 4, guess: 3, name: 2, part: 1, hint: 0 } as const;

/** A board for one frame of `s`: the plot's bounds, with the handles' rings already blocked. */
export function labelBoard(s: Frame): LabelBoard {
  const board = new LabelBoard({ x: 0, y: 0, w: s.view.width, h: s.view.height }, 2);
  board.block(...ringsPx(s).map((c) => circleBox(c.x, c.y, c.r)));
  return board;
}

/**
 * Adds a label to the frame's board, or places it at once when the frame has none. `paint` gets the
 * centre; text is drawn centred there.
 */
export function placeLabel(s: Frame, spec: LabelSpec, paint: (x: number, y: number) => void): void {
  if (s.labels) {
    s.labels.add(spec, paint);
    return;
  }
  const board = labelBoard(s);
  board.add(spec, paint);
  board.flush();
}

/** A text label (font size `size`, weight `weight`) naming the pixel point `anchor`. */
export function textLabel(
  ctx: DrawContext,
  s: Frame,
  text: string,
  anchor: readonly [number, number],
  color: string,
  opts: {
    size: number;
    weight?: number;
    dir?: readonly [number, number];
    gap?: number;
    priority?: number;
    onAnchor?: boolean;
  },
): void {
  const font = `${opts.weight ?? 600} ${opts.size}px ${FONT}`;
  placeLabel(
    s,
    {
      w: textWidth(text, opts.size) + 4 * s.lineScale,
      h: opts.size * 1.25,
      anchor,
      dir: opts.dir,
      gap: opts.gap,
      priority: opts.priority,
      onAnchor: opts.onAnchor,
    },
    (x, y) => {
      ctx.font = font;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      haloText(ctx, s, text, x, y, color);
    },
  );
}

/** The rings of `s.rings` in pixels, plus any extra plane points that carry one. */
export function ringsPx(s: Frame, extra: readonly Vec2[] = []): Ring[] {
  const r = ringRadius(s.lineScale);
  return [...(s.rings ?? []), ...extra].filter(finitePoint).map((p) => {
    const [x, y] = px(s.view, p);
    return { x, y, r };
  });
}

/** Grid lines closer than this (pixels) are thinned out: denser would be a grey smear. */
export const MIN_GAP = 5;

export function finiteMatrix(m: Mat2): boolean {
  return m.every(Number.isFinite);
}

export function finitePoint(p: Vec2): boolean {
  return Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

// ---- grid ---------------------------------------------------------------------------------------

export function px(view: View, p: Vec2): [number, number] {
  return [view.cx + p[0] * view.scale, view.cy - p[1] * view.scale];
}

/** Half the canvas diagonal: a line this far from the centre in every direction covers the plot. */
export function reach(view: View): number {
  return Math.hypot(view.width, view.height) / 2 + 2;
}

/**
 * The lines x = k and y = k (k ≠ 0) after the map `m`, as one path. Works in pixels: the lines of a
 * family are parallel, a fixed distance apart, so only those within reach of the centre are drawn,
 * thinned to every n-th when they crowd together (a near-singular matrix packs them tight).
 */
export function gridFamilies(ctx: DrawContext, view: View, m: Mat2): void {
  ctx.beginPath();
  family(ctx, view, [m[0], m[2]], [m[1], m[3]]);
  family(ctx, view, [m[1], m[3]], [m[0], m[2]]);
  ctx.stroke();
}

/** Lines through k·step, running along `dir` (plane coordinates). */
export function family(ctx: DrawContext, view: View, step: Vec2, dir: Vec2): void {
  const s = view.scale;
  const dx = dir[0] * s;
  const dy = -dir[1] * s;
  const dl = Math.hypot(dx, dy);
  if (!(dl > 1e-9)) return;
  const ux = dx / dl;
  const uy = dy / dl;
  const ox = step[0] * s;
  const oy = -step[1] * s;
  // The part of `step` across the lines: the gap between neighbours.
  const along = ox * ux + oy * uy;
  const px0 = ox - along * ux;
  const py0 = oy - along * uy;
  const gap = Math.hypot(px0, py0);
  if (!(gap > 1e-6)) return;
  const r = reach(view);
  const stride = Math.max(1, Math.ceil(MIN_GAP / gap));
  const last = Math.floor(r / gap / stride) * stride;
  for (let k = -last; k <= last; k += stride) {
    if (k === 0) continue;
    const fx = view.cx + k * px0;
    const fy = view.cy + k * py0;
    ctx.moveTo(fx - ux * r, fy - uy * r);
    ctx.lineTo(fx + ux * r, fy + uy * r);
  }
}

/** The images of the x- and y-axes: lines through the origin along î and ĵ. */
export function axisLines(ctx: DrawContext, view: View, m: Mat2): void {
  ctx.beginPath();
  throughOrigin(ctx, view, [m[0], m[2]]);
  throughOrigin(ctx, view, [m[1], m[3]]);
  ctx.stroke();
}

export function throughOrigin(ctx: DrawContext, view: View, dir: Vec2): void {
  const dx = dir[0];
  const dy = -dir[1];
  const dl = Math.hypot(dx, dy);
  if (!(dl > 1e-12)) return;
  const r = reach(view);
  ctx.moveTo(view.cx - (dx / dl) * r, view.cy - (dy / dl) * r);
  ctx.lineTo(view.cx + (dx / dl) * r, view.cy + (dy / dl) * r);
}

const NUMBER_STEPS = [1, 2, 5, 10, 20, 50, 100];

/** Integer labels along the original axes, spaced so they never collide. */
export function axisNumbers(ctx: DrawContext, s: Frame): void {
  const { view, colors } = s;
  const size = Math.round(s.fontPx * 0.72);
  const step = NUMBER_STEPS.find((n) => n * view.scale >= size * 3.2) ?? 200;
  // Numbers closer than this to the plot's edge would be cut in half.
  const room = view.extent - (size * 1.2) / view.scale;
  const last = Math.floor(room / step) * step;
  // A number under a handle's ring could not be read: the ring marks that point anyway.
  const rings = ringsPx(s).map((c) => circleBox(c.x, c.y, c.r + 2));
  const free = (x: number, y: number, text: string): boolean => {
    const box = { x: x - textWidth(text, size) / 2, y: y - size / 2, w: textWidth(text, size), h: size };
    if (rings.some((r) => overlap(box, r) > 0)) return false;
    // Labels keep off the numbers that are drawn.
    s.labels?.block(box);
    return true;
  };
  ctx.font = `${size}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (let k = -last; k <= last; k += step) {
    if (k === 0) continue;
    const [x, y] = px(view, [k, 0]);
    if (free(x, y + 4 + size / 2, String(k))) haloText(ctx, s, String(k), x, y + 4, colors.muted);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (let k = -last; k <= last; k += step) {
    if (k === 0) continue;
    const [x, y] = px(view, [0, k]);
    if (free(x - 5 - textWidth(String(k), size) / 2, y, String(k)))
      haloText(ctx, s, String(k), x - 5, y, colors.muted);
  }
}

/** `rest` is where the label goes (pixel direction) when the arrow has no length to point along. */
export function arrow(ctx: DrawContext, s: Frame, tip: Vec2, color: string, label: string, rest: Vec2): void {
  vectorArrow(ctx, s, [0, 0], tip, color, { label, rest });
}

export interface ArrowStyle {
  /** Drawn just beyond the tip, away from the tail (kept inside the plot). */
  readonly label?: string;
  /** Where the label goes (pixel direction) when the arrow has no length to point along. */
  readonly rest?: Vec2;
  /** Line width before the theme's line scale; 3.5 by default. */
  readonly width?: number;
  readonly dashed?: boolean;
  /** Label size relative to the base font; 1 by default. */
  readonly labelSize?: number;
  /** How much the label matters when labels compete for room (PRIORITY.name by default). */
  readonly priority?: number;
}

/** An arrow from `from` to `to` (plane coordinates): vectors drawn tip-to-tail need a tail. */
export function vectorArrow(
  ctx: DrawContext,
  s: Frame,
  from: Vec2,
  to: Vec2,
  color: string,
  style: ArrowStyle = {},
): void {
  if (!finitePoint(from) || !finitePoint(to)) return;
  const { view } = s;
  const [x0, y0] = px(view, from);
  const [x1, y1] = px(view, to);
  const len = Math.hypot(x1 - x0, y1 - y0);
  const width = (style.width ?? 3.5) * s.lineScale;
  const head = Math.min(Math.max(8 * s.lineScale, (width * 16) / 3.5), len * 0.6);
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  if (style.dashed) ctx.setLineDash([6 * s.lineScale, 5 * s.lineScale]);
  if (len > head) {
    const k = (len - head * 0.8) / len;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x0 + (x1 - x0) * k, y0 + (y1 - y0) * k);
    ctx.stroke();
  }
  if (style.dashed) ctx.setLineDash([]);
  if (len > 0.5) arrowHead(ctx, x0, y0, x1, y1, head, color);
  // Other labels keep off the shaft (not the last stretch: the tip's own label sits beyond it).
  if (len > head * 2)
    s.labels?.block(...segmentBoxes(x0, y0, x0 + (x1 - x0) * 0.9, y0 + (y1 - y0) * 0.9, width / 2 + 1));
  if (!style.label) return;
  const size = Math.round(s.fontPx * (style.labelSize ?? 1));
  const rest = style.rest ?? [1, -1];
  const dir: [number, number] = len > 0.5 ? [x1 - x0, y1 - y0] : [rest[0], rest[1]];
  textLabel(ctx, s, style.label, [x1, y1], color, {
    size,
    weight: 700,
    dir,
    gap: Math.max(6 * s.lineScale, ringRadius(s.lineScale) - size * 0.3),
    priority: style.priority ?? PRIORITY.name,
  });
}

/**
 * Where `vectorArrow` puts a label (pixels): beyond the tip's ring (a handle may sit there),
 * however wide the label is, and kept inside the plot so a tip near the edge keeps its name.
 */
export function arrowLabelAt(
  s: Frame,
  from: readonly [number, number],
  to: readonly [number, number],
  label: string,
  size: number,
  rest: Vec2 = [1, -1],
): [number, number] {
  const { view } = s;
  const len = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const restLen = Math.hypot(rest[0], rest[1]) || 1;
  const ux = len > 0.5 ? (to[0] - from[0]) / len : rest[0] / restLen;
  const uy = len > 0.5 ? (to[1] - from[1]) / len : rest[1] / restLen;
  const off = Math.max(
    20 * s.lineScale,
    clearOffset(ux, uy, textWidth(label, size) / 2, size * 0.6, ringRadius(s.lineScale)),
  );
  const m = s.fontPx * 0.7;
  return [
    Math.min(view.width - m, Math.max(m, to[0] + ux * off)),
    Math.min(view.height - m, Math.max(m, to[1] + uy * off)),
  ];
}

export function guessMarker(ctx: DrawContext, s: Frame, guess: Vec2, answer: Vec2 | undefined): void {
  const { view, colors } = s;
  const [x, y] = px(view, guess);
  if (answer) {
    const [ax, ay] = px(view, answer);
    ctx.strokeStyle = colors.fg;
    ctx.globalAlpha = 0.7;
    ctx.lineWidth = 1.5 * s.lineScale;
    ctx.setLineDash([4 * s.lineScale, 4 * s.lineScale]);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(ax, ay);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }
  ctx.strokeStyle = colors.fg;
  ctx.lineWidth = 2.5 * s.lineScale;
  // Dashed, like its handle: the guess is a pencil mark, not a vector.
  ctx.setLineDash([4 * s.lineScale, 3 * s.lineScale]);
  ctx.beginPath();
  ctx.arc(x, y, 11 * s.lineScale, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(x - 4 * s.lineScale, y);
  ctx.lineTo(x + 4 * s.lineScale, y);
  ctx.moveTo(x, y - 4 * s.lineScale);
  ctx.lineTo(x, y + 4 * s.lineScale);
  ctx.stroke();
  textLabel(ctx, s, 'your guess', [x, y], colors.fg, {
    size: Math.round(s.fontPx * 0.72),
    dir: [1, -1],
    gap: 12 * s.lineScale,
    priority: PRIORITY.guess,
  });
}

/** Text with a background-coloured outline, so it stays legible over grid lines and pictures. */
export function haloText(
  ctx: DrawContext,
  s: Frame,
  text: string,
  x: number,
  y: number,
  color: string,
): void {
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4 * s.lineScale;
  ctx.strokeStyle = s.colors.bg;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}

/** The background and the faint standard grid with its axes and numbers: where every mode starts. */
export function drawBase(ctx: DrawContext, s: Frame): void {
  const { view, colors } = s;
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, 0, view.width, view.height);
  ctx.lineWidth = s.lineScale;
  ctx.strokeStyle = colors.grid;
  gridFamilies(ctx, view, [1, 0, 0, 1]);
  ctx.globalAlpha = 0.45;
  ctx.strokeStyle = colors.axis;
  axisLines(ctx, view, [1, 0, 0, 1]);
  ctx.globalAlpha = 1;
  axisNumbers(ctx, s);
}

/** Short notes stacked in the top-left corner of the plot. */
export function drawNotes(ctx: DrawContext, s: Frame, notes: readonly string[], color = s.colors.fg): void {
  ctx.font = `${Math.round(s.fontPx * 0.8)}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const line = s.fontPx * 1.1;
  const size = Math.round(s.fontPx * 0.8);
  notes.forEach((text, n) => {
    haloText(ctx, s, text, 8, 8 + n * line, color);
    // Labels placed later keep off the notes.
    s.labels?.block({ x: 4, y: 4 + n * line, w: textWidth(text, size) * 0.92 + 8, h: line + 2 });
  });
}

/** A line through the origin along `dir`, across the whole plot. */
export function originLine(
  ctx: DrawContext,
  s: Frame,
  dir: Vec2,
  color: string,
  width: number,
  alpha: number,
  dash?: number[],
): void {
  if (!finitePoint(dir) || Math.hypot(dir[0], dir[1]) === 0) return;
  ctx.strokeStyle = color;
  ctx.lineWidth = width * s.lineScale;
  ctx.globalAlpha = alpha;
  if (dash) ctx.setLineDash(dash.map((d) => d * s.lineScale));
  ctx.beginPath();
  throughOrigin(ctx, s.view, dir);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/**
 * A label beside the line along `dir`, near the plot's edge, on the side `side` (1 or -1) of the
 * origin, pushed off the line so it does not sit on top of it.
 */
export function lineLabel(
  ctx: DrawContext,
  s: Frame,
  dir: Vec2,
  side: 1 | -1,
  text: string,
  color: string,
  at = 0.78,
): void {
  const { view } = s;
  const len = Math.hypot(dir[0], dir[1]);
  if (!(len > 0) || !Number.isFinite(len)) return;
  const dx = (dir[0] / len) * side;
  const dy = (-dir[1] / len) * side;
  const toEdge = Math.min(
    Math.abs(dx) > 1e-9 ? (view.width / 2 - 24) / Math.abs(dx) : Infinity,
    Math.abs(dy) > 1e-9 ? (view.height / 2 - 16) / Math.abs(dy) : Infinity,
  );
  const r = at * toEdge;
  const flip = dx > 1e-9 || (Math.abs(dx) <= 1e-9 && dy < 0) ? 1 : -1;
  const x = view.cx + dx * r + flip * dy * 16;
  const y = view.cy + dy * r - flip * dx * 16;
  ctx.font = `600 ${Math.round(s.fontPx * 0.72)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  haloText(ctx, s, text, x, y, color);
}

/** A filled dot at a plane point. */
export function dot(ctx: DrawContext, s: Frame, p: Vec2, radius: number, color: string): void {
  if (!finitePoint(p)) return;
  const [x, y] = px(s.view, p);
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x, y, radius * s.lineScale, 0, 2 * Math.PI);
  ctx.fill();
}

/** Dashed guide line between two plane points. */
export function guide(ctx: DrawContext, s: Frame, from: Vec2, to: Vec2, color: string, alpha = 0.8): void {
  if (!finitePoint(from) || !finitePoint(to)) return;
  const [x0, y0] = px(s.view, from);
  const [x1, y1] = px(s.view, to);
  ctx.strokeStyle = color;
  ctx.globalAlpha = alpha;
  ctx.lineWidth = 1.5 * s.lineScale;
  ctx.setLineDash([4 * s.lineScale, 4 * s.lineScale]);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/**
 * Text naming a plane point, placed off it in the direction (dx, dy) pixels (its preferred side,
 * that far out), or wherever nearby is free.
 */
export function labelAt(
  ctx: DrawContext,
  s: Frame,
  p: Vec2,
  text: string,
  color: string,
  dx = 0,
  dy = 0,
  size = 0.72,
  priority: number = PRIORITY.part,
): void {
  if (!finitePoint(p)) return;
  const px0 = Math.round(s.fontPx * size);
  const d = Math.hypot(dx, dy);
  textLabel(ctx, s, text, px(s.view, p), color, {
    size: px0,
    dir: d > 0 ? [dx, dy] : [0, -1],
    gap: Math.max(2, d - px0 * 0.6),
    priority,
  });
}
