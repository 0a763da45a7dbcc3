/**
 * The computation graph of a program: one node per input and per operation, in program order
 * (which is a topological order: every operand comes before the node that uses it).
 */
import type { Position } from './lexer';
import type { Operation } from './ops';

/** How a node is named on screen: `c` with subscript `2` for the second `c`, `τ` `3` for the third unnamed step. */
export interface NodeLabel {
  readonly base: string;
  readonly sub: string;
}

export interface GraphNode {
  /** Index in `Graph.nodes`. */
  readonly id: number;
  readonly kind: 'input' | 'op';
  /** For operations. */
  readonly op: Operation | undefined;
  /** Node ids of the operands, in order (a node used twice, as in c + c, appears twice). */
  readonly args: readonly number[];
  /** For inputs: the number the program assigns. */
  readonly inputValue: number;
  /** The name this node was assigned to, if it is the result of an assignment. */
  readonly name: string | undefined;
  readonly label: NodeLabel;
  /** How settings refer to the node: `a`, `c_2` (second assignment of c), `τ3` (third unnamed step). */
  readonly ref: string;
  /** Where the operation is written: the operator, the function or the assigned name. */
  readonly at: Position;
  /** The source text of the expression this node computes. */
  readonly text: string;
}

export interface Edge {
  readonly from: number;
  readonly to: number;
  /** Which operand of `to` (0 or 1). */
  readonly slot: number;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly Edge[];
  /** Edge indices leaving each node (to the nodes that use it). */
  readonly out: readonly (readonly number[])[];
  /** Edge indices entering each node, by slot. */
  readonly in: readonly (readonly number[])[];
  /** The node of the last assignment. */
  readonly output: number;
  /** Whether the output depends on each node (false for a value computed but never used). */
  readonly live: readonly boolean[];
  /** Node ids of the inputs (names assigned a number), in program order. */
  readonly inputs: readonly number[];
  readonly opCount: number;
}

export function edgesOf(nodes: readonly GraphNode[]): Pick<Graph, 'edges' | 'out' | 'in'> {
  const edges: Edge[] = [];
  const out: number[][] = nodes.map(() => []);
  const into: number[][] = nodes.map(() => []);
  for (const n of nodes)
    n.args.forEach((from, slot) => {
      out[from]?.push(edges.length);
      into[n.id]?.push(edges.length);
      edges.push({ from, to: n.id, slot });
    });
  return { edges, out, in: into };
}

/** Marks the nodes with a path to `output` (walking the operands back from it). */
export function liveNodes(nodes: readonly GraphNode[], output: number): boolean[] {
  const live = nodes.map(() => false);
  live[output] = true;
  for (let id = output; id >= 0; id--) if (live[id]) for (const a of nodes[id]?.args ?? []) live[a] = true;
  return live;
}

/** `c₂`-style plain text of a label (subscript digits), for SVG and ARIA text. */
export function labelText(label: NodeLabel): string {
  const SUB = '₀₁₂₃₄₅₆₇₈₉';
  return label.base + [...label.sub].map((d) => SUB[Number(d)] ?? d).join('');
}

/** The node a setting refers to: `a`, `c` (its last assignment), `c_2`/`c₂`, `τ3`/`τ₃`. */
export function findNode(graph: Graph, ref: string): GraphNode | undefined {
  const plain = ref.trim().replace(/[₀-₉]/g, (d) => String(d.charCodeAt(0) - 0x2080));
  if (!plain) return undefined;
  const exact = graph.nodes.find((n) => n.ref === plain);
  if (exact) return exact;
  const versioned = /^([A-Za-z][A-Za-z0-9]*)_?(\d+)$/.exec(plain);
  if (versioned) {
    const hit = graph.nodes.find((n) => n.name === versioned[1] && n.label.sub === versioned[2]);
    if (hit) return hit;
  }
  if (/^τ\d+$/.test(plain)) return undefined;
  for (let i = graph.nodes.length - 1; i >= 0; i--) if (graph.nodes[i]?.name === plain) return graph.nodes[i];
  return undefined;
}
