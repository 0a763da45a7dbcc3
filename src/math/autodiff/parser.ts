/**
 * Parses a program of assignments, one per line (or separated by `;`), into statements:
 *
 *   statement := name "=" expr
 *   expr      := term (("+" | "-") term)*
 *   term      := unary (("*" | "/") unary)*
 *   unary     := "-" unary | power
 *   power     := primary ("^" unary)?          -a^2 is -(a^2); 2^-1 is 0.5; a^b^c is a^(b^c)
 *   primary   := number | name | func "(" expr ")" | "(" expr ")"
 *
 * Errors say where (line and column) and what was expected there.
 */
import { formatProgramError, lex, type Position, type ProgramError, type Token } from './lexer';
import { FUNC_NAMES, isFuncName, type BinaryOp, type FuncName } from './ops';

export interface Span extends Position {
  /** Column just after the expression, on the same line. */
  readonly endColumn: number;
}

export type Expr =
  | { readonly kind: 'number'; readonly value: number; readonly span: Span }
  | { readonly kind: 'name'; readonly name: string; readonly span: Span }
  | { readonly kind: 'neg'; readonly arg: Expr; readonly span: Span; readonly at: Position }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOp;
      readonly left: Expr;
      readonly right: Expr;
      readonly span: Span;
      readonly at: Position;
    }
  | {
      readonly kind: 'pow';
      readonly base: Expr;
      readonly exponent: Expr;
      readonly span: Span;
      readonly at: Position;
    }
  | {
      readonly kind: 'call';
      readonly fn: FuncName;
      readonly arg: Expr;
      readonly span: Span;
      readonly at: Position;
    };

export interface Statement {
  readonly name: string;
  readonly nameAt: Position;
  readonly expr: Expr;
  /** The source line the statement is on. */
  readonly lineText: string;
}

export type ParseResult = { ok: true; statements: Statement[] } | { ok: false; error: ProgramError };

class ParseFailure extends Error {
  constructor(readonly error: ProgramError) {
    super(formatProgramError(error));
  }
}

const FUNCS = FUNC_NAMES.join(', ');

function describe(t: Token): string {
  switch (t.kind) {
    case 'end':
      return 'the end of the line';
    case 'number':
      return `the number ${t.text}`;
    case 'name':
      return `the name ${JSON.stringify(t.text)}`;
    default:
      return JSON.stringify(t.text);
  }
}

const OPERAND = 'a number, a name, "(" or a function such as exp(…)';

/**
 * How deeply parentheses, function calls, minus signs and powers may nest. The parser (and the
 * graph builder, evaluator and formula writer after it) recurse once per level, so without a
 * cap a 3,000-character program of "((((…" overflows the stack; no readable program gets near.
 */
export const MAX_NESTING = 100;

