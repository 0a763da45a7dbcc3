/**
 * Splits a program into tokens with their line and column (both from 1), for the parser and for
 * error messages that point at the exact place. `#` starts a comment that runs to the end of the
 * line or to the next `;`; `;` separates statements like a new line, so a whole program fits in
 * one attribute: `a = 2; b = a * 3`.
 */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export type TokenKind = 'number' | 'name' | 'op' | '(' | ')' | '=' | 'end';

export interface Token extends Position {
  readonly kind: TokenKind;
  /** The source text (`**` is reported as `^`, the end of a statement as ""). */
  readonly text: string;
  /** For numbers. */
  readonly value: number;
  /** Column just after the token. */
  readonly endColumn: number;
}

export interface ProgramError extends Position {
  readonly message: string;
}

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: ProgramError };

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z][A-Za-z0-9]*/;

export function lex(source: string): LexResult {
  const tokens: Token[] = [];
  const lines = source.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const text = lines[li] as string;
    const line = li + 1;
    let i = 0;
    const push = (kind: TokenKind, raw: string, length: number, value = NaN): void => {
      tokens.push({ kind, text: raw, value, line, column: i + 1, endColumn: i + 1 + length });
      i += length;
    };
    while (i < text.length) {
      const ch = text[i] as string;
      const rest = text.slice(i);
      if (ch === ' ' || ch === '\t' || ch === '\r') {
        i++;
      } else if (ch === '#') {
        const semi = text.indexOf(';', i);
        i = semi < 0 ? text.length : semi;
      } else if (ch === ';') {
        push('end', '', 1);
      } else if (/[0-9.]/.test(ch)) {
        const m = NUMBER.exec(rest);
        if (!m) return fail(line, i + 1, `"." must be part of a number, such as 0.5`);
        const digits = m[0];
        if (/^[A-Za-z_]/.test(text.slice(i + digits.length)))
          return fail(
            line,
            i + 1 + digits.length,
            `a name cannot follow a number directly; write * for multiplication, such as ${digits} * ${NAME.exec(text.slice(i + digits.length))?.[0] ?? 'x'}`,
          );
        push('number', digits, digits.length, Number(digits));
      } else if (/[A-Za-z]/.test(ch)) {
        const name = (NAME.exec(rest) as RegExpExecArray)[0];
        if (text[i + name.length] === '_')
          return fail(
            line,
            i + 1 + name.length,
            `names use letters and digits only, such as x1 or loss ("_" is not allowed)`,
          );
        push('name', name, name.length);
      } else if (rest.startsWith('**')) {
        push('op', '^', 2);
      } else if ('+-*/^'.includes(ch)) {
        push('op', ch, 1);
      } else if (ch === '(' || ch === ')' || ch === '=') {
        push(ch, ch, 1);
      } else {
        return fail(
          line,
          i + 1,
          `unexpected character ${JSON.stringify(ch)}; expected a name, a number, an operator (+ - * / ^), "=" or parentheses`,
        );
      }
    }
    tokens.push({
      kind: 'end',
      text: '',
      value: NaN,
      line,
      column: text.length + 1,
      endColumn: text.length + 1,
    });
  }
  return { ok: true, tokens };
}

function fail(line: number, column: number, message: string): LexResult {
  return { ok: false, error: { line, column, message } };
}

/** "Line 3, column 7: …": how every program error is shown. */
export function formatProgramError(e: ProgramError): string {
  return `Line ${e.line}, column ${e.column}: ${e.message}`;
}
