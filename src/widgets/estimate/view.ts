/**
 * Draws one frame of `<lumen-estimate>` through the small `DrawContext`, so tests can record the
 * calls with a fake and check that no NaN ever reaches the canvas. Coordinates are CSS pixels.
 *
 * - likelihood: above, the sample on its number line with the normal of mean θ over it (each
 *   point's density a stick: their product is the likelihood), or the coin's flips; below, the
 *   (log-)likelihood of θ on the same axis, the maximum marked, θ as a handle.
 * - intervals: 100 horizontal intervals, one per sample; the true value a vertical line; misses
 *   in the error colour.
 * - bootstrap: the sample's points above; the histogram of the resampled statistic below, the
 *   percentile interval shaded, the sample's statistic a line.
 */
import { FONT, haloText, type DrawContext } from '../../render/canvas-kit';
import { drawAxis } from '../../render/axis';
import { linear, tickFormat, ticks, tickStep } from '../../render/scale';
import type { Palette } from '../../ui/tokens';
import type { IntervalRow } from './model';

export type EstimateColors = Pick<
  Palette,
  'bg' | 'surface' | 'fg' | 'muted' | 'grid' | 'axis' | 'j' | 'data' | 'model' | 'error'
>;

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly colors: EstimateColors;
  readonly lineScale: number;
  readonly fontPx: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A linear map from values [lo, hi] onto pixels [x0, x1]. */
export interface Scale {
  readonly lo: number;
  readonly hi: number;
  readonly p0: number;
  readonly p1: number;
}

export function toPx(s: Scale, v: number): number {
  return s.p0 + ((v - s.lo) / (s.hi - s.lo)) * (s.p1 - s.p0);
}
export function fromPx(s: Scale, p: number): number {
  return s.lo + ((p - s.p0) / (s.p1 - s.p0)) * (s.hi - s.lo);
}

const labelFont = (f: Frame, scale = 0.72): string => `${Math.round(f.fontPx * scale)}px ${FONT}`;

export function clear(ctx: DrawContext, f: Frame): void {
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = f.colors.bg;
  ctx.fillRect(0, 0, f.width, f.height);
}

/** The horizontal axis at `y` under the scale's pixels, with tick labels. */
function axis(ctx: DrawContext, f: Frame, s: Scale, y: number, count: number): void {
  drawAxis(ctx, linear([s.lo, s.hi], [s.p0, s.p1]), {
    orient: 'bottom',
    at: y,
    count,
    fontPx: f.fontPx * 0.72,
    colors: f.colors,
    lineScale: f.lineScale,
  });
}

