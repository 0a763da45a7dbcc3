/**
 * Draws the sampler's two charts on canvas 2D through the `DrawContext` subset (so a recording
 * fake can test them): the histogram of the draws over the exact pmf/pdf, and the running mean
 * (with the single draws behind it) against the true mean on a log scale of the draw count.
 * Nothing here reads the DOM; sizes and colours come in as arguments.
 */
import { FONT, type DrawContext } from '../../render/canvas-kit';
import { ticks } from '../../render/scale';
import { plain } from '../../math/number-text';
import type { Bins, Picture } from './model';

export interface ChartColors {
  readonly fg: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly data: string;
  readonly model: string;
  readonly bg: string;
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  /** Label font size in CSS pixels. */
  readonly font: number;
  readonly lineScale: number;
}

export interface HistogramInput {
  readonly bins: Bins;
  readonly discrete: boolean;
  readonly picture: Picture;
  /** Exact pmf (discrete, at a shown whole number) or pdf (continuous) at x; null hides it (predict first). */
  readonly exact: ((x: number) => number) | null;
  /** The label of a tick value (heads/tails for the coin). */
  readonly label: (x: number) => string;
}

/** Bar heights on the exact curve's scale: shares of draws (discrete) or densities (continuous). */
export function barHeights(bins: Bins, discrete: boolean, picture: Picture): Float64Array {
  const out = new Float64Array(bins.n);
  if (picture.count === 0) return out;
  const width = (bins.hi - bins.lo) / bins.n;
  for (let i = 0; i < bins.n; i++) out[i] = picture.histogram[i]! / picture.count / (discrete ? 1 : width);
  return out;
}

/** Curve points of the exact pdf across the bins' range; infinite values are dropped. */
export function exactCurve(bins: Bins, exact: (x: number) => number, steps = 240): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const x = bins.lo + ((bins.hi - bins.lo) * i) / steps;
    const y = exact(x);
    if (Number.isFinite(y)) pts.push([x, y]);
  }
  return pts;
}

/** A top of the y axis that shows the exact curve and the bars; an infinite spike (beta α < 1) is cut off. */
export function yTop(heights: Float64Array, exactValues: readonly number[]): number {
  let m = 0;
  for (const h of heights) m = Math.max(m, h);
  const sorted = exactValues.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  // The 97th percentile of the curve keeps a near-vertical spike from flattening everything else.
  const curve = sorted.length
    ? Math.max(sorted[Math.floor(sorted.length * 0.97)]!, sorted[Math.floor(sorted.length / 2)]! * 1.2)
    : 0;
  const top = Math.max(m, curve) * 1.12;
  return top > 0 ? top : 1;
}

/** Round tick values with at most `gaps` gaps between them (whole numbers for discrete charts). */
function tickValues(lo: number, hi: number, gaps: number, integer: boolean): number[] {
  return ticks(lo, hi, gaps, { max: gaps + 1, integer });
}

const tickText = (v: number): string => plain(v, 4);

/**
 * The y gridlines of a chart whose data reach `reach`: round steps from 0 up to the first one at
 * or above `reach`, which becomes the top of the axis, so every bar ends under a labelled line
 * (review D26: a 0.667 bar over a top line of 0.6 with nothing labelled above it).
 */
export function yGrid(reach: number, gaps: number): { top: number; lines: number[] } {
  const first = tickValues(0, reach, gaps, false);
  const step = first.length > 1 ? first[1]! - first[0]! : reach;
  const n = Math.max(1, Math.ceil(reach / step - 1e-9));
  const lines = Array.from({ length: n + 1 }, (_, k) => Number((k * step).toPrecision(12)));
  return { top: lines[n]!, lines };
}

const PAD = { left: 3.4, right: 1.3, top: 0.8, bottom: 2.2 };

