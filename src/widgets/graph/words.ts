/**
 * Every text `<lumen-graph>` shows or says: numbers on the nodes, operation symbols, the node
 * descriptions for screen readers, the step status, the predict-first verdict and the gradient
 * check. Plain text, never HTML.
 */
import { labelText, type Graph, type GraphNode } from '../../math/autodiff/graph';
import type { Operation } from '../../math/autodiff/ops';
import type { CompiledProgram } from '../../math/autodiff/program';
import type { GradientCheck } from '../../math/autodiff/check';
import { hasGrad, hasValue, type Prediction, type StepInfo } from './model';
import { plain } from '../../math/number-text';

const MINUS = '\u2212';

/** A number for a node or an edge: 4 significant digits, exponent form when very large or small. */
export function num(x: number): string {
  // A program may compute NaN (log of a negative): the graph says so rather than a dash.
  return Number.isNaN(x) ? 'NaN' : plain(x, 4);
}

/** A number in a sentence or the check table: up to 6 significant digits. */
export function longNum(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  const text =
    a >= 1e7 || a < 1e-4 ? x.toExponential(3).replace('e+', 'e') : String(Number(x.toPrecision(6)));
  return text.replace(/-/g, MINUS);
}

/** The small error of a gradient check, always in exponent form: 3.0e-8. */
export function errorNum(x: number): string {
  return x === 0 ? '0' : x.toExponential(1).replace('e+', 'e').replace(/-/g, MINUS);
}

const BIN_SYMBOL = { '+': '+', '-': MINUS, '*': '×', '/': '÷' } as const;

/** The operation as drawn on its node: "+", "× 3", "10 ÷", "^3", "tanh". */
export function opSymbol(op: Operation | undefined): string {
  if (!op) return 'input';
  switch (op.kind) {
    case 'binary':
      return BIN_SYMBOL[op.op];
    case 'constRight':
      return `${BIN_SYMBOL[op.op]} ${num(op.constant)}`;
    case 'constLeft':
      return `${num(op.constant)} ${BIN_SYMBOL[op.op]}`;
    case 'pow':
      return `^${num(op.exponent)}`;
    case 'neg':
      return `${MINUS}x`;
    case 'func':
      return op.fn;
    case 'copy':
      return '=';
  }
}

/** The operation in words, for screen readers. */
export function opWords(op: Operation | undefined): string {
  if (!op) return 'input';
  const names = { '+': 'addition', '-': 'subtraction', '*': 'multiplication', '/': 'division' } as const;
  switch (op.kind) {
    case 'binary':
      return names[op.op];
    case 'constRight':
    case 'constLeft':
      return `${names[op.op]} with the constant ${longNum(op.constant)}`;
    case 'pow':
      return `power ${longNum(op.exponent)}`;
    case 'neg':
      return 'negation';
    case 'func':
      return op.fn;
    case 'copy':
      return 'copy';
  }
}

export function nodeName(n: GraphNode | undefined): string {
  return n ? labelText(n.label) : '?';
}

/** "∂e/∂a" with the program's own labels. */
export function partial(graph: Graph, id: number): string {
  return `∂${nodeName(graph.nodes[graph.output])}/∂${nodeName(graph.nodes[id])}`;
}

/** The screen-reader name of a node: what it is, its value and its gradient as far as known. */
export function nodeLabel(p: CompiledProgram, info: StepInfo, id: number): string {
  const g = p.graph;
  const n = g.nodes[id];
  if (!n) return '';
  const name = nodeName(n);
  const what = n.kind === 'input' ? `input ${name} = ${n.text}` : `${name} = ${n.text}, ${opWords(n.op)}`;
  const value = hasValue(g, info, id) ? `value ${longNum(p.values[id] as number)}` : 'value not computed yet';
  const grad = !g.live[id]
    ? 'the output does not depend on it'
    : hasGrad(g, info, id)
      ? `gradient ${partial(g, id)} = ${longNum(p.grads[id] as number)}`
      : 'gradient not known yet';
  const role = id === g.output ? ', the output' : '';
  return `${what}${role}; ${value}; ${grad}.`;
}

