/**
 * The chart kit's colour resolver: any CSS colour a host page may put on a `--lumen-*` property
 * (hex, names, rgb() with commas or spaces, hsl(), oklch(), color-mix()) → sRGB bytes and a
 * #rrggbb string that KaTeX, three.js and ImageData all accept. The browser parses it: a 1×1
 * canvas is filled with the colour and the pixel read back. Outside a browser (unit tests) only
 * hex and comma rgb() are understood. Results are cached: palettes are read every frame.
 */

export type Rgb = readonly [r: number, g: number, b: number];

export interface ResolvedColor {
  readonly rgb: Rgb;
  /** #rrggbb, lower case. */
  readonly hex: string;
}

const hexOf = (rgb: Rgb): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** #rgb, #rrggbb and rgb(r, g, b): what can be read without a browser. */
function parseSimple(css: string): Rgb | undefined {
  const h6 = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css);
  if (h6) return [parseInt(h6[1]!, 16), parseInt(h6[2]!, 16), parseInt(h6[3]!, 16)];
  const h3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(css);
  if (h3)
    return [parseInt(h3[1]!.repeat(2), 16), parseInt(h3[2]!.repeat(2), 16), parseInt(h3[3]!.repeat(2), 16)];
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+%?\s*)?\)$/i.exec(css);
  if (!rgb) return undefined;
  const c = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] as const;
  return c.every((v) => v <= 255) ? c : undefined;
}

let probe: CanvasRenderingContext2D | null | undefined;
function probeContext(): CanvasRenderingContext2D | null {
  if (probe === undefined) {
    const canvas = typeof document === 'undefined' ? undefined : document.createElement('canvas');
    if (canvas) canvas.width = canvas.height = 1;
    probe = canvas?.getContext('2d', { willReadFrequently: true }) ?? null;
  }
  return probe;
}

/** Lets the browser parse the colour; undefined if it rejects it (the fill style does not change). */
function parseInBrowser(css: string, ctx: CanvasRenderingContext2D): Rgb | undefined {
  for (const sentinel of ['#000001', '#000002']) {
    ctx.fillStyle = sentinel;
    ctx.fillStyle = css;
    if (String(ctx.fillStyle) === sentinel) return undefined;
  }
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillRect(0, 0, 1, 1);
  const d = ctx.getImageData(0, 0, 1, 1).data;
  const a = d[3]! / 255;
  // A translucent colour is read as it would look at full strength (premultiplied readback).
  return a > 0
    ? ([d[0]!, d[1]!, d[2]!].map((c) => Math.min(255, Math.round(c / a))) as unknown as Rgb)
    : [0, 0, 0];
}

const cache = new Map<string, ResolvedColor | undefined>();
const CACHE_LIMIT = 256;

/** Any CSS colour → its sRGB bytes and hex, or undefined when it is not a colour (var(), junk). */
export function resolveColor(css: string): ResolvedColor | undefined {
  const key = css.trim();
  if (cache.has(key)) return cache.get(key);
  const ctx = probeContext();
  const rgb = key === '' ? undefined : ctx ? parseInBrowser(key, ctx) : parseSimple(key);
  const out = rgb && { rgb, hex: hexOf(rgb) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

/** The colour as #rrggbb, or `fallback` when it is not one. */
export function colorHex(css: string, fallback: string): string {
  return resolveColor(css)?.hex ?? fallback;
}

/** The colour as [r, g, b], or `fallback` when it is not one. */
export function colorRgb(css: string, fallback: Rgb): Rgb {
  return resolveColor(css)?.rgb ?? fallback;
}
