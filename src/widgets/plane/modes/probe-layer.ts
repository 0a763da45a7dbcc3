/**
 * Drawing, TeX and words for two extras of mode transform: the x → Ax probe and the determinant's
 * box picture. The numbers are in ../probe.ts; this file only puts them on a plot or in a formula.
 */
import { type Mat2, type Vec2 } from '../../../math/mat2';
import {
  finitePoint,
  labelAt,
  originLine,
  px,
  textLabel,
  vectorArrow,
  PRIORITY,
  type DrawContext,
  type Frame,
} from '../draw-kit';
import { alignment, boxOf, lambdaText, probeImage } from '../probe';
import { segmentBoxes } from '../../../render/label-layout';
import { coloured, fmt, matTex, vecTex } from './common';
import type { TexPalette } from './types';

/** Which arrows of the probe a plot shows: both (overlay), x only (split's input), Ax only (output). */
export type ProbeShows = 'both' | 'x' | 'ax';

/**
 * x (palette "data") and its image under `shown` (palette "model"), with x's line dashed through
 * the origin: Ax on that line is the eigenvector the learner is hunting for.
 */
export function drawProbe(ctx: DrawContext, f: Frame, shown: Mat2, x: Vec2, shows: ProbeShows): void {
  const { colors } = f;
  const ax = probeImage(shown, x);
  if (!finitePoint(ax)) return;
  if (shows !== 'x') originLine(ctx, f, x, colors.data, 1.5, 0.45, [5, 6]);
  if (shows !== 'ax')
    vectorArrow(ctx, f, [0, 0], x, colors.data, { label: 'x', width: 3, priority: PRIORITY.name });
  if (shows !== 'x')
    vectorArrow(ctx, f, [0, 0], ax, colors.model, { label: 'Ax', width: 3, priority: PRIORITY.name });
}

/** The formula row "A x = [A][x] = [Ax]", and "= λ·x" when x is an eigenvector. */
export function probeTex(m: Mat2, x: Vec2, c: TexPalette): string {
  const ax = probeImage(m, x);
  const a = alignment(x, ax);
  const eig = a.kind === 'eigen' ? ` = ${coloured(c.model, `${lambdaText(a.lambda)}\\,\\mathbf{x}`)}` : '';
  return (
    `A${coloured(c.data, '\\mathbf{x}')} = ${matTex(m, c.i, c.j)}${vecTex(x, c.data)}` +
    ` = ${vecTex(ax, c.model)}${eig}`
  );
}

/**
 * The formula rows of the box, short enough not to shrink the formula: the box's area, then det
 * as the box minus the pieces. With the columns swapped (det < 0) the pieces are b·d, a·c and 2ad
 * in A's letters, and what is left is |det A| = bc − ad.
 */
export function boxTex(m: Mat2): string[] {
  const r = boxOf(m);
  if (!r.ok) return [];
  const [a, b, c, d] = r.box.drawn;
  const value = r.box.rect - a * c - b * d - 2 * b * c;
  const [lhs, letters] = r.box.swapped ? ['|\\det A|', 'bd - ac - 2ad'] : ['\\det A', 'ac - bd - 2bc'];
  return [
    `\\text{box} = (a{+}b)(c{+}d) = ${fmt(a + b)} \\cdot ${fmt(c + d)} = ${fmt(r.box.rect)}`,
    `${lhs} = \\text{box} - ${letters} = ${fmt(r.box.rect)} - ${fmt(a * c)} - ${fmt(b * d)} - ${fmt(2 * b * c)} = ${fmt(value)}`,
  ];
}

/**
 * Where a piece's area label goes: a triangle's incentre (the point farthest from its sides, so
 * the label clears the thin corners and the parallelogram's edge), a rectangle's centre.
 */
function labelPoint(poly: readonly Vec2[]): Vec2 {
  const n = poly.length;
  if (n !== 3) return [poly.reduce((s, p) => s + p[0], 0) / n, poly.reduce((s, p) => s + p[1], 0) / n];
  const [a, b, c] = poly as [Vec2, Vec2, Vec2];
  const la = Math.hypot(b[0] - c[0], b[1] - c[1]);
  const lb = Math.hypot(a[0] - c[0], a[1] - c[1]);
  const lc = Math.hypot(a[0] - b[0], a[1] - b[1]);
  const sum = la + lb + lc || 1;
  return [(la * a[0] + lb * b[0] + lc * c[0]) / sum, (la * a[1] + lb * b[1] + lc * c[1]) / sum];
}

/**
 * 3b1b's box around the parallelogram of `shown`'s columns: the (a+b)×(c+d) rectangle outlined,
 * the six pieces that are subtracted filled grey and labelled with their areas. Nothing when the
 * picture does not hold (a negative entry, a flat parallelogram): the readout says why.
 */
export function drawBox(ctx: DrawContext, f: Frame, shown: Mat2): void {
  const r = boxOf(shown);
  if (!r.ok) return;
  const { colors, view } = f;
  const [a, b, c, d] = r.box.drawn;
  ctx.lineWidth = 1.25 * f.lineScale;
  // The area labels keep off the parallelogram's edges (the pieces are thin near them).
  const corners = r.box.parallelogram.map((p) => px(view, p));
  corners.forEach(([x, y], k) => {
    const [x1, y1] = corners[(k + 1) % corners.length] as [number, number];
    f.labels?.block(...segmentBoxes(x, y, x1, y1, 2 * f.lineScale));
  });
  for (const piece of r.box.pieces) {
    if (!(piece.area > 1e-9)) continue;
    ctx.beginPath();
    piece.poly.forEach((p, k) => {
      const [x, y] = px(view, p);
      if (k === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.closePath();
    ctx.fillStyle = colors.muted;
    ctx.globalAlpha = 0.2;
    ctx.fill();
    ctx.globalAlpha = 0.7;
    ctx.strokeStyle = colors.muted;
    ctx.stroke();
    ctx.globalAlpha = 1;
    const centre = labelPoint(piece.poly);
    textLabel(ctx, f, fmt(piece.area), px(view, centre), colors.fg, {
      size: Math.round(f.fontPx * 0.62),
      onAnchor: true,
      gap: 2,
      priority: PRIORITY.hint,
    });
  }
  // The box itself, over its pieces.
  const [x0, y0] = px(view, [0, 0]);
  const [x1, y1] = px(view, [a + b, c + d]);
  ctx.strokeStyle = colors.fg;
  ctx.globalAlpha = 0.75;
  ctx.lineWidth = 1.5 * f.lineScale;
  ctx.setLineDash([6 * f.lineScale, 4 * f.lineScale]);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y0);
  ctx.lineTo(x1, y1);
  ctx.lineTo(x0, y1);
  ctx.closePath();
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  labelAt(
    ctx,
    f,
    [a + b, c + d],
    `box ${fmt(a + b)} × ${fmt(c + d)}`,
    colors.fg,
    10,
    -10,
    0.68,
    PRIORITY.part,
  );
}
