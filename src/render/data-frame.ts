/**
 * A plot of data in its own units: the box of the data (padded, optionally with equal units on
 * both axes so squares stay square), data ↔ pixel, and the grid with tick numbers from d3-array.
 * Shared by the classic-ML widgets; pure except for drawing through a DrawContext.
 */
import { ticks } from 'd3-array';
import { formatNumber } from '../math/number-text';
import { FONT, type DrawContext } from './canvas-kit';

export interface DataBox {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export interface DataFrame {
  readonly width: number;
  readonly height: number;
  readonly box: DataBox;
  /** Pixels per data unit along x and y. */
  readonly kx: number;
  readonly ky: number;
  /** The pixel of data x = box.xMin and of data y = box.yMin. */
  readonly left: number;
  readonly bottom: number;
}

/** Room for the tick numbers on the left and at the bottom (CSS pixels). */
const GUTTER = 8;

/**
 * Fits `box` (grown by `pad` of its size on each side, and to at least 1 unit) into width × height.
 * With `equal`, one data unit has the same length on both axes and the shorter direction grows.
 */
export function makeDataFrame(
  box: DataBox,
  width: number,
  height: number,
  o: { equal?: boolean; pad?: number } = {},
): DataFrame {
  const pad = o.pad ?? 0.1;
  let { xMin, xMax, yMin, yMax } = box;
  const grow = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, 1e-9 * Math.max(1, Math.abs(lo)));
    const m = span < 1 ? (1 - span) / 2 + span * pad : span * pad;
    return [lo - m, hi + m];
  };
  [xMin, xMax] = grow(xMin, xMax);
  [yMin, yMax] = grow(yMin, yMax);
  const w = Math.max(1, width - 2 * GUTTER);
  const h = Math.max(1, height - 2 * GUTTER);
  let kx = w / (xMax - xMin);
  let ky = h / (yMax - yMin);
  if (o.equal) {
    const k = Math.min(kx, ky);
    const cx = (xMin + xMax) / 2;
    const cy = (yMin + yMax) / 2;
    kx = ky = k;
    xMin = cx - w / 2 / k;
    xMax = cx + w / 2 / k;
    yMin = cy - h / 2 / k;
    yMax = cy + h / 2 / k;
  }
  return { width, height, box: { xMin, xMax, yMin, yMax }, kx, ky, left: GUTTER, bottom: GUTTER + h };
}

export function px(f: DataFrame, x: number, y: number): { x: number; y: number } {
  return { x: f.left + (x - f.box.xMin) * f.kx, y: f.bottom - (y - f.box.yMin) * f.ky };
}

export function fromPx(f: DataFrame, p: { x: number; y: number }): { x: number; y: number } {
  return { x: f.box.xMin + (p.x - f.left) / f.kx, y: f.box.yMin + (f.bottom - p.y) / f.ky };
}

export interface AxesStyle {
  readonly bg: string;
  readonly grid: string;
  readonly axis: string;
  readonly muted: string;
  readonly lineScale: number;
  readonly fontPx: number;
}

/** Background, grid lines at round numbers, the axes through 0 when visible, tick numbers. */
export function drawAxes(
  ctx: DrawContext,
  f: DataFrame,
  s: AxesStyle,
  names?: { x?: string; y?: string },
): void {
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = s.bg;
  ctx.fillRect(0, 0, f.width, f.height);
  const { xMin, xMax, yMin, yMax } = f.box;
  const xt = ticks(xMin, xMax, Math.max(2, Math.round(f.width / 90)));
  const yt = ticks(yMin, yMax, Math.max(2, Math.round(f.height / 70)));
  ctx.lineWidth = s.lineScale;
  ctx.strokeStyle = s.grid;
  ctx.beginPath();
  for (const x of xt) {
    const p = px(f, x, 0).x;
    ctx.moveTo(p, 0);
    ctx.lineTo(p, f.height);
  }
  for (const y of yt) {
    const p = px(f, 0, y).y;
    ctx.moveTo(0, p);
    ctx.lineTo(f.width, p);
  }
  ctx.stroke();
  ctx.strokeStyle = s.axis;
  ctx.lineWidth = 1.25 * s.lineScale;
  ctx.beginPath();
  if (yMin <= 0 && yMax >= 0) {
    const y0 = px(f, 0, 0).y;
    ctx.moveTo(0, y0);
    ctx.lineTo(f.width, y0);
  }
  if (xMin <= 0 && xMax >= 0) {
    const x0 = px(f, 0, 0).x;
    ctx.moveTo(x0, 0);
    ctx.lineTo(x0, f.height);
  }
  ctx.stroke();
  const size = Math.round(s.fontPx * 0.66);
  ctx.font = `${size}px ${FONT}`;
  ctx.fillStyle = s.muted;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  for (const x of xt) ctx.fillText(formatNumber(x), px(f, x, 0).x, f.height - 2);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const y of yt) {
    const p = px(f, 0, y).y;
    if (p > size && p < f.height - size * 1.6) ctx.fillText(formatNumber(y), 3, p);
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
