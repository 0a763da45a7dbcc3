/**
 * Draws `<lumen-bayes>` through the small `DrawContext` of `src/render/canvas-kit.ts`, so tests
 * record the calls with a fake and check that no NaN ever reaches the canvas. Coordinates are CSS
 * pixels.
 *
 * test: one glyph per person, the groups drawn as one path each. Shape and colour both say who
 * has the condition (squares in the î colour) and who does not (circles in the ĵ colour); a
 * filled glyph tested positive, an outline tested negative; the positive cells are shaded.
 * coin: the prior density (dashed), the posterior (solid, filled) with its 95% interval shaded,
 * and the coin's true heads probability as a dashed vertical line.
 */
import { FONT, type DrawContext } from '../../render/canvas-kit';
import type { Frequencies } from '../../math/bayes';
import { cellOf, GROUPS, type Group } from './model';

export interface Colors {
  readonly bg: string;
  readonly fg: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly accent: string;
  readonly sick: string;
  readonly healthy: string;
  readonly data: string;
  readonly model: string;
}

export interface DotScene {
  readonly width: number;
  readonly cols: number;
  readonly rows: number;
  readonly counts: Frequencies;
  /** False while the learner predicts: nobody has been tested yet (every glyph an outline). */
  readonly tested: boolean;
  readonly highlight: boolean;
  readonly colors: Colors;
  readonly lineScale: number;
}

const SICK: ReadonlySet<Group> = new Set(['truePositive', 'falseNegative']);
const POSITIVE: ReadonlySet<Group> = new Set(['truePositive', 'falsePositive']);
const UNTESTED_ORDER: readonly Group[] = ['truePositive', 'falseNegative', 'falsePositive', 'trueNegative'];

export function dotHeight(s: Pick<DotScene, 'width' | 'cols' | 'rows'>): number {
  return (s.width / Math.max(1, s.cols)) * s.rows;
}

