/**
 * Drawing `<lumen-attention>`: the score matrix QKᵀ/√d and its row-wise softmax as a heat map
 * (numbers in every cell, a colour legend), and the focused row's output as the weighted mix of
 * the value rows (weight bars × value rows = output). Pure functions of their inputs on a
 * DrawContext, so the unit tests record them; layout is arithmetic (no text measuring), so the
 * click test and the canvas height use the same boxes as the drawing.
 */
import { FONT, type DrawContext } from '../../render/canvas-kit';
import { colorRgb, type Rgb } from '../../render/color';
import { linear } from '../../render/scale';
import { fixed } from '../../math/number-text';
import type { Palette } from '../../ui/tokens';
import { cell as cellText } from './words';

export interface Colors {
  readonly bg: string;
  readonly surface: string;
  readonly fg: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  /** The heat map's full-weight colour and the weight bars (the formula's weights). */
  readonly weight: string;
  /** Value rows (the formula's v_j). */
  readonly value: string;
  /** The output row (the formula's o_i). */
  readonly output: string;
}

/** The theme's colours for this view: weights like the model, values like data, the output in the accent. */
export function colorsOf(p: Palette): Colors {
  return {
    bg: p.bg,
    surface: p.surface,
    fg: p.fg,
    muted: p.muted,
    border: p.border,
    accent: p.accent,
    weight: p.model,
    value: p.data,
    output: p.accent,
  };
}

/** The cell font for a base font size and a cell width: "−0.56" must fit with a margin. */
const cellFont = (fontPx: number, cell: number): number =>
  Math.max(9, Math.min(fontPx * 0.85, 20, cell / 3.4));
/** Average glyph width as a share of the font size (for labels, which are truncated to fit). */
const GLYPH = 0.56;
/** Bold titles run wider than the average glyph (the phone layout clipped them). */
const BOLD_GLYPH = 0.66;

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly n: number;
  readonly cell: number;
  readonly font: number;
  readonly label: number;
  /** Top-left corner of each grid's cells: [scores, weights]. */
  readonly grids: readonly [{ x: number; y: number }, { x: number; y: number }];
  readonly legendY: number;
}

/** Side by side when both grids fit with cells of at least ~2.7 fonts; else stacked. */
export function mapLayout(width: number, n: number, fontPx: number): MapLayout {
  const f = Math.max(10, Math.min(fontPx, 22));
  const label = Math.min(Math.max(f * 5.5, 48), width * 0.26);
  const gap = f * 1.2;
  const title = f * 1.7;
  const header = f * 1.6;
  const minCell = f * 2.7;
  const side = label + 2 * n * minCell + gap <= width;
  const cell = Math.min(f * 4, side ? (width - label - gap) / (2 * n) : (width - label) / n);
  const font = cellFont(fontPx, cell);
  const gridH = title + header + n * cell;
  const top = 2;
  const grids: MapLayout['grids'] = side
    ? [
        { x: label, y: top + title + header },
        { x: label + n * cell + gap, y: top + title + header },
      ]
    : [
        { x: label, y: top + title + header },
        { x: label, y: top + gridH + gap + title + header },
      ];
  const bottom = grids[1].y + n * cell;
  const legendY = bottom + f * 0.9;
  return { width, height: Math.ceil(legendY + f * 2.6), n, cell, font, label, grids, legendY };
}

/** Which grid cell is under (x, y), if any. */
export function cellAt(l: MapLayout, x: number, y: number): { row: number; col: number } | undefined {
  for (const g of l.grids) {
    const col = Math.floor((x - g.x) / l.cell);
    const row = Math.floor((y - g.y) / l.cell);
    if (col >= 0 && col < l.n && row >= 0 && row < l.n) return { row, col };
  }
  // A row label selects its row.
  const g = l.grids[0];
  const row = Math.floor((y - g.y) / l.cell);
  if (x < g.x && row >= 0 && row < l.n) return { row, col: -1 };
  return undefined;
}

function luminance([r, g, b]: Rgb): number {
  const c = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}
