/**
 * Draws one frame of `<lumen-plane>` through a small drawing context (a subset of
 * CanvasRenderingContext2D), so tests can record the calls with a fake and check that no NaN
 * ever reaches the canvas. Coordinates are CSS pixels; the caller scales for devicePixelRatio.
 *
 * Layers, bottom to top: faint original grid and its numbers; the unit square's image; the
 * transformed grid and axes; the picture; eigenvector lines; the squash line; î and ĵ; the guess;
 * notes. Every layer is one or two paths, whatever the number of lines or points, which is what
 * keeps a 10,000-point cloud inside a frame's budget.
 */
import { det, isSingular, maxAbs, type Mat2, type Vec2 } from '../../math/mat2';
import type { Eigen2 } from '../../math/eigen2';
import type { Palette } from '../../ui/tokens';
import type { View } from './model';
import type { Picture } from './pictures';
import { eigenNote, fmt, squashWords } from './words';

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

export type SceneColors = Pick<
  Palette,
  'bg' | 'fg' | 'muted' | 'grid' | 'axis' | 'i' | 'j' | 'k' | 'data' | 'error' | 'accent'
>;

/** Plane point (x, y) → pixel (e + a·x + b·y, f + c·x + d·y): the matrix and the view folded together. */
export interface Affine {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
}

/** Draws many points at once, faster than paths can (see point-layer.ts). */
export interface PointPlotter {
  plotPoints(points: Float32Array, map: Affine, sizePx: number, color: string): void;
}

export interface Scene {
  readonly view: View;
  /** The matrix at the current animation time. */
  readonly shown: Mat2;
  readonly picture: Picture | undefined;
  /** Eigen-decomposition of the state's matrix, when eigenvectors are to be drawn. */
  readonly eigen: Eigen2 | undefined;
  /** Shade the unit square's image and label its area. */
  readonly determinant: boolean;
  /** Predict-first: the learner's guess for î… */
  readonly guess: Vec2 | undefined;
  /** …and, once revealed and landed, where î really went. */
  readonly answer: Vec2 | undefined;
  readonly colors: SceneColors;
  /** Multiplies every line width (the projector theme doubles them). */
  readonly lineScale: number;
  /** Base size of labels, CSS pixels. */
  readonly fontPx: number;
  /** Draws the cloud's points; without one they become one path of little squares. */
  readonly points?: PointPlotter | undefined;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Grid lines closer than this (pixels) are thinned out: denser would be a grey smear. */
const MIN_GAP = 5;

function finiteMatrix(m: Mat2): boolean {
  return m.every(Number.isFinite);
}

export function drawPlane(ctx: DrawContext, s: Scene): void {
  const { view, colors } = s;
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, 0, view.width, view.height);
  if (!finiteMatrix(s.shown) || !(view.scale > 0) || !Number.isFinite(view.scale)) return;

  const lw = s.lineScale;
  const notes: string[] = [];

  // Faint original grid: where everything started.
  ctx.lineWidth = lw;
  ctx.strokeStyle = colors.grid;
  gridFamilies(ctx, view, [1, 0, 0, 1]);
  ctx.globalAlpha = 0.45;
  ctx.strokeStyle = colors.axis;
  axisLines(ctx, view, [1, 0, 0, 1]);
  ctx.globalAlpha = 1;
  axisNumbers(ctx, s);

  if (s.determinant) unitSquare(ctx, s);

  // The transformed grid, over the faint one.
  ctx.lineWidth = lw;
  ctx.strokeStyle = colors.muted;
  ctx.globalAlpha = 0.5;
  gridFamilies(ctx, view, s.shown);
  ctx.globalAlpha = 0.9;
  ctx.lineWidth = 1.5 * lw;
  ctx.strokeStyle = colors.axis;
  axisLines(ctx, view, s.shown);
  ctx.globalAlpha = 1;

  // The squash line goes under the picture: the squashed picture is what lies on it.
  const squash = squashWords(s.shown);
  if (squash) {
    squashLine(ctx, s);
    notes.push(squash);
  }
  if (s.picture) drawPicture(ctx, s, s.picture);
  if (s.eigen) {
    eigenLines(ctx, s, s.eigen);
    const note = eigenNote(s.eigen);
    if (note) notes.push(note);
  }
  arrow(ctx, s, [s.shown[0], s.shown[2]], colors.i, 'î', [1, 0.6]);
  arrow(ctx, s, [s.shown[1], s.shown[3]], colors.j, 'ĵ', [-0.6, -1]);
  if (s.guess) guessMarker(ctx, s, s.guess, s.answer);

