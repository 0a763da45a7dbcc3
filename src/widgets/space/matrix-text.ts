/**
 * Reads a 3x3 matrix typed by a person, in the same two spellings and with the same messages as
 * the plane's 2x2 reader (src/math/matrix-text.ts):
 *   rows separated by ";" with entries separated by spaces or commas:  "1 0 0; 0 1 0; 0 0 1"
 *   nested brackets, as Python lists and JSON:                           "[[1,0,0],[0,1,0],[0,0,1]]"
 * Every entry is a plain decimal number (no hex, no Infinity, no NaN) within ±limit.
 */
import type { Mat3 } from '../../math/mat3';
import { MATRIX_LIMIT } from '../../math/matrix-text';
import { formatNumber, parseNumber } from '../../math/number-text';

export type Matrix3Parse = { ok: true; value: Mat3 } | { ok: false; error: string };

export const EXPECTED3 =
  'expected 3 rows of 3 numbers, like "1 0 0; 0 1 0; 0 0 1" or "[[1,0,0],[0,1,0],[0,0,1]]"';

const BRACKETS = /^\[\s*\[([^[\]]*)\]\s*,\s*\[([^[\]]*)\]\s*,\s*\[([^[\]]*)\]\s*\]$/;

/** Quotes a cell for a message, cut short: a pasted 10 kB cell must not become a 10 kB message. */
function quoteCell(cell: string): string {
  return JSON.stringify(cell.length > 20 ? cell.slice(0, 20) + '…' : cell);
}

export function parseMatrix3(text: string, limit = MATRIX_LIMIT): Matrix3Parse {
  const t = text.trim();
  let rows: string[];
  const bracket = BRACKETS.exec(t);
  if (bracket) rows = [bracket[1] as string, bracket[2] as string, bracket[3] as string];
  else if (/^[^[\]]*$/.test(t)) rows = t.split(';');
  else return { ok: false, error: EXPECTED3 };
  if (rows.length !== 3) return { ok: false, error: EXPECTED3 };
  const entries: number[] = [];
  for (const row of rows) {
    const cells = row.trim().split(bracket ? /\s*,\s*/ : /\s*,\s*|\s+/);
    if (cells.length !== 3) return { ok: false, error: EXPECTED3 };
    for (const cell of cells) {
      const n = parseNumber(cell);
      if (n === undefined)
        return {
          ok: false,
          error: cell.trim() ? `${quoteCell(cell.trim())} is not a number; ${EXPECTED3}` : EXPECTED3,
        };
      if (Math.abs(n) > limit) return { ok: false, error: `entries must be between -${limit} and ${limit}` };
      entries.push(n);
    }
  }
  return { ok: true, value: entries as unknown as Mat3 };
}

/** The "a b c; d e f; g h i" spelling with short numbers; parseMatrix3 reads it back. */
export function formatMatrix3(m: Mat3): string {
  const f = formatNumber;
  return `${f(m[0])} ${f(m[1])} ${f(m[2])}; ${f(m[3])} ${f(m[4])} ${f(m[5])}; ${f(m[6])} ${f(m[7])} ${f(m[8])}`;
}

/** What the matrix input shows: entries rounded to 4 decimals (a rotation reads 0.866, not 0.866025403784). */
export function matrixText3(m: Mat3): string {
  const f = (x: number): string => {
    const r = Math.round(x * 1e4) / 1e4;
    return String(r === 0 ? 0 : r);
  };
  return `${f(m[0])} ${f(m[1])} ${f(m[2])}; ${f(m[3])} ${f(m[4])} ${f(m[5])}; ${f(m[6])} ${f(m[7])} ${f(m[8])}`;
}