export function drawHistogram(
  ctx: DrawContext,
  size: ChartSize,
  c: ChartColors,
  input: HistogramInput,
): void {
  const { width, height, font, lineScale } = size;
  const { bins, discrete, picture } = input;
  const left = PAD.left * font;
  const right = width - PAD.right * font;
  const top = PAD.top * font;
  const bottom = height - PAD.bottom * font;
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, width, height);
  const heights = barHeights(bins, discrete, picture);
  const centres = Array.from(
    { length: bins.n },
    (_, i) => bins.lo + ((i + 0.5) * (bins.hi - bins.lo)) / bins.n,
  );
  const exact = input.exact;
  const curve = !exact
    ? []
    : discrete
      ? centres.map((x): [number, number] => [x, exact(x)])
      : exactCurve(bins, exact);
  const grid = yGrid(
    yTop(
      heights,
      curve.map((p) => p[1]),
    ) / 1.12,
    Math.max(2, Math.floor((bottom - top) / (font * 2.6))),
  );
  const ymax = grid.top;
  const X = (x: number): number => left + ((x - bins.lo) / (bins.hi - bins.lo)) * (right - left);
  const Y = (y: number): number => bottom - (Math.min(y, ymax) / ymax) * (bottom - top);

  // Grid and y ticks.
  ctx.font = `${font}px ${FONT}`;
  ctx.lineWidth = lineScale;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  for (const t of grid.lines) {
    ctx.strokeStyle = c.grid;
    ctx.beginPath();
    ctx.moveTo(left, Y(t));
    ctx.lineTo(right, Y(t));
    ctx.stroke();
    ctx.fillStyle = c.muted;
    ctx.fillText(tickText(t), left - font * 0.35, Y(t));
  }

  // Bars of the draws.
  const binW = (right - left) / bins.n;
  const gap = discrete && binW > 6 ? Math.min(binW * 0.18, 6) : 0;
  ctx.fillStyle = c.data;
  ctx.globalAlpha = 0.55;
  for (let i = 0; i < bins.n; i++) {
    const h = heights[i]!;
    if (h <= 0) continue;
    const x0 = left + i * binW + gap / 2;
    ctx.fillRect(x0, Y(h), Math.max(binW - gap, 0.8), bottom - Y(h));
  }
  ctx.globalAlpha = 1;

  // The exact pmf (a dot and a bar top per value) or pdf (a curve).
  ctx.strokeStyle = c.model;
  ctx.fillStyle = c.model;
  ctx.lineWidth = 2.5 * lineScale;
  if (discrete) {
    const r = Math.max(2.5, Math.min(binW * 0.22, font * 0.35)) * Math.sqrt(lineScale);
    for (const [x, y] of curve) {
      // Values too small to see would only draw a row of dots along the axis.
      if (!(y > ymax * 0.003)) continue;
      ctx.beginPath();
      ctx.moveTo(X(x) - Math.max(binW / 2 - gap, r), Y(y));
      ctx.lineTo(X(x) + Math.max(binW / 2 - gap, r), Y(y));
      ctx.stroke();
      if (binW > 5) {
        ctx.beginPath();
        ctx.arc(X(x), Y(y), r, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  } else {
    ctx.lineJoin = 'round';
    ctx.beginPath();
    curve.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(X(x), Y(y)) : ctx.lineTo(X(x), Y(y))));
    ctx.stroke();
  }

  // x axis and its ticks.
  ctx.strokeStyle = c.axis;
  ctx.lineWidth = lineScale;
  ctx.beginPath();
  ctx.moveTo(left, bottom);
  ctx.lineTo(right, bottom);
  ctx.stroke();
  ctx.fillStyle = c.fg;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const maxTicks = Math.max(2, Math.floor((right - left) / (font * 4.2)));
  const xs = discrete
    ? tickValues(bins.lo + 0.5, bins.hi - 0.5, maxTicks, true)
    : tickValues(bins.lo, bins.hi, maxTicks, false);
  for (const t of xs) ctx.fillText(discrete ? input.label(t) : tickText(t), X(t), bottom + font * 0.35);
}

