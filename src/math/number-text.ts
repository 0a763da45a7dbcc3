/** Strict reading and short writing of numbers typed by people or put in URLs. */

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A plain decimal number, or undefined: no hex, no "Infinity", no empty string (Number('') is 0). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
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
