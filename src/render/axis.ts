/**
 * The chart kit's one canvas axis: a line along a scale, tick marks, labels, and optional grid
 * lines across the plot. Charts say where the axis sits and how many ticks fit; sizes follow the
 * label font and the theme's line scale, so every chart's axes look alike.
 */
import { FONT, type DrawContext } from './canvas-kit';
import { dataToPx, type Domain, type PlotFrame, type Scale, type TickOptions } from './scale';

export interface AxisColors {
  /** The axis line and tick marks. */
  readonly axis: string;
  /** The labels. */
  readonly muted: string;
  /** Grid lines (only drawn when `grid` is given). */
  readonly grid?: string;
}

export interface AxisOptions extends TickOptions {
  /** Labels below a horizontal axis, or left of a vertical one. */
  readonly orient: 'bottom' | 'left';
  /** Where the axis line sits: a y pixel for 'bottom', an x pixel for 'left'. */
  readonly at: number;
  /** About this many ticks. */
  readonly count: number;
  /** Label size, CSS pixels. */
  readonly fontPx: number;
  readonly colors: AxisColors;
  /** Multiplies line widths and tick lengths (the projector theme doubles them). */
  readonly lineScale: number;
  /** Label text; the scale's own tick format by default. */
  readonly format?: (v: number) => string;
  /** Draw the axis line itself (off when a frame or a baseline already draws it). */
  readonly line?: boolean;
  /** Grid lines across the plot, from one pixel to the other (y0..y1 for 'bottom'). */
  readonly grid?: Domain;
  /** Keep labels inside this pixel span along the axis (so an end label does not stick out). */
  readonly inside?: Domain;
}

/** Draws the axis and returns the tick values it drew (charts reuse them, e.g. for a legend). */
export function drawAxis(ctx: DrawContext, scale: Scale, o: AxisOptions): number[] {
  const values = scale.ticks(o.count, o);
  const label = o.format ?? scale.tickFormat(o.count);
  const bottom = o.orient === 'bottom';
  const tick = 4 * o.lineScale;
  const [r0, r1] = scale.range;
  ctx.setLineDash([]);
  if (o.grid && o.colors.grid) {
    ctx.strokeStyle = o.colors.grid;
    ctx.lineWidth = o.lineScale;
    ctx.beginPath();
    for (const v of values) {
      const p = scale.map(v);
      if (bottom) {
        ctx.moveTo(p, o.grid[0]);
        ctx.lineTo(p, o.grid[1]);
      } else {
        ctx.moveTo(o.grid[0], p);
        ctx.lineTo(o.grid[1], p);
      }
    }
    ctx.stroke();
  }
  ctx.strokeStyle = o.colors.axis;
  ctx.lineWidth = o.lineScale;
  ctx.beginPath();
  if (o.line !== false) {
    if (bottom) {
      ctx.moveTo(r0, o.at);
      ctx.lineTo(r1, o.at);
    } else {
      ctx.moveTo(o.at, r0);
      ctx.lineTo(o.at, r1);
    }
  }
  for (const v of values) {
    const p = scale.map(v);
    if (bottom) {
      ctx.moveTo(p, o.at);
      ctx.lineTo(p, o.at + tick);
    } else {
      ctx.moveTo(o.at, p);
      ctx.lineTo(o.at - tick, p);
    }
  }
  ctx.stroke();
  ctx.fillStyle = o.colors.muted;
  ctx.font = `${Math.round(o.fontPx)}px ${FONT}`;
  ctx.textAlign = bottom ? 'center' : 'right';
  ctx.textBaseline = bottom ? 'top' : 'middle';
  const [lo, hi] = o.inside ?? [-Infinity, Infinity];
  const margin = bottom ? o.fontPx : o.fontPx * 0.5;
  for (const v of values) {
    const p = Math.min(hi - margin, Math.max(lo + margin, scale.map(v)));
    if (bottom) ctx.fillText(label(v), p, o.at + tick + o.lineScale);
    else ctx.fillText(label(v), o.at - tick - 2 * o.lineScale, p);
  }
  return values;
}

export interface PlotAxesStyle {
  readonly bg: string;
  readonly grid: string;
  readonly axis: string;
  readonly muted: string;
  readonly lineScale: number;
  readonly fontPx: number;
}

/**
 * The backdrop of a plot of data (the classic-ML widgets): background, grid lines at round numbers
 * across the whole canvas, the axes through 0 where they are in view, tick numbers along the
 * bottom and left edges inside the plot, and the axis names in the corners.
 */
export function drawPlotAxes(
  ctx: DrawContext,
  f: PlotFrame,
  s: PlotAxesStyle,
  names?: { x?: string; y?: string },
): void {
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = s.bg;
  ctx.fillRect(0, 0, f.width, f.height);
  const { xMin, xMax, yMin, yMax } = f.box;
  const xCount = Math.max(2, Math.round(f.width / 90));
  const yCount = Math.max(2, Math.round(f.height / 70));
  const xt = f.x.ticks(xCount);
  const yt = f.y.ticks(yCount);
  ctx.lineWidth = s.lineScale;
  ctx.strokeStyle = s.grid;
  ctx.beginPath();
  for (const x of xt) {
    const p = f.x.map(x);
    ctx.moveTo(p, 0);
    ctx.lineTo(p, f.height);
  }
  for (const y of yt) {
    const p = f.y.map(y);
    ctx.moveTo(0, p);
    ctx.lineTo(f.width, p);
  }
  ctx.stroke();
  ctx.strokeStyle = s.axis;
  ctx.lineWidth = 1.25 * s.lineScale;
  ctx.beginPath();
  const origin = dataToPx(f, 0, 0);
  if (yMin <= 0 && yMax >= 0) {
    ctx.moveTo(0, origin.y);
    ctx.lineTo(f.width, origin.y);
  }
  if (xMin <= 0 && xMax >= 0) {
    ctx.moveTo(origin.x, 0);
    ctx.lineTo(origin.x, f.height);
  }
  ctx.stroke();
  const size = Math.round(s.fontPx * 0.66);
  ctx.font = `${size}px ${FONT}`;
  ctx.fillStyle = s.muted;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  const xLabel = f.x.tickFormat(xCount);
  for (const x of xt) ctx.fillText(xLabel(x), f.x.map(x), f.height - 2);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const yLabel = f.y.tickFormat(yCount);
  for (const y of yt) {
    const p = f.y.map(y);
    if (p > size && p < f.height - size * 1.6) ctx.fillText(yLabel(y), 3, p);
  }
  if (names?.x) {
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    ctx.fillText(names.x, f.width - 4, f.height - size - 4);
  }
  if (names?.y) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(names.y, size * 2.6, 4);
  }
}
