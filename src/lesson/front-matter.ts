/**
 * A lesson file's path and front matter: split, parse (YAML), and check against the curriculum.
 * Every problem carries the line of the offending field, or line 1 when a field is missing.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { isTrackSlug, lessonBaseName, lessonByNumber, TRACK_SLUGS, type TrackSlug } from './curriculum';
import type { LessonProblem } from './problems';

export interface FrontMatter {
  readonly title: string;
  readonly track: TrackSlug;
  readonly order: number;
  readonly summary: string;
  readonly aha: string;
}

export const FRONT_MATTER_FIELDS = ['title', 'track', 'order', 'summary', 'aha'] as const;
type Field = (typeof FRONT_MATTER_FIELDS)[number];

const FIELD_HINT: Readonly<Record<Field, string>> = {
  title: 'title: the lesson title, one line',
  track: `track: one of ${TRACK_SLUGS.join(', ')}`,
  order: 'order: the lesson number in the curriculum, a whole number',
  summary: 'summary: what the lesson is about, one line',
  aha: 'aha: the one picture the learner should leave with, one line',
};

export interface LessonPath {
  readonly folder: string;
  readonly number: number;
  readonly slug: string;
}

const PATH_PATTERN = /^lessons\/([a-z0-9-]+)\/(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** Reads `lessons/<track>/<nn>-<slug>.md`; undefined when the path has another shape. */
export function parseLessonPath(file: string): LessonPath | undefined {
  const m = PATH_PATTERN.exec(file);
  if (!m) return undefined;
  return { folder: m[1] as string, number: Number(m[2]), slug: m[3] as string };
}

export interface SplitLesson {
  readonly yaml: string;
  /** 1-based file line of the first YAML line. */
  readonly yamlLine: number;
  readonly body: string;
  /** 1-based file line of the first body line. */
  readonly bodyLine: number;
}

/** Splits `---\n<yaml>\n---\n<body>`; expects `\n` line ends. */
export function splitFrontMatter(
  file: string,
  source: string,
  fields: readonly string[] = FRONT_MATTER_FIELDS,
): { ok: true; value: SplitLesson } | { ok: false; problem: LessonProblem } {
  const lines = source.split('\n');
  if ((lines[0] ?? '').trimEnd() !== '---')
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: `missing front matter; expected the file to start with a "---" line, then ${fields.join(', ')}, then "---"`,
      },
    };
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (close < 0)
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: 'front matter opened here is never closed; expected a closing "---" line',
      },
    };
  return {
    ok: true,
    value: {
      yaml: lines.slice(1, close).join('\n'),
      yamlLine: 2,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
  };
}

interface FieldValue {
  readonly value: unknown;
  /** 1-based file line of the field's key. */
  readonly line: number;
}

/**
 * The YAML of the front matter as `field → value and line`, for the fields in `allowed`; invalid
 * YAML, a non-map and unknown fields are problems. Shared by curriculum and own lessons.
 */
function readFields<F extends string>(
  file: string,
  split: SplitLesson,
  allowed: readonly F[],
  problems: LessonProblem[],
): Map<F, FieldValue> | undefined {
  const at = (line: number, message: string): void => {
    problems.push({ file, line, message });
  };
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number | undefined): number =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line + split.yamlLine - 1;

  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      at(
        fileLine(e.pos[0]),
        `front matter is not valid YAML: ${firstLine(e.message)}; expected "field: value" lines`,
      );
    return undefined;
  }
  if (!isMap(doc.contents)) {
    at(1, `front matter is not a list of fields; expected ${allowed.join(', ')} as "field: value" lines`);
    return undefined;
  }

  const values = new Map<F, FieldValue>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = fileLine(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if (!(allowed as readonly string[]).includes(key)) {
      at(line, `unknown front matter field ${JSON.stringify(key)}; expected only ${allowed.join(', ')}`);
      continue;
    }
    const value = isScalar(pair.value) ? pair.value.value : pair.value === null ? null : pair.value.toJSON();
    values.set(key as F, { value, line });
  }
  return values;
}

/** A one-line text field, or undefined with a problem when it is not one. */
function textField(
  file: string,
  v: FieldValue | undefined,
  field: string,
  hint: string,
  problems: LessonProblem[],
): string | undefined {
  if (!v) return undefined;
  if (typeof v.value !== 'string' || v.value.trim() === '' || v.value.includes('\n')) {
    problems.push({
      file,
      line: v.line,
      message: `front matter field "${field}" must be one line of text; expected ${hint}`,
    });
    return undefined;
  }
  return v.value.trim();
}

/**
 * Parses and checks the front matter: all five fields present, no unknown ones, and the track and
 * order agree with the file's folder, its number, and the curriculum entry with that number.
 */
