/**
 * Draws the loss curves of `<lumen-network>`: training loss (solid) and test loss (dashed) per
 * epoch, on a y axis from 0 to a round ceiling, with the numbers at the ends. CSS pixels.
 */
import { FONT, type DrawContext } from '../../render/canvas-kit';
import { LossDigest } from './loss-digest';
import { roundCeiling } from './model';
import { lossText } from './words';

export interface LossColors {
  readonly train: string;
  readonly test: string;
  readonly fg: string;
  readonly muted: string;
  readonly grid: string;
  readonly bg: string;
}

export interface LossScene {
  readonly width: number;
  readonly height: number;
  readonly train: readonly number[];
  readonly test: readonly number[];
  readonly colors: LossColors;
  readonly fontPx: number;
  readonly lineScale: number;
  /**
   * Digests of `train` and `test` kept between frames (brought up to date here): a frame then
   * costs the new epochs, not the whole run. Without them the curves are digested from scratch.
   */
  readonly digests?: { readonly train: LossDigest; readonly test: LossDigest };
}

export function drawLoss(ctx: DrawContext, s: LossScene): void {
  const { width, height, colors } = s;
  const font = Math.max(11, Math.min(s.fontPx * 0.72, 22));
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, 0, width, height);
  const left = font * 3.2;
  const top = font * 0.8;
  const bottom = font * 1.7;
  const w = Math.max(10, width - left - font * 0.8);
  const h = Math.max(10, height - top - bottom);
  const digests = s.digests ?? { train: new LossDigest(), test: new LossDigest() };
  digests.train.update(s.train);
  digests.test.update(s.test);
  const ceiling = roundCeiling(Math.max(digests.train.largest, digests.test.largest));
  const epochs = Math.max(s.train.length, s.test.length, 1);

  ctx.strokeStyle = colors.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const f of [0, 0.5, 1]) {
    ctx.moveTo(left, top + h * (1 - f));
    ctx.lineTo(left + w, top + h * (1 - f));
  }
  ctx.stroke();

  ctx.font = `${font}px ${FONT}`;
  ctx.fillStyle = colors.muted;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ctx.fillText(String(ceiling), left - font * 0.35, top);
  ctx.fillText(String(ceiling / 2), left - font * 0.35, top + h / 2);
  ctx.fillText('0', left - font * 0.35, top + h);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText('epoch 0', left, top + h + font * 0.3);
  ctx.textAlign = 'right';
  ctx.fillText(`epoch ${epochs}`, left + w, top + h + font * 0.3);

  line(ctx, digests.test.path(epochs, ceiling, w, h), left, top, colors.test, 2 * s.lineScale, [
    6 * s.lineScale,
    4 * s.lineScale,
  ]);
  line(ctx, digests.train.path(epochs, ceiling, w, h), left, top, colors.train, 2.4 * s.lineScale, []);
  ctx.setLineDash([]);

  // The latest numbers, where a reader looks first.
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.fillStyle = colors.train;
  ctx.fillText(`train ${lossText(s.train[s.train.length - 1])}`, left + w, top + font * 0.1);
  ctx.fillStyle = colors.test;
  ctx.fillText(`test ${lossText(s.test[s.test.length - 1])}`, left + w, top + font * 1.25);
}

/** `pts`: x, y pairs; the line starts flat from the y axis at the first value. */
function line(
  ctx: DrawContext,
  pts: Float64Array,
  x0: number,
  y0: number,
  colour: string,
  width: number,
  dash: number[],
): void {
  if (pts.length < 2) return;
  ctx.beginPath();
  const fx = pts[0] as number;
  const fy = pts[1] as number;
  ctx.moveTo(x0, y0 + fy);
  ctx.lineTo(x0 + fx, y0 + fy);
  for (let k = 2; k < pts.length; k += 2) ctx.lineTo(x0 + (pts[k] as number), y0 + (pts[k + 1] as number));
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.lineJoin = 'round';
  ctx.stroke();
}
