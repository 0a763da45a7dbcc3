/**
 * The chart kit's scales: a number interval mapped onto a pixel interval and back, with round
 * tick values. Ticks come from d3-array (the only place charts use it), which builds them as
 * i / 10^k, so they never carry float noise such as 0.30000000000000004.
 * Scales are immutable: `nice()` and `clamped()` return new ones.
 */
import { nice as d3Nice, tickIncrement, ticks as d3Ticks } from 'd3-array';
import { fixed, plain } from '../math/number-text';

export type Domain = readonly [lo: number, hi: number];

export interface TickOptions {
  /** Never more than this many ticks (a narrow chart asks for fewer by count alone). */
  readonly max?: number;
  /** Whole numbers only (counts, draw numbers, successes). */
  readonly integer?: boolean;
}

const finite = (a: number, b: number): boolean => Number.isFinite(a) && Number.isFinite(b);

/**
 * About `count` round values (1, 2 or 5 times a power of ten apart) inside [lo, hi], increasing,
 * whichever way round lo and hi come. Empty for a non-finite interval; [lo] when lo = hi.
 */
export function ticks(lo: number, hi: number, count: number, opts: TickOptions = {}): number[] {
  if (!finite(lo, hi)) return [];
  const a = Math.min(lo, hi);
  const b = Math.max(lo, hi);
  if (a === b) return !opts.integer || Number.isInteger(a) ? [a] : [];
  const max = opts.max ?? Infinity;
  if (!(max >= 1)) return [];
  let want = Math.max(1, Math.min(count, max));
  for (;;) {
    let out = d3Ticks(a, b, want);
    if (opts.integer && tickIncrement(a, b, want) < 0) {
      // A fractional step: fall back to every whole number, or none at all if there are too many.
      out = [];
      for (let k = Math.ceil(a); k <= b; k++) out.push(k);
    }
    if (out.length <= max || want <= 1) return out.length <= max ? out : out.slice(0, max);
    want -= 1;
  }
}

/** The distance between the ticks of `ticks(lo, hi, count)`; 1 for an empty or broken interval. */
export function tickStep(lo: number, hi: number, count: number): number {
  if (!finite(lo, hi) || lo === hi) return 1;
  const inc = tickIncrement(Math.min(lo, hi), Math.max(lo, hi), Math.max(1, count));
  return inc > 0 ? inc : inc < 0 ? -1 / inc : 1;
}

/** Decimals that show every multiple of `step` exactly: 0 for 5, 1 for 0.5, 2 for 0.25 and 0.05. */
export function stepDecimals(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d <= 12; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 12;
}

/** Labels for ticks `step` apart: no float noise or trailing zeros (0.5, 1, 1.5), exponents past 1e5 or 1e−3. */
export function tickFormat(step: number): (v: number) => string {
  if (step >= 1e5 || (step > 0 && step < 1e-3)) return (v) => plain(v, 3);
  const d = stepDecimals(step);
  return (v) => fixed(Math.abs(v) < step / 2 ? 0 : v, d, true);
}

/** [lo, hi] widened to round ends (d3-array `nice`), for about `count` ticks. */
export function niceDomain(lo: number, hi: number, count: number): Domain {
  if (!finite(lo, hi) || lo === hi) return [lo, hi];
  const [a, b] = d3Nice(Math.min(lo, hi), Math.max(lo, hi), Math.max(1, count));
  return lo <= hi ? [a, b] : [b, a];
}

/** One axis of a chart: values in `domain` onto pixels in `range` (either may run backwards). */
export interface Scale {
  readonly domain: Domain;
  readonly range: Domain;
  /** The pixel of a value (outside the range unless the scale is clamped). */
  map(v: number): number;
  /** The value at a pixel (inside the domain when clamped). */
  invert(px: number): number;
  /** Round values inside the domain, increasing. */
  ticks(count: number, opts?: TickOptions): number[];
  /** The label function for `ticks(count)`. */
  tickFormat(count: number): (v: number) => string;
  /** This scale with its domain widened to round ends. */
  nice(count?: number): Scale;
  /** This scale limited to its range (map) and domain (invert). */
  clamped(on?: boolean): Scale;
  /** The same domain onto other pixels. */
  withRange(range: Domain): Scale;
}

const clampTo = (v: number, [a, b]: Domain): number => Math.min(Math.max(a, b), Math.max(Math.min(a, b), v));

