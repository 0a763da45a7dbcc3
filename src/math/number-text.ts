/**
 * Reading and writing numbers, for people and for fields. Two families:
 * - `parseNumber`, `formatNumber`, `shortNumber`: the editable form (fields, attributes, URLs and
 *   TeX source) with an ASCII hyphen, because that is what people type and KaTeX reads;
 * - `plain`, `short`, `fixed`, `percent`, `tex`: the display forms, on d3-format, every one with
 *   the same minus sign (U+2212, also in exponents: 1.2e−4) and never "-0".
 * No widget formats numbers by hand; it picks one of these.
 */
import { format } from 'd3-format';

/** The one minus sign of every displayed number. */
export const MINUS = '\u2212';

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A plain decimal number, or undefined: no hex, no "Infinity", no empty string (Number('') is 0).
 * Accepts the display minus (U+2212) too, so anything shown can be typed back.
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/\u2212/g, '-');
  if (!NUMBER_RE.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * At most 12 significant digits, so float noise like 0.30000000000000004 prints as 0.3.
 * `parseNumber(formatNumber(x))` is x for every decimal with up to 12 digits, and within
 * 5e-12 relative of x otherwise (not bit-exact: that is the price of hiding the noise).
 */
export function formatNumber(n: number): string {
  const short = Number(n.toPrecision(12));
  return String(Object.is(short, -0) ? 0 : short);
}

/** Rounds for display (two decimals) and writes the shortest form: 0.5, 2, -1.25. */
export function shortNumber(x: number): string {
  const r = Math.round(x * 100) / 100;
  return formatNumber(r === 0 ? 0 : r);
}

// ---- display forms ----------------------------------------------------------------------------

/** Infinity, −Infinity and NaN as people read them. */
function nonFinite(x: number): string {
  return x > 0 ? '∞' : x < 0 ? `${MINUS}∞` : '—';
}

/** d3-format puts U+2212 on the mantissa only; exponents get it too, and "e+5" reads "e5". */
function tidy(s: string): string {
  return s.replace(/-/g, MINUS).replace('e+', 'e');
}

/** A rounded zero loses its sign: −0.001 at two decimals is "0", never "−0". */
function unsignedZero(s: string): string {
  return /^\u2212[0.]*(%|e.*)?$/.test(s) ? s.slice(1) : s;
}

const cache = new Map<string, (x: number) => string>();
function d3(spec: string): (x: number) => string {
  let f = cache.get(spec);
  if (!f) {
    f = format(spec);
    cache.set(spec, f);
  }
  return f;
}

/** Below this or from `LARGE` up, `plain` and `tex` switch to exponent form. */
const SMALL = 1e-3;
const LARGE = 1e5;

/**
 * `digits` significant digits, trailing zeros dropped; exponent form for tiny and huge numbers:
 * 0.667, −2.5, 1.23e−4, 1.23e6.
 */
export function plain(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  const p = Math.max(1, Math.min(17, Math.round(digits)));
  const s = a < SMALL || a >= LARGE ? d3(`.${p - 1}~e`)(x) : d3(`.${p}~r`)(x);
  return unsignedZero(tidy(s));
}

/** At most two decimals, zeros dropped: the display twin of `shortNumber` (−1.25, 0.5, 2). */
export function short(x: number): string {
  return fixed(x, 2, true);
}

/** Exactly `decimals` decimals (2.50), or at most that many with `trim` (2.5); no "−0". */
export function fixed(x: number, decimals: number, trim = false): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const d = Math.max(0, Math.min(20, Math.round(decimals)));
  return unsignedZero(tidy(d3(`.${d}${trim ? '~' : ''}f`)(x)));
}

/** A fraction as a percentage with at most `decimals` decimals: 0.0917 → 9.17%, 0.5 → 50%. */
export function percent(x: number, decimals = 1): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const d = Math.max(0, Math.min(20, Math.round(decimals)));
  return unsignedZero(tidy(d3(`.${d}~%`)(x)));
}

/**
 * `plain` as TeX: the exponent form written out (1.23\times10^{-4}), an ASCII hyphen (KaTeX sets
 * it as the same minus sign), \infty for infinities and an em dash for NaN.
 */
export function tex(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return x > 0 ? '\\infty' : x < 0 ? '-\\infty' : '\\text{—}';
  const s = plain(x, digits).replace(/\u2212/g, '-');
  const m = /^(-?[\d.]+)e(-?\d+)$/.exec(s);
  return m ? `${m[1]}\\times10^{${m[2]}}` : s;
}