  ctx.font = `${Math.round(s.fontPx * 0.8)}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const line = s.fontPx * 1.1;
  notes.forEach((text, n) => haloText(ctx, s, text, 8, 8 + n * line, colors.fg));
}

// ---- grid ---------------------------------------------------------------------------------------

function px(view: View, p: Vec2): [number, number] {
  return [view.cx + p[0] * view.scale, view.cy - p[1] * view.scale];
}

/** Half the canvas diagonal: a line this far from the centre in every direction covers the plot. */
function reach(view: View): number {
  return Math.hypot(view.width, view.height) / 2 + 2;
}

/**
 * The lines x = k and y = k (k ≠ 0) after the map `m`, as one path. Works in pixels: the lines of a
 * family are parallel, a fixed distance apart, so only those within reach of the centre are drawn,
 * thinned to every n-th when they crowd together (a near-singular matrix packs them tight).
 */
function gridFamilies(ctx: DrawContext, view: View, m: Mat2): void {
  ctx.beginPath();
  family(ctx, view, [m[0], m[2]], [m[1], m[3]]);
  family(ctx, view, [m[1], m[3]], [m[0], m[2]]);
  ctx.stroke();
}

/** Lines through k·step, running along `dir` (plane coordinates). */
function family(ctx: DrawContext, view: View, step: Vec2, dir: Vec2): void {
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
function axisLines(ctx: DrawContext, view: View, m: Mat2): void {
  ctx.beginPath();
  throughOrigin(ctx, view, [m[0], m[2]]);
  throughOrigin(ctx, view, [m[1], m[3]]);
  ctx.stroke();
}

function throughOrigin(ctx: DrawContext, view: View, dir: Vec2): void {
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
function axisNumbers(ctx: DrawContext, s: Scene): void {
  const { view, colors } = s;
  const size = Math.round(s.fontPx * 0.72);
  const step = NUMBER_STEPS.find((n) => n * view.scale >= size * 3.2) ?? 200;
  // Numbers closer than this to the plot's edge would be cut in half.
  const room = view.extent - (size * 1.2) / view.scale;
  const last = Math.floor(room / step) * step;
  ctx.font = `${size}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (let k = -last; k <= last; k += step) {
    if (k === 0) continue;
    const [x, y] = px(view, [k, 0]);
    haloText(ctx, s, String(k), x, y + 4, colors.muted);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (let k = -last; k <= last; k += step) {
    if (k === 0) continue;
    const [x, y] = px(view, [0, k]);
    haloText(ctx, s, String(k), x - 5, y, colors.muted);
  }
}

// ---- the unit square's image --------------------------------------------------------------------

function unitSquare(ctx: DrawContext, s: Scene): void {
  const { view, colors, shown: m } = s;
  const d = det(m);
  if (isSingular(m)) return;
  const flipped = d < 0;
  const tint = flipped ? colors.error : colors.accent;
  const o = px(view, [0, 0]);
  const a = px(view, [m[0], m[2]]);
  const b = px(view, [m[0] + m[1], m[2] + m[3]]);
  const c = px(view, [m[1], m[3]]);
  ctx.beginPath();
  ctx.moveTo(o[0], o[1]);
  ctx.lineTo(a[0], a[1]);
  ctx.lineTo(b[0], b[1]);
  ctx.lineTo(c[0], c[1]);
  ctx.closePath();
  ctx.fillStyle = tint;
  ctx.globalAlpha = flipped ? 0.22 : 0.16;
  ctx.fill();
  ctx.globalAlpha = 0.8;
  ctx.strokeStyle = tint;
  ctx.lineWidth = 1.5 * s.lineScale;
  if (flipped) ctx.setLineDash([6 * s.lineScale, 4 * s.lineScale]);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  const areaPx = Math.abs(d) * view.scale * view.scale;
  if (areaPx > 1600) orientationArc(ctx, s, flipped ? colors.error : colors.fg);

  const [lx, ly] = px(view, [(m[0] + m[1]) / 2, (m[2] + m[3]) / 2]);
  ctx.font = `600 ${Math.round(s.fontPx * 0.72)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  haloText(ctx, s, `area ${fmt(Math.abs(d))}`, lx, ly, flipped ? colors.error : colors.fg);
  if (flipped) haloText(ctx, s, 'orientation flipped', lx, ly + s.fontPx * 0.85, colors.error);
}

/**
 * A curved arrow from the î side to the ĵ side of the unit square, pushed through the matrix: it
 * turns counter-clockwise while orientation is kept and clockwise once it flips, with no special case.
 */
function orientationArc(ctx: DrawContext, s: Scene, color: string): void {
  const { view, shown: m } = s;
  const n = 16;
  const from = -Math.PI / 5;
  const to = (Math.PI * 3) / 4;
  let prevX = 0;
  let prevY = 0;
  let x = 0;
  let y = 0;
  ctx.beginPath();
  for (let k = 0; k <= n; k++) {
    const a = from + ((to - from) * k) / n;
    // Circle of radius 0.28 around the centre of the unit square, then mapped.
    const ux = 0.5 + 0.28 * Math.cos(a);
    const uy = 0.5 + 0.28 * Math.sin(a);
    prevX = x;
    prevY = y;
    x = view.cx + (m[0] * ux + m[1] * uy) * view.scale;
    y = view.cy - (m[2] * ux + m[3] * uy) * view.scale;
    if (k === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.strokeStyle = color;
  ctx.globalAlpha = 0.75;
  ctx.lineWidth = 1.5 * s.lineScale;
  ctx.stroke();
  arrowHead(ctx, prevX, prevY, x, y, 9 * s.lineScale, color);
  ctx.globalAlpha = 1;
}

// ---- picture ------------------------------------------------------------------------------------

function drawPicture(ctx: DrawContext, s: Scene, pic: Picture): void {
  const { view, colors, shown: m } = s;
  // Folding the matrix and the view into four numbers keeps the per-point work to 4 multiplies.
  const a = m[0] * view.scale;
  const b = m[1] * view.scale;
  const c = -m[2] * view.scale;
  const d = -m[3] * view.scale;
  const cx = view.cx;
  const cy = view.cy;
  ctx.fillStyle = colors.data;
  ctx.strokeStyle = colors.data;
  if (pic.kind === 'points') {
    const p = pic.points;
    const half = 0.9 * s.lineScale;
    if (s.points) {
      ctx.globalAlpha = 1;
      s.points.plotPoints(p, { a, b, c, d, e: cx, f: cy }, 2 * half, colors.data);
      return;
    }
    const size = 2 * half;
    const w = view.width + half;
    const h = view.height + half;
    ctx.globalAlpha = 0.6;
    ctx.beginPath();
    for (let k = 0; k < p.length; k += 2) {
      const x = p[k] as number;
      const y = p[k + 1] as number;
      const sx = cx + a * x + b * y;
      const sy = cy + c * x + d * y;
      if (sx < -half || sy < -half || sx > w || sy > h) continue;
      ctx.rect(sx - half, sy - half, size, size);
    }
    ctx.fill();
    ctx.globalAlpha = 1;
    return;
  }
  const trace = (pts: Float64Array, closed: boolean): void => {
    for (let k = 0; k < pts.length; k += 2) {
      const x = pts[k] as number;
      const y = pts[k + 1] as number;
      const sx = cx + a * x + b * y;
      const sy = cy + c * x + d * y;
      if (k === 0) ctx.moveTo(sx, sy);
      else ctx.lineTo(sx, sy);
    }
    if (closed) ctx.closePath();
  };
  ctx.beginPath();
  for (const st of pic.strokes) if (st.fill) trace(st.points, true);
  ctx.globalAlpha = 0.14;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.beginPath();
  for (const st of pic.strokes) trace(st.points, st.closed);
  ctx.lineWidth = 2 * s.lineScale;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.stroke();
}

// ---- eigenvectors and squashes ------------------------------------------------------------------

function eigenLines(ctx: DrawContext, s: Scene, e: Eigen2): void {
  const lines: [Vec2, number][] =
    e.kind === 'distinct'
      ? [
          [e.vectors[0], e.values[0]],
          [e.vectors[1], e.values[1]],
        ]
      : e.kind === 'defective'
        ? [[e.vector, e.value]]
        : [];
  if (!lines.length) return;
  const { view, colors } = s;
  ctx.strokeStyle = colors.k;
  ctx.lineWidth = 2.5 * s.lineScale;
  ctx.setLineDash([10 * s.lineScale, 7 * s.lineScale]);
  ctx.beginPath();
  for (const [v] of lines) throughOrigin(ctx, view, v);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.font = `600 ${Math.round(s.fontPx * 0.75)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  lines.forEach(([v, lambda], n) => {
    // Label near the edge, on alternate sides so two close lines do not stack their labels.
    const sign = n === 0 ? 1 : -1;
    const dx = v[0] * sign;
    const dy = -v[1] * sign;
    const toEdge = Math.min(
      dx !== 0 ? (view.width / 2 - 24) / Math.abs(dx) : Infinity,
      dy !== 0 ? (view.height / 2 - 16) / Math.abs(dy) : Infinity,
    );
    const r = 0.82 * toEdge;
    // Beside the line on its upper side (right side for a vertical line), off the axis numbers.
    const flip = dx > 1e-9 || (Math.abs(dx) <= 1e-9 && dy < 0) ? 1 : -1;
    const x = view.cx + dx * r + flip * dy * 16;
    const y = view.cy + dy * r - flip * dx * 16;
    haloText(ctx, s, `λ = ${fmt(lambda)}`, x, y, colors.k);
  });
}

/** Where a singular matrix sends the whole plane: a line through the origin (or the origin). */
function squashLine(ctx: DrawContext, s: Scene): void {
  const { view, colors, shown: m } = s;
  ctx.strokeStyle = colors.error;
  ctx.fillStyle = colors.error;
  if (maxAbs(m) === 0) {
    ctx.beginPath();
    ctx.arc(view.cx, view.cy, 5 * s.lineScale, 0, 2 * Math.PI);
    ctx.fill();
    return;
  }
  const ci = Math.hypot(m[0], m[2]);
  const cj = Math.hypot(m[1], m[3]);
  const dir: Vec2 = ci >= cj ? [m[0], m[2]] : [m[1], m[3]];
  ctx.lineWidth = 3 * s.lineScale;
  ctx.globalAlpha = 0.85;
  ctx.beginPath();
  throughOrigin(ctx, view, dir);
  ctx.stroke();
  ctx.globalAlpha = 1;
}

// ---- vectors, guess, text -----------------------------------------------------------------------

/** `rest` is where the label goes (pixel direction) when the arrow has no length to point along. */
function arrow(ctx: DrawContext, s: Scene, tip: Vec2, color: string, label: string, rest: Vec2): void {
  const { view } = s;
  const [x0, y0] = px(view, [0, 0]);
  const [x1, y1] = px(view, tip);
  const len = Math.hypot(x1 - x0, y1 - y0);
  const head = Math.min(16 * s.lineScale, len * 0.6);
  ctx.strokeStyle = color;
  ctx.lineWidth = 3.5 * s.lineScale;
  ctx.lineCap = 'round';
  if (len > head) {
    const k = (len - head * 0.8) / len;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x0 + (x1 - x0) * k, y0 + (y1 - y0) * k);
    ctx.stroke();
  }
  if (len > 0.5) arrowHead(ctx, x0, y0, x1, y1, head, color);
  // Label just beyond the tip, away from the origin.
  const ux = len > 0.5 ? (x1 - x0) / len : rest[0] / Math.hypot(...rest);
  const uy = len > 0.5 ? (y1 - y0) / len : rest[1] / Math.hypot(...rest);
  ctx.font = `700 ${Math.round(s.fontPx)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // Kept inside the plot: a tip near the edge must not lose its name.
  const m = s.fontPx * 0.7;
  const lx = Math.min(view.width - m, Math.max(m, x1 + ux * 20 * s.lineScale));
  const ly = Math.min(view.height - m, Math.max(m, y1 + uy * 20 * s.lineScale));
  haloText(ctx, s, label, lx, ly, color);
}

function arrowHead(ctx: DrawContext, x0: number, y0: number, x1: number, y1: number, size: number, color: string): void {
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

function guessMarker(ctx: DrawContext, s: Scene, guess: Vec2, answer: Vec2 | undefined): void {
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
  ctx.font = `600 ${Math.round(s.fontPx * 0.72)}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  haloText(ctx, s, 'your guess', x + 12 * s.lineScale, y - 8 * s.lineScale, colors.fg);
}

/** Text with a background-coloured outline, so it stays legible over grid lines and pictures. */
function haloText(ctx: DrawContext, s: Scene, text: string, x: number, y: number, color: string): void {
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4 * s.lineScale;
  ctx.strokeStyle = s.colors.bg;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}
