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
import type { Picture } from './pictures';
import { eigenNote, fmt, squashWords } from './words';
import {
  FONT,
  arrow,
  arrowHead,
  axisLines,
  drawBase,
  drawNotes,
  finiteMatrix,
  gridFamilies,
  guessMarker,
  haloText,
  labelBoard,
  placeLabel,
  PRIORITY,
  textLabel,
  px,
  throughOrigin,
  type DrawContext,
  type Frame,
} from './draw-kit';
import { circleBox, segmentBoxes, textWidth } from '../../render/label-layout';
import { ringRadius } from './label-place';

export type { DrawContext, SceneColors } from './draw-kit';

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

export interface Scene extends Frame {
  /** The matrix at the current animation time. */
  readonly shown: Mat2;
  readonly picture: Picture | undefined;
  /** Eigen-decomposition of the state's matrix, when eigenvectors are to be drawn. */
  readonly eigen: Eigen2 | undefined;
  /** Shade the unit square and label its area. */
  readonly determinant: boolean;
  /** Predict-first: the learner's guess… */
  readonly guess: Vec2 | undefined;
  /** …and, once revealed and landed, the answer. */
  readonly answer: Vec2 | undefined;
  /** Draws the cloud's points; without one they become one path of little squares. */
  readonly points?: PointPlotter | undefined;
  /**
   * A mode's own layer, drawn over the picture and under î and ĵ; it may return notes for the
   * corner. When it draws the column space itself (`ownsSquash`), the plain squash line is left out.
   */
  readonly overlay?: ((ctx: DrawContext) => readonly string[]) | undefined;
  readonly ownsSquash?: boolean;
}

export function drawPlane(ctx: DrawContext, scene: Scene): void {
  // Labels are placed together at the end, off each other: on the caller's board, or on our own.
  const own = scene.labels ? undefined : labelBoard(scene);
  const s = own ? { ...scene, labels: own } : scene;
  drawScene(ctx, s);
  own?.flush();
}

