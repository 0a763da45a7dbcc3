/**
 * The run of a program as a sequence of steps, and the other pure rules of `<lumen-graph>`.
 *
 * Steps: 0 is the program with only its inputs known. Steps 1…F compute the F operations
 * forward, one node each, in program order. Steps F+1…F+N walk back over all N nodes (the output
 * first, with ∂out/∂out = 1), each finishing one node's gradient: the sum, over the edges leaving
 * it, of the gradient already known at the edge's end times the edge's local derivative.
 */
import { findNode, type Graph, type GraphNode } from '../../math/autodiff/graph';
import { compileProgram, type CompiledProgram } from '../../math/autodiff/program';
import { layoutGraph, type Layout } from './layout';
import { DEFAULT_PROGRAM } from './props';

/** A program's text, compiled, with its graph laid out. */
export interface Compiled {
  readonly text: string;
  readonly program: CompiledProgram;
  readonly layout: Layout;
}

/** Compiles a program of the state (which only ever holds programs that compile). */
export function compiledOf(text: string): Compiled {
  let r = compileProgram(text);
  if (!r.ok) r = compileProgram(DEFAULT_PROGRAM);
  if (!r.ok) throw new Error('the default program does not compile');
  return { text, program: r.program, layout: layoutGraph(r.program.graph) };
}

/** The node a reference names, or undefined for "" (auto) and for a name the program lacks. */
export function nodeOf(graph: Graph, ref: string): GraphNode | undefined {
  return ref ? findNode(graph, ref) : undefined;
}

/** The node the learner guesses the gradient of: the one `ask` names, else the first input. */
export function askedNode(graph: Graph, ask: string): GraphNode {
  return nodeOf(graph, ask) ?? (graph.nodes[graph.inputs[0] ?? 0] as GraphNode);
}

export type Phase = 'start' | 'forward' | 'backward' | 'done';

export interface StepInfo {
  /** The step shown, clamped to the program's last step. */
  readonly step: number;
  readonly total: number;
  /** Steps of the forward pass (= number of operations). */
  readonly forwardSteps: number;
  readonly phase: Phase;
  /** How many operations have their value. */
  readonly computed: number;
  /** How many nodes, counted from the output back, have their gradient. */
  readonly graded: number;
  /** The node the last step worked on. */
  readonly touched: number | undefined;
}

/** Operation node ids in program order (the forward steps). */
export function operationOrder(graph: Graph): number[] {
  return graph.nodes.filter((n) => n.kind === 'op').map((n) => n.id);
}

export function totalSteps(graph: Graph): number {
  return graph.opCount + graph.nodes.length;
}

export function stepInfo(graph: Graph, requested: number): StepInfo {
  const forwardSteps = graph.opCount;
  const total = totalSteps(graph);
  const step = Math.max(0, Math.min(total, Math.floor(requested)));
  const computed = Math.min(step, forwardSteps);
  const graded = Math.max(0, step - forwardSteps);
  const phase: Phase =
    step === 0 ? 'start' : step === total ? 'done' : step <= forwardSteps ? 'forward' : 'backward';
  return { step, total, forwardSteps, phase, computed, graded, touched: nodeOfStep(graph, step) };
}

/** The node that step `s` (1…total) works on. */
export function nodeOfStep(graph: Graph, s: number): number | undefined {
  if (s <= 0) return undefined;
  if (s <= graph.opCount) return operationOrder(graph)[s - 1];
  const back = s - graph.opCount;
  return back <= graph.nodes.length ? graph.nodes.length - back : undefined;
}

/** The step after which `id` has its gradient (its backward step). */
export function backwardStepOf(graph: Graph, id: number): number {
  return graph.opCount + (graph.nodes.length - id);
}

export function hasValue(graph: Graph, info: StepInfo, id: number): boolean {
  const n = graph.nodes[id];
  if (!n) return false;
  if (n.kind === 'input') return true;
  return operationOrder(graph).indexOf(id) < info.computed;
}

export function hasGrad(graph: Graph, info: StepInfo, id: number): boolean {
  return id >= graph.nodes.length - info.graded;
}

/** An edge shows its local derivative once both its ends have values (after the forward pass reaches its end). */
export function edgeKnown(graph: Graph, info: StepInfo, edge: number): boolean {
  const e = graph.edges[edge];
  return e !== undefined && hasValue(graph, info, e.to);
}

