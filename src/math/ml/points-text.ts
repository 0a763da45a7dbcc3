/**
 * The text forms of a data set, both strict and both total (never throw):
 * - the state form, for attributes, lesson directives and URLs: "1 2; 3 4" or, with classes,
 *   "1 2 0; 3 4 1" (x, y and the class of each point, separated by ";");
 * - CSV, for pasting and dropping files: one point per line, "x,y" or "x,y,label" (commas, tabs
 *   or spaces), an optional header line, labels as class numbers 0 … 2 or as names ("setosa").
 * Every bad line is reported as "line N: what was wrong; what was expected"; nothing is dropped
 * silently: one bad line rejects the whole paste, so the learner sees the data they sent or a
 * reason, never a quietly shorter data set.
 */
import { formatNumber, parseNumber } from '../number-text';
import { MAX_CLASSES, MAX_COORD, MAX_POINTS, type Point } from './points';

export type PointsParse =
  { readonly ok: true; readonly points: Point[] } | { readonly ok: false; readonly error: string };

export const POINTS_EXPECTED =
  'expected points as "x y; x y; …" or with classes "x y class; …", like "1 2; 3 4.5"';

/** The state form: "x y[ class]; …"; "none" or nothing is no points. */
export function parsePoints(text: string): PointsParse {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'none') return { ok: true, points: [] };
  const rows = t.split(';');
  if (rows.length > MAX_POINTS)
    return { ok: false, error: `at most ${MAX_POINTS.toLocaleString('en')} points` };
  const points: Point[] = [];
  for (let i = 0; i < rows.length; i++) {
    const fields = (rows[i] as string)
      .trim()
      .split(/[\s,]+/)
      .filter((f) => f !== '');
    const r = readRow(fields, (f) => (isClassNumber(f) ? Number(f) : undefined));
    if (typeof r === 'string')
      return {
        ok: false,
        error: `point ${i + 1} ${quoteShort(rows[i] as string)}: ${r}; ${POINTS_EXPECTED}`,
      };
    points.push(r);
  }
  return { ok: true, points };
}

/** The inverse of `parsePoints`: classes are written only when some point is not class 0. */
export function formatPoints(points: readonly Point[]): string {
  if (!points.length) return 'none';
  const labelled = points.some((p) => p.label !== 0);
  return points
    .map((p) => `${formatNumber(p.x)} ${formatNumber(p.y)}${labelled ? ` ${p.label}` : ''}`)
    .join('; ');
}

/** Checks a value handed in from JavaScript: an array of { x, y, label? } or [x, y, label?]. */
export function checkPoints(v: unknown): PointsParse {
  if (!Array.isArray(v))
    return { ok: false, error: 'must be an array of points like [{ x: 1, y: 2, label: 0 }]' };
  if (v.length > MAX_POINTS) return { ok: false, error: `at most ${MAX_POINTS.toLocaleString('en')} points` };
  const points: Point[] = [];
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    const raw = Array.isArray(item)
      ? { x: item[0] as unknown, y: item[1] as unknown, label: (item[2] as unknown) ?? 0 }
      : item && typeof item === 'object'
        ? {
            x: (item as Record<string, unknown>).x,
            y: (item as Record<string, unknown>).y,
            label: (item as Record<string, unknown>).label ?? 0,
          }
        : undefined;
    if (!raw) return { ok: false, error: `point ${i + 1} must be { x, y, label } or [x, y, label]` };
    const problem = coordProblem(raw.x) ?? coordProblem(raw.y);
    if (problem) return { ok: false, error: `point ${i + 1}: ${problem}` };
    if (typeof raw.label !== 'number' || !isClassNumber(String(raw.label)))
      return { ok: false, error: `point ${i + 1}: the class must be a whole number 0 … ${MAX_CLASSES - 1}` };
    points.push({ x: raw.x as number, y: raw.y as number, label: raw.label });
  }
  return { ok: true, points };
}

export function pointsEqual(a: readonly Point[], b: readonly Point[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i] as Point;
    const q = b[i] as Point;
    if (p.x !== q.x || p.y !== q.y || p.label !== q.label) return false;
  }
  return true;
}

