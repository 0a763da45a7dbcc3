/**
 * Drawing of `<lumen-clt>` on two canvases through the DrawContext subset (so a recording fake can
 * test it): the source's density (bars that can be edited for the die and the drawn density), and
 * the histogram of sample means with the normal curve of sd σ/√n over it.
 */
import { FONT, type DrawContext } from '../../render/canvas-kit';
import { drawAxis } from '../../render/axis';
import { linear } from '../../render/scale';
import type { Palette } from '../../ui/tokens';
import type { Source, Theory } from './model';
import type { Bins } from '../../math/sim/job';
import { MAX_HEIGHT } from './props';

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export function frameOf(width: number, height: number, fontPx: number): Frame {
  return { width, height, left: 8, right: width - 8, top: fontPx * 1.6, bottom: height - fontPx * 1.9 };
}

/** The value axis under the plot: about one tick per five label widths, labels kept inside. */
function axis(
  ctx: DrawContext,
  f: Frame,
  lo: number,
  hi: number,
  p: Palette,
  fontPx: number,
  scale: number,
): void {
  drawAxis(ctx, linear([lo, hi], [f.left, f.right]), {
    orient: 'bottom',
    at: f.bottom,
    count: Math.max(2, Math.floor((f.right - f.left) / (fontPx * 5))),
    max: 10,
    fontPx: fontPx * 0.8,
    colors: p,
    lineScale: scale,
    inside: [f.left, f.right],
  });
}

