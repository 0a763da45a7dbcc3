/**
 * Turns parsed statements into a computation graph. Each assignment makes a new node (so `c = c + 1`
 * is a second node named c, shown as c₂); each operation inside it is a node too. Constants are
 * folded into the operation that uses them; a value made of constants only is an input.
 */
import type { Position, ProgramError } from './lexer';
import { edgesOf, liveNodes, type Graph, type GraphNode, type NodeLabel } from './graph';
import { arity, domainProblem, forward, type BinaryOp, type Operation } from './ops';
import type { Expr, Span, Statement } from './parser';

/** The most operations a program may have: beyond this the graph stops being readable. */
export const MAX_OPERATIONS = 60;
/** The most inputs a program may have. */
export const MAX_INPUTS = 20;

export type BuildResult = { ok: true; graph: Graph } | { ok: false; error: ProgramError };

type Operand = { readonly node: number } | { readonly constant: number };

interface Draft {
  kind: 'input' | 'op';
  op: Operation | undefined;
  args: number[];
  inputValue: number;
  name: string | undefined;
  at: Position;
  text: string;
}

class BuildFailure extends Error {
  constructor(readonly error: ProgramError) {
    super(error.message);
  }
}

export function buildGraph(statements: readonly Statement[]): BuildResult {
  if (statements.length === 0)
    return {
      ok: false,
      error: {
        line: 1,
        column: 1,
        message: 'the program is empty; write one assignment per line, such as a = 2',
      },
    };
  try {
    return { ok: true, graph: new Builder().build(statements) };
  } catch (e) {
    if (e instanceof BuildFailure) return { ok: false, error: e.error };
    throw e;
  }
}

class Builder {
  private readonly drafts: Draft[] = [];
  /** Name → node id of its latest assignment. */
  private readonly current = new Map<string, number>();
  /** Name → line of its first assignment so far. */
  private readonly definedOn = new Map<string, number>();
  private ops = 0;
  private inputs = 0;
  private statement: Statement | undefined;
  /** Name → line of its first assignment anywhere in the program (for "assigned only later"). */
  private readonly firstLine = new Map<string, number>();

  build(statements: readonly Statement[]): Graph {
    for (const s of statements) if (!this.firstLine.has(s.name)) this.firstLine.set(s.name, s.nameAt.line);
    for (const s of statements) this.assign(s);
    return this.finish();
  }

  private assign(s: Statement): void {
    this.statement = s;
    const firstNew = this.drafts.length;
    const result = this.lower(s.expr);
    if ('constant' in result) {
      if (this.current.has(s.name))
        this.fail(
          s.nameAt,
          `${s.name} is already defined on line ${this.definedOn.get(s.name)}; a name set to a number is an input, and an input is assigned only once (use a new name)`,
        );
      if (++this.inputs > MAX_INPUTS) this.fail(s.nameAt, `too many inputs; the limit is ${MAX_INPUTS}`);
      this.drafts.push({
        kind: 'input',
        op: undefined,
        args: [],
        inputValue: result.constant,
        name: s.name,
        at: s.nameAt,
        text: this.source(s.expr.span),
      });
    } else if (result.node >= firstNew) {
      (this.drafts[result.node] as Draft).name = s.name;
    } else {
      const copy = this.make({ kind: 'copy' }, [result.node], s.nameAt, this.source(s.expr.span));
      (this.drafts[copy] as Draft).name = s.name;
    }
    this.current.set(s.name, this.drafts.length - 1);
    if (!this.definedOn.has(s.name)) this.definedOn.set(s.name, s.nameAt.line);
  }

