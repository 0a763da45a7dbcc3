/**
 * A learner's program, compiled: parsed, turned into a computation graph, run forward and
 * backward. This is the entry point the widget, the lesson builder and the tests use.
 *
 * @example
 * const r = compileProgram('a = -4\nb = 2\nc = a * b + b^3');
 * if (r.ok) inputGradients(r.program); // { a: 2, b: 8 }
 * else formatProgramError(r.error);   // "Line 3, column 9: …"
 */
import { buildGraph } from './build';
import { backwardPass, forwardPass } from './evaluate';
import type { Graph } from './graph';
import { formatProgramError, type ProgramError } from './lexer';
import { parseProgram } from './parser';

/** Longest program text accepted (characters). */
export const MAX_PROGRAM_LENGTH = 4000;

export interface CompiledProgram {
  readonly graph: Graph;
  /** Value of every node (forward pass). */
  readonly values: readonly number[];
  /** ∂output/∂node for every node (backward pass). */
  readonly grads: readonly number[];
  /** Local derivative of every edge, ∂(edge.to)/∂(edge.from). */
  readonly locals: readonly number[];
}

export type CompileResult = { ok: true; program: CompiledProgram } | { ok: false; error: ProgramError };

/** Parses, builds and runs `source`; any problem comes back with its line and column. */
export function compileProgram(source: string): CompileResult {
  if (source.length > MAX_PROGRAM_LENGTH)
    return {
      ok: false,
      error: {
        line: 1,
        column: 1,
        message: `the program is too long (${source.length} characters; the limit is ${MAX_PROGRAM_LENGTH})`,
      },
    };
  const parsed = parseProgram(source);
  if (!parsed.ok) return parsed;
  const built = buildGraph(parsed.statements);
  if (!built.ok) return built;
  const graph = built.graph;
  const fwd = forwardPass(graph);
  if (!fwd.ok) return { ok: false, error: fwd.error };
  const bwd = backwardPass(graph, fwd.values);
  if (!bwd.ok) return { ok: false, error: bwd.error };
  return { ok: true, program: { graph, values: fwd.values, grads: bwd.grads, locals: bwd.locals } };
}

/**
 * One statement per line, trimmed, blank lines dropped: the form kept in the widget's state.
 * `;` and new lines both end a statement (and a `#` comment), so this keeps the meaning.
 */
export function canonicalProgram(text: string): string {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .join('\n');
}

/** The one-line form for attributes and URLs: statements joined by "; ". */
export function oneLineProgram(text: string): string {
  return canonicalProgram(text).split('\n').join('; ');
}

/** Input name → its value. */
export function inputValues(p: CompiledProgram): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of p.graph.inputs) {
    const n = p.graph.nodes[id];
    if (n?.name) out[n.name] = p.values[id] as number;
  }
  return out;
}

/** Input name → ∂output/∂input. */
export function inputGradients(p: CompiledProgram): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of p.graph.inputs) {
    const n = p.graph.nodes[id];
    if (n?.name) out[n.name] = p.grads[id] as number;
  }
  return out;
}

export function outputValue(p: CompiledProgram): number {
  return p.values[p.graph.output] as number;
}

export { formatProgramError };
export type { ProgramError };
