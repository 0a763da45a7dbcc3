/**
 * Draws one frame of `<lumen-svd>` through a small drawing context, so tests can record the calls
 * with a fake and check that no NaN ever reaches the canvas. Coordinates are CSS pixels.
 *
 * svd, bottom to top: grid; the final ellipse as a faint dashed ghost (where the motion ends);
 * the u₁, u₂ lines during the last stage; the unit circle with a letter F and twelve dots, moved by
 * the matrix of the moment; the arrows of v₁ and v₂ carried along (σ₁ u₁ and σ₂ u₂ at the end).
 * pca, bottom to top: grid; the two-standard-deviation ellipse; projections onto axis 1; the
 * points; the principal axes (2 standard deviations each way) and the mean.
 */
import { apply, type Mat2, type Vec2 } from '../../math/mat2';
import { arrow, dots, drawDial, lineThrough, notes, type Dial } from './draw';
import {
  AXIS_SDS,
  axisEnds,
  collapse,
  columnOf,
  projectOnAxis,
  rightVector,
  type CloudAnalysis,
  type Factors,
} from './model';
import { fmt } from './words';
import {
  background,
  blockLine,
  haloText,
  placedLabel,
  FONT,
  type DrawContext,
  type Frame,
} from '../../render/canvas-kit';
import { toPixel as px, viewIsDrawable, type View } from '../../render/view2d';
import { circleBox, LabelBoard, textWidth, type Box } from '../../render/label-layout';

export interface SvdScene extends Frame {
  readonly matrix: Mat2;
  readonly factors: Factors | undefined;
  /** The matrix at the current time (the identity at t = 0, the matrix at t = 3). */
  readonly shown: Mat2;
  readonly t: number;
  /** Predict-first, before Reveal: the circle, the images of î and ĵ, and the dial only. */
  readonly guessing: boolean;
  readonly dial: Dial | undefined;
}

export interface PcaScene extends Frame {
  readonly points: readonly Vec2[];
  readonly analysis: CloudAnalysis;
  readonly projection: boolean;
  /** Predict-first, before Reveal: the points, the mean and the dial only. */
  readonly guessing: boolean;
  readonly dial: Dial | undefined;
}

const CIRCLE_STEPS = 120;
/** A letter F inside the unit circle: it shows turning and flipping at a glance. */
const LETTER_F: readonly Vec2[][] = [
  [
    [-0.22, -0.45],
    [-0.22, 0.45],
    [0.3, 0.45],
  ],
  [
    [-0.22, 0.04],
    [0.16, 0.04],
  ],
];

function finite(m: Mat2): boolean {
  return m.every(Number.isFinite);
}

function ellipsePath(ctx: DrawContext, f: Frame, centre: Vec2, a: Vec2, b: Vec2): void {
  let prev: [number, number] = [NaN, NaN];
  for (let k = 0; k <= CIRCLE_STEPS; k++) {
    const th = (2 * Math.PI * k) / CIRCLE_STEPS;
    const c = Math.cos(th);
    const s = Math.sin(th);
    const [x, y] = px(f.view, [centre[0] + a[0] * c + b[0] * s, centre[1] + a[1] * c + b[1] * s]);
    if (k === 0) ctx.moveTo(x, y);
    else {
      // A label reads badly across the outline (review Part 1, D27: "σ₁ = 6.71" sat on it).
      if (Number.isFinite(x) && Number.isFinite(y)) blockLine(f, prev[0], prev[1], x, y, 2 * f.lineScale);
      ctx.lineTo(x, y);
    }
    prev = [x, y];
  }
  ctx.closePath();
}

/** A board for one frame's labels: the whole plot, 2 px in from its edges. */
function boardFor(view: View): LabelBoard {
  return new LabelBoard({ x: 0, y: 0, w: view.width, h: view.height }, 2);
}

/**
 * Draws the svd picture and returns where its labels went (pixels), so that tests can check that
 * no two of them meet and none leaves the plot.
 */
export function drawSvd(ctx: DrawContext, scene: SvdScene): Box[] {
  const s = { ...scene, labelBoard: boardFor(scene.view) };
  svdPicture(ctx, s);
  return s.labelBoard.flush();
}