export interface TraceInput {
  readonly picture: Picture;
  /** The dashed line; null hides it (predict first). */
  readonly trueMean: number | null;
  /** The y range: the histogram's range, so single draws and the running mean share one scale. */
  readonly lo: number;
  readonly hi: number;
}

/** x position (0 … 1) of draw number n on the log axis up to `last` draws. */
export function logX(n: number, last: number): number {
  return last <= 1 ? 0 : Math.log(n) / Math.log(last);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 1, 10, 100, 1000, then 10⁴, 10⁵, … */
export function countText(d: number): string {
  if (d < 1e4) return String(d);
  return '10' + [...String(Math.round(Math.log10(d)))].map((ch) => SUPERSCRIPT[Number(ch)]).join('');
}

export function drawTrace(ctx: DrawContext, size: ChartSize, c: ChartColors, input: TraceInput): void {
  const { width, height, font, lineScale } = size;
  const { picture, lo, hi, trueMean } = input;
  const left = PAD.left * font;
  const right = width - PAD.right * font;
  const top = PAD.top * font;
  const bottom = height - PAD.bottom * font;
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, width, height);
  const last = Math.max(10, picture.count);
  const X = (n: number): number => left + logX(n, last) * (right - left);
  const Y = (y: number): number =>
    bottom - ((Math.min(hi, Math.max(lo, y)) - lo) / (hi - lo)) * (bottom - top);
  ctx.font = `${font}px ${FONT}`;

  // Decades along the bottom: 1, 10, 100, …
  ctx.lineWidth = lineScale;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (let d = 1; d <= last; d *= 10) {
    ctx.strokeStyle = c.grid;
    ctx.beginPath();
    ctx.moveTo(X(d), top);
    ctx.lineTo(X(d), bottom);
    ctx.stroke();
    ctx.fillStyle = c.muted;
    ctx.fillText(countText(d), X(d), bottom + font * 0.35);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of tickValues(lo, hi, Math.max(2, Math.floor((bottom - top) / (font * 2.2))), false))
    ctx.fillText(tickText(t), left - font * 0.35, Y(t));

  // The single draws: they never settle.
  if (picture.draws) {
    ctx.fillStyle = c.data;
    ctx.globalAlpha = picture.draws.length > 2000 ? 0.18 : 0.4;
    // A few draws get big dots (each one matters); thousands get fine ones.
    const r = Math.max(1.2, font * (picture.draws.length <= 300 ? 0.24 : 0.12)) * lineScale;
    for (let i = 0; i < picture.draws.length; i++)
      ctx.fillRect(X(i + 1) - r, Y(picture.draws[i]!) - r, 2 * r, 2 * r);
    ctx.globalAlpha = 1;
  }

  // The running mean: it settles.
  if (picture.traceN.length > 0) {
    ctx.strokeStyle = c.data;
    ctx.lineWidth = 3 * lineScale;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    picture.traceN.forEach((n, i) => {
      const y = Y(picture.traceMean[i]!);
      if (i === 0) ctx.moveTo(X(n), y);
      else ctx.lineTo(X(n), y);
    });
    ctx.stroke();
  }

  // The true mean, on top, so a running mean that has arrived does not hide it.
  if (trueMean !== null) {
    ctx.strokeStyle = c.model;
    ctx.lineWidth = 2 * lineScale;
    ctx.setLineDash([8 * lineScale, 6 * lineScale]);
    ctx.beginPath();
    ctx.moveTo(left, Y(trueMean));
    ctx.lineTo(right, Y(trueMean));
    ctx.stroke();
    ctx.setLineDash([]);
  }

  ctx.strokeStyle = c.axis;
  ctx.lineWidth = lineScale;
  ctx.beginPath();
  ctx.moveTo(left, bottom);
  ctx.lineTo(right, bottom);
  ctx.stroke();
}