/** The status line: "Step 3 of 8 · forward pass · c = a × b = −6". */
export function stepStatus(p: CompiledProgram, info: StepInfo): string {
  const g = p.graph;
  const head = `Step ${info.step} of ${info.total}`;
  if (info.phase === 'start') return `${head} · inputs set; press Next step to run the forward pass`;
  const id = info.touched;
  const n = id === undefined ? undefined : g.nodes[id];
  if (!n || id === undefined) return head;
  if (info.step <= info.forwardSteps)
    return `${head} · forward pass · ${nodeName(n)} = ${longNum(p.values[id] as number)}`;
  const pass = info.phase === 'done' ? 'backward pass done' : 'backward pass';
  return `${head} · ${pass} · ${partial(g, id)} = ${longNum(p.grads[id] as number)}`;
}

/** The live-region sentence after a change. */
export function describeRun(p: CompiledProgram, info: StepInfo): string {
  const g = p.graph;
  const out = nodeName(g.nodes[g.output]);
  const size = `The graph has ${g.inputs.length} ${g.inputs.length === 1 ? 'input' : 'inputs'} and ${g.opCount} ${g.opCount === 1 ? 'operation' : 'operations'}; the output is ${out}.`;
  if (info.phase !== 'done') return `${size} ${stepStatus(p, info)}.`;
  const grads = g.inputs.map((id) => `${partial(g, id)} = ${longNum(p.grads[id] as number)}`).join(', ');
  return `${size} Run finished: ${out} = ${longNum(p.values[g.output] as number)}; ${grads}.`;
}

const VERDICT = {
  exact: 'Spot on!',
  close: 'Close!',
  near: 'Not far.',
  far: 'Quite far.',
} as const;

/** "You guessed −2; ∂d/∂a = −1, off by 1. Not far. …" */
export function predictSentence(r: Prediction, paths: number): string {
  const head =
    r.band === 'exact'
      ? `You guessed ${longNum(r.guess)}, and ${r.node} = ${longNum(r.actual)}. ${VERDICT.exact}`
      : `You guessed ${longNum(r.guess)}; ${r.node} = ${longNum(r.actual)}, off by ${longNum(r.error)}. ${VERDICT[r.band]}`;
  if (r.band === 'exact' || r.band === 'close') return head;
  const hints: string[] = [];
  if (r.signWrong)
    hints.push('The sign is the other way round: follow the minus signs back along each edge.');
  if (paths > 1)
    hints.push(
      `This value reaches the output along ${paths} paths: the gradient is the sum over all of them.`,
    );
  else hints.push('Multiply the local derivatives along the path from the output back to this value.');
  return `${head} ${hints.join(' ')}`;
}

/** One row of the gradient check, as a sentence (the table shows the same numbers). */
export function checkSentence(c: GradientCheck): string {
  if (c.numeric === undefined)
    return `${c.input}: no finite difference; ${c.problem ?? 'the program is not defined there'}.`;
  const verdict = c.agrees ? 'they agree' : 'they disagree (a kink such as relu at 0 within ±h, or a bug)';
  return `${c.input}: backprop ${longNum(c.grad)}, finite difference ${longNum(c.numeric)}, error ${errorNum(c.error ?? 0)}; ${verdict}.`;
}

/** The sentence under the gradient check's table. */
export function checkSummary(rows: readonly GradientCheck[]): string {
  const worst = Math.max(...rows.map((c) => c.error ?? 0));
  const step = 'With h = 0.00001 · max(1, |x|).';
  return rows.every((c) => c.agrees)
    ? `${step} Largest error ${errorNum(worst)}: the backward pass and the finite differences agree.`
    : `${step} ${rows.map(checkSentence).join(' ')}`;
}
