/**
 * Draws `<lumen-tree>`'s canvases through the small `DrawContext`: the plane (leaf boxes shaded by
 * their class, the focused node's box outlined, its best split dashed, training points filled and
 * test points hollow) and the impurity curves of the focused node (one per feature, the chosen
 * threshold marked).
 */
import type { Candidate, Tree, TreeNode } from '../../math/ml/tree';
import type { Point } from '../../math/ml/points';
import { FONT, type DrawContext } from '../../render/canvas-kit';
import { leafBoxes } from '../../math/ml/tree';
import { shortNumber } from '../../math/number-text';

export type Bounds = readonly [number, number, number, number];

export interface PlaneMap {
  readonly width: number;
  readonly height: number;
  readonly bounds: Bounds;
}

export function toPx(m: PlaneMap, x: number, y: number): [number, number] {
  const [x0, x1, y0, y1] = m.bounds;
  return [((x - x0) / (x1 - x0)) * m.width, m.height - ((y - y0) / (y1 - y0)) * m.height];
}

export function fromPx(m: PlaneMap, px: number, py: number): [number, number] {
  const [x0, x1, y0, y1] = m.bounds;
  return [x0 + (px / m.width) * (x1 - x0), y0 + ((m.height - py) / m.height) * (y1 - y0)];
}

export interface Colors {
  readonly bg: string;
  readonly fg: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly model: string;
  readonly gradient: string;
  readonly accent: string;
}

export interface PlaneScene extends PlaneMap {
  readonly colors: Colors;
  readonly classColors: readonly string[];
  readonly lineScale: number;
  readonly fontPx: number;
  readonly tree: Tree;
  readonly points: readonly Point[];
  readonly isTest: (i: number) => boolean;
  readonly focus: TreeNode;
  readonly focusBox: Bounds;
  /** The best split of the focused node if it is still a leaf (what the next step would do). */
  readonly proposal: Candidate | undefined;
  readonly cursor: [number, number] | undefined;
}

const finite = (...v: number[]): boolean => v.every(Number.isFinite);