export function drawDots(ctx: DrawContext, s: DotScene): void {
  const cell = s.width / Math.max(1, s.cols);
  const height = cell * s.rows;
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = s.colors.bg;
  ctx.fillRect(0, 0, s.width, height);
  if (!(cell > 0) || !Number.isFinite(cell)) return;
  const r = cell * 0.36;
  const line = Math.max(1, Math.min(2.5 * s.lineScale, cell * 0.13 * s.lineScale));
  let start = 0;
  // Before anybody is tested, the people with the condition stand together: the positives' block
  // (and so the answer) must not show through the layout.
  for (const g of s.tested ? GROUPS : UNTESTED_ORDER) {
    const n = s.counts[g];
    const end = start + n;
    const positive = s.tested && POSITIVE.has(g);
    const sick = SICK.has(g);
    if (positive && s.highlight) {
      ctx.beginPath();
      for (let k = start; k < end; k++) {
        const { col, row } = cellOf(k, s.rows);
        ctx.rect(col * cell, row * cell, cell, cell);
      }
      ctx.fillStyle = s.colors.accent;
      ctx.globalAlpha = 0.16;
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    ctx.beginPath();
    for (let k = start; k < end; k++) {
      const { col, row } = cellOf(k, s.rows);
      const x = (col + 0.5) * cell;
      const y = (row + 0.5) * cell;
      if (sick) {
        const h = r * 0.9;
        ctx.rect(x - h, y - h, 2 * h, 2 * h);
      } else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
      }
    }
    const color = sick ? s.colors.sick : s.colors.healthy;
    if (positive) {
      ctx.fillStyle = color;
      ctx.fill();
    } else {
      // Negatives recede a little: the eye goes to the positives, the posterior's population.
      ctx.strokeStyle = color;
      ctx.lineWidth = line;
      ctx.globalAlpha = s.tested && !sick ? 0.6 : 1;
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    start = end;
  }
}

export interface DensityScene {
  readonly width: number;
  readonly height: number;
  readonly prior: Float64Array;
  readonly posterior: Float64Array;
  readonly top: number;
  readonly interval: readonly [number, number];
  readonly trueP: number;
  readonly colors: Colors;
  readonly lineScale: number;
  readonly fontPx: number;
}

/** The plot's inner box (room for the x-axis numbers below). */
export function densityBox(s: Pick<DensityScene, 'width' | 'height' | 'fontPx'>): {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
} {
  const pad = Math.max(12, s.fontPx * 0.9);
  return {
    x0: pad,
    x1: Math.max(pad + 1, s.width - pad),
    y0: pad * 0.6,
    y1: Math.max(pad + 1, s.height - s.fontPx * 1.6),
  };
}

export function drawDensity(ctx: DrawContext, s: DensityScene): void {
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = s.colors.bg;
  ctx.fillRect(0, 0, s.width, s.height);
  const b = densityBox(s);
  const top = Number.isFinite(s.top) && s.top > 0 ? s.top : 1;
  const X = (p: number): number => b.x0 + p * (b.x1 - b.x0);
  const Y = (d: number): number => b.y1 - (Math.min(d, top) / top) * (b.y1 - b.y0);
  const lw = s.lineScale;

  // Grid and the p axis.
  ctx.strokeStyle = s.colors.grid;
  ctx.lineWidth = lw;
  ctx.beginPath();
  for (const p of [0, 0.25, 0.5, 0.75, 1]) {
    ctx.moveTo(X(p), b.y0);
    ctx.lineTo(X(p), b.y1);
  }
  ctx.stroke();
  ctx.strokeStyle = s.colors.axis;
  ctx.lineWidth = 1.5 * lw;
  ctx.beginPath();
  ctx.moveTo(b.x0, b.y1);
  ctx.lineTo(b.x1, b.y1);
  ctx.stroke();
  ctx.font = `${Math.round(s.fontPx * 0.7)}px ${FONT}`;
  ctx.fillStyle = s.colors.muted;
  ctx.textBaseline = 'top';
  for (const p of [0, 0.25, 0.5, 0.75, 1]) {
    ctx.textAlign = p === 0 ? 'left' : p === 1 ? 'right' : 'center';
    ctx.fillText(String(p), X(p), b.y1 + 4);
  }

  const curve = (ys: Float64Array, close: boolean, from = 0, to = 1): void => {
    const n = ys.length;
    ctx.beginPath();
    let first = true;
    if (close) ctx.moveTo(X(from), Y(0));
    for (let k = 0; k < n; k++) {
      const p = (k + 0.5) / n;
      if (p < from || p > to) continue;
      const x = X(p);
      const y = Y(ys[k] as number);
      if (first && !close) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
      first = false;
    }
    if (close) {
      ctx.lineTo(X(to), Y(0));
      ctx.closePath();
    }
  };

  // The 95% interval under the posterior, then the posterior's area, the prior, the posterior.
  const [lo, hi] = s.interval;
  if (Number.isFinite(lo) && Number.isFinite(hi) && hi > lo) {
    curve(s.posterior, true, lo, hi);
    ctx.fillStyle = s.colors.model;
    ctx.globalAlpha = 0.22;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  curve(s.posterior, true);
  ctx.fillStyle = s.colors.model;
  ctx.globalAlpha = 0.08;
  ctx.fill();
  ctx.globalAlpha = 1;

  ctx.strokeStyle = s.colors.muted;
  ctx.lineWidth = 2 * lw;
  ctx.setLineDash([6 * lw, 5 * lw]);
  curve(s.prior, false);
  ctx.stroke();
  ctx.setLineDash([]);

  ctx.strokeStyle = s.colors.model;
  ctx.lineWidth = 3 * lw;
  ctx.lineJoin = 'round';
  curve(s.posterior, false);
  ctx.stroke();

  if (Number.isFinite(s.trueP)) {
    const x = X(Math.min(1, Math.max(0, s.trueP)));
    ctx.strokeStyle = s.colors.data;
    ctx.lineWidth = 2 * lw;
    ctx.setLineDash([3 * lw, 4 * lw]);
    ctx.beginPath();
    ctx.moveTo(x, b.y0);
    ctx.lineTo(x, b.y1);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = `600 ${Math.round(s.fontPx * 0.72)}px ${FONT}`;
    ctx.textBaseline = 'top';
    ctx.textAlign = s.trueP > 0.75 ? 'right' : 'left';
    const label = `true p = ${Math.round(s.trueP * 100) / 100}`;
    const tx = s.trueP > 0.75 ? x - 5 : x + 5;
    ctx.lineWidth = 4 * lw;
    ctx.strokeStyle = s.colors.bg;
    ctx.lineJoin = 'round';
    ctx.strokeText(label, tx, b.y0 + 2);
    ctx.fillStyle = s.colors.data;
    ctx.fillText(label, tx, b.y0 + 2);
  }
}
