/**
 * Where a canvas label may go without sitting under a handle's ring or across a drawn curve.
 * Pure pixel geometry (no canvas), so it is unit-tested; text widths are estimated from the font
 * size because the recording test context has no `measureText`.
 */

/** A circle in CSS pixels: a handle's ring. */
export interface Ring {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** An axis-aligned box given by its centre and half sizes (CSS pixels). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly hw: number;
  readonly hh: number;
}

/** Outer radius of a handle's ring with its halo, as plane.css.ts draws it (`.handle::after`). */
export function ringRadius(lineScale: number): number {
  return 6 + 9 * lineScale;
}

/** A generous estimate of the width of `text` in a sans-serif font of `sizePx` (600 weight). */
export function textWidth(text: string, sizePx: number): number {
  return text.length * sizePx * 0.6;
}

export function boxHitsRing(b: Box, c: Ring, pad = 2): boolean {
  const nx = Math.min(b.x + b.hw, Math.max(b.x - b.hw, c.x));
  const ny = Math.min(b.y + b.hh, Math.max(b.y - b.hh, c.y));
  return Math.hypot(nx - c.x, ny - c.y) < c.r + pad;
}

export function boxHitsPoint(b: Box, p: readonly [number, number], pad = 2): boolean {
  return Math.abs(p[0] - b.x) < b.hw + pad && Math.abs(p[1] - b.y) < b.hh + pad;
}

/**
 * The first box among `box` moved by each of `shifts` (pixels, tried in order) that meets no ring,
 * no point of `curve` and stays inside `bounds` (width, height); the unmoved box when none does.
 */
export function placeBox(
  box: Box,
  shifts: readonly (readonly [number, number])[],
  rings: readonly Ring[],
  curve: readonly (readonly [number, number])[],
  bounds: readonly [number, number],
): Box {
  for (const [dx, dy] of [[0, 0] as const, ...shifts]) {
    const b = { ...box, x: box.x + dx, y: box.y + dy };
    const inside = b.x - b.hw >= 0 && b.x + b.hw <= bounds[0] && b.y - b.hh >= 0 && b.y + b.hh <= bounds[1];
    if (inside && !rings.some((c) => boxHitsRing(b, c)) && !curve.some((p) => boxHitsPoint(b, p))) return b;
  }
  return box;
}

/**
 * How far from an arrow's tip, along the unit direction (ux, uy), the centre of a label box
 * (half sizes hw, hh) must sit so the whole box clears a ring of radius `ring` around the tip.
 */
export function clearOffset(ux: number, uy: number, hw: number, hh: number, ring: number, gap = 3): number {
  const need = ring + gap;
  const gapAt = (d: number): number =>
    Math.hypot(Math.max(0, Math.abs(d * ux) - hw), Math.max(0, Math.abs(d * uy) - hh));
  // Either axis alone clears the ring past this distance; the gap grows with d, so bisect.
  let hi = Math.min(
    Math.abs(ux) > 1e-9 ? (hw + need) / Math.abs(ux) : Infinity,
    Math.abs(uy) > 1e-9 ? (hh + need) / Math.abs(uy) : Infinity,
  );
  if (!Number.isFinite(hi)) return need + Math.max(hw, hh);
  let lo = 0;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (gapAt(mid) >= need) hi = mid;
    else lo = mid;
  }
  return hi;
}