function svdPicture(ctx: DrawContext, s: SvdScene): void {
  background(ctx, s);
  if (!viewIsDrawable(s.view) || !finite(s.shown) || !finite(s.matrix)) return;
  const { colors } = s;
  const f = s.factors;
  const lw = s.lineScale;

  // The ghost of where the circle ends up (hidden while the learner predicts it).
  if (f && !s.guessing && s.t < 3) {
    ctx.strokeStyle = colors.muted;
    ctx.globalAlpha = 0.6;
    ctx.lineWidth = 1.5 * lw;
    ctx.setLineDash([5 * lw, 5 * lw]);
    ctx.beginPath();
    ellipsePath(ctx, s, [0, 0], columnOf(s.matrix, 0), columnOf(s.matrix, 1));
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }

  // Where U is taking the axes, while it does.
  if (f && !s.guessing && s.t > 2) {
    ctx.lineWidth = 1.5 * lw;
    ctx.setLineDash([10 * lw, 7 * lw]);
    ctx.globalAlpha = 0.55;
    for (const [k, color] of [
      [0, colors.i],
      [1, colors.j],
    ] as const) {
      ctx.strokeStyle = color;
      ctx.beginPath();
      lineThrough(ctx, s.view, [0, 0], columnOf(f.u, k));
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }

  // The unit circle and its passengers, moved by the matrix of the moment.
  const m = s.shown;
  ctx.beginPath();
  ellipsePath(ctx, s, [0, 0], columnOf(m, 0), columnOf(m, 1));
  ctx.fillStyle = colors.data;
  ctx.globalAlpha = 0.12;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colors.data;
  ctx.lineWidth = 2.5 * lw;
  ctx.lineJoin = 'round';
  ctx.stroke();

  ctx.beginPath();
  for (const stroke of LETTER_F)
    stroke.forEach((p, k) => {
      const [x, y] = px(s.view, apply(m, p));
      if (k === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
  ctx.lineWidth = 3 * lw;
  ctx.lineCap = 'round';
  ctx.stroke();

  const ring: Vec2[] = [];
  for (let k = 1; k < 12; k++)
    ring.push(apply(m, [Math.cos((k * Math.PI) / 6), Math.sin((k * Math.PI) / 6)]));
  dots(ctx, s, ring, 3 * lw, colors.data);
  s.labelBoard?.block(
    ...ring.map((p) => {
      const [x, y] = px(s.view, p);
      return circleBox(x, y, 4 * lw);
    }),
  );
  // The dot that starts at (1, 0) is bigger, so a turn of the whole circle is visible.
  dots(ctx, s, [apply(m, [1, 0])], 5.5 * lw, colors.data);

  const lines: string[] = [];
  if (s.guessing) {
    arrow(ctx, s, [0, 0], columnOf(s.matrix, 0), colors.i, 'Aî', [1, 0.4]);
    arrow(ctx, s, [0, 0], columnOf(s.matrix, 1), colors.j, 'Aĵ', [-0.4, -1]);
  } else if (f) {
    // v₁ and v₂ until Σ acts; "×σ" while it stretches them; "σ = …" once they have that length.
    const label = (k: 0 | 1, v: string): string =>
      s.t <= 1 ? v : s.t < 2 ? `×${fmt(f.sigma[k])}` : `${k === 0 ? 'σ₁' : 'σ₂'} = ${fmt(f.sigma[k])}`;
    arrow(ctx, s, [0, 0], apply(m, rightVector(f, 0)), colors.i, label(0, 'v₁'), [1, 0.4]);
    arrow(ctx, s, [0, 0], apply(m, rightVector(f, 1)), colors.j, label(1, 'v₂'), [-0.4, -1]);
    const c = collapse(f);
    if (c === 'segment') lines.push('det A = 0: σ₂ = 0, the circle', 'collapses onto a segment');
    if (c === 'point') lines.push('A = 0: the circle collapses onto a point');
  } else {
    lines.push('The SVD of this matrix could not be computed.');
  }
  if (lines.length) notes(ctx, s, lines, colors.error);
  if (s.dial) drawDial(ctx, s, s.dial);
}

/** Draws the PCA picture and returns where its labels went, as `drawSvd` does. */
export function drawPca(ctx: DrawContext, scene: PcaScene): Box[] {
  const s = { ...scene, labelBoard: boardFor(scene.view) };
  pcaPicture(ctx, s);
  return s.labelBoard.flush();
}

function pcaPicture(ctx: DrawContext, s: PcaScene): void {
  background(ctx, s);
  if (!viewIsDrawable(s.view)) return;
  const { colors, analysis: a } = s;
  const lw = s.lineScale;
  const pca = a.ok && !s.guessing ? a.pca : undefined;

  if (pca) {
    // The 2-standard-deviation ellipse: the cloud's own "unit circle become ellipse".
    const r1 = AXIS_SDS * Math.sqrt(Math.max(0, pca.variances[0]));
    const r2 = AXIS_SDS * Math.sqrt(Math.max(0, pca.variances[1]));
    const e1: Vec2 = [pca.axes[0][0] * r1, pca.axes[0][1] * r1];
    const e2: Vec2 = [pca.axes[1][0] * r2, pca.axes[1][1] * r2];
    ctx.beginPath();
    ellipsePath(ctx, s, pca.mean, e1, e2);
    ctx.fillStyle = colors.model;
    ctx.globalAlpha = 0.07;
    ctx.fill();
    ctx.globalAlpha = 0.6;
    ctx.strokeStyle = colors.muted;
    ctx.lineWidth = 1.25 * lw;
    ctx.setLineDash([5 * lw, 5 * lw]);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;

    if (s.projection) {
      ctx.strokeStyle = colors.i;
      ctx.globalAlpha = 0.45;
      ctx.lineWidth = 1.5 * lw;
      ctx.beginPath();
      lineThrough(ctx, s.view, pca.mean, pca.axes[0]);
      ctx.stroke();
      const landed = s.points.map((p) => projectOnAxis(p, pca.mean, pca.axes[0]));
      ctx.strokeStyle = colors.model;
      ctx.globalAlpha = 0.5;
      ctx.lineWidth = lw;
      ctx.beginPath();
      s.points.forEach((p, k) => {
        const [x0, y0] = px(s.view, p);
        const [x1, y1] = px(s.view, landed[k] as Vec2);
        ctx.moveTo(x0, y0);
        ctx.lineTo(x1, y1);
      });
      ctx.stroke();
      ctx.globalAlpha = 1;
      dots(ctx, s, landed, 3 * lw, colors.model);
    }
  }

  dots(ctx, s, s.points, 4 * lw, colors.data);
  // Labels keep off the points (review Part 1, D27: the selected point's ring covered "PC2 · 0%").
  s.labelBoard?.block(
    ...s.points.map((p) => {
      const [x, y] = px(s.view, p);
      return circleBox(x, y, 6 * lw + 8);
    }),
  );

  if (pca) {
    for (const [k, color] of [
      [0, colors.i],
      [1, colors.j],
    ] as const) {
      const [from, to] = axisEnds(pca, k);
      const [x0, y0] = px(s.view, from);
      const [x1, y1] = px(s.view, to);
      ctx.strokeStyle = color;
      ctx.lineWidth = (k === 0 ? 4 : 3) * lw;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.stroke();
      // In a small plot with big type (a phone in the projector theme) the shares stay in the bars.
      const share = s.view.width >= s.fontPx * 20 ? ` · ${Math.round(pca.explained[k] * 100)}%` : '';
      arrow(ctx, s, pca.mean, to, color, `PC${k + 1}${share}`, k === 0 ? [1, -0.3] : [-0.3, -1]);
    }
  }

  if (a.ok) {
    const [mx, my] = px(s.view, a.pca.mean);
    const r = 6 * lw;
    ctx.strokeStyle = colors.bg;
    ctx.lineWidth = 5 * lw;
    ctx.beginPath();
    ctx.moveTo(mx - r, my - r);
    ctx.lineTo(mx + r, my + r);
    ctx.moveTo(mx - r, my + r);
    ctx.lineTo(mx + r, my - r);
    ctx.stroke();
    ctx.strokeStyle = colors.fg;
    ctx.lineWidth = 2.5 * lw;
    ctx.stroke();
    ctx.font = `600 ${Math.round(s.fontPx * 0.7)}px ${FONT}`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    haloText(ctx, s, 'mean', mx + r + 3, my + 3, colors.fg);
    const size = Math.round(s.fontPx * 0.7);
    s.labelBoard?.block(circleBox(mx, my, r + 2), {
      x: mx + r + 3,
      y: my + 3,
      w: textWidth('mean', size),
      h: size * 1.2,
    });
  } else {
    ctx.font = `600 ${Math.round(s.fontPx * 0.8)}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const text =
      a.reason === 'few'
        ? a.n === 0
          ? 'Click or tap to add points'
          : 'Add at least one more point'
        : 'All the points coincide';
    placedLabel(ctx, s, text, s.view.width / 2, s.view.height * 0.18, colors.fg);
  }
  if (s.dial) drawDial(ctx, s, s.dial);
}
