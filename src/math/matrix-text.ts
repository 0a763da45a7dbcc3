/**
 * Reads a 2x2 matrix typed by a person. Two spellings, and nothing else:
 *   rows separated by ";" with entries separated by spaces or commas:  "1 2; 3 4"
 *   nested brackets, as Python lists and JSON:                           "[[1, 2], [3, 4]]"
 * Every entry is a plain decimal number (no hex, no Infinity, no NaN) within ±limit.
 */
import type { Mat2 } from './mat2';
import { formatNumber, parseNumber } from './number-text';

export type MatrixParse = { ok: true; value: Mat2 } | { ok: false; error: string };

export const MATRIX_LIMIT = 100;

const EXPECTED = 'expected 2 rows of 2 numbers, like "1 2; 3 4" or "[[1,2],[3,4]]"';

/** Quotes a cell for a message, cut short: a pasted 10 kB cell must not become a 10 kB message. */
function quoteCell(cell: string): string {
  return JSON.stringify(cell.length > 20 ? cell.slice(0, 20) + '…' : cell);
}

export function parseMatrix2(text: string, limit = MATRIX_LIMIT): MatrixParse {
  const t = text.trim();
  let rows: string[];
  const bracket = /^\[\s*\[([^[\]]*)\]\s*,\s*\[([^[\]]*)\]\s*\]$/.exec(t);
  if (bracket) rows = [bracket[1] as string, bracket[2] as string];
  else if (/^[^[\]]*$/.test(t)) rows = t.split(';');
  else return { ok: false, error: EXPECTED };
  if (rows.length !== 2) return { ok: false, error: EXPECTED };
  const entries: number[] = [];
  for (const row of rows) {
    const cells = row.trim().split(bracket ? /\s*,\s*/ : /\s*,\s*|\s+/);
    if (cells.length !== 2) return { ok: false, error: EXPECTED };
    for (const cell of cells) {
      const n = parseNumber(cell);
      if (n === undefined) {
        return {
          ok: false,
          error: cell.trim() ? `${quoteCell(cell.trim())} is not a number; ${EXPECTED}` : EXPECTED,
        };
      }
      if (Math.abs(n) > limit) return { ok: false, error: `entries must be between -${limit} and ${limit}` };
      entries.push(n);
    }
  }
  return { ok: true, value: entries as unknown as Mat2 };
}

/** The "1 2; 3 4" spelling, with short numbers; parseMatrix2 reads it back (to 12 significant digits). */
export function formatMatrix2(m: Mat2): string {
  const f = formatNumber;
  return `${f(m[0])} ${f(m[1])}; ${f(m[2])} ${f(m[3])}`;
}
