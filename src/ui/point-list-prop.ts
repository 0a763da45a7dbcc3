/**
 * A property of a list of 2D points, optionally labelled: `"x y; x y; …"` or, with labels,
 * `"x y c; …"` (c a class 0 … 9). One parser for the attribute, the lesson directive and the URL,
 * and one checker for `setState` arrays, with the position of the first bad entry in the message.
 */
import { customProp, type ParseResult, type Prop } from './props';
import { formatNumber, parseNumber } from '../math/number-text';

export type Point2 = readonly [number, number];
export type LabelledPoint = readonly [number, number, number];

export const MAX_CLASSES = 10;

interface Options {
  readonly max: number;
  /** Coordinates must lie within ±limit. */
  readonly limit: number;
  readonly doc: string;
}

function parseList<T extends readonly number[]>(
  text: string,
  width: 2 | 3,
  o: Options,
): ParseResult<readonly T[]> {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'none') return { ok: true, value: [] };
  const rows = t.split(';').filter((r) => r.trim() !== '');
  if (rows.length > o.max) return { ok: false, error: `${rows.length} points; at most ${o.max}` };
  const shape = width === 2 ? '"x y"' : '"x y class"';
  const out: T[] = [];
  for (let k = 0; k < rows.length; k++) {
    const cells = rows[k]!.trim().split(/\s*,\s*|\s+/);
    if (cells.length !== width)
      return {
        ok: false,
        error: `point ${k + 1} ("${rows[k]!.trim().slice(0, 40)}") has ${cells.length} number(s); expected ${shape}`,
      };
    const nums = cells.map((c) => parseNumber(c));
    if (nums.some((v) => v === undefined))
      return {
        ok: false,
        error: `point ${k + 1} ("${rows[k]!.trim().slice(0, 40)}") is not numbers; expected ${shape}`,
      };
    const v = checkOne(nums as number[], width, o, k);
    if (!v.ok) return v;
    out.push(v.value as unknown as T);
  }
  return { ok: true, value: out };
}

function checkOne(p: unknown, width: 2 | 3, o: Options, k: number): ParseResult<readonly number[]> {
  if (!Array.isArray(p) || p.length !== width || !p.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return { ok: false, error: `point ${k + 1} must be ${width} finite numbers` };
  if (Math.abs(p[0]) > o.limit || Math.abs(p[1]) > o.limit)
    return { ok: false, error: `point ${k + 1}: coordinates must be between -${o.limit} and ${o.limit}` };
  if (width === 3 && !(Number.isInteger(p[2]) && p[2] >= 0 && p[2] < MAX_CLASSES))
    return { ok: false, error: `point ${k + 1}: the class must be a whole number 0 … ${MAX_CLASSES - 1}` };
  return { ok: true, value: p.slice() };
}

function checkList<T extends readonly number[]>(
  v: unknown,
  width: 2 | 3,
  o: Options,
): ParseResult<readonly T[]> {
  if (!Array.isArray(v)) return { ok: false, error: 'must be an array of points' };
  if (v.length > o.max) return { ok: false, error: `${v.length} points; at most ${o.max}` };
  const out: T[] = [];
  for (let k = 0; k < v.length; k++) {
    const r = checkOne(v[k], width, o, k);
    if (!r.ok) return r;
    out.push(r.value as unknown as T);
  }
  return { ok: true, value: out };
}

const format = (ps: readonly (readonly number[])[]): string =>
  ps.length ? ps.map((p) => p.map(formatNumber).join(' ')).join('; ') : 'none';

const same = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean =>
  a.length === b.length && a.every((p, k) => p.every((x, t) => x === b[k]![t]));

export function pointListProp(o: Options): Prop<readonly Point2[]> {
  return customProp<readonly Point2[]>({
    type: 'points',
    default: [],
    doc: o.doc,
    range: `"x y; x y; …" or "none", up to ${o.max} points within ±${o.limit}`,
    parse: (t) => parseList<Point2>(t, 2, o),
    format,
    check: (v) => checkList<Point2>(v, 2, o),
    equals: same,
  });
}

export function labelledListProp(o: Options): Prop<readonly LabelledPoint[]> {
  return customProp<readonly LabelledPoint[]>({
    type: 'labelled points',
    default: [],
    doc: o.doc,
    range: `"x y class; …" (class 0 … ${MAX_CLASSES - 1}) or "none", up to ${o.max} points within ±${o.limit}`,
    parse: (t) => parseList<LabelledPoint>(t, 3, o),
    format,
    check: (v) => checkList<LabelledPoint>(v, 3, o),
    equals: same,
  });
}
