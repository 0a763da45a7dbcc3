/**
 * Where canvas labels go so that they never sit on each other, on a handle, on an axis number or
 * on what a widget marks as taken, and never leave the plot. Pure pixel geometry: each label has an
 * anchor (the thing it names) and a preferred direction; its candidate places ring the anchor, the
 * preferred side first and the nearest first; labels are placed greedily, the most important
 * first, each one taking the first free candidate and becoming an obstacle for the rest. When no
 * candidate is free the least-covered one is used (a label is never dropped: it names something).
 *
 * `LabelBoard` is the frame-sized collector the views draw through: obstacles and labels are added
 * while the frame is drawn, and `flush` places and paints the labels last, on top.
 */

/** An axis-aligned box, CSS pixels: left, top, width, height. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface LabelSpec {
  /** The label's size in pixels. */
  readonly w: number;
  readonly h: number;
  /** The point the label names (pixels). */
  readonly anchor: readonly [number, number];
  /** The side to try first, as a direction from the anchor (any length); below-right when absent. */
  readonly dir?: readonly [number, number] | undefined;
  /** Clear distance from the anchor to the nearest edge of the label, before any push further out. */
  readonly gap?: number | undefined;
  /** Higher first; equal priorities keep their order. */
  readonly priority?: number | undefined;
  /** Try the box centred on the anchor first (a label that belongs on a region, not beside a point). */
  readonly onAnchor?: boolean | undefined;
}

/** How many rings of candidates, each a label-height further out than the last. */
const RINGS = 6;
/** Directions tried around the anchor (besides the preferred one): every 30°. */
const DIRECTIONS = 12;
/** How much worse a pixel of label over label is than a pixel of label over an obstacle. */
const LABEL_OVER_LABEL = 1e6;

export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function inside(a: Box, bounds: Box): boolean {
  return (
    a.x >= bounds.x && a.y >= bounds.y && a.x + a.w <= bounds.x + bounds.w && a.y + a.h <= bounds.y + bounds.h
  );
}

/** `a` moved the least distance that puts it inside `bounds` (its top-left corner when it cannot fit). */
export function clampBox(a: Box, bounds: Box): Box {
  const x = Math.max(bounds.x, Math.min(bounds.x + bounds.w - a.w, a.x));
  const y = Math.max(bounds.y, Math.min(bounds.y + bounds.h - a.h, a.y));
  return { ...a, x, y };
}

/** The box of size w × h whose nearest edge is `d` from the anchor along the unit direction (ux, uy). */
function boxAlong(spec: LabelSpec, ux: number, uy: number, d: number): Box {
  // Distance from the box's centre to its edge along (ux, uy): the box clears the anchor by d.
  const reach = Math.min(
    Math.abs(ux) > 1e-9 ? spec.w / 2 / Math.abs(ux) : Infinity,
    Math.abs(uy) > 1e-9 ? spec.h / 2 / Math.abs(uy) : Infinity,
  );
  const cx = spec.anchor[0] + ux * (d + reach);
  const cy = spec.anchor[1] + uy * (d + reach);
  return { x: cx - spec.w / 2, y: cy - spec.h / 2, w: spec.w, h: spec.h };
}

/** The places a label may take, in the order they are tried: preferred side and near first. */
export function candidates(spec: LabelSpec): Box[] {
  const [px, py] = spec.dir ?? [1, 1];
  const len = Math.hypot(px, py);
  const base = len > 1e-9 ? Math.atan2(py, px) : Math.PI / 4;
  const gap = spec.gap ?? 4;
  // Directions sorted by how far they turn from the preferred one.
  const turns = [0];
  for (let k = 1; k <= DIRECTIONS / 2; k++) turns.push(k, -k);
  const out: Box[] = spec.onAnchor
    ? [{ x: spec.anchor[0] - spec.w / 2, y: spec.anchor[1] - spec.h / 2, w: spec.w, h: spec.h }]
    : [];
  for (let r = 0; r < RINGS; r++)
    for (const k of turns) {
      const a = base + (k * 2 * Math.PI) / DIRECTIONS;
      out.push(boxAlong(spec, Math.cos(a), Math.sin(a), gap + r * spec.h * 0.8));
    }
  return out;
}

/**
 * The box of each label (in the order given): inside `bounds`, off every obstacle and every label
 * placed before it where any candidate allows, else where it is least covered.
 */
