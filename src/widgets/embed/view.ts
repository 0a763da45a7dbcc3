/**
 * Draws the word map: the most frequent words at their PCA coordinates (lesson 10), the picked
 * word in the data colour and its nearest neighbours in the model colour, with labels for those
 * and for every tenth frequent word.
 */
import type { Pca2D } from '../../math/genai/pca';

export interface MapColors {
  readonly fg: string;
  readonly muted: string;
  readonly data: string;
  readonly model: string;
  readonly bg: string;
}

export interface MapPicture {
  readonly map: Pca2D;
  readonly labels: readonly string[];
  /** Indices into the map's rows. */
  readonly picked: number | undefined;
  readonly near: readonly number[];
}

export interface MapFrame {
  readonly side: number;
  readonly scale: number;
  readonly cx: number;
  readonly cy: number;
}

const PAD = 28;

export function frameFor(map: Pca2D, side: number): MapFrame {
  let mx = 0;
  let cx = 0;
  let cy = 0;
  const n = map.points.length / 2;
  for (let i = 0; i < n; i++) {
    cx += map.points[2 * i]! / n;
    cy += map.points[2 * i + 1]! / n;
  }
  for (let i = 0; i < n; i++)
    mx = Math.max(mx, Math.abs(map.points[2 * i]! - cx), Math.abs(map.points[2 * i + 1]! - cy));
  return { side, scale: mx > 0 ? (side / 2 - PAD) / mx : 1, cx, cy };
}

export function toPixel(f: MapFrame, x: number, y: number): [number, number] {
  return [f.side / 2 + (x - f.cx) * f.scale, f.side / 2 - (y - f.cy) * f.scale];
}

/** The map row nearest a pixel, within 24 px. */
export function pickAt(map: Pca2D, f: MapFrame, px: number, py: number): number | undefined {
  let best: number | undefined;
  let bestD = 24 * 24;
  for (let i = 0; i < map.points.length / 2; i++) {
    const [x, y] = toPixel(f, map.points[2 * i]!, map.points[2 * i + 1]!);
    const d = (x - px) ** 2 + (y - py) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

export function drawMap(
  ctx: CanvasRenderingContext2D,
  p: MapPicture,
  f: MapFrame,
  c: MapColors,
  fontPx: number,
): void {
  ctx.clearRect(0, 0, f.side, f.side);
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, f.side, f.side);
  const n = p.map.points.length / 2;
  const near = new Set(p.near);
  ctx.font = `${fontPx}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  for (let i = 0; i < n; i++) {
    const [x, y] = toPixel(f, p.map.points[2 * i]!, p.map.points[2 * i + 1]!);
    const strong = i === p.picked || near.has(i);
    ctx.fillStyle = i === p.picked ? c.data : near.has(i) ? c.model : c.muted;
    ctx.beginPath();
    ctx.arc(x, y, strong ? 4.5 : 2.2, 0, 2 * Math.PI);
    ctx.fill();
    if (strong || i % 10 === 0) {
      ctx.fillStyle = strong ? ctx.fillStyle : c.muted;
      ctx.font = `${strong ? '700 ' : ''}${fontPx}px system-ui, sans-serif`;
      ctx.fillText(p.labels[i]!, x + 6, y);
    }
  }
}
