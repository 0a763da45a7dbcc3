/**
 * Property tables: the one place where a widget says which state it has, of which type, in which
 * range, with which default. Attributes, lesson directives and the page URL are all strings; they
 * go through `parseProps`, so the three sources accept exactly the same spellings and report
 * problems in the same words. `el.setState` from JavaScript goes through `checkValue`.
 *
 * Pure: no DOM, so the lesson builder (Node) validates directives with the same table.
 *
 * @example
 * const table = { speed: numberProp({ default: 1, min: 0, max: 4, doc: 'Play speed' }) };
 * parseProps(table, { speed: '9' }, 'attribute').problems[0].message
 * // → 'speed="9" (attribute): must be between 0 and 4. Using "1".'
 */

import { formatNumber, parseNumber } from '../math/number-text';

export { formatNumber, parseNumber };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Prop<T> {
  /** Human name of the type, shown in docs and messages ("number", "2x2 matrix"). */
  readonly type: string;
  readonly default: T;
  /** One line for the README's property tables. */
  readonly doc: string;
  /** Text shown in the docs for the accepted range or values. */
  readonly range: string;
  parse(text: string): ParseResult<T>;
  /**
   * Inverse of parse: `parse(format(v))` gives back `v` (numbers to the 12 significant digits
   * that `formatNumber` keeps).
   */
  format(value: T): string;
  /** Checks a value handed in from JavaScript (`el.setState`). */
  check(value: unknown): ParseResult<T>;
  equals(a: T, b: T): boolean;
  /** Numbers: the accepted range, and the step a control moves by (read by src/ui/bind.ts). */
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** Enumerations: the accepted values, in menu order. */
  readonly values?: readonly T[];
  /**
   * Lesson-authored (a question, an answer, an explanation): set by attributes, lesson
   * directives, `setState` or an iframe's own address, never by the page's URL state, so a
   * crafted link cannot make a lesson say something else. Made with `authored(prop)`.
   */
  readonly authored?: boolean;
}

// A table holds props of different value types; `any` is the honest element type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PropTable = Record<string, Prop<any>>;
export type StateOf<P extends PropTable> = { [K in keyof P]: P[K] extends Prop<infer T> ? T : never };

export type Source = 'attribute' | 'URL' | 'lesson' | 'setState';

export interface Problem {
  readonly prop: string;
  readonly message: string;
}

/** `matrixMode` → `matrix-mode`: the spelling used by attributes, directives and the URL. */
export function toKebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}
export function toCamel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function defaults<P extends PropTable>(table: P): StateOf<P> {
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(table)) out[k] = p.default;
  return out as StateOf<P>;
}

const MAX_SHOWN = 40;
/** Quotes user text for a message; never interpreted as HTML because messages are set as text. */
export function quote(text: string): string {
  const t = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) + '…' : text;
  return JSON.stringify(t);
}

/**
 * Parses string inputs (kebab-case names) against a table. Unknown names and bad values become
 * problems; values land in `state` under their camelCase key, a bad value as the default.
 */
export function parseProps<P extends PropTable>(
  table: P,
  input: Readonly<Record<string, string>>,
  source: Source,
): { state: Partial<StateOf<P>>; problems: Problem[] } {
  const state: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const entries = ownEntries(input);
  if (!entries.ok) {
    problems.push({
      prop: WHOLE_ARGUMENT,
      message: `settings (${source}): ${entries.error}. Nothing changed.`,
    });
    return { state: state as Partial<StateOf<P>>, problems };
  }
  for (const [rawName, value] of entries.value) {
    const key = toCamel(rawName);
    const prop = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
    if (!prop) {
      problems.push({ prop: rawName, message: unknownMessage(table, rawName, source) });
      continue;
    }
    // Settings are text; a number or boolean handed to applySettings is read as its spelling.
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      problems.push({ prop: rawName, message: `${toKebab(key)} (${source}): must be text. Value kept.` });
      continue;
    }
    const text = String(value);
    const r = safeParse(prop, text);
    // A bad value falls back to the default (and says so), so the picture matches the message.
    state[key] = r.ok ? r.value : prop.default;
    if (!r.ok)
      problems.push({
        prop: rawName,
        message: `${toKebab(key)}=${quote(text)} (${source}): ${r.error}. Using ${quote(prop.format(prop.default))}.`,
      });
  }
  return { state: state as Partial<StateOf<P>>, problems };
}

/** The problem key of a `setState` argument that is not an object at all (kebab-case, as keys are). */
export const WHOLE_ARGUMENT = 'set-state';

/**
 * Checks a partial state object handed in from JavaScript. Anything may arrive here (null, a
 * string, a Proxy whose traps throw, an object whose getter throws): each becomes a problem, and
 * this never throws, because a host page's mistake must not break its own script.
 */
