/** Safe pieces for the live formulas' TeX, which is built from numbers and palette colours only. */
import { colorHex } from '../render/color';

/**
 * A colour KaTeX's \color accepts (#rrggbb): any CSS colour a page sets, rgb() and oklch()
 * included, resolved by the browser; anything that is not a colour (var(), TeX) falls back.
 */
export function texColor(c: string, fallback: string): string {
  return colorHex(c, fallback);
}
