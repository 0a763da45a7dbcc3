/**
 * Functions of one variable that a learner types (`x^3 - 2*x`, `tanh(2*u)`), with their exact
 * derivative. They reuse the scalar autodiff of lesson 19: the text becomes the two-line program
 * `x = …; y = <text>`, compiled once to a graph; a value is one forward pass and a slope one
 * backward pass over that graph. So the derivative shown in lessons 17 and 18 is the very
 * reverse-mode derivative lesson 19 explains, not a finite difference.
 *
 * Pure; no DOM.
 *
 * @example
 * const r = compileFunction('x^3 - 2*x');
 * if (r.ok) r.fn.slope(1);       // 1  (3x² − 2 at x = 1)
 * else r.message;                // "column 3: …"
 */
import { buildGraph } from './autodiff/build';
import { backwardPass, forwardPass } from './autodiff/evaluate';
import type { Graph } from './autodiff/graph';
import { lex } from './autodiff/lexer';
import { FUNC_NAMES, isFuncName } from './autodiff/ops';
import { parseProgram } from './autodiff/parser';

/** Longest function text accepted (characters). */
export const MAX_FUNCTION_LENGTH = 120;

/** The names a function may use for its one variable. */
export type Variable = 'x' | 'u';

export interface Fn1 {
  /** The text as typed (trimmed). */
  readonly text: string;
  /** The variable the text uses (`x` when it uses none, as in a constant). */
  readonly variable: Variable;
  /** f(x), or NaN where f is not defined (log of a negative number, division by 0). */
  value(x: number): number;
  /** f'(x) from the backward pass, or NaN where f or its slope is not defined. */
  slope(x: number): number;
  /** True where f(x) is NaN because a step overflowed (exp(1000)), not because f is undefined. */
  overflows(x: number): boolean;
}

export type FunctionResult = { ok: true; fn: Fn1 } | { ok: false; message: string };

/** What precedes the learner's text in the program; error columns are shifted back by its length. */
const PREFIX = 'y = ';

/**
 * Compiles `text`, an expression in one variable (one of `allowed`), with + - * / ^ (by a
 * constant), parentheses and exp, log, tanh, relu, sigmoid, sin, cos, abs. Errors say the column and what was
 * expected.
 */