export function drawPlane(ctx: DrawContext, f: PlaneScene): void {
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = f.colors.bg;
  ctx.fillRect(0, 0, f.width, f.height);
  for (const { node, box } of leafBoxes(f.tree, f.bounds)) {
    const [ax, ay] = toPx(f, box[0], box[3]);
    const [bx, by] = toPx(f, box[1], box[2]);
    if (!finite(ax, ay, bx, by)) continue;
    ctx.globalAlpha = 0.16;
    ctx.fillStyle = f.classColors[node.prediction % f.classColors.length]!;
    ctx.fillRect(ax, ay, bx - ax, by - ay);
    ctx.globalAlpha = 0.8;
    ctx.strokeStyle = f.colors.axis;
    ctx.lineWidth = f.lineScale;
    ctx.beginPath();
    ctx.rect(ax, ay, bx - ax, by - ay);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  const r = (f.points.length > 1000 ? 2 : 4) * Math.sqrt(f.lineScale);
  f.points.forEach((p, i) => {
    const [x, y] = toPx(f, p.x, p.y);
    if (!finite(x, y)) return;
    const c = f.classColors[p.label % f.classColors.length]!;
    ctx.beginPath();
    if (p.label === 1) ctx.rect(x - r, y - r, 2 * r, 2 * r);
    else ctx.arc(x, y, r, 0, 2 * Math.PI);
    if (f.isTest(i)) {
      ctx.strokeStyle = c;
      ctx.lineWidth = 1.6 * f.lineScale;
      ctx.stroke();
    } else {
      ctx.fillStyle = c;
      ctx.fill();
    }
  });
  const [ax, ay] = toPx(f, f.focusBox[0], f.focusBox[3]);
  const [bx, by] = toPx(f, f.focusBox[1], f.focusBox[2]);
  if (finite(ax, ay, bx, by)) {
    ctx.strokeStyle = f.colors.accent;
    ctx.lineWidth = 3 * f.lineScale;
    ctx.beginPath();
    ctx.rect(ax + 1.5, ay + 1.5, bx - ax - 3, by - ay - 3);
    ctx.stroke();
  }
  const cut = f.focus.split ?? f.proposal;
  if (cut) {
    const t = cut.threshold;
    const [x0, y0] = cut.feature === 0 ? toPx(f, t, f.focusBox[2]) : toPx(f, f.focusBox[0], t);
    const [x1, y1] = cut.feature === 0 ? toPx(f, t, f.focusBox[3]) : toPx(f, f.focusBox[1], t);
    if (finite(x0, y0, x1, y1)) {
      ctx.strokeStyle = f.colors.gradient;
      ctx.lineWidth = 2.5 * f.lineScale;
      ctx.setLineDash(f.focus.split ? [] : [7 * f.lineScale, 5 * f.lineScale]);
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  if (f.cursor) {
    const [x, y] = toPx(f, f.cursor[0], f.cursor[1]);
    if (finite(x, y)) {
      ctx.strokeStyle = f.colors.accent;
      ctx.lineWidth = 2 * f.lineScale;
      ctx.beginPath();
      ctx.moveTo(x - 10, y);
      ctx.lineTo(x + 10, y);
      ctx.moveTo(x, y - 10);
      ctx.lineTo(x, y + 10);
      ctx.stroke();
    }
  }
}

export interface CurveScene {
  readonly width: number;
  readonly height: number;
  readonly colors: Colors & { readonly i: string; readonly j: string };
  readonly lineScale: number;
  readonly fontPx: number;
  /** Per feature: thresholds and their weighted impurity. */
  readonly curves: readonly (readonly Candidate[])[];
  /** The node's own impurity (the curves start below it or not at all). */
  readonly parent: number;
  readonly chosen: { feature: number; threshold: number } | undefined;
}

/** Weighted child impurity against the threshold, one panel per feature (x in the î colour, y in ĵ). */
export function drawCurves(ctx: DrawContext, f: CurveScene): void {
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = f.colors.bg;
  ctx.fillRect(0, 0, f.width, f.height);
  const size = Math.round(f.fontPx * 0.66);
  ctx.font = `${size}px ${FONT}`;
  const half = f.width / 2;
  const yTop = Math.max(f.parent, 1e-9) * 1.05;
  f.curves.forEach((curve, feat) => {
    const x0 = feat * half + size * 2.6;
    const x1 = (feat + 1) * half - size;
    const y0 = size;
    const y1 = f.height - size * 2.2;
    ctx.strokeStyle = f.colors.axis;
    ctx.lineWidth = f.lineScale;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x0, y1);
    ctx.lineTo(x1, y1);
    ctx.stroke();
    ctx.fillStyle = f.colors.muted;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.fillText(shortNumber(yTop), x0 - 3, y0);
    ctx.fillText('0', x0 - 3, y1);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText(`threshold on ${feat === 0 ? 'x' : 'y'}`, (x0 + x1) / 2, y1 + 4);
    if (!curve.length) return;
    const tMin = curve[0]!.threshold;
    const tMax = curve[curve.length - 1]!.threshold;
    const span = tMax - tMin || 1;
    const X = (t: number): number => x0 + 6 + ((t - tMin) / span) * (x1 - x0 - 12);
    const Y = (v: number): number => y1 - (v / yTop) * (y1 - y0);
    ctx.strokeStyle = feat === 0 ? f.colors.i : f.colors.j;
    ctx.lineWidth = 2 * f.lineScale;
    ctx.beginPath();
    curve.forEach((c, k) => {
      const x = X(c.threshold);
      const y = Y(c.impurity);
      if (!finite(x, y)) return;
      if (k === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.stroke();
    if (f.chosen && f.chosen.feature === feat) {
      const c = curve.find((q) => q.threshold === f.chosen!.threshold);
      if (c) {
        const x = X(c.threshold);
        const y = Y(c.impurity);
        ctx.fillStyle = f.colors.gradient;
        ctx.beginPath();
        ctx.arc(x, y, 6 * Math.sqrt(f.lineScale), 0, 2 * Math.PI);
        ctx.fill();
      }
    }
  });
}