export function placeLabels(specs: readonly LabelSpec[], obstacles: readonly Box[], bounds: Box): Box[] {
  const order = specs.map((_, i) => i).sort((a, b) => (specs[b]!.priority ?? 0) - (specs[a]!.priority ?? 0));
  const taken: Box[] = [...obstacles];
  const placed: Box[] = [];
  const out: Box[] = new Array<Box>(specs.length);
  for (const i of order) {
    const spec = specs[i]!;
    let best: Box | undefined;
    let bestCover = Infinity;
    for (const c of candidates(spec)) {
      const b = clampBox(c, bounds);
      // A box the clamp dragged far from its place no longer sits by its anchor.
      const drift = Math.hypot(b.x - c.x, b.y - c.y);
      // Where nothing is free, covering a point or a line is better than covering another label.
      const cover =
        taken.reduce((sum, o) => sum + overlap(b, o), 0) +
        LABEL_OVER_LABEL * placed.reduce((sum, o) => sum + overlap(b, o), 0) +
        (drift > spec.h ? drift : 0);
      if (cover === 0) {
        best = b;
        break;
      }
      if (cover < bestCover) {
        bestCover = cover;
        best = b;
      }
    }
    const box = best ?? clampBox(boxAlong(spec, 1, 0, spec.gap ?? 4), bounds);
    out[i] = box;
    placed.push(box);
  }
  return out;
}

/** A box around a circle (a handle's ring, a dot). */
export function circleBox(x: number, y: number, r: number): Box {
  return { x: x - r, y: y - r, w: 2 * r, h: 2 * r };
}

/** Small boxes along a segment, so that a label does not sit across a drawn line or arrow. */
export function segmentBoxes(x0: number, y0: number, x1: number, y1: number, halfWidth: number): Box[] {
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (!Number.isFinite(len)) return [];
  const n = Math.max(1, Math.ceil(len / Math.max(4, halfWidth * 2)));
  const out: Box[] = [];
  for (let k = 0; k <= n; k++) {
    const x = x0 + ((x1 - x0) * k) / n;
    const y = y0 + ((y1 - y0) * k) / n;
    out.push(circleBox(x, y, halfWidth));
  }
  return out;
}

/** A generous estimate of the width of `text` in a sans-serif font of `sizePx` (600 weight). */
export function textWidth(text: string, sizePx: number): number {
  return [...text].length * sizePx * 0.6;
}

/** One label waiting on the board: its box request and how to paint it at a centre point. */
interface Pending {
  readonly spec: LabelSpec;
  readonly paint: (cx: number, cy: number) => void;
}

/**
 * Collects one frame's obstacles and labels, then places and paints the labels together. Views
 * keep their own drawing order; only where a label goes is decided here.
 */
export class LabelBoard {
  private readonly obstacles: Box[] = [];
  private readonly pending: Pending[] = [];

  /** `bounds` is the plot (pixels); `margin` keeps labels that far inside its edges. */
  constructor(
    private readonly bounds: Box,
    private readonly margin = 2,
  ) {}

  /** Something labels must keep off: an axis number, a handle, a caption, a line. */
  block(...boxes: Box[]): void {
    for (const b of boxes) if ([b.x, b.y, b.w, b.h].every(Number.isFinite)) this.obstacles.push(b);
  }

  /** A label to place; `paint` draws it centred on the point it is given. */
  add(spec: LabelSpec, paint: (cx: number, cy: number) => void): void {
    if (![spec.anchor[0], spec.anchor[1], spec.w, spec.h].every(Number.isFinite)) return;
    this.pending.push({ spec, paint });
  }

  /** Places every label added so far, paints them, and returns their boxes (in the order added). */
  flush(): Box[] {
    const m = this.margin;
    const inner = {
      x: this.bounds.x + m,
      y: this.bounds.y + m,
      w: this.bounds.w - 2 * m,
      h: this.bounds.h - 2 * m,
    };
    const boxes = placeLabels(
      this.pending.map((p) => p.spec),
      this.obstacles,
      inner,
    );
    this.pending.forEach((p, i) => {
      const b = boxes[i]!;
      p.paint(b.x + b.w / 2, b.y + b.h / 2);
    });
    this.pending.length = 0;
    return boxes;
  }
}
