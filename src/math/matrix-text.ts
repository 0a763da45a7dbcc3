/**
 * Reads an n×n matrix typed by a person (2×2 for the plane and svd, 3×3 for space). Two
 * spellings, and nothing else:
 *   rows separated by ";" with entries separated by spaces or commas:  "1 2; 3 4"
 *   nested brackets, as Python lists and JSON:                           "[[1, 2], [3, 4]]"
 * Every entry is a plain decimal number (no hex, no Infinity, no NaN) within ±limit.
 */
import type { Mat2 } from './mat2';
import type { Mat3 } from './mat3';
import { formatNumber, parseNumber } from './number-text';

export type MatrixParse<M = Mat2> = { ok: true; value: M } | { ok: false; error: string };

export const MATRIX_LIMIT = 100;

/** The examples each size's message gives, in both spellings. */
const EXAMPLES: Readonly<Record<number, readonly [string, string]>> = {
  2: ['1 2; 3 4', '[[1,2],[3,4]]'],
  3: ['1 0 0; 0 1 0; 0 0 1', '[[1,0,0],[0,1,0],[0,0,1]]'],
};

/** What an n×n reader says it expected. */
export function expectedMatrix(n: number): string {
  const [rows, brackets] = EXAMPLES[n] ?? ['', ''];
  return `expected ${n} rows of ${n} numbers, like "${rows}" or "${brackets}"`;
}

/** Quotes a cell for a message, cut short: a pasted 10 kB cell must not become a 10 kB message. */
function quoteCell(cell: string): string {
  return JSON.stringify(cell.length > 20 ? cell.slice(0, 20) + '…' : cell);
}

/** The n×n matrix in `text`, row by row, or why not. */
export function parseMatrix(n: number, text: string, limit = MATRIX_LIMIT): MatrixParse<number[]> {
  const expected = expectedMatrix(n);
  const t = text.trim();
  let rows: string[];
  const brackets = new RegExp(`^\\[\\s*${Array(n).fill('\\[([^[\\]]*)\\]').join('\\s*,\\s*')}\\s*\\]$`);
  const bracket = brackets.exec(t);
  if (bracket) rows = bracket.slice(1);
  else if (/^[^[\]]*$/.test(t)) rows = t.split(';');
  else return { ok: false, error: expected };
  if (rows.length !== n) return { ok: false, error: expected };
  const entries: number[] = [];
  for (const row of rows) {
    const cells = row.trim().split(bracket ? /\s*,\s*/ : /\s*,\s*|\s+/);
    if (cells.length !== n) return { ok: false, error: expected };
    for (const cell of cells) {
      const x = parseNumber(cell);
      if (x === undefined)
        return {
          ok: false,
          error: cell.trim() ? `${quoteCell(cell.trim())} is not a number; ${expected}` : expected,
        };
      if (Math.abs(x) > limit) return { ok: false, error: `entries must be between -${limit} and ${limit}` };
      entries.push(x);
    }
  }
  return { ok: true, value: entries };
}

export function parseMatrix2(text: string, limit = MATRIX_LIMIT): MatrixParse<Mat2> {
  return parseMatrix(2, text, limit) as MatrixParse<Mat2>;
}

export function parseMatrix3(text: string, limit = MATRIX_LIMIT): MatrixParse<Mat3> {
  return parseMatrix(3, text, limit) as MatrixParse<Mat3>;
}

/** The "1 2; 3 4" spelling (rows split by ";"), with `f` for each entry. */
function matrixRows(m: readonly number[], n: number, f: (x: number) => string): string {
  const rows: string[] = [];
  for (let r = 0; r < n; r++)
    rows.push(
      m
        .slice(r * n, r * n + n)
        .map(f)
        .join(' '),
    );
  return rows.join('; ');
}

/** The "1 2; 3 4" spelling, with short numbers; parseMatrix2 reads it back (to 12 significant digits). */
export function formatMatrix2(m: Mat2): string {
  return matrixRows(m, 2, formatNumber);
}

/** The "a b c; d e f; g h i" spelling with short numbers; parseMatrix3 reads it back. */
export function formatMatrix3(m: Mat3): string {
  return matrixRows(m, 3, formatNumber);
}

/** What the 3×3 matrix input shows: entries rounded to 4 decimals (a rotation reads 0.866, not 0.866025403784). */
export function matrixText3(m: Mat3): string {
  return matrixRows(m, 3, (x) => {
    const r = Math.round(x * 1e4) / 1e4;
    return String(r === 0 ? 0 : r);
  });
}