const contrast = (a: Rgb, b: Rgb): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};
const mix = (a: Rgb, b: Rgb, t: number): Rgb =>
  [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as unknown as Rgb;
const css = (c: Rgb): string => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

/** The heat map's colour for a weight in [0, 1]: from the background to the weight colour. */
export function heat(c: Colors, w: number): Rgb {
  return mix(colorRgb(c.bg, [255, 255, 255]), colorRgb(c.weight, [0, 90, 200]), Math.max(0, Math.min(1, w)));
}

/** The text colour that reads best on `fill`: the theme's own fg or bg, else black or white. */
export function inkOn(c: Colors, fill: Rgb): string {
  const options = [c.fg, c.bg, '#000000', '#ffffff'];
  let best = options[0]!;
  let score = -1;
  for (const o of options) {
    const k = contrast(colorRgb(o, [0, 0, 0]), fill);
    // The theme's colours win when they read well enough (AA: 4.5).
    const s = o === c.fg || o === c.bg ? (k >= 4.5 ? k + 100 : k) : k;
    if (s > score) [best, score] = [o, s];
  }
  return best;
}

const fit = (t: string, px: number, font: number, glyph = GLYPH): string => {
  const max = Math.max(1, Math.floor(px / (font * glyph)));
  return t.length <= max ? t : `${t.slice(0, Math.max(1, max - 1))}…`;
};

export interface MapInput {
  readonly layout: MapLayout;
  readonly tokens: readonly string[];
  readonly scores: readonly (readonly number[])[];
  readonly weights: readonly (readonly number[])[];
  readonly d: number;
  /** The focused query row, 0-based. */
  readonly row: number;
  /** Predict-first: numbers hidden; the learner's picked column, 0-based, outlined. */
  readonly hidden: boolean;
  readonly picked?: number;
  readonly colors: Colors;
  readonly lineScale: number;
}

export function drawMap(ctx: DrawContext, o: MapInput): void {
  const { layout: l, colors: c, tokens, lineScale } = o;
  const n = l.n;
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, l.width, l.height);
  const titles = [`scores q·k / √${o.d}`, 'weights: softmax by row'];
  for (let gi = 0; gi < 2; gi++) {
    const g = l.grids[gi]!;
    ctx.font = `600 ${l.font}px ${FONT}`;
    ctx.fillStyle = c.fg;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(
      fit(titles[gi]!, Math.max(n * l.cell, l.width - g.x), l.font, BOLD_GLYPH),
      g.x,
      g.y - l.font * 2.5,
    );
    // Column headers: the keys.
    ctx.font = `${l.font}px ${FONT}`;
    ctx.textAlign = 'center';
    for (let j = 0; j < n; j++) {
      ctx.fillStyle = o.picked === j ? c.accent : c.muted;
      ctx.fillText(fit(tokens[j]!, l.cell - 8, l.font), g.x + (j + 0.5) * l.cell, g.y - l.font * 0.8);
    }
    // Row labels: the queries (the focused one bold).
    // Side by side, the weights share the scores' row labels; stacked, each grid has its own.
    if (gi === 0 || g.x === l.grids[0].x)
      for (let i = 0; i < n; i++) {
        ctx.font = `${i === o.row ? 700 : 400} ${l.font}px ${FONT}`;
        ctx.fillStyle = i === o.row ? c.fg : c.muted;
        ctx.textAlign = 'right';
        ctx.fillText(fit(tokens[i]!, g.x - 8, l.font), g.x - 6, g.y + (i + 0.5) * l.cell);
      }
    ctx.textAlign = 'center';
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const x = g.x + j * l.cell;
        const y = g.y + i * l.cell;
        const masked = o.scores[i]![j] === -Infinity;
        let fill: Rgb;
        let text: string;
        if (o.hidden) {
          fill = colorRgb(c.surface, [240, 240, 240]);
          text = '?';
        } else if (gi === 0) {
          fill = colorRgb(c.surface, [240, 240, 240]);
          text = masked ? '−∞' : cellText(o.scores[i]![j]!);
        } else {
          fill = heat(c, o.weights[i]![j]!);
          text = cellText(o.weights[i]![j]!);
        }
        ctx.fillStyle = css(fill);
        ctx.fillRect(x, y, l.cell, l.cell);
        ctx.font = `${i === o.row ? 700 : 400} ${l.font}px ${FONT}`;
        ctx.fillStyle = masked && !o.hidden ? c.muted : inkOn(c, fill);
        ctx.fillText(text, x + l.cell / 2, y + l.cell / 2);
      }
    // Grid lines.
    ctx.strokeStyle = c.border;
    ctx.lineWidth = lineScale;
    ctx.beginPath();
    for (let k = 0; k <= n; k++) {
      ctx.moveTo(g.x, g.y + k * l.cell);
      ctx.lineTo(g.x + n * l.cell, g.y + k * l.cell);
      ctx.moveTo(g.x + k * l.cell, g.y);
      ctx.lineTo(g.x + k * l.cell, g.y + n * l.cell);
    }
    ctx.stroke();
    // The focused row, and the picked column while guessing.
    ctx.strokeStyle = c.accent;
    ctx.lineWidth = 2.5 * lineScale;
    ctx.beginPath();
    ctx.rect(g.x, g.y + o.row * l.cell, n * l.cell, l.cell);
    ctx.stroke();
    if (o.picked !== undefined && o.picked >= 0) {
      ctx.setLineDash([4 * lineScale, 3 * lineScale]);
      ctx.beginPath();
      ctx.rect(g.x + o.picked * l.cell, g.y, l.cell, n * l.cell);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  drawLegend(ctx, o);
}

/** The colour legend under the weights: 0 … 1 with its ticks. */
function drawLegend(ctx: DrawContext, o: MapInput): void {
  const { layout: l, colors: c } = o;
  const g = l.grids[1];
  const w = Math.max(l.n * l.cell, Math.min(240, l.width - g.x - 8));
  const scale = linear([0, 1], [g.x, g.x + w]);
  const x = (v: number): number => scale.map(v);
  const h = l.font * 0.9;
  const steps = 40;
  for (let k = 0; k < steps; k++) {
    ctx.fillStyle = css(heat(c, (k + 0.5) / steps));
    ctx.fillRect(x(k / steps), l.legendY, w / steps + 0.5, h);
  }
  ctx.strokeStyle = c.border;
  ctx.lineWidth = o.lineScale;
  ctx.beginPath();
  ctx.rect(g.x, l.legendY, w, h);
  ctx.stroke();
  ctx.font = `${l.font * 0.9}px ${FONT}`;
  ctx.fillStyle = c.muted;
  ctx.textBaseline = 'top';
  for (const t of scale.ticks(4)) {
    ctx.textAlign = t === 0 ? 'left' : t === 1 ? 'right' : 'center';
    ctx.fillText(fixed(t, 2, true), x(t), l.legendY + h + 2);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  if (g.x > l.font * 4) ctx.fillText('weight', g.x - 6, l.legendY + h / 2);
}

export interface MixLayout {
  readonly width: number;
  readonly height: number;
  readonly font: number;
  readonly rowH: number;
  readonly label: number;
  readonly bar: number;
  readonly cellW: number;
}

export function mixLayout(width: number, n: number, dv: number, fontPx: number): MixLayout {
  const f = Math.max(10, Math.min(fontPx, 22));
  const label = Math.min(Math.max(f * 5.5, 48), width * 0.24);
  // The value cells get what the bar and its number (a quarter of the width, six fonts at least) leave, within 2.2-3.6 fonts.
  const free = width - label - f * 1.6 - 8 - Math.max(width * 0.25, f * 6);
  const cellW = Math.max(f * 2.2, Math.min(f * 3.6, free / Math.max(dv, 1)));
  // A wide column does not stretch the bars away from their value rows.
  const bar = Math.max(f * 2, Math.min(f * 16, width - label - f * 1.6 - 8 - dv * cellW));
  // "−1.49" must fit its cell with a margin.
  const font = Math.max(8, Math.min(f * 0.85, 20, cellW / 3.3));
  const rowH = Math.max(font * 2, f * 1.6);
  return { width, height: Math.ceil(f * 1.9 + (n + 1) * rowH + f * 0.9), font, rowH, label, bar, cellW };
}

export interface MixInput {
  readonly layout: MixLayout;
  readonly tokens: readonly string[];
  /** The focused row, 0-based, and its weights over the keys. */
  readonly row: number;
  readonly weights: readonly number[];
  readonly masked: readonly boolean[];
  readonly v: readonly (readonly number[])[];
  readonly output: readonly number[];
  readonly hidden: boolean;
  readonly colors: Colors;
  readonly lineScale: number;
}

export function drawMix(ctx: DrawContext, o: MixInput): void {
  const { layout: l, colors: c } = o;
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, l.width, l.height);
  const f = l.font;
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${f}px ${FONT}`;
  ctx.fillStyle = c.fg;
  ctx.textAlign = 'left';
  const long = `output of “${o.tokens[o.row]}” = Σ weight × value row`;
  const title = long.length * f * BOLD_GLYPH <= l.width ? long : `output of “${o.tokens[o.row]}” = Σ w × v`;
  ctx.fillText(fit(title, l.width, f, BOLD_GLYPH), 0, f * 0.9);
  const top = f * 1.9;
  const barX = l.label;
  const cellsX = barX + l.bar + f * 1.6;
  const cells = (y: number, row: readonly number[], color: string, bold: boolean, hidden: boolean): void => {
    row.forEach((x, k) => {
      const cx = cellsX + k * l.cellW;
      ctx.globalAlpha = 0.22;
      ctx.fillStyle = color;
      ctx.fillRect(cx + 1, y + 2, l.cellW - 2, l.rowH - 4);
      ctx.globalAlpha = 1;
      ctx.fillStyle = c.fg;
      ctx.font = `${bold ? 700 : 400} ${f}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.fillText(hidden ? '?' : cellText(x), cx + l.cellW / 2, y + l.rowH / 2);
    });
  };
  o.v.forEach((row, j) => {
    const y = top + j * l.rowH;
    ctx.font = `${f}px ${FONT}`;
    ctx.textAlign = 'right';
    ctx.fillStyle = o.masked[j] ? c.muted : c.fg;
    ctx.fillText(fit(o.tokens[j]!, l.label - 8, f), l.label - 6, y + l.rowH / 2);
    // The weight bar, then its number in a column of its own (always on the background).
    const numW = f * 3.2;
    const track = Math.max(f, l.bar - numW);
    ctx.fillStyle = c.surface;
    ctx.fillRect(barX, y + 3, track, l.rowH - 6);
    const w = o.hidden ? 0 : o.weights[j]!;
    ctx.fillStyle = c.weight;
    ctx.fillRect(barX, y + 3, track * w, l.rowH - 6);
    ctx.fillStyle = o.masked[j] ? c.muted : c.fg;
    ctx.textAlign = 'left';
    ctx.fillText(o.hidden ? '?' : o.masked[j] ? '0' : cellText(w), barX + track + 4, y + l.rowH / 2);
    ctx.fillStyle = c.muted;
    ctx.textAlign = 'center';
    ctx.fillText('×', barX + l.bar + f * 0.8, y + l.rowH / 2);
    cells(y, row, c.value, false, false);
  });
  const y = top + o.v.length * l.rowH + f * 0.3;
  ctx.strokeStyle = c.border;
  ctx.lineWidth = o.lineScale;
  ctx.beginPath();
  ctx.moveTo(cellsX, y);
  ctx.lineTo(cellsX + o.output.length * l.cellW, y);
  ctx.stroke();
  ctx.font = `700 ${f}px ${FONT}`;
  ctx.fillStyle = c.fg;
  ctx.textAlign = 'right';
  ctx.fillText('output =', cellsX - 6, y + l.rowH / 2);
  cells(y, o.output, c.output, true, o.hidden);
}
