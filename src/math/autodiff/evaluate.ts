/**
 * The two passes over a graph. Forward: every node's value, in program order. Backward
 * (reverse-mode autodiff): starting from ∂out/∂out = 1, walk the nodes in reverse order; each
 * node's gradient is the sum, over the edges leaving it, of the gradient at the edge's end times
 * the edge's local derivative (the chain rule, with the paths added up).
 */
import { formatProgramError, type ProgramError } from './lexer';
import type { Edge, Graph, GraphNode } from './graph';
import { domainProblem, forward, localDerivatives, showNumber } from './ops';

export type ForwardResult = { ok: true; values: number[] } | { ok: false; error: ProgramError; node: number };

/** Values of every node; `inputs` overrides input values by node id (for finite differences). */
export function forwardPass(graph: Graph, inputs?: ReadonlyMap<number, number>): ForwardResult {
  const values: number[] = [];
  for (const n of graph.nodes) {
    if (n.kind === 'input') {
      values.push(inputs?.get(n.id) ?? n.inputValue);
      continue;
    }
    const op = n.op;
    if (!op) throw new Error('an operation node without its operation');
    const args = n.args.map((a) => values[a] as number);
    const v = forward(op, args);
    const problem = domainProblem(op, args, v, n.text);
    if (problem) return { ok: false, error: { ...n.at, message: problem }, node: n.id };
    values.push(v);
  }
  return { ok: true, values };
}

export interface Backward {
  /** ∂out/∂node for every node (0 for nodes the output does not depend on). */
  readonly grads: number[];
  /** Local derivative carried by each edge: ∂(edge.to)/∂(edge.from). */
  readonly locals: number[];
}

export type BackwardResult = ({ ok: true } & Backward) | { ok: false; error: ProgramError; node: number };

export function localsOf(graph: Graph, values: readonly number[]): number[] {
  const locals = new Array<number>(graph.edges.length).fill(0);
  for (const n of graph.nodes) {
    if (!n.op) continue;
    const d = localDerivatives(
      n.op,
      n.args.map((a) => values[a] as number),
      values[n.id] as number,
    );
    const into = graph.in[n.id] ?? [];
    into.forEach((e, slot) => (locals[e] = d[slot] as number));
  }
  return locals;
}

export function backwardPass(graph: Graph, values: readonly number[]): BackwardResult {
  const locals = localsOf(graph, values);
  const grads = new Array<number>(graph.nodes.length).fill(0);
  grads[graph.output] = 1;
  for (let id = graph.output; id >= 0; id--) {
    const g = gradientFrom(graph, grads, locals, id);
    grads[id] = g;
    if (Number.isFinite(g)) continue;
    // Name the edge that broke it: a local derivative that is itself not finite, or else growth.
    const badIndex = (graph.out[id] ?? []).find(
      (e) => graph.live[(graph.edges[e] as Edge).to] && !Number.isFinite(locals[e] as number),
    );
    const bad = badIndex === undefined ? undefined : (graph.edges[badIndex] as Edge);
    const node = graph.nodes[bad ? bad.to : id] as GraphNode;
    const message = bad
      ? `${node.text} has no finite slope at ${showNumber(values[bad.from] as number)}, so no gradient can flow back through it`
      : `the gradient with respect to ${node.text} grows too large to compute`;
    return { ok: false, error: { ...node.at, message }, node: node.id };
  }
  return { ok: true, grads, locals };
}

/**
 * ∂out/∂node as the sum over the edges leaving `id` (every consumer after `id` must be final).
 * The output's own gradient is 1.
 */
export function gradientFrom(
  graph: Graph,
  grads: readonly number[],
  locals: readonly number[],
  id: number,
): number {
  if (id === graph.output) return 1;
  let sum = 0;
  for (const e of graph.out[id] ?? []) {
    const edge = graph.edges[e];
    // A consumer the output does not depend on passes nothing back (not even 0 · ∞).
    if (edge && graph.live[edge.to]) sum += (grads[edge.to] as number) * (locals[e] as number);
  }
  return sum;
}

export { formatProgramError };
