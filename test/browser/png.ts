/**
 * A tiny PNG reader and pixel diff for screenshot comparisons. Chromium writes 8-bit RGB or RGBA,
 * non-interlaced PNGs, which is all this reads; anything else is rejected loudly rather than
 * compared wrongly.
 */
import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Buffer): Image {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0)
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!channels) throw new Error('PNG without IHDR');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    if (filter === undefined || filter > 4) throw new Error(`bad PNG filter ${filter} in row ${y}`);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[row + x - channels]! : 0;
      const b = y > 0 ? pixels[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[row - stride + x - channels]! : 0;
      const v = raw[src + x]!;
      const predicted =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      pixels[row + x] = (v + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < pixels.length; i += 3, j += 4) {
    rgba[j] = pixels[i]!;
    rgba[j + 1] = pixels[i + 1]!;
    rgba[j + 2] = pixels[i + 2]!;
    rgba[j + 3] = 255;
  }
  return { width, height, rgba };
}

export interface Diff {
  /** Pixels where some channel differs by more than the threshold. */
  different: number;
  total: number;
  ratio: number;
}

export interface DiffOptions {
  /** Largest difference of one channel (0 … 255) that still counts as the same colour. */
  threshold?: number;
  /**
   * A pixel also matches a pixel up to this many pixels away. 1 absorbs the sub-pixel offset
   * of an element that sits at a fractional position in one page and not in the other.
   */
  radius?: number;
}

function near(
  x: Image,
  i: number,
  y: Image,
  px: number,
  py: number,
  radius: number,
  threshold: number,
): boolean {
  for (let dy = -radius; dy <= radius; dy++) {
    const qy = py + dy;
    if (qy < 0 || qy >= y.height) continue;
    for (let dx = -radius; dx <= radius; dx++) {
      const qx = px + dx;
      if (qx < 0 || qx >= y.width) continue;
      const j = (qy * y.width + qx) * 4;
      if (
        Math.abs(x.rgba[i]! - y.rgba[j]!) <= threshold &&
        Math.abs(x.rgba[i + 1]! - y.rgba[j + 1]!) <= threshold &&
        Math.abs(x.rgba[i + 2]! - y.rgba[j + 2]!) <= threshold &&
        Math.abs(x.rgba[i + 3]! - y.rgba[j + 3]!) <= threshold
      )
        return true;
    }
  }
  return false;
}

/**
 * Compares two screenshots pixel by pixel: a pixel differs when neither image has a matching
 * colour for it within `radius` in the other. Images of different sizes differ everywhere.
 */
export function diffPng(a: Buffer, b: Buffer, options: DiffOptions = {}): Diff {
  const threshold = options.threshold ?? 24;
  const radius = options.radius ?? 0;
  const x = decodePng(a);
  const y = decodePng(b);
  const total = Math.max(x.width * x.height, y.width * y.height);
  // An element at a fractional height rounds to one more or one fewer row of pixels in one page:
  // within `radius`, compare the common area (the extra row counts as different).
  if (Math.abs(x.width - y.width) > radius || Math.abs(x.height - y.height) > radius)
    return { different: total, total, ratio: 1 };
  const width = Math.min(x.width, y.width);
  const height = Math.min(x.height, y.height);
  let different = total - width * height;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      if (
        !near(x, (py * x.width + px) * 4, y, px, py, radius, threshold) ||
        !near(y, (py * y.width + px) * 4, x, px, py, radius, threshold)
      )
        different++;
    }
  }
  return { different, total, ratio: total ? different / total : 0 };
}