export type CsvParse =
  | {
      readonly ok: true;
      readonly points: Point[];
      readonly header: readonly string[] | undefined;
      readonly classNames: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

const CSV_EXPECTED = 'expected "x,y" or "x,y,class" with numbers x and y';

/**
 * CSV: one point per line; commas, tabs or spaces between fields; blank lines and lines starting
 * with "#" are skipped; the first line may be a header (when its first field is not a number).
 * Class names are numbered in order of first appearance (at most MAX_CLASSES).
 */
export function parseCsv(text: string): CsvParse {
  const lines = text.split(/\r\n|\r|\n/);
  const errors: string[] = [];
  const points: Point[] = [];
  const names: string[] = [];
  let header: string[] | undefined;
  let seenContent = false;
  let tooMany = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = splitFields(line);
    const first = !seenContent;
    seenContent = true;
    if (first && fields.length > 0 && parseNumber(fields[0] as string) === undefined) {
      header = fields;
      if (fields.length < 2 || fields.length > 3)
        errors.push(
          `line ${i + 1}: a header with ${fields.length} column${fields.length === 1 ? '' : 's'}; ${CSV_EXPECTED} (and optionally a header line like "x,y,class")`,
        );
      continue;
    }
    const r = readRow(fields, (f) => {
      if (isClassNumber(f)) return Number(f);
      if (parseNumber(f) !== undefined) return undefined;
      let k = names.indexOf(f);
      if (k < 0 && names.length < MAX_CLASSES) k = names.push(f) - 1;
      return k < 0 ? undefined : k;
    });
    if (typeof r === 'string') {
      errors.push(`line ${i + 1}: ${r} in ${quoteShort(line)}; ${CSV_EXPECTED}`);
      continue;
    }
    if (points.length >= MAX_POINTS) {
      if (!tooMany)
        errors.push(
          `line ${i + 1}: more than ${MAX_POINTS.toLocaleString('en')} points; expected at most ${MAX_POINTS.toLocaleString('en')}`,
        );
      tooMany = true;
      continue;
    }
    points.push(r);
  }
  if (!errors.length && !points.length)
    errors.push('no points found; expected one point per line, like "1.5,2" or "1.5,2,1"');
  return errors.length ? { ok: false, errors } : { ok: true, points, header, classNames: names };
}

/** The data set as CSV with a header, the form `parseCsv` reads back. */
export function formatCsv(points: readonly Point[]): string {
  return ['x,y,class', ...points.map((p) => `${formatNumber(p.x)},${formatNumber(p.y)},${p.label}`)].join(
    '\n',
  );
}

function splitFields(line: string): string[] {
  const sep = line.includes(',') ? /\s*,\s*/ : line.includes('\t') ? /\s*\t\s*/ : /\s+/;
  return line.split(sep).map((f) => f.replace(/^"(.*)"$/, '$1'));
}

function isClassNumber(f: string): boolean {
  return /^\d+$/.test(f) && Number(f) < MAX_CLASSES;
}

function readRow(fields: readonly string[], label: (f: string) => number | undefined): Point | string {
  if (fields.length < 2 || fields.length > 3)
    return `${fields.length} value${fields.length === 1 ? '' : 's'} where 2 or 3 belong`;
  const x = parseNumber(fields[0] as string);
  const y = parseNumber(fields[1] as string);
  if (x === undefined) return `x ${quoteShort(fields[0] as string)} is not a number`;
  if (y === undefined) return `y ${quoteShort(fields[1] as string)} is not a number`;
  const big = coordProblem(x) ?? coordProblem(y);
  if (big) return big;
  if (fields.length === 2) return { x, y, label: 0 };
  const k = label(fields[2] as string);
  if (k === undefined)
    return `the class ${quoteShort(fields[2] as string)} is not 0 … ${MAX_CLASSES - 1} or one of at most ${MAX_CLASSES} names`;
  return { x, y, label: k };
}

function coordProblem(v: unknown): string | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return 'a coordinate is not a finite number';
  if (Math.abs(v) > MAX_COORD)
    return `a coordinate is beyond ±${MAX_COORD.toExponential(0).replace('+', '')}`;
  return undefined;
}

function quoteShort(s: string): string {
  const t = s.trim();
  return JSON.stringify(t.length > 40 ? t.slice(0, 40) + '…' : t);
}