function title(ctx: DrawContext, text: string, f: Frame, p: Palette, fontPx: number): void {
  ctx.fillStyle = p.fg;
  ctx.font = `600 ${fontPx * 0.85}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText(text, f.left, 2);
}

/** A vertical marker line for μ. */
function marker(ctx: DrawContext, px: number, f: Frame, color: string, scale: number): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 2 * scale;
  ctx.setLineDash([5 * scale, 4 * scale]);
  ctx.beginPath();
  ctx.moveTo(px, f.top);
  ctx.lineTo(px, f.bottom);
  ctx.stroke();
  ctx.setLineDash([]);
}

export interface BarsGeometry {
  /** The x range of the plot, in data units. */
  readonly lo: number;
  readonly hi: number;
  /** Bar i spans [x0(i), x1(i)] in pixels. */
  readonly count: number;
  x0(i: number): number;
  x1(i: number): number;
  /** Pixel height per unit of bar value (a fixed 0 … MAX_HEIGHT scale, so painting is predictable). */
  readonly yScale: number;
}

/** Where the editable bars are (die faces or drawn bins), for drawing and for pointer hits. */
export function barsGeometry(src: Source, heights: readonly number[], f: Frame): BarsGeometry {
  const count = heights.length;
  const die = src.discrete;
  const lo = die ? 0.5 : 0;
  const hi = die ? count + 0.5 : 1;
  const px = (v: number): number => f.left + ((v - lo) / (hi - lo)) * (f.right - f.left);
  const usable = f.bottom - f.top;
  const gap = die ? 0.15 : 0;
  return {
    lo,
    hi,
    count,
    x0: (i) => px(die ? i + 0.5 + gap : i / count),
    x1: (i) => px(die ? i + 1.5 - gap : (i + 1) / count),
    yScale: (usable * 0.95) / MAX_HEIGHT,
  };
}

/** The bar under the point (x, y) of the plot (CSS pixels) and the height the point stands for. */
export function barAt(g: BarsGeometry, f: Frame, x: number, y: number): { i: number; height: number } {
  let i = 0;
  while (i < g.count - 1 && x > g.x1(i)) i++;
  return { i, height: (f.bottom - y) / g.yScale };
}

/** The palette and the two numbers every drawing scales by. */
export interface ChartStyle {
  readonly palette: Palette;
  readonly fontPx: number;
  readonly scale: number;
}

function background(ctx: DrawContext, f: Frame, p: Palette): void {
  ctx.fillStyle = p.bg;
  ctx.fillRect(0, 0, f.width, f.height);
}

export interface SourceView {
  readonly src: Source;
  /** The die's weights or the drawn heights when the bars are editable; else undefined. */
  readonly bars: readonly number[] | undefined;
  readonly selected: number;
  readonly focused: boolean;
}

export function drawSource(ctx: DrawContext, f: Frame, v: SourceView, st: ChartStyle): void {
  const { palette: p, fontPx, scale } = st;
  background(ctx, f, p);
  const src = v.src;
  title(ctx, v.bars ? 'Source: drag the bars (or ← → ↑ ↓)' : 'Source: one draw X', f, p, fontPx);
  if (v.bars) {
    const g = barsGeometry(src, v.bars, f);
    for (let i = 0; i < g.count; i++) {
      const h = (v.bars[i] as number) * g.yScale;
      ctx.fillStyle = p.data;
      ctx.globalAlpha = 0.75;
      ctx.fillRect(g.x0(i), f.bottom - h, g.x1(i) - g.x0(i), h);
      ctx.globalAlpha = 1;
      if (v.focused && i === v.selected) {
        ctx.strokeStyle = p.focus;
        ctx.lineWidth = 3 * scale;
        ctx.beginPath();
        ctx.rect(g.x0(i), f.top, g.x1(i) - g.x0(i), f.bottom - f.top);
        ctx.stroke();
      }
    }
    axis(ctx, f, g.lo, g.hi, p, fontPx, scale);
    const mx = f.left + ((src.mu - g.lo) / (g.hi - g.lo)) * (f.right - f.left);
    marker(ctx, mx, f, p.fg, scale);
    return;
  }
  const [lo, hi] = sourceAxis(src);
  const px = (x: number): number => f.left + ((x - lo) / (hi - lo)) * (f.right - f.left);
  const usable = f.bottom - f.top;
  ctx.fillStyle = p.data;
  if (src.discrete) {
    const vals: number[] = [];
    for (let k = src.range[0]; k <= src.range[1]; k++) vals.push(k);
    const ys = vals.map((k) => src.dist.pdf(k - src.offset));
    const top = Math.max(...ys, 1e-12);
    const w = Math.max(2 * scale, Math.min(40 * scale, ((f.right - f.left) / vals.length) * 0.7));
    vals.forEach((k, i) => {
      const h = ((ys[i] as number) / top) * usable * 0.95;
      ctx.fillRect(px(k) - w / 2, f.bottom - h, w, h);
    });
  } else {
    const N = 200;
    const xs = Array.from({ length: N + 1 }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / (N + 1));
    const ys = xs.map((x) => src.dist.pdf(x - src.offset));
    // A beta with α < 1 is infinite at 0: scale to the 97th percentile of heights so the body shows.
    const sorted = [...ys].filter(Number.isFinite).sort((a, b) => a - b);
    const top = Math.max(sorted[Math.floor(sorted.length * 0.97)] ?? 1, 1e-12);
    ctx.globalAlpha = 0.3;
    ctx.beginPath();
    ctx.moveTo(px(xs[0] as number), f.bottom);
    xs.forEach((x, i) =>
      ctx.lineTo(px(x), f.bottom - Math.min(1.02, (ys[i] as number) / top) * usable * 0.95),
    );
    ctx.lineTo(px(xs[N] as number), f.bottom);
    ctx.closePath();
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = p.data;
    ctx.lineWidth = 2 * scale;
    ctx.beginPath();
    xs.forEach((x, i) => {
      const y = f.bottom - Math.min(1.02, (ys[i] as number) / top) * usable * 0.95;
      if (i === 0) ctx.moveTo(px(x), y);
      else ctx.lineTo(px(x), y);
    });
    ctx.stroke();
  }
  axis(ctx, f, lo, hi, p, fontPx, scale);
  marker(ctx, px(src.mu), f, p.fg, scale);
}

export interface MeansView {
  readonly histogram: Float64Array | undefined;
  readonly done: number;
  readonly bins: Bins;
  readonly offset: number;
  readonly theory: Theory;
  readonly curve: readonly { x: number; y: number }[];
  /** Guess pending: the histogram stays hidden until the learner commits. */
  readonly hidden: boolean;
  /** The x-axis (the source's range, so every n shares it); the bins' own span when absent. */
  readonly range?: readonly [number, number] | undefined;
}

/** The x-axis of the source's histogram, shared by the means' histogram. */
export function sourceAxis(src: Pick<Source, 'discrete' | 'range'>): [number, number] {
  return src.discrete ? [src.range[0] - 0.5, src.range[1] + 0.5] : [src.range[0], src.range[1]];
}

export function drawMeans(ctx: DrawContext, f: Frame, v: MeansView, st: ChartStyle): void {
  const { palette: p, fontPx, scale } = st;
  background(ctx, f, p);
  title(ctx, `Sample means X̄ of n = ${v.theory.n}`, f, p, fontPx);
  // The bins span μ ± 4.5 σ/√n; the axis is the source's own, fixed for every n, so the bell is
  // seen to narrow like 1/√n instead of being stretched to the same width each time.
  const binLo = v.bins.lo + v.offset;
  const [lo, hi] = v.range ?? [binLo, v.bins.hi + v.offset];
  const px = (x: number): number => f.left + ((x - lo) / (hi - lo)) * (f.right - f.left);
  const width = (v.bins.hi - v.bins.lo) / v.bins.n;
  const dens: number[] = [];
  if (v.histogram && v.done > 0) for (const c of v.histogram) dens.push(c / (v.done * width));
  const curveTop = Math.max(...v.curve.map((c) => c.y), 0);
  const top = Math.max(curveTop, ...(v.hidden ? [] : dens), 1e-12) * 1.05;
  const usable = f.bottom - f.top;
  const py = (d: number): number => f.bottom - (d / top) * usable;
  if (!v.hidden) {
    ctx.fillStyle = p.data;
    ctx.globalAlpha = 0.7;
    dens.forEach((d, i) => {
      const x0 = px(binLo + i * width);
      const x1 = px(binLo + (i + 1) * width);
      const gap = x1 - x0 > 4 * scale ? 1 : 0;
      ctx.fillRect(x0 + gap / 2, py(d), Math.max(1, x1 - x0 - gap), f.bottom - py(d));
    });
    ctx.globalAlpha = 1;
    if (v.curve.length) {
      ctx.strokeStyle = p.model;
      ctx.lineWidth = 3 * scale;
      ctx.beginPath();
      v.curve.forEach((c, i) => (i === 0 ? ctx.moveTo(px(c.x), py(c.y)) : ctx.lineTo(px(c.x), py(c.y))));
      ctx.stroke();
    }
  }
  // While a guess is pending the axis would give the spread away (its range is μ ± 4.5 σ/√n).
  if (!v.hidden) axis(ctx, f, lo, hi, p, fontPx, scale);
  marker(ctx, px(v.theory.mu), f, p.fg, scale);
  if (v.hidden) {
    // Over the mean marker, on a patch of the background so the dashes do not cut through it.
    const text = 'Make your guess first';
    const x = (f.left + f.right) / 2;
    const y = (f.top + f.bottom) / 2;
    ctx.font = `${fontPx * 0.9}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const w = text.length * fontPx * 0.55 + fontPx; // DrawContext has no measureText; a generous estimate
    ctx.fillStyle = p.bg;
    ctx.fillRect(x - w / 2, y - fontPx * 0.8, w, fontPx * 1.6);
    ctx.fillStyle = p.muted;
    ctx.fillText(text, x, y);
  }
}
