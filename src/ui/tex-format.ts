/** Safe pieces for the live formulas' TeX, which is built from numbers and palette colours only. */

/** A colour KaTeX's \color accepts; anything else a page might set (rgb(), var()) falls back. */
export function texColor(c: string, fallback: string): string {
  const t = c.trim();
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(t) || /^[a-z]{3,20}$/i.test(t) ? t : fallback;
}