export function checkPartial<P extends PropTable>(
  table: P,
  partial: unknown,
): { state: Partial<StateOf<P>>; problems: Problem[] } {
  const state: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const entries = ownEntries(partial);
  if (!entries.ok) {
    problems.push({ prop: WHOLE_ARGUMENT, message: `setState: ${entries.error}. Nothing changed.` });
    return { state: state as Partial<StateOf<P>>, problems };
  }
  const own = (name: string): boolean => Object.prototype.hasOwnProperty.call(table, name);
  for (const [given, value] of entries.value) {
    // The README documents the attribute spelling (`false-positive`); both spellings work.
    const key = own(given) ? given : toCamel(given);
    const prop = own(key) ? table[key] : undefined;
    if (!prop) {
      problems.push({ prop: given, message: unknownMessage(table, given, 'setState') });
      continue;
    }
    // A string is also taken as an attribute would be ('auto', '1 2; 3 4'): "checked, like attributes".
    let r = safeCheck(prop, value);
    if (!r.ok && typeof value === 'string') r = safeParse(prop, value);
    if (r.ok) state[key] = r.value;
    else problems.push({ prop: key, message: `${key} (setState): ${r.error}. Value kept.` });
  }
  return { state: state as Partial<StateOf<P>>, problems };
}

/**
 * A rule between props that no single prop can check (Q and K of the same width): `check` says
 * what is wrong with a whole state, or undefined. Rules are checked on every change, from any
 * source (attribute, URL, setState, the widget's own controls).
 */
export interface PropRule<S> {
  /** Names the rule's message in the widget (kebab-case, like a prop's). */
  readonly name: string;
  /** The props it ties together: a change to any of them is checked. */
  readonly keys: readonly (keyof S & string)[];
  readonly check: (state: Readonly<S>) => string | undefined;
}

/**
 * Applies the rules to `next` (= `previous` with `changed` keys replaced): a change that breaks a
 * rule is undone, those keys keep their previous values, and the rule's message says why. The
 * previous state is taken to be good (it passed these rules). Returns the state to keep, the
 * problems, and the rules now met (whose old messages can go).
 */
export function checkRules<S extends object>(
  rules: readonly PropRule<S>[],
  previous: Readonly<S>,
  next: S,
  changed: ReadonlySet<string>,
): { state: S; problems: Problem[]; met: string[] } {
  const state = { ...next };
  const broken = new Map<string, string>();
  const touched = rules.filter((rule) => rule.keys.some((k) => changed.has(k)));
  // Undoing one rule's keys can break a rule checked before it that shares them: check again
  // until nothing changes (each pass undoes at least one rule, so this ends).
  for (let pass = 0; pass <= touched.length; pass++) {
    let undone = false;
    for (const rule of touched) {
      if (broken.has(rule.name)) continue;
      const message = safeRule(rule, state);
      if (message === undefined) continue;
      for (const k of rule.keys) if (changed.has(k)) state[k] = previous[k];
      broken.set(rule.name, `${message} Value kept.`);
      undone = true;
    }
    if (!undone) break;
  }
  return {
    state,
    problems: [...broken].map(([prop, message]) => ({ prop, message })),
    met: touched.filter((rule) => !broken.has(rule.name)).map((rule) => rule.name),
  };
}

function safeRule<S>(rule: PropRule<S>, state: Readonly<S>): string | undefined {
  try {
    return rule.check(state);
  } catch (e) {
    return `${rule.name}: the settings could not be checked (${errorText(e)}).`;
  }
}

/** The own enumerable string-keyed entries of a plain object, read once, or why it is not one. */
function ownEntries(value: unknown): ParseResult<[string, unknown][]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return fail(`expected an object such as { name: value }, but got ${describeValue(value)}`);
  try {
    return ok(Object.entries(value));
  } catch (e) {
    return fail(`the object could not be read (${errorText(e)})`);
  }
}

/** A prop's own check, with a value whose getters or traps may throw (a Proxy, a hostile array). */
function safeCheck<T>(prop: Prop<T>, value: unknown): ParseResult<T> {
  try {
    return prop.check(value);
  } catch (e) {
    return fail(`the value could not be read (${errorText(e)})`);
  }
}

