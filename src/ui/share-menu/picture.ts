/**
 * The widget's picture as files: a PNG of its canvases at twice their CSS size with the formula's
 * words under them, an SVG of its largest SVG drawing (where it draws one), and the download.
 *
 * The PNG copies the canvases' current pixels: on a screen of density 2 (most laptops and
 * phones) that is exact; on a density-1 screen the picture is scaled up smoothly. The formula is
 * drawn as its plain-text words (what the screen-reader line says), not as typeset KaTeX: a
 * canvas cannot draw HTML, and rasterising KaTeX through an SVG image would lose its fonts.
 */
import type { Palette } from '../tokens';

/** What a picture is made of: the canvases to draw, their box, and the text under them. */
export interface PictureSource {
  readonly canvases: readonly HTMLCanvasElement[];
  readonly words: string;
  readonly palette: Palette;
}

/** Canvases with a box on screen (a hidden mode's canvas has none). */
export function visibleCanvases(root: ParentNode): HTMLCanvasElement[] {
  return [...root.querySelectorAll('canvas')].filter((c) => {
    const r = c.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  });
}

/** The largest canvas by area (the one a recording films). */
export function largestCanvas(root: ParentNode): HTMLCanvasElement | undefined {
  let best: HTMLCanvasElement | undefined;
  let area = 0;
  for (const c of visibleCanvases(root)) {
    const r = c.getBoundingClientRect();
    if (r.width * r.height > area) [best, area] = [c, r.width * r.height];
  }
  return best;
}

/** Splits `text` into lines no wider than `width` when drawn by `ctx`. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const SCALE = 2;

/**
 * Draws the canvases, each at its place in their common box, at twice the CSS size, on the
 * theme's background, with the words wrapped under them. Undefined when there is no canvas.
 */
export function composePicture(source: PictureSource): HTMLCanvasElement | undefined {
  const boxes = source.canvases.map((c) => c.getBoundingClientRect());
  if (!boxes.length) return undefined;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const width = Math.max(...boxes.map((b) => b.right)) - left;
  const height = Math.max(...boxes.map((b) => b.bottom)) - top;
  const out = document.createElement('canvas');
  const measure = out.getContext('2d');
  if (!measure) return undefined;
  const fontPx = 16;
  const pad = 12;
  const font = `${fontPx * SCALE}px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;
  measure.font = font;
  const lines = source.words ? wrap(measure, source.words, (width - 2 * pad) * SCALE) : [];
  const band = lines.length ? (lines.length * fontPx * 1.4 + 2 * pad) * SCALE : 0;
  out.width = Math.round(width * SCALE);
  out.height = Math.round(height * SCALE + band);
  const ctx = out.getContext('2d');
  if (!ctx) return undefined;
  ctx.fillStyle = source.palette.bg;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  source.canvases.forEach((c, i) => {
    const b = boxes[i]!;
    ctx.drawImage(c, (b.left - left) * SCALE, (b.top - top) * SCALE, b.width * SCALE, b.height * SCALE);
  });
  ctx.font = font;
  ctx.fillStyle = source.palette.fg;
  ctx.textBaseline = 'top';
  lines.forEach((line, i) => {
    ctx.fillText(line, pad * SCALE, height * SCALE + (pad + i * fontPx * 1.4) * SCALE);
  });
  return out;
}

/** The largest SVG drawing in `root` (outside `skip`), at least 40 px on a side. */
export function largestSvg(root: ParentNode, skip: Element): SVGSVGElement | undefined {
  let best: SVGSVGElement | undefined;
  let area = 0;
  for (const svg of root.querySelectorAll('svg')) {
    if (skip.contains(svg) || svg.parentElement?.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width >= 40 && r.height >= 40 && r.width * r.height > area)
      [best, area] = [svg, r.width * r.height];
  }
  return best;
}

/** What the SVG's look depends on that the shadow root's CSS gives it (lost in a file). */
const SVG_STYLE = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

/** A standalone SVG file of `svg`: computed styles inlined, since the widget's CSS stays behind. */
export function svgFile(svg: SVGSVGElement, background: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((node, i) => {
    const style = getComputedStyle(node);
    const target = to[i] as SVGElement;
    target.removeAttribute('class');
    target.setAttribute(
      'style',
      SVG_STYLE.map((p) => `${p}:${style.getPropertyValue(p)}`)
        .filter((d) => !d.endsWith(':'))
        .join(';'),
    );
  });
  const r = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(r.width)));
  copy.setAttribute('height', String(Math.round(r.height)));
  copy.style.background = background;
  return new XMLSerializer().serializeToString(copy);
}

/** Saves `blob` as a file called `name` (the browser's download). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  // The download has started from the click; the object URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