  private lower(e: Expr): Operand {
    switch (e.kind) {
      case 'number':
        return { constant: e.value };
      case 'name': {
        const id = this.current.get(e.name);
        if (id === undefined) {
          const later = this.firstLine.get(e.name);
          this.fail(
            e.span,
            later !== undefined && later > e.span.line
              ? `${e.name} is assigned only later, on line ${later}; a line can use only names assigned above it`
              : `${e.name} is not defined; assign it on an earlier line, such as ${e.name} = 1`,
          );
        }
        return { node: id };
      }
      case 'neg':
        return this.apply({ kind: 'neg' }, [this.lower(e.arg)], e.at, e.span);
      case 'call':
        return this.apply({ kind: 'func', fn: e.fn }, [this.lower(e.arg)], e.at, e.span);
      case 'pow': {
        const base = this.lower(e.base);
        const exponent = this.lower(e.exponent);
        if (!('constant' in exponent)) {
          const text = this.source(e.exponent.span);
          this.fail(
            e.exponent.span,
            `the exponent of "^" must be a constant number, such as b^3, but here it is ${JSON.stringify(text)}, which depends on a name; for a variable exponent write exp(${text} * log(…))`,
          );
        }
        return this.apply({ kind: 'pow', exponent: exponent.constant }, [base], e.at, e.span);
      }
      case 'binary': {
        const left = this.lower(e.left);
        const right = this.lower(e.right);
        return this.combine(e.op, left, right, e.at, e.span);
      }
    }
  }

  private combine(op: BinaryOp, left: Operand, right: Operand, at: Position, span: Span): Operand {
    if ('node' in left && 'node' in right) return this.apply({ kind: 'binary', op }, [left, right], at, span);
    if ('node' in right && 'constant' in left)
      return this.apply({ kind: 'constLeft', op, constant: left.constant }, [right], at, span);
    if ('node' in left && 'constant' in right)
      return this.apply({ kind: 'constRight', op, constant: right.constant }, [left], at, span);
    return this.apply({ kind: 'binary', op }, [left, right], at, span);
  }

  /** A node for `op` on node operands, or the folded number when every operand is a constant. */
  private apply(op: Operation, operands: readonly Operand[], at: Position, span: Span): Operand {
    const text = this.source(span);
    if (operands.every((o) => 'constant' in o)) {
      const args = operands.map((o) => (o as { constant: number }).constant);
      const value = forward(op, args);
      const problem = domainProblem(op, args, value, text);
      if (problem) this.fail(at, problem);
      return { constant: value };
    }
    const ids = operands.map((o) => (o as { node: number }).node);
    if (ids.length !== arity(op)) throw new Error('operand count does not match the operation');
    return { node: this.make(op, ids, at, text) };
  }

  private make(op: Operation, args: number[], at: Position, text: string): number {
    if (++this.ops > MAX_OPERATIONS)
      this.fail(at, `too many operations; the limit is ${MAX_OPERATIONS}, so that the graph stays readable`);
    this.drafts.push({ kind: 'op', op, args, inputValue: NaN, name: undefined, at, text });
    return this.drafts.length - 1;
  }

  private source(span: Span): string {
    const line = this.statement?.lineText ?? '';
    return line.slice(span.column - 1, span.endColumn - 1).trim();
  }

  private fail(at: Position, message: string): never {
    throw new BuildFailure({ line: at.line, column: at.column, message });
  }

  private finish(): Graph {
    const versions = new Map<string, number>();
    for (const d of this.drafts) if (d.name) versions.set(d.name, (versions.get(d.name) ?? 0) + 1);
    const seen = new Map<string, number>();
    let temps = 0;
    const nodes: GraphNode[] = this.drafts.map((d, id) => {
      let label: NodeLabel;
      let ref: string;
      if (d.name) {
        const k = (seen.get(d.name) ?? 0) + 1;
        seen.set(d.name, k);
        const many = (versions.get(d.name) ?? 0) > 1;
        label = { base: d.name, sub: many ? String(k) : '' };
        ref = many ? `${d.name}_${k}` : d.name;
      } else {
        temps++;
        label = { base: 'τ', sub: String(temps) };
        ref = `τ${temps}`;
      }
      return {
        id,
        kind: d.kind,
        op: d.op,
        args: d.args,
        inputValue: d.inputValue,
        name: d.name,
        label,
        ref,
        at: d.at,
        text: d.text,
      };
    });
    return {
      nodes,
      ...edgesOf(nodes),
      output: nodes.length - 1,
      live: liveNodes(nodes, nodes.length - 1),
      inputs: nodes.filter((n) => n.kind === 'input').map((n) => n.id),
      opCount: this.ops,
    };
  }
}
