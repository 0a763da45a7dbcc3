/**
 * Reads a 2D vector typed by a person (attributes, lesson directives, the page URL). Spellings:
 *   "2 1", "2, 1", "(2, 1)", "[2, 1]"
 * Exactly two plain decimal numbers (no hex, no Infinity, no NaN) within ±limit, and nothing else.
 */
import type { Vec2 } from '../../math/mat2';
import { formatNumber, parseNumber } from '../../math/number-text';
import { MATRIX_LIMIT } from '../../math/matrix-text';

export type VectorParse = { ok: true; value: Vec2 } | { ok: false; error: string };

/** Vectors share the matrix's limit: a vector prop is a column of some matrix. */
export const VECTOR_LIMIT = MATRIX_LIMIT;

const EXPECTED = 'expected 2 numbers, like "2 1" or "(2, 1)"';

function quoteCell(cell: string): string {
  return JSON.stringify(cell.length > 20 ? cell.slice(0, 20) + '…' : cell);
}

export function parseVec2(text: string, limit = VECTOR_LIMIT): VectorParse {
  let t = text.trim();
  const wrapped = /^\((.*)\)$/s.exec(t) ?? /^\[(.*)\]$/s.exec(t);
  if (wrapped) t = (wrapped[1] as string).trim();
  if (/[()[\]]/.test(t) || t === '') return { ok: false, error: EXPECTED };
  const cells = t.split(/\s*,\s*|\s+/);
  if (cells.length !== 2) return { ok: false, error: EXPECTED };
  const out: number[] = [];
  for (const cell of cells) {
    const n = parseNumber(cell);
    if (n === undefined)
      return { ok: false, error: cell ? `${quoteCell(cell)} is not a number; ${EXPECTED}` : EXPECTED };
    if (Math.abs(n) > limit) return { ok: false, error: `entries must be between -${limit} and ${limit}` };
    out.push(n);
  }
  return { ok: true, value: [out[0] as number, out[1] as number] };
}

/** The "2 1" spelling; parseVec2 reads it back (to 12 significant digits). */
export function formatVec2(v: Vec2): string {
  return `${formatNumber(v[0])} ${formatNumber(v[1])}`;
}

/** Checks a vector handed in from JavaScript (`el.setState({ v: [2, 1] })`). */
export function checkVec2(v: unknown, limit = VECTOR_LIMIT): VectorParse {
  if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return { ok: false, error: 'must be an array of 2 finite numbers [x, y]' };
  if (v.some((x: number) => Math.abs(x) > limit))
    return { ok: false, error: `entries must be between -${limit} and ${limit}` };
  return { ok: true, value: [v[0] as number, v[1] as number] };
}