export function parseFrontMatter(
  file: string,
  split: SplitLesson,
): { value: FrontMatter | undefined; problems: LessonProblem[] } {
  const problems: LessonProblem[] = [];
  const at = (line: number, message: string): void => {
    problems.push({ file, line, message });
  };
  const values = readFields(file, split, FRONT_MATTER_FIELDS, problems);
  if (!values) return { value: undefined, problems };

  const text = (field: 'title' | 'summary' | 'aha'): string | undefined =>
    textField(file, values.get(field), field, FIELD_HINT[field], problems);
  for (const f of FRONT_MATTER_FIELDS)
    if (!values.has(f)) at(1, `front matter is missing "${f}"; expected ${FIELD_HINT[f]}`);

  const title = text('title');
  const summary = text('summary');
  const aha = text('aha');
  const path = parseLessonPath(file);

  let track: TrackSlug | undefined;
  const t = values.get('track');
  if (t) {
    if (typeof t.value !== 'string' || !isTrackSlug(t.value))
      at(t.line, `unknown track ${JSON.stringify(t.value)}; expected ${FIELD_HINT.track}`);
    else if (path && path.folder !== t.value)
      at(
        t.line,
        `track "${t.value}" does not match the folder lessons/${path.folder}/; expected track: ${path.folder}`,
      );
    else track = t.value;
  }

  let order: number | undefined;
  const o = values.get('order');
  if (o) {
    const entry =
      typeof o.value === 'number' && Number.isInteger(o.value) ? lessonByNumber(o.value) : undefined;
    if (typeof o.value !== 'number' || !Number.isInteger(o.value))
      at(o.line, `order ${JSON.stringify(o.value)} is not a whole number; expected ${FIELD_HINT.order}`);
    else if (!entry)
      at(o.line, `order ${o.value} is not a lesson of the curriculum; expected a number from 1 to 28`);
    else if (path && path.number !== o.value)
      at(
        o.line,
        `order ${o.value} does not match the file number ${String(path.number).padStart(2, '0')}; expected order: ${path.number}`,
      );
    else if (track && entry.track !== track)
      at(
        o.line,
        `lesson ${o.value} belongs to the track "${entry.track}", not "${track}"; expected the lesson file in lessons/${entry.track}/`,
      );
    else if (path && path.slug !== entry.slug)
      at(
        1,
        `the file name does not match lesson ${o.value} of the curriculum; expected lessons/${entry.track}/${lessonBaseName(entry)}.md`,
      );
    else order = o.value;
  }

  if (
    title === undefined ||
    summary === undefined ||
    aha === undefined ||
    track === undefined ||
    order === undefined
  )
    return { value: undefined, problems };
  return { value: { title, track, order, summary, aha }, problems };
}

/** Front matter of a lesson outside the curriculum (`lumen build <folder>`). */
export interface OwnFrontMatter {
  readonly title: string;
  /** The group the home page lists the lesson under; undefined: the default group. */
  readonly track: string | undefined;
  /** Place in the site's order (before lessons without one); undefined: after them, by file name. */
  readonly order: number | undefined;
  readonly summary: string;
  readonly aha: string;
}

export const OWN_REQUIRED_FIELDS = ['title', 'summary', 'aha'] as const;
export const OWN_FIELDS = ['title', 'summary', 'aha', 'track', 'order'] as const;
type OwnField = (typeof OWN_FIELDS)[number];

const OWN_HINT: Readonly<Record<OwnField, string>> = {
  title: FIELD_HINT.title,
  summary: FIELD_HINT.summary,
  aha: FIELD_HINT.aha,
  track: 'track: the group the home page lists the lesson under, one line (optional)',
  order: 'order: a number that places the lesson in the site, e.g. 1, 2, 2.5 (optional)',
};

/**
 * Front matter of a lesson outside the curriculum: `title`, `summary`, `aha` required (one line
 * each), `track` (any one line of text) and `order` (any finite number) optional, nothing else.
 */
export function parseOwnFrontMatter(
  file: string,
  split: SplitLesson,
): { value: OwnFrontMatter | undefined; problems: LessonProblem[] } {
  const problems: LessonProblem[] = [];
  const values = readFields(file, split, OWN_FIELDS, problems);
  if (!values) return { value: undefined, problems };
  for (const f of OWN_REQUIRED_FIELDS)
    if (!values.has(f))
      problems.push({ file, line: 1, message: `front matter is missing "${f}"; expected ${OWN_HINT[f]}` });
  const text = (field: OwnField): string | undefined =>
    textField(file, values.get(field), field, OWN_HINT[field], problems);
  const title = text('title');
  const summary = text('summary');
  const aha = text('aha');
  const track = text('track');
  const o = values.get('order');
  let order: number | undefined;
  if (o) {
    if (typeof o.value === 'number' && Number.isFinite(o.value)) order = o.value;
    else
      problems.push({
        file,
        line: o.line,
        message: `order ${JSON.stringify(o.value)} is not a number; expected ${OWN_HINT.order}`,
      });
  }
  if (problems.length > 0 || title === undefined || summary === undefined || aha === undefined)
    return { value: undefined, problems };
  return { value: { title, track, order, summary, aha }, problems };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