export function parseProgram(source: string): ParseResult {
  const lexed = lex(source);
  if (!lexed.ok) return lexed;
  const lines = source.split('\n');
  const statements: Statement[] = [];
  const tokens = lexed.tokens;
  try {
    let start = 0;
    for (let i = 0; i < tokens.length; i++) {
      if ((tokens[i] as Token).kind !== 'end') continue;
      if (i > start) statements.push(new StatementParser(tokens.slice(start, i + 1), lines).parse());
      start = i + 1;
    }
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
  return { ok: true, statements };
}

/** Parses the tokens of one statement (ending with its `end` token). */
class StatementParser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly lines: readonly string[],
  ) {}

  parse(): Statement {
    const first = this.peek();
    if (first.kind !== 'name')
      this.fail(first, `expected a name to assign to, such as c = a + b, but found ${describe(first)}`);
    if (isFuncName(first.text))
      this.fail(first, `${first.text} is a function; choose another name for a value`);
    this.next();
    const eq = this.peek();
    if (eq.kind !== '=')
      this.fail(eq, `expected "=" after the name ${first.text}, but found ${describe(eq)}`);
    this.next();
    if (this.peek().kind === 'end')
      this.fail(this.peek(), `expected a value after "=", such as ${first.text} = 2`);
    const expr = this.expr();
    const after = this.peek();
    if (after.kind !== 'end') {
      const hint =
        after.kind === 'name' || after.kind === 'number' || after.kind === '('
          ? '; write * for multiplication, such as 2 * a'
          : after.kind === ')'
            ? '; this ")" closes nothing'
            : '';
      this.fail(
        after,
        `expected an operator (+ - * / ^) or the end of the line, but found ${describe(after)}${hint}`,
      );
    }
    return {
      name: first.text,
      nameAt: { line: first.line, column: first.column },
      expr,
      lineText: this.lines[first.line - 1] ?? '',
    };
  }

  private expr(): Expr {
    let left = this.term();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op' || (t.text !== '+' && t.text !== '-')) return left;
      this.next();
      const right = this.term();
      left = { kind: 'binary', op: t.text, left, right, span: join(left.span, right.span), at: t };
    }
  }

  private term(): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op' || (t.text !== '*' && t.text !== '/')) return left;
      this.next();
      const right = this.unary();
      left = { kind: 'binary', op: t.text, left, right, span: join(left.span, right.span), at: t };
    }
  }

  /** Every recursive path (parentheses, calls, minus, powers) passes through here once per level. */
  private unary(): Expr {
    const t = this.peek();
    if (++this.depth > MAX_NESTING)
      this.fail(
        t,
        `the expression nests more than ${MAX_NESTING} levels deep (parentheses, functions, minus signs or powers); split it into several lines, such as t = (…)`,
      );
    try {
      return this.unaryAt(t);
    } finally {
      this.depth--;
    }
  }

  private unaryAt(t: Token): Expr {
    if (t.kind === 'op' && t.text === '-') {
      this.next();
      const arg = this.unary();
      return {
        kind: 'neg',
        arg,
        span: { line: t.line, column: t.column, endColumn: arg.span.endColumn },
        at: t,
      };
    }
    if (t.kind === 'op' && t.text === '+')
      this.fail(t, `expected ${OPERAND}, but found "+" (a leading + is not needed)`);
    return this.power();
  }

  private power(): Expr {
    const base = this.primary();
    const t = this.peek();
    if (t.kind !== 'op' || t.text !== '^') return base;
    this.next();
    const exponent = this.unary();
    return { kind: 'pow', base, exponent, span: join(base.span, exponent.span), at: t };
  }

  private primary(): Expr {
    const t = this.peek();
    if (t.kind === 'number') {
      this.next();
      return { kind: 'number', value: t.value, span: spanOf(t) };
    }
    if (t.kind === 'name') {
      this.next();
      const open = this.peek();
      if (isFuncName(t.text)) {
        if (open.kind !== '(')
          this.fail(open, `expected "(" after ${t.text}, as in ${t.text}(x), but found ${describe(open)}`);
        this.next();
        const arg = this.inner(open);
        const close = this.previous();
        return {
          kind: 'call',
          fn: t.text,
          arg,
          span: { line: t.line, column: t.column, endColumn: close.endColumn },
          at: t,
        };
      }
      if (open.kind === '(')
        this.fail(
          t,
          `${JSON.stringify(t.text)} is not a function; the functions are ${FUNCS}. To multiply, write ${t.text} * (…)`,
        );
      return { kind: 'name', name: t.text, span: spanOf(t) };
    }
    if (t.kind === '(') {
      this.next();
      const inner = this.inner(t);
      const close = this.previous();
      return withSpan(inner, { line: t.line, column: t.column, endColumn: close.endColumn });
    }
    this.fail(t, `expected ${OPERAND}, but found ${describe(t)}`);
  }

  /** The expression after an opening parenthesis, and its closing one. */
  private inner(open: Token): Expr {
    if (this.peek().kind === ')')
      this.fail(this.peek(), `expected ${OPERAND} inside the parentheses, but found ")"`);
    const e = this.expr();
    const close = this.peek();
    if (close.kind !== ')')
      this.fail(
        close,
        `expected ")" to close the "(" at column ${open.column}, but found ${describe(close)}`,
      );
    this.next();
    return e;
  }

  private peek(): Token {
    return this.tokens[this.i] as Token;
  }
  private previous(): Token {
    return this.tokens[this.i - 1] as Token;
  }
  private next(): void {
    if (this.i < this.tokens.length - 1) this.i++;
  }
  private fail(at: Position, message: string): never {
    throw new ParseFailure({ line: at.line, column: at.column, message });
  }
}

function spanOf(t: Token): Span {
  return { line: t.line, column: t.column, endColumn: t.endColumn };
}

function join(a: Span, b: Span): Span {
  return { line: a.line, column: a.column, endColumn: b.endColumn };
}

/** Parentheses widen an expression's source text without changing its meaning. */
function withSpan(e: Expr, span: Span): Expr {
  return { ...e, span } as Expr;
}