function safeParse<T>(prop: Prop<T>, text: string): ParseResult<T> {
  try {
    return prop.parse(text);
  } catch (e) {
    return fail(`the text could not be read (${errorText(e)})`);
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the text ${quote(value)}` : `a ${typeof value}`;
}

function errorText(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : 'an error';
  return text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) + '…' : text;
}

function unknownMessage(table: PropTable, name: string, source: Source): string {
  const known = Object.keys(table).map(toKebab).join(', ');
  return `Unknown setting ${quote(name)} (${source}); this widget knows: ${known}. Ignored.`;
}

// ---- prop constructors ----------------------------------------------------------------------

/** A parse that worked, or one that did not and says why (for custom props' parse and check). */
export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T>(error: string): ParseResult<T> => ({ ok: false, error });

/** Numbers separated by spaces, commas or semicolons ("1 2 3"); undefined if a part is no number. */
export function parseNumberList(text: string): number[] | undefined {
  const nums = text
    .trim()
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(parseNumber);
  return nums.some((x) => x === undefined) ? undefined : (nums as number[]);
}

/**
 * The three switches most widgets end their table with: predict-first (off), the controls and the
 * live formula (on), each with the widget's own words.
 */
export function viewSwitches(doc: { predict: string; controls: string; formula: string }): {
  predict: Prop<boolean>;
  controls: Prop<boolean>;
  formula: Prop<boolean>;
} {
  return {
    predict: booleanProp({ default: false, doc: doc.predict }),
    controls: booleanProp({ default: true, doc: doc.controls }),
    formula: booleanProp({ default: true, doc: doc.formula }),
  };
}

export function numberProp(o: {
  default: number;
  min: number;
  max: number;
  doc: string;
  integer?: boolean;
  /** The step of the control bound to it (a slider's arrow key); 1 for integers by default. */
  step?: number;
}): Prop<number> {
  const check = (n: unknown): ParseResult<number> => {
    if (typeof n !== 'number' || !Number.isFinite(n)) return fail('must be a finite number');
    if (o.integer && !Number.isInteger(n)) return fail('must be a whole number');
    if (n < o.min || n > o.max) return fail(`must be between ${o.min} and ${o.max}`);
    return ok(n);
  };
  return {
    type: o.integer ? 'integer' : 'number',
    default: o.default,
    doc: o.doc,
    range: `${o.min} … ${o.max}`,
    min: o.min,
    max: o.max,
    ...(o.step !== undefined || o.integer ? { step: o.step ?? 1 } : {}),
    parse(text) {
      const n = parseNumber(text);
      return n === undefined ? fail('expected a number such as 1.5') : check(n);
    },
    format: formatNumber,
    check,
    equals: (a, b) => a === b,
  };
}

export function booleanProp(o: { default: boolean; doc: string }): Prop<boolean> {
  return {
    type: 'boolean',
    default: o.default,
    doc: o.doc,
    range: 'true | false (a bare attribute means true)',
    parse(text) {
      const t = text.trim().toLowerCase();
      if (t === '' || t === 'true' || t === '1' || t === 'on' || t === 'yes') return ok(true);
      if (t === 'false' || t === '0' || t === 'off' || t === 'no') return ok(false);
      return fail('expected true or false');
    },
    format: (v) => String(v),
    check: (v) => (typeof v === 'boolean' ? ok(v) : fail('must be true or false')),
    equals: (a, b) => a === b,
  };
}

export function enumProp<const V extends string>(o: {
  default: V;
  values: readonly V[];
  doc: string;
}): Prop<V> {
  const check = (v: unknown): ParseResult<V> =>
    typeof v === 'string' && (o.values as readonly string[]).includes(v)
      ? ok(v as V)
      : fail(`must be one of ${o.values.join(', ')}`);
  return {
    type: 'one of',
    default: o.default,
    doc: o.doc,
    range: o.values.join(' | '),
    values: o.values,
    parse: (text) => check(text.trim()),
    format: (v) => v,
    check,
    equals: (a, b) => a === b,
  };
}

/**
 * Plain text (a question, a label). Always shown as text, never as markup; control characters
 * are refused and the length is capped so a URL cannot flood the page.
 */
export function textProp(o: { default: string; maxLength: number; doc: string }): Prop<string> {
  const check = (v: unknown): ParseResult<string> => {
    if (typeof v !== 'string') return fail('must be text');
    if (v.length > o.maxLength) return fail(`must be at most ${o.maxLength} characters`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(v)) return fail('must not contain control characters');
    return ok(v);
  };
  return {
    type: 'text',
    default: o.default,
    doc: o.doc,
    range: `up to ${o.maxLength} characters`,
    parse: (text) => check(text),
    format: (v) => v,
    check,
    equals: (a, b) => a === b,
  };
}

/** Marks a prop as lesson-authored: the page URL's widget state cannot set it (see `Prop.authored`). */
export function authored<T>(prop: Prop<T>): Prop<T> {
  return { ...prop, authored: true };
}

/** The message for an authored prop that a link tried to set (the value is not repeated). */
export function authoredMessage(name: string): string {
  return `${toKebab(name)} (URL): this text belongs to the lesson, and a link cannot change it. Ignored.`;
}

/** A prop whose value has its own text syntax (a matrix, a list of points). */
export function customProp<T>(o: {
  type: string;
  default: T;
  doc: string;
  range: string;
  parse: (text: string) => ParseResult<T>;
  format: (v: T) => string;
  check: (v: unknown) => ParseResult<T>;
  equals: (a: T, b: T) => boolean;
  min?: number;
  max?: number;
  step?: number;
  values?: readonly T[];
}): Prop<T> {
  return { ...o };
}