/** A linear scale. An empty domain maps everything to the middle of the range. */
export function linear(domain: Domain, range: Domain, clamp = false): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const dd = d1 - d0;
  const dr = r1 - r0;
  return {
    domain,
    range,
    map(v) {
      const px = dd === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / dd) * dr;
      return clamp ? clampTo(px, range) : px;
    },
    invert(px) {
      const v = dr === 0 ? (d0 + d1) / 2 : d0 + ((px - r0) / dr) * dd;
      return clamp ? clampTo(v, domain) : v;
    },
    ticks: (count, opts) => ticks(d0, d1, count, opts),
    tickFormat: (count) => tickFormat(tickStep(d0, d1, count)),
    nice: (count = 10) => linear(niceDomain(d0, d1, count), range, clamp),
    clamped: (on = true) => linear(domain, range, on),
    withRange: (r) => linear(domain, r, clamp),
  };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10ⁿ with a superscript exponent (10³, 10⁻²), for log-axis labels. */
export function powerOfTen(v: number): string {
  const e = Math.round(Math.log10(v));
  const digits = [...String(Math.abs(e))].map((c) => SUPERSCRIPT[Number(c)]).join('');
  return `10${e < 0 ? '⁻' : ''}${digits}`;
}

/**
 * A base-10 log scale over a positive domain: ticks are the powers of ten inside it (1, 10, 100;
 * every other one when there would be more than `count`), labelled 10ⁿ from 10⁴ up.
 */
export function log(domain: Domain, range: Domain, clamp = false): Scale {
  const [d0, d1] = domain;
  const inner = linear([Math.log10(d0), Math.log10(d1)], range, clamp);
  return {
    domain,
    range,
    map: (v) => inner.map(Math.log10(v)),
    invert: (px) => 10 ** inner.invert(px),
    ticks(count, opts) {
      if (!(d0 > 0 && d1 > 0) || !finite(d0, d1)) return [];
      return ticks(Math.log10(d0), Math.log10(d1), count, { ...opts, integer: true }).map((e) =>
        e >= 0 ? 10 ** e : Number((10 ** e).toPrecision(1)),
      );
    },
    tickFormat: () => (v) => (v >= 1e4 || v < 1e-3 ? powerOfTen(v) : plain(v)),
    nice: () => log([10 ** Math.floor(Math.log10(d0)), 10 ** Math.ceil(Math.log10(d1))], range, clamp),
    clamped: (on = true) => log(domain, range, on),
    withRange: (r) => log(domain, r, clamp),
  };
}

/** 1, 2 or 5 times a power of ten, at least `v` (a step for keys and snapping; 0.1 for nonsense). */
export function niceStepAtLeast(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 0.1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].find((m) => m * p >= v) ?? 10) * p;
}

/** A box of data, in the data's own units. */
export interface DataBox {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** A plot of data in its own units: the canvas size, the box shown, and its two scales (y up). */
export interface PlotFrame {
  readonly width: number;
  readonly height: number;
  readonly box: DataBox;
  readonly x: Scale;
  readonly y: Scale;
}

/** Room for the tick numbers on the left and at the bottom of a plot frame (CSS pixels). */
const GUTTER = 8;

/**
 * Fits `box` (grown by `pad` of its size on each side, and to at least 1 unit) into width × height.
 * With `equal`, one data unit has the same length on both axes and the shorter direction grows.
 */
export function plotFrame(
  box: DataBox,
  width: number,
  height: number,
  o: { readonly equal?: boolean; readonly pad?: number } = {},
): PlotFrame {
  const pad = o.pad ?? 0.1;
  const grow = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, 1e-9 * Math.max(1, Math.abs(lo)));
    const m = span < 1 ? (1 - span) / 2 + span * pad : span * pad;
    return [lo - m, hi + m];
  };
  let [xMin, xMax] = grow(box.xMin, box.xMax);
  let [yMin, yMax] = grow(box.yMin, box.yMax);
  const w = Math.max(1, width - 2 * GUTTER);
  const h = Math.max(1, height - 2 * GUTTER);
  if (o.equal) {
    const k = Math.min(w / (xMax - xMin), h / (yMax - yMin));
    const cx = (xMin + xMax) / 2;
    const cy = (yMin + yMax) / 2;
    [xMin, xMax] = [cx - w / 2 / k, cx + w / 2 / k];
    [yMin, yMax] = [cy - h / 2 / k, cy + h / 2 / k];
  }
  return {
    width,
    height,
    box: { xMin, xMax, yMin, yMax },
    x: linear([xMin, xMax], [GUTTER, GUTTER + w]),
    y: linear([yMin, yMax], [GUTTER + h, GUTTER]),
  };
}

/** The pixel of data point (x, y) in a plot frame. */
export function dataToPx(f: PlotFrame, x: number, y: number): { x: number; y: number } {
  return { x: f.x.map(x), y: f.y.map(y) };
}

/** The data point at pixel `p` of a plot frame. */
export function pxToData(f: PlotFrame, p: { x: number; y: number }): { x: number; y: number } {
  return { x: f.x.invert(p.x), y: f.y.invert(p.y) };
}