export function compileFunction(text: string, allowed: readonly Variable[] = ['x']): FunctionResult {
  const t = text.trim();
  if (t === '')
    return fail(
      `type a function of ${allowed.join(' or ')}, such as ${allowed[0] ?? 'x'}^3 - 2*${allowed[0] ?? 'x'}`,
    );
  if (t.length > MAX_FUNCTION_LENGTH)
    return fail(`the function is too long (${t.length} characters; the limit is ${MAX_FUNCTION_LENGTH})`);
  const bad = /[;=#\n\r]/.exec(t);
  if (bad)
    return fail(
      `column ${bad.index + 1}: ${JSON.stringify(bad[0])} is not allowed; type one expression, such as x^2 + 1`,
    );
  const lexed = lex(t);
  if (!lexed.ok) return fail(`column ${lexed.error.column}: ${lexed.error.message}`);
  const used = new Set<string>();
  for (const tok of lexed.tokens) {
    if (tok.kind !== 'name' || isFuncName(tok.text)) continue;
    if (!(allowed as readonly string[]).includes(tok.text)) {
      const what =
        /^[a-z]+$/.test(tok.text) && tok.text.length > 1
          ? `${JSON.stringify(tok.text)} is not a function here; the functions are ${FUNC_NAMES.join(', ')}`
          : `${JSON.stringify(tok.text)} is not the variable; write the function of ${allowed.join(' or ')}`;
      return fail(`column ${tok.column}: ${what}`);
    }
    used.add(tok.text);
  }
  if (used.size > 1) return fail(`use one variable, ${[...used].join(' or ')}, not both`);
  const variable = ([...used][0] ?? allowed[0] ?? 'x') as Variable;
  const parsed = parseProgram(`${variable} = 0\n${PREFIX}${t}`);
  if (!parsed.ok) return fail(shifted(parsed.error));
  const built = buildGraph(parsed.statements);
  if (!built.ok) return fail(shifted(built.error));
  return { ok: true, fn: makeFn(t, variable, built.graph) };
}

function makeFn(text: string, variable: Variable, graph: Graph): Fn1 {
  const input = graph.inputs[0] ?? 0;
  const run = (x: number): number[] | undefined => {
    if (!Number.isFinite(x)) return undefined;
    const r = forwardPass(graph, new Map([[input, x]]));
    return r.ok ? r.values : undefined;
  };
  return {
    text,
    variable,
    value(x) {
      const v = run(x)?.[graph.output];
      return v !== undefined && Number.isFinite(v) ? v : NaN;
    },
    overflows(x) {
      if (!Number.isFinite(x)) return false;
      const r = forwardPass(graph, new Map([[input, x]]));
      return !r.ok && /too large to compute/.test(r.error.message);
    },
    slope(x) {
      const values = run(x);
      if (!values) return NaN;
      const b = backwardPass(graph, values);
      const g = b.ok ? b.grads[input] : undefined;
      return g !== undefined && Number.isFinite(g) ? g : NaN;
    },
  };
}

function shifted(e: { line: number; column: number; message: string }): string {
  const column = e.line >= 2 ? Math.max(1, e.column - PREFIX.length) : 1;
  return `column ${column}: ${e.message}`;
}

function fail(message: string): FunctionResult {
  return { ok: false, message };
}

// ---- the derivative as a limit ----------------------------------------------------------------

/** The slope of the secant from x0 to x0 + h: (f(x0 + h) − f(x0)) / h, or NaN where undefined. */
export function secantSlope(f: (x: number) => number, x0: number, h: number): number {
  if (!(h !== 0) || !Number.isFinite(h)) return NaN;
  const s = (f(x0 + h) - f(x0)) / h;
  return Number.isFinite(s) ? s : NaN;
}

/** The smallest secant step the widget shrinks to: far below what the eye can tell from 0. */
export const MIN_H = 1e-6;
/** Seconds for the shrink animation to halve h. */
export const HALVING_TIME = 0.3;

/**
 * One frame of the "shrink" animation: h halves every HALVING_TIME seconds, down to `target`
 * (never past it). Frame-rate independent: two frames of dt give the same h as one of 2·dt.
 */
export function shrinkStep(h: number, dt: number, target: number): number {
  const sign = h < 0 ? -1 : 1;
  const size = Math.abs(h) * Math.pow(2, -Math.max(0, dt) / HALVING_TIME);
  return sign * Math.max(Math.abs(target), size);
}

// ---- the chain rule -----------------------------------------------------------------------------

export interface ChainNumbers {
  readonly x: number;
  /** u = g(x). */
  readonly u: number;
  /** y = f(u). */
  readonly y: number;
  /** g'(x): how much a nudge of x is scaled on its way to u. */
  readonly gSlope: number;
  /** f'(u): how much a nudge of u is scaled on its way to y. */
  readonly fSlope: number;
  /** dy/dx = f'(g(x)) · g'(x). */
  readonly slope: number;
  readonly dx: number;
  /** The linear estimate du ≈ g'(x) dx. */
  readonly du: number;
  /** The linear estimate dy ≈ f'(u) du. */
  readonly dy: number;
  /** The true changes g(x + dx) − g(x) and f(g(x + dx)) − f(g(x)), for comparison. */
  readonly duExact: number;
  readonly dyExact: number;
}

/** Every number of the chain rule at x for the nudge dx; undefined where f∘g is not defined at x. */
export function chainAt(g: Fn1, f: Fn1, x: number, dx: number): ChainNumbers | undefined {
  const u = g.value(x);
  const y = f.value(u);
  const gSlope = g.slope(x);
  const fSlope = f.slope(u);
  if (![u, y, gSlope, fSlope].every(Number.isFinite)) return undefined;
  const du = gSlope * dx;
  const dy = fSlope * du;
  const u2 = g.value(x + dx);
  return {
    x,
    u,
    y,
    gSlope,
    fSlope,
    slope: fSlope * gSlope,
    dx,
    du,
    dy,
    duExact: u2 - u,
    dyExact: f.value(u2) - y,
  };
}
