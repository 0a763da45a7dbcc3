/**
 * Draws `<lumen-kmeans>` through the small `DrawContext` (tests record the calls with a fake and
 * check no NaN reaches the canvas). The plot, bottom to top: the grid, the Voronoi cell of each
 * centroid (lightly shaded in its cluster's colour), the points (their cluster's colour once
 * assigned, the data colour before), the path each centroid took at the last update, and the
 * centroids (a ringed disc with its number). The two small charts: the 20-seed spread and the
 * elbow curve.
 */
import type { Vec2 } from '../../math/mat2';
import type { Data } from '../../math/ml/kmeans';
import { background, FONT, type DrawContext, type Frame } from '../../render/canvas-kit';
import { toPixel, viewIsDrawable } from '../../render/view2d';
import { shortNumber } from '../../math/number-text';
import type { Palette } from '../../ui/tokens';

export interface KmeansScene extends Frame {
  readonly data: Data;
  readonly labels: Int32Array | undefined;
  readonly centroids: ArrayLike<number>;
  /** Where the centroids were before the last update (drawn as paths), if the step is an update. */
  readonly previous: ArrayLike<number> | undefined;
  readonly cells: readonly (readonly Vec2[])[] | undefined;
  readonly clusterColors: readonly string[];
  /** The centroid under the pointer or in focus (drawn larger), or -1. */
  readonly focus: number;
  /** The keyboard cross on the focused plot, if shown. */
  readonly cross: Vec2 | undefined;
  /** The data editor's selected point (ringed), if any. */
  readonly selected?: number | undefined;
}

const finite = (...v: number[]): boolean => v.every(Number.isFinite);

/** The colour of each cluster, in a fixed order (cluster 1 in the palette's i colour). */
export function clusterColors(p: Palette): string[] {
  return [p.i, p.j, p.k, p.gradient, p.data, p.model, p.error, p.accent, p.muted, p.fg];
}