export interface Derived {
  /** The output's value, once the forward pass has reached it. */
  readonly output: number | undefined;
  /** Name → its value so far: what the program holds after running up to this step. */
  readonly values: Readonly<Record<string, number>>;
  /** Input name → ∂output/∂input, for every input the backward pass has reached. */
  readonly grads: Readonly<Record<string, number>>;
}

export function derived(p: CompiledProgram, info: StepInfo): Derived {
  const g = p.graph;
  // Program order is the forward order, so the last computed assignment of a name is its value so far.
  const values: Record<string, number> = {};
  for (const n of g.nodes) if (n.name && hasValue(g, info, n.id)) values[n.name] = p.values[n.id] as number;
  const grads: Record<string, number> = {};
  for (const id of g.inputs) {
    const n = g.nodes[id];
    if (n?.name && hasGrad(g, info, id)) grads[n.name] = p.grads[id] as number;
  }
  return {
    output: hasValue(g, info, g.output) ? (p.values[g.output] as number) : undefined,
    values: Object.freeze(values),
    grads: Object.freeze(grads),
  };
}

// ---- selection by keyboard --------------------------------------------------------------------

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavKey(key: string): key is NavKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

/**
 * Where a key moves the selection, following what is on screen: left to an operand, right to a
 * node that uses this one (the nearest on screen), up and down within the column; Home is the
 * first input, End the output. `place` gives each node's column and vertical position.
 */
export function neighbour(
  graph: Graph,
  place: readonly { readonly layer: number; readonly y: number }[],
  from: number,
  key: NavKey,
): number {
  if (key === 'Home') return 0;
  if (key === 'End') return graph.output;
  const here = place[from];
  if (!here) return from;
  const nearest = (ids: readonly number[]): number => {
    let best = from;
    let bestDist = Infinity;
    for (const id of ids) {
      const p = place[id];
      if (!p) continue;
      const d = Math.abs(p.y - here.y);
      if (d < bestDist) {
        best = id;
        bestDist = d;
      }
    }
    return best;
  };
  if (key === 'ArrowLeft') return nearest(graph.nodes[from]?.args ?? []);
  if (key === 'ArrowRight') return nearest((graph.out[from] ?? []).map((e) => graph.edges[e]?.to ?? from));
  const column = graph.nodes
    .map((n) => n.id)
    .filter((id) => place[id]?.layer === here.layer)
    .sort((a, b) => (place[a]?.y ?? 0) - (place[b]?.y ?? 0));
  const k = column.indexOf(from);
  const next = column[key === 'ArrowUp' ? k - 1 : k + 1];
  return next ?? from;
}

// ---- predict-first ------------------------------------------------------------------------------

export type Band = 'exact' | 'close' | 'near' | 'far';

export interface Prediction {
  readonly node: string;
  readonly guess: number;
  readonly actual: number;
  /** |guess − actual|. */
  readonly error: number;
  readonly band: Band;
  /** The guess had the opposite sign (a common slip: a minus lost on the way back). */
  readonly signWrong: boolean;
}

/** Bands relative to the size of the answer (and at least to 1, so a gradient of 0 is fair). */
export function scoreGuess(node: string, guess: number, actual: number): Prediction {
  const error = Math.abs(guess - actual);
  const scale = Math.max(1, Math.abs(actual));
  const band: Band =
    error <= 0.005 * scale ? 'exact' : error <= 0.1 * scale ? 'close' : error <= 0.5 * scale ? 'near' : 'far';
  const signWrong = band !== 'exact' && guess !== 0 && actual !== 0 && Math.sign(guess) !== Math.sign(actual);
  return { node, guess, actual, error, band, signWrong };
}

/**
 * What Next does from `step`: one step on, except that while a guess is pending it stops at the
 * end of the forward pass (the backward pass would give the answer away).
 */
export function nextStep(info: StepInfo, guessPending: boolean): number {
  const limit = guessPending ? info.forwardSteps : info.total;
  return Math.min(limit, info.step + 1);
}

/** What "Run all" reaches. */
export function lastStep(info: StepInfo, guessPending: boolean): number {
  return guessPending ? info.forwardSteps : info.total;
}

/** How many distinct paths lead from node `id` to the output (a node used twice counts twice). */
export function pathCount(graph: Graph, id: number): number {
  const count = new Array<number>(graph.nodes.length).fill(0);
  count[graph.output] = 1;
  for (let v = graph.output - 1; v >= id; v--)
    for (const e of graph.out[v] ?? [])
      count[v] = (count[v] as number) + (count[graph.edges[e]?.to ?? v] as number);
  return count[id] ?? 0;
}
