/**
 * Sizes a canvas's backing store to its CSS box at the device pixel ratio (capped at 2) and gives
 * back its 2D context in CSS pixels; null while the box is not laid out. (For the classic-ML
 * widgets until the platform's CanvasSurface takes over this job.)
 */
const MAX_DPR = 2;

export function fitCanvas(canvas: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D | null {
  if (!(w > 0 && h > 0)) return null;
  const k = Math.min(window.devicePixelRatio || 1, MAX_DPR);
  const bw = Math.round(w * k);
  const bh = Math.round(h * k);
  if (canvas.width !== bw || canvas.height !== bh) {
    canvas.width = bw;
    canvas.height = bh;
  }
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(bw / w, 0, 0, bh / h, 0, 0);
  return ctx;
}

/** A palette number (line scale, font size) or the fallback when the theme gives none. */
export function paletteNumber(text: string, fallback: number): number {
  const v = Number.parseFloat(text);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** 1, 2 or 5 times a power of ten, at least `v` (a step for keys and snapping). */
export function niceStep(v: number): number {
  if (!(v > 0)) return 0.1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].find((m) => m * p >= v) ?? 10) * p;
}