export function drawKmeans(ctx: DrawContext, f: KmeansScene): void {
  background(ctx, f);
  if (!viewIsDrawable(f.view)) return;
  const { view, data } = f;
  const k = f.centroids.length >> 1;
  const color = (j: number): string => f.clusterColors[j % f.clusterColors.length]!;

  if (f.cells) {
    ctx.globalAlpha = 0.13;
    f.cells.forEach((poly, j) => {
      if (poly.length < 3) return;
      ctx.beginPath();
      poly.forEach((p, t) => {
        const [x, y] = toPixel(view, p);
        if (t === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
      ctx.fillStyle = color(j);
      ctx.fill();
    });
    ctx.globalAlpha = 0.55;
    ctx.lineWidth = 1.2 * f.lineScale;
    ctx.setLineDash([5 * f.lineScale, 4 * f.lineScale]);
    ctx.strokeStyle = f.colors.muted;
    for (const poly of f.cells) {
      if (poly.length < 3) continue;
      ctx.beginPath();
      poly.forEach((p, t) => {
        const [x, y] = toPixel(view, p);
        if (t === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }

  // Many points: smaller dots, no outline, so 10,000 stay cheap and legible.
  const r = (data.n > 2000 ? 1.6 : data.n > 400 ? 2.4 : 4) * Math.sqrt(f.lineScale);
  const byColor = new Map<string, number[]>();
  for (let i = 0; i < data.n; i++) {
    const c = f.labels ? color(f.labels[i]!) : f.colors.data;
    let list = byColor.get(c);
    if (!list) byColor.set(c, (list = []));
    list.push(i);
  }
  for (const [c, list] of byColor) {
    ctx.fillStyle = c;
    ctx.beginPath();
    for (const i of list) {
      const [x, y] = toPixel(view, [data.x[2 * i]!, data.x[2 * i + 1]!]);
      if (!finite(x, y)) continue;
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
    ctx.fill();
  }

  if (f.selected !== undefined && f.selected < data.n) {
    const [x, y] = toPixel(view, [data.x[2 * f.selected]!, data.x[2 * f.selected + 1]!]);
    if (finite(x, y)) {
      ctx.strokeStyle = f.colors.fg;
      ctx.lineWidth = 2 * f.lineScale;
      ctx.beginPath();
      ctx.arc(x, y, r + 5, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }

  if (f.previous) {
    ctx.lineWidth = 2 * f.lineScale;
    ctx.setLineDash([4 * f.lineScale, 3 * f.lineScale]);
    for (let j = 0; j < k; j++) {
      const [x0, y0] = toPixel(view, [f.previous[2 * j]!, f.previous[2 * j + 1]!]);
      const [x1, y1] = toPixel(view, [f.centroids[2 * j]!, f.centroids[2 * j + 1]!]);
      if (!finite(x0, y0, x1, y1)) continue;
      ctx.strokeStyle = color(j);
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(x0, y0, 4 * f.lineScale, 0, 2 * Math.PI);
      ctx.stroke();
    }
    ctx.setLineDash([]);
  }

  const size = Math.round(f.fontPx * 0.72);
  ctx.font = `700 ${size}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let j = 0; j < k; j++) {
    const [x, y] = toPixel(view, [f.centroids[2 * j]!, f.centroids[2 * j + 1]!]);
    if (!finite(x, y)) continue;
    const rad = (j === f.focus ? 13 : 11) * Math.sqrt(f.lineScale);
    ctx.beginPath();
    ctx.arc(x, y, rad, 0, 2 * Math.PI);
    ctx.fillStyle = f.colors.bg;
    ctx.fill();
    ctx.lineWidth = 3.5 * f.lineScale;
    ctx.strokeStyle = color(j);
    ctx.stroke();
    ctx.fillStyle = f.colors.fg;
    ctx.fillText(String(j + 1), x, y + 0.5);
  }

  if (f.cross) {
    const [x, y] = toPixel(view, f.cross);
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

export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly colors: Frame['colors'] & { readonly gradient: string };
  readonly lineScale: number;
  readonly fontPx: number;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function chartBox(f: ChartFrame): Box {
  const pad = f.fontPx * 0.8;
  return { x0: pad * 3.4, x1: f.width - pad, y0: pad * 0.8, y1: f.height - pad * 2.2 };
}

function axes(ctx: DrawContext, f: ChartFrame, b: Box, yMax: number, xLabel: string): void {
  ctx.globalAlpha = 1;
  ctx.fillStyle = f.colors.bg;
  ctx.fillRect(0, 0, f.width, f.height);
  ctx.strokeStyle = f.colors.axis;
  ctx.lineWidth = f.lineScale;
  ctx.beginPath();
  ctx.moveTo(b.x0, b.y0);
  ctx.lineTo(b.x0, b.y1);
  ctx.lineTo(b.x1, b.y1);
  ctx.stroke();
  const size = Math.round(f.fontPx * 0.66);
  ctx.font = `${size}px ${FONT}`;
  ctx.fillStyle = f.colors.muted;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ctx.fillText(shortNumber(yMax), b.x0 - 4, b.y0 + size * 0.4);
  ctx.fillText('0', b.x0 - 4, b.y1);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(xLabel, (b.x0 + b.x1) / 2, b.y1 + size * 1.5);
}

/** Nice upper end of an axis from 0 to ≥ v. */
export function niceMax(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** The 20 final inertias as dots over their run number, the current start's run ringed. */
export function drawSpread(
  ctx: DrawContext,
  f: ChartFrame,
  inertias: readonly number[],
  current: number | undefined,
): void {
  const b = chartBox(f);
  const all = current === undefined ? inertias : [...inertias, current];
  const yMax = niceMax(Math.max(...all.filter(Number.isFinite), 0));
  axes(ctx, f, b, yMax, `final inertia of ${inertias.length} seeds (ringed: this run)`);
  const y = (v: number): number => b.y1 - (v / yMax) * (b.y1 - b.y0);
  const best = Math.min(...inertias);
  const n = inertias.length;
  inertias.forEach((v, t) => {
    if (!Number.isFinite(v)) return;
    const x = b.x0 + ((t + 0.5) / n) * (b.x1 - b.x0) * 0.9;
    ctx.fillStyle = v > best * 1.01 ? f.colors.error : f.colors.model;
    ctx.beginPath();
    ctx.arc(x, y(v), 4 * Math.sqrt(f.lineScale), 0, 2 * Math.PI);
    ctx.fill();
  });
  if (current !== undefined && Number.isFinite(current)) {
    const x = b.x0 + 0.95 * (b.x1 - b.x0);
    ctx.strokeStyle = f.colors.fg;
    ctx.lineWidth = 2 * f.lineScale;
    ctx.beginPath();
    ctx.arc(x, y(current), 7 * Math.sqrt(f.lineScale), 0, 2 * Math.PI);
    ctx.stroke();
  }
}

/** Best final inertia against k, the current k marked. */
export function drawElbow(ctx: DrawContext, f: ChartFrame, curve: readonly number[], k: number): void {
  const b = chartBox(f);
  const yMax = niceMax(Math.max(...curve.filter(Number.isFinite), 0));
  axes(ctx, f, b, yMax, 'best inertia for k = 1 … ' + curve.length);
  const n = curve.length;
  const x = (kk: number): number => b.x0 + ((kk - 0.5) / n) * (b.x1 - b.x0);
  const y = (v: number): number => b.y1 - (v / yMax) * (b.y1 - b.y0);
  ctx.strokeStyle = f.colors.model;
  ctx.lineWidth = 2 * f.lineScale;
  ctx.beginPath();
  curve.forEach((v, t) => {
    if (!Number.isFinite(v)) return;
    if (t === 0) ctx.moveTo(x(t + 1), y(v));
    else ctx.lineTo(x(t + 1), y(v));
  });
  ctx.stroke();
  const size = Math.round(f.fontPx * 0.62);
  ctx.font = `${size}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  curve.forEach((v, t) => {
    if (!Number.isFinite(v)) return;
    const current = t + 1 === k;
    ctx.fillStyle = current ? f.colors.gradient : f.colors.model;
    ctx.beginPath();
    ctx.arc(x(t + 1), y(v), (current ? 6 : 3.5) * Math.sqrt(f.lineScale), 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = current ? f.colors.fg : f.colors.muted;
    ctx.fillText(String(t + 1), x(t + 1), b.y1 + 3);
  });
}