function vline(
  ctx: DrawContext,
  x: number,
  y0: number,
  y1: number,
  color: string,
  width: number,
  dash: number[] = [],
): void {
  if (!Number.isFinite(x)) return;
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(x, y0);
  ctx.lineTo(x, y1);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** A label with a background-coloured halo (as thick as the theme's lines), kept inside the frame. */
function label(
  ctx: DrawContext,
  f: Frame,
  text: string,
  x: number,
  y: number,
  color: string,
  align: CanvasTextAlign = 'center',
): void {
  ctx.font = labelFont(f, 0.78);
  const half = text.length * f.fontPx * 0.2;
  const cx = align === 'center' ? Math.min(f.width - half - 2, Math.max(half + 2, x)) : x;
  ctx.textAlign = align;
  ctx.textBaseline = 'bottom';
  haloText(ctx, f, text, cx, y, color);
}

const MARGIN_X = 18;

/** How many axis ticks fit: a label every five font sizes or so (fewer on a phone and a projector). */
function tickCount(f: Frame, width: number): number {
  return Math.max(2, Math.floor(width / (f.fontPx * 5)));
}

/** Where the two panels of the likelihood and bootstrap pictures go, with their shared value scale. */
export function panels(
  f: Frame,
  domain: readonly [number, number],
  topShare: number,
): { top: Rect; bottom: Rect; scale: Scale } {
  const axisRoom = f.fontPx * 1.3 + 8;
  const inner = f.height - axisRoom * 2 - 8;
  const topH = Math.max(40, inner * topShare);
  const top: Rect = { x: MARGIN_X, y: 8, w: f.width - 2 * MARGIN_X, h: topH };
  const bottom: Rect = { x: MARGIN_X, y: 8 + topH + axisRoom, w: top.w, h: Math.max(40, inner - topH) };
  return { top, bottom, scale: { lo: domain[0], hi: domain[1], p0: top.x, p1: top.x + top.w } };
}

// ---- likelihood --------------------------------------------------------------------------------------

export interface LikelihoodScene extends Frame {
  readonly coin: boolean;
  readonly sample: Float64Array;
  readonly domain: readonly [number, number];
  readonly curve: { readonly x: Float64Array; readonly y: Float64Array };
  readonly log: boolean;
  readonly theta: number;
  readonly thetaY: number;
  readonly mle: number;
  /** The σ of the bell drawn over the data (normal only). */
  readonly sigma: number;
  readonly thetaText: string;
  readonly mleText: string;
}

/** The y-range of a curve, ignoring −∞ (log 0 at a coin's ends), padded a little. */
export function curveRange(y: Float64Array, log: boolean): [number, number] {
  // Headroom above the peak for the labels of the maximum and of θ.
  if (!log) return [0, 1.25];
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of y)
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  if (!(hi > lo)) return Number.isFinite(hi) ? [hi - 1, hi + 1] : [0, 1];
  return [lo, hi + (hi - lo) * 0.22];
}

export function drawLikelihood(
  ctx: DrawContext,
  sc: LikelihoodScene,
): { scale: Scale; handle: readonly [number, number] } {
  clear(ctx, sc);
  const { colors } = sc;
  const { top, bottom, scale } = panels(sc, sc.domain, 0.36);
  const lw = 2 * sc.lineScale;

  // ---- top: the data
  if (sc.coin) drawFlips(ctx, sc, top);
  else {
    const baseY = top.y + top.h;
    const peak = 1 / (sc.sigma * Math.sqrt(2 * Math.PI));
    const yOf = (d: number): number => baseY - (d / peak) * (top.h - 6);
    const dens = (x: number): number => Math.exp(-0.5 * ((x - sc.theta) / sc.sigma) ** 2) * peak;
    // Each point's density under N(θ, σ): the likelihood is their product.
    ctx.strokeStyle = colors.data;
    ctx.lineWidth = 1.5 * sc.lineScale;
    ctx.globalAlpha = 0.55;
    ctx.beginPath();
    for (const v of sc.sample) {
      const x = toPx(scale, v);
      ctx.moveTo(x, baseY);
      ctx.lineTo(x, yOf(dens(v)));
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colors.j;
    ctx.lineWidth = lw;
    ctx.beginPath();
    const steps = 160;
    for (let k = 0; k <= steps; k++) {
      const v = scale.lo + ((scale.hi - scale.lo) * k) / steps;
      const x = toPx(scale, v);
      const y = yOf(dens(v));
      if (k === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
    dotsOnLine(ctx, sc, scale, sc.sample, baseY, colors.data);
    axis(ctx, sc, scale, baseY, tickCount(sc, top.w));
  }

  // ---- bottom: the curve
  const [ylo, yhi] = curveRange(sc.curve.y, sc.log);
  const ys: Scale = { lo: ylo, hi: yhi, p0: bottom.y + bottom.h, p1: bottom.y };
  const xs: Scale = sc.coin ? { lo: 0, hi: 1, p0: scale.p0, p1: scale.p1 } : scale;
  ctx.strokeStyle = colors.grid;
  ctx.lineWidth = sc.lineScale;
  ctx.beginPath();
  for (const v of ticks(ylo, yhi, 4)) {
    const y = toPx(ys, v);
    ctx.moveTo(xs.p0, y);
    ctx.lineTo(xs.p1, y);
  }
  ctx.stroke();
  const yTicks = ticks(ylo, yhi, 4);
  const yLabel = tickFormat(tickStep(ylo, yhi, 4));
  ctx.fillStyle = colors.muted;
  ctx.font = labelFont(sc, 0.62);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  for (const v of yTicks) ctx.fillText(yLabel(v), xs.p0 + 2, toPx(ys, v) - 1);

  ctx.strokeStyle = colors.fg;
  ctx.lineWidth = lw;
  ctx.beginPath();
  let open = false;
  for (let k = 0; k < sc.curve.x.length; k++) {
    const yv = sc.curve.y[k] as number;
    if (!Number.isFinite(yv)) {
      open = false;
      continue;
    }
    const x = toPx(xs, sc.curve.x[k] as number);
    const y = Math.max(bottom.y, Math.min(bottom.y + bottom.h, toPx(ys, yv)));
    if (!open) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
    open = true;
  }
  ctx.stroke();
  const base = bottom.y + bottom.h;
  axis(ctx, sc, xs, base, tickCount(sc, bottom.w));

  // The maximum, and the tried parameter.
  const mx = toPx(xs, sc.mle);
  vline(ctx, mx, bottom.y, base, colors.model, lw, [6 * sc.lineScale, 4 * sc.lineScale]);
  label(ctx, sc, sc.mleText, mx, bottom.y + sc.fontPx, colors.model);
  const tx = toPx(xs, sc.theta);
  const ty = Number.isFinite(sc.thetaY) ? Math.max(bottom.y, Math.min(base, toPx(ys, sc.thetaY))) : base;
  vline(ctx, tx, ty, base, colors.j, 1.5 * sc.lineScale, [3 * sc.lineScale, 3 * sc.lineScale]);
  if (!sc.coin)
    vline(ctx, tx, top.y + 4, top.y + top.h, colors.j, sc.lineScale, [3 * sc.lineScale, 3 * sc.lineScale]);
  ctx.fillStyle = colors.j;
  ctx.beginPath();
  ctx.arc(tx, ty, 6 * sc.lineScale, 0, 2 * Math.PI);
  ctx.fill();
  // θ's label sits beside its point, on the side away from the maximum, clear of the handle ring.
  const away = tx <= mx ? -1 : 1;
  const gap = 16 * sc.lineScale;
  const room = away < 0 ? tx - xs.p0 : xs.p1 - tx;
  const side = room > sc.thetaText.length * sc.fontPx * 0.45 + gap ? away : -away;
  label(
    ctx,
    sc,
    sc.thetaText,
    tx + side * gap,
    Math.min(base - 2, ty + sc.fontPx * 1.3),
    colors.j,
    side < 0 ? 'right' : 'left',
  );
  return { scale: xs, handle: [tx, ty] };
}

function dotsOnLine(
  ctx: DrawContext,
  f: Frame,
  s: Scale,
  values: Float64Array,
  y: number,
  color: string,
): void {
  const r = Math.max(2.5, 4 * f.lineScale * (values.length > 200 ? 0.6 : 1));
  ctx.fillStyle = color;
  ctx.globalAlpha = values.length > 200 ? 0.5 : 0.85;
  ctx.beginPath();
  for (const v of values) {
    const x = toPx(s, v);
    if (!Number.isFinite(x)) continue;
    ctx.moveTo(x + r, y - r - 1);
    ctx.arc(x, y - r - 1, r, 0, 2 * Math.PI);
  }
  ctx.fill();
  ctx.globalAlpha = 1;
}

/** A coin's flips: a grid of heads (filled) and tails (rings), or one bar split k : n − k when there are many. */
function drawFlips(ctx: DrawContext, f: Frame, r: Rect): void {
  const sc = f as LikelihoodScene;
  const n = sc.sample.length;
  let heads = 0;
  for (const v of sc.sample) heads += v;
  ctx.font = labelFont(f, 0.78);
  ctx.fillStyle = f.colors.fg;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText(`${heads} heads, ${n - heads} tails in ${n} flips`, r.x, r.y);
  const gridTop = r.y + f.fontPx * 1.2;
  const h = r.h - f.fontPx * 1.2;
  const cols = Math.max(1, Math.min(n, 25));
  const rows = Math.ceil(n / cols);
  const cell = Math.min(r.w / cols, h / rows);
  if (cell >= 6) {
    const rad = cell * 0.36;
    ctx.lineWidth = Math.max(1, 1.5 * f.lineScale);
    ctx.strokeStyle = f.colors.data;
    ctx.fillStyle = f.colors.data;
    for (let k = 0; k < n; k++) {
      const cx = r.x + (k % cols) * cell + cell / 2;
      const cy = gridTop + Math.floor(k / cols) * cell + cell / 2;
      ctx.beginPath();
      ctx.arc(cx, cy, rad, 0, 2 * Math.PI);
      if (sc.sample[k] === 1) ctx.fill();
      else ctx.stroke();
    }
    return;
  }
  const barH = Math.min(h, 28);
  ctx.fillStyle = f.colors.data;
  ctx.fillRect(r.x, gridTop, (r.w * heads) / n, barH);
  ctx.strokeStyle = f.colors.data;
  ctx.lineWidth = f.lineScale;
  ctx.beginPath();
  ctx.rect(r.x, gridTop, r.w, barH);
  ctx.stroke();
}

// ---- intervals --------------------------------------------------------------------------------------

export interface IntervalScene extends Frame {
  readonly rows: readonly IntervalRow[];
  readonly domain: readonly [number, number];
  readonly truth: number;
  readonly truthText: string;
  readonly selected: number;
  /** Predict-first, before Reveal: only the truth line and a prompt. */
  readonly hidden: boolean;
  readonly prompt: string;
}

/** Pixel geometry of the interval rows: the value scale, and the row at a y. */
export function intervalGeometry(
  f: Frame,
  domain: readonly [number, number],
  rows: number,
): { scale: Scale; top: number; rowH: number } {
  const topRoom = f.fontPx * 1.1 + 6;
  const axisRoom = f.fontPx * 1.3 + 10;
  const rowH = Math.max(1, (f.height - topRoom - axisRoom) / Math.max(1, rows));
  return {
    scale: { lo: domain[0], hi: domain[1], p0: MARGIN_X, p1: f.width - MARGIN_X },
    top: topRoom,
    rowH,
  };
}

export function drawIntervals(ctx: DrawContext, sc: IntervalScene): void {
  clear(ctx, sc);
  const { colors } = sc;
  const count = sc.hidden ? 100 : sc.rows.length;
  const g = intervalGeometry(sc, sc.domain, count);
  const bottom = g.top + g.rowH * count;
  const tx = toPx(g.scale, sc.truth);
  if (!sc.hidden) {
    const sel = sc.rows[sc.selected];
    if (sel) {
      ctx.fillStyle = colors.surface;
      ctx.fillRect(g.scale.p0 - 8, g.top + g.rowH * sc.selected, g.scale.p1 - g.scale.p0 + 16, g.rowH);
    }
    const hitW = Math.max(1, Math.min(g.rowH * 0.55, 4) * sc.lineScale);
    const missW = Math.max(1.5, Math.min(g.rowH * 0.8, 6) * sc.lineScale);
    for (const miss of [false, true]) {
      ctx.strokeStyle = miss ? colors.error : colors.data;
      ctx.lineWidth = miss ? missW : hitW;
      ctx.beginPath();
      sc.rows.forEach((r, k) => {
        if (r.miss !== miss) return;
        const y = g.top + g.rowH * (k + 0.5);
        const x0 = toPx(g.scale, r.lo);
        const x1 = toPx(g.scale, r.hi);
        if (!Number.isFinite(x0) || !Number.isFinite(x1)) return;
        // A zero-width interval (Wald at 0 heads) still shows, as a short dash around its point.
        const short = x1 - x0 < 6;
        ctx.moveTo(short ? (x0 + x1) / 2 - 4 : x0, y);
        ctx.lineTo(short ? (x0 + x1) / 2 + 4 : x1, y);
      });
      ctx.stroke();
    }
    if (sel) {
      const y = g.top + g.rowH * (sc.selected + 0.5);
      ctx.fillStyle = sel.miss ? colors.error : colors.data;
      ctx.beginPath();
      ctx.arc(
        toPx(g.scale, sel.estimate),
        y,
        Math.max(3, g.rowH * 0.9) * Math.min(1.6, sc.lineScale),
        0,
        2 * Math.PI,
      );
      ctx.fill();
    }
  } else {
    ctx.fillStyle = colors.muted;
    ctx.font = labelFont(sc, 0.9);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(sc.prompt, sc.width / 2, (g.top + bottom) / 2);
  }
  vline(ctx, tx, g.top - 2, bottom, colors.j, 2 * sc.lineScale);
  label(ctx, sc, sc.truthText, tx, g.top - 2, colors.j);
  axis(ctx, sc, g.scale, bottom + 4, tickCount(sc, g.scale.p1 - g.scale.p0));
}

// ---- bootstrap --------------------------------------------------------------------------------------

export interface BootstrapScene extends Frame {
  readonly sample: Float64Array;
  readonly domain: readonly [number, number];
  readonly bins: { readonly lo: number; readonly hi: number; readonly n: number };
  readonly histogram: Float64Array | undefined;
  readonly estimate: number;
  readonly interval: readonly [number, number] | undefined;
  readonly estimateText: string;
  readonly intervalText: string;
  readonly status: string;
}

export function drawBootstrap(ctx: DrawContext, sc: BootstrapScene): void {
  clear(ctx, sc);
  const { colors } = sc;
  const { top, bottom, scale } = panels(sc, sc.domain, 0.2);
  const topBase = top.y + top.h;
  dotsOnLine(ctx, sc, scale, sc.sample, topBase, colors.data);
  axis(ctx, sc, scale, topBase, tickCount(sc, top.w));

  const base = bottom.y + bottom.h;
  const h = sc.histogram;
  let max = 0;
  if (h) for (const v of h) max = Math.max(max, v);
  if (sc.interval) {
    const [a, b] = sc.interval;
    const x0 = toPx(scale, a);
    const x1 = toPx(scale, b);
    if (Number.isFinite(x0) && Number.isFinite(x1)) {
      ctx.globalAlpha = 0.16;
      ctx.fillStyle = colors.model;
      ctx.fillRect(x0, bottom.y, Math.max(1, x1 - x0), bottom.h);
      ctx.globalAlpha = 1;
      vline(ctx, x0, bottom.y, base, colors.model, 2 * sc.lineScale);
      vline(ctx, x1, bottom.y, base, colors.model, 2 * sc.lineScale);
      label(ctx, sc, sc.intervalText, (x0 + x1) / 2, bottom.y + sc.fontPx, colors.model);
    }
  }
  if (h && max > 0) {
    const bw = (sc.bins.hi - sc.bins.lo) / sc.bins.n;
    ctx.fillStyle = colors.data;
    ctx.globalAlpha = 0.75;
    ctx.beginPath();
    for (let k = 0; k < h.length; k++) {
      const v = h[k] as number;
      if (!(v > 0)) continue;
      const x0 = toPx(scale, sc.bins.lo + k * bw);
      const x1 = toPx(scale, sc.bins.lo + (k + 1) * bw);
      const hh = (v / max) * (bottom.h - sc.fontPx * 2.4);
      ctx.rect(x0, base - hh, Math.max(0.5, x1 - x0 - 0.5), hh);
    }
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  const ex = toPx(scale, sc.estimate);
  vline(ctx, ex, bottom.y + sc.fontPx * 1.3, base, colors.j, 2 * sc.lineScale, [
    5 * sc.lineScale,
    3 * sc.lineScale,
  ]);
  label(ctx, sc, sc.estimateText, ex, bottom.y + sc.fontPx * 2.2, colors.j);
  axis(ctx, sc, scale, base, tickCount(sc, bottom.w));
  if (sc.status) {
    ctx.font = labelFont(sc, 0.66);
    ctx.fillStyle = colors.muted;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'top';
    ctx.fillText(sc.status, top.x + top.w, top.y);
  }
}
