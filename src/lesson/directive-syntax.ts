/**
 * The syntax of a leaf directive line, `::name{#id key="value with spaces" key=value bare}`.
 * Pure text in, structure or a plain-words error out; what the names and values mean is checked
 * elsewhere, against the widget's property table.
 */

export interface DirectiveEntry {
  /** As written (kebab-case by convention). */
  readonly key: string;
  readonly value: string;
  /** Written as a bare `key`, which means true. */
  readonly bare: boolean;
}

export interface Directive {
  readonly name: string;
  readonly id: string | undefined;
  readonly entries: readonly DirectiveEntry[];
}

export type DirectiveParse = { ok: true; value: Directive } | { ok: false; error: string };

const NAME = /^[a-z][a-z0-9-]*/;
const KEY = /^[A-Za-z][A-Za-z0-9_-]*/;
const ID = /^[A-Za-z][A-Za-z0-9_-]*/;
const EXPECTED = 'expected ::name{#id key="value" key=value flag}';

/** Parses one directive line (already trimmed, starting with `::`). */
export function parseDirective(line: string): DirectiveParse {
  const fail = (error: string): DirectiveParse => ({ ok: false, error });
  const name = NAME.exec(line.slice(2))?.[0];
  if (!name) return fail(`a directive needs a name after "::"; ${EXPECTED}`);
  let pos = 2 + name.length;
  if (pos === line.length) return { ok: true, value: { name, id: undefined, entries: [] } };
  if (line[pos] !== '{')
    return fail(`unexpected ${JSON.stringify(line.slice(pos))} after "::${name}"; ${EXPECTED}`);
  pos++;
  let id: string | undefined;
  const entries: DirectiveEntry[] = [];
  for (;;) {
    while (line[pos] === ' ' || line[pos] === '\t') pos++;
    if (pos >= line.length) return fail(`"{" is never closed by "}"; ${EXPECTED}`);
    if (line[pos] === '}') {
      pos++;
      break;
    }
    const rest = line.slice(pos);
    if (rest[0] === '#') {
      const m = ID.exec(rest.slice(1));
      if (!m)
        return fail(
          `"#" must be followed by an id (a letter, then letters, digits, "-" or "_"); ${EXPECTED}`,
        );
      if (id !== undefined) return fail(`two ids, #${id} and #${m[0]}; expected at most one`);
      id = m[0];
      pos += 1 + m[0].length;
    } else {
      const k = KEY.exec(rest)?.[0];
      if (!k) return fail(`unexpected ${JSON.stringify(rest[0])} in the settings; ${EXPECTED}`);
      pos += k.length;
      let value = '';
      let bare = true;
      if (line[pos] === '=') {
        bare = false;
        pos++;
        const q = line[pos];
        if (q === '"' || q === "'") {
          const close = line.indexOf(q, pos + 1);
          if (close < 0)
            return fail(`the value of ${k} opens a ${q} quote that is never closed; ${EXPECTED}`);
          value = line.slice(pos + 1, close);
          pos = close + 1;
        } else {
          const m = /^[^\s{}"'=]+/.exec(line.slice(pos));
          if (!m) return fail(`${k}= has no value; expected ${k}=value or ${k}="value with spaces"`);
          value = m[0];
          pos += value.length;
        }
      }
      if (entries.some((e) => e.key === k)) return fail(`${k} is set twice; expected each setting once`);
      entries.push({ key: k, value, bare });
    }
    if (pos < line.length && !/[\s}]/.test(line[pos] as string))
      return fail(
        `unexpected ${JSON.stringify(line.slice(pos))}; separate settings with spaces; ${EXPECTED}`,
      );
  }
  if (pos !== line.length)
    return fail(
      `unexpected ${JSON.stringify(line.slice(pos))} after "}"; expected the directive alone on its line`,
    );
  return { ok: true, value: { name, id, entries } };
}