function drawScene(ctx: DrawContext, s: Scene): void {
  const { view, colors } = s;
  if (!finiteMatrix(s.shown) || !(view.scale > 0) || !Number.isFinite(view.scale)) {
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    ctx.fillStyle = colors.bg;
    ctx.fillRect(0, 0, view.width, view.height);
    return;
  }
  const lw = s.lineScale;
  const notes: string[] = [];

  // Faint original grid: where everything started.
  drawBase(ctx, s);

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
    if (!s.ownsSquash) squashLine(ctx, s);
    notes.push(squash);
  }
  if (s.picture) drawPicture(ctx, s, s.picture);
  if (s.eigen) {
    eigenLines(ctx, s, s.eigen);
    const note = eigenNote(s.eigen);
    if (note) notes.push(note);
  }
  if (s.overlay) notes.push(...s.overlay(ctx));
  arrow(ctx, s, [s.shown[0], s.shown[2]], colors.i, 'î', I_REST);
  arrow(ctx, s, [s.shown[1], s.shown[3]], colors.j, 'ĵ', J_REST);
  if (s.guess) guessMarker(ctx, s, s.guess, s.answer);
  drawNotes(ctx, s, notes);
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
  const arc = areaPx > 1600 ? orientationArc(ctx, s, flipped ? colors.error : colors.fg) : [];

  // The label block starts in the lower part of the square, under the arc, and moves off the arc,
  // the picture, the arrows and the other labels when the matrix brings them together. The tips
  // of î and ĵ carry handles (or will, once dragged): keep off them too.
  const tipRing = ringRadius(s.lineScale);
  s.labels?.block(circleBox(a[0], a[1], tipRing), circleBox(c[0], c[1], tipRing));
  s.labels?.block(...arc.map(([x, y]) => circleBox(x, y, 2 * s.lineScale)));
  const [cx, cy] = px(view, [
    m[0] * LABEL_AT[0] + m[1] * LABEL_AT[1],
    m[2] * LABEL_AT[0] + m[3] * LABEL_AT[1],
  ]);
  const size = Math.round(s.fontPx * 0.72);
  const line = s.fontPx * 0.85;
  const area = `area ${fmt(Math.abs(d))}`;
  const lines = flipped ? [area, 'orientation flipped'] : [area];
  const w = Math.max(...lines.map((t) => textWidth(t, size))) + 4;
  const h = size * 1.25 + (lines.length - 1) * line;
  placeLabel(
    s,
    { w, h, anchor: [cx, cy], onAnchor: true, gap: 2, dir: [0, 1], priority: PRIORITY.part },
    (x, y) => {
      const top = y - h / 2 + (size * 1.25) / 2;
      ctx.font = `600 ${size}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      haloText(ctx, s, area, x, top, flipped ? colors.error : colors.fg);
      if (flipped) haloText(ctx, s, 'orientation flipped', x, top + line, colors.error);
    },
  );
}

/** Where the labels of î and ĵ go when their arrows have no length. */
const I_REST: Vec2 = [1, 0.6];
const J_REST: Vec2 = [-0.6, -1];

/** Where the orientation arc and the area label sit in the unit square, before the matrix maps them. */
const ARC_CENTRE: Vec2 = [0.5, 0.63];
const ARC_RADIUS = 0.22;
const LABEL_AT: Vec2 = [0.5, 0.24];

/**
 * A curved arrow from the î side to the ĵ side of the unit square, pushed through the matrix: it
 * turns counter-clockwise while orientation is kept and clockwise once it flips, with no special case.
 */
function orientationArc(ctx: DrawContext, s: Scene, color: string): [number, number][] {
  const points: [number, number][] = [];
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
    // A circle in the upper part of the unit square (its lower part holds the area label), then mapped.
    const ux = ARC_CENTRE[0] + ARC_RADIUS * Math.cos(a);
    const uy = ARC_CENTRE[1] + ARC_RADIUS * Math.sin(a);
    prevX = x;
    prevY = y;
    x = view.cx + (m[0] * ux + m[1] * uy) * view.scale;
    y = view.cy - (m[2] * ux + m[3] * uy) * view.scale;
    // Dense enough that a label cannot slip between two samples.
    if (k > 0)
      for (let q = 1; q < 4; q++) points.push([prevX + ((x - prevX) * q) / 4, prevY + ((y - prevY) * q) / 4]);
    points.push([x, y]);
    if (k === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.strokeStyle = color;
  ctx.globalAlpha = 0.75;
  ctx.lineWidth = 1.5 * s.lineScale;
  ctx.stroke();
  arrowHead(ctx, prevX, prevY, x, y, 9 * s.lineScale, color);
  ctx.globalAlpha = 1;
  return points;
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
  if (s.labels) for (const st of pic.strokes) blockStroke(s, st.points, st.closed, [a, b, c, d, cx, cy]);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.stroke();
}

/** Labels keep off the picture's lines (pixel map [a, b, c, d, e, f] as in drawPicture). */
function blockStroke(s: Scene, pts: Float64Array, closed: boolean, [a, b, c, d, e, f]: number[]): void {
  const n = pts.length / 2;
  for (let k = 0; k < n - (closed ? 0 : 1); k++) {
    const x0 = pts[2 * k] as number;
    const y0 = pts[2 * k + 1] as number;
    const x1 = pts[(2 * k + 2) % pts.length] as number;
    const y1 = pts[(2 * k + 3) % pts.length] as number;
    s.labels?.block(
      ...segmentBoxes(
        e! + a! * x0 + b! * y0,
        f! + c! * x0 + d! * y0,
        e! + a! * x1 + b! * y1,
        f! + c! * x1 + d! * y1,
        s.lineScale + 1,
      ),
    );
  }
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
    textLabel(ctx, s, `λ = ${fmt(lambda)}`, [x, y], colors.k, {
      size: Math.round(s.fontPx * 0.75),
      onAnchor: true,
      dir: [flip * dy, -flip * dx],
      priority: PRIORITY.name,
    });
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
