/**
 * The live formula of the selected node, as TeX built from numbers and the program's own names
 * (names are letters and digits only, so the TeX is always valid): how its value is computed, and,
 * once the backward pass has reached it, the chain rule that gives its gradient, term by term,
 * with numbers:
 *
 *   ∂e/∂a = ∂e/∂c · ∂c/∂a + ∂e/∂d · ∂d/∂a = (−6)·(−2) + (−6)·1 = 6
 *
 * Gradients (∂out/∂·) are painted in the theme's gradient colour, as on the graph.
 */
import type { GraphNode, NodeLabel } from '../../math/autodiff/graph';
import type { Operation } from '../../math/autodiff/ops';
import type { CompiledProgram } from '../../math/autodiff/program';
import { hasGrad, hasValue, type StepInfo } from './model';
import { longNum, nodeName, partial } from './words';
import { tex } from '../../math/number-text';

export function texName(label: NodeLabel): string {
  const base =
    label.base === 'τ' ? '\\tau' : label.base.length === 1 ? label.base : `\\mathit{${label.base}}`;
  return label.sub ? `${base}_{${label.sub}}` : base;
}

/** A number as TeX: 4 significant digits, 1.2\times10^{5} for the exponent form. */
export function texNum(x: number): string {
  return Number.isNaN(x) ? '\\text{NaN}' : tex(x, 4);
}

/** A number as a factor or an operand: negatives and powers of ten in parentheses. */
function factor(x: number): string {
  const s = texNum(x);
  return s.startsWith('-') || s.includes('\\times') ? `(${s})` : s;
}

/** A name as an operand of a power: subscripted names in braces so that c_{2}^{3} stays readable. */
function powBase(a: string): string {
  return /[_(]/.test(a) ? `{${a}}` : a;
}

/** `op` applied to operands already written as TeX (names or factors). */
export function opTex(op: Operation, args: readonly string[]): string {
  const a = args[0] ?? '?';
  const b = args[1] ?? '?';
  const binary = (o: string, x: string, y: string): string =>
    o === '+'
      ? `${x} + ${y}`
      : o === '-'
        ? `${x} - ${y}`
        : o === '*'
          ? `${x} \\cdot ${y}`
          : `\\frac{${x}}{${y}}`;
  switch (op.kind) {
    case 'binary':
      return binary(op.op, a, b);
    case 'constLeft':
      return binary(op.op, factor(op.constant), a);
    case 'constRight':
      return binary(op.op, a, factor(op.constant));
    case 'pow':
      return `${powBase(a)}^{${texNum(op.exponent)}}`;
    case 'neg':
      return `-${a}`;
    case 'func':
      return op.fn === 'sigmoid'
        ? `\\sigma(${a})`
        : op.fn === 'relu'
          ? `\\operatorname{relu}(${a})`
          : `\\${op.fn}(${a})`;
    case 'copy':
      return a;
  }
}

/** ∂(node)/∂(operand in `slot`) as a formula in the operands' names and the node's own name. */
export function localTex(op: Operation, slot: number, args: readonly string[], self: string): string {
  const a = args[0] ?? '?';
  const b = args[1] ?? '?';
  switch (op.kind) {
    case 'binary':
      switch (op.op) {
        case '+':
          return '1';
        case '-':
          return slot === 0 ? '1' : '-1';
        case '*':
          return slot === 0 ? b : a;
        case '/':
          return slot === 0 ? `\\frac{1}{${b}}` : `-\\frac{${a}}{${powBase(b)}^{2}}`;
      }
      break;
    case 'constLeft':
      switch (op.op) {
        case '+':
          return '1';
        case '-':
          return '-1';
        case '*':
          return texNum(op.constant);
        case '/':
          return `-\\frac{${texNum(op.constant)}}{${powBase(a)}^{2}}`;
      }
      break;
    case 'constRight':
      switch (op.op) {
        case '+':
        case '-':
          return '1';
        case '*':
          return texNum(op.constant);
        case '/':
          return `\\frac{1}{${texNum(op.constant)}}`;
      }
      break;
    case 'pow': {
      const k = op.exponent;
      if (k === 0) return '0';
      if (k === 1) return '1';
      const rest = k - 1 === 1 ? a : `${powBase(a)}^{${texNum(k - 1)}}`;
      return `${texNum(k)}\\,${rest}`;
    }
    case 'neg':
      return '-1';
    case 'func':
      switch (op.fn) {
        case 'exp':
          return `\\exp(${a}) = ${self}`;
        case 'log':
          return `\\frac{1}{${a}}`;
        case 'tanh':
          return `1 - ${powBase(self)}^{2}`;
        case 'relu':
          return `[${a} > 0]`;
        case 'sigmoid':
          return `${self}\\,(1 - ${self})`;
      }
      break;
    case 'copy':
      return '1';
  }
  return '?';
}

const coloured = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;
const frac = (top: string, bottom: string): string => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

export interface FormulaColors {
  readonly gradient: string;
}

/** The formula block of node `id` at this step. */
export function nodeTex(p: CompiledProgram, info: StepInfo, id: number, c: FormulaColors): string {
  const g = p.graph;
  const n = g.nodes[id];
  if (!n) return '';
  const name = texName(n.label);
  const out = texName((g.nodes[g.output] as GraphNode).label);
  const rows: string[] = [forwardRow(p, info, n)];
  const grad = (x: string): string => coloured(c.gradient, x);
  const dOut = (v: string): string => grad(frac(out, v));

  if (!g.live[id]) {
    rows.push(`${dOut(name)} &= ${grad('0')} \\quad \\text{(the output does not use it)}`);
  } else if (!hasGrad(g, info, id)) {
    rows.push(`${dOut(name)} &= \\;?\\quad \\text{(after the backward pass reaches it)}`);
  } else if (id === g.output) {
    rows.push(`${dOut(name)} &= ${grad('1')} \\quad \\text{(the backward pass starts here)}`);
  } else {
    const terms = (g.out[id] ?? []).filter((e) => g.live[g.edges[e]?.to ?? 0]);
    const symbolic = terms.map((e) => {
      const u = texName((g.nodes[g.edges[e]?.to ?? 0] as GraphNode).label);
      return `${dOut(u)}\\,${frac(u, name)}`;
    });
    const numeric = terms.map(
      (e) =>
        `${grad(factor(p.grads[g.edges[e]?.to ?? 0] as number))} \\cdot ${factor(p.locals[e] as number)}`,
    );
    rows.push(`${dOut(name)} &= ${symbolic.join(' + ')}`);
    rows.push(`&= ${numeric.join(' + ')}`);
    rows.push(`&= ${grad(texNum(p.grads[id] as number))}`);
    const where = new Set<string>();
    for (const e of terms) {
      const edge = g.edges[e];
      const u = edge && g.nodes[edge.to];
      if (!edge || !u?.op) continue;
      const uName = texName(u.label);
      const args = u.args.map((a) => texName((g.nodes[a] as GraphNode).label));
      const rule = localTex(u.op, edge.slot, args, uName);
      const value = texNum(p.locals[e] as number);
      where.add(`${frac(uName, name)} = ${rule === value ? value : `${rule} = ${value}`}`);
    }
    if (where.size) rows.push(`&\\text{where } ${[...where].join(',\\;\\; ')}`);
  }
  return `\\begin{aligned} ${rows.join(' \\\\[0.35em] ')} \\end{aligned}`;
}

function forwardRow(p: CompiledProgram, info: StepInfo, n: GraphNode): string {
  const g = p.graph;
  const name = texName(n.label);
  if (n.kind === 'input' || !n.op)
    return `${name} &= ${texNum(p.values[n.id] as number)} \\quad \\text{(input)}`;
  const symbolic = opTex(
    n.op,
    n.args.map((a) => texName((g.nodes[a] as GraphNode).label)),
  );
  if (!hasValue(g, info, n.id)) return `${name} &= ${symbolic} = \\;?`;
  const numeric = opTex(
    n.op,
    n.args.map((a) => factor(p.values[a] as number)),
  );
  return `${name} &= ${symbolic} = ${numeric} = ${texNum(p.values[n.id] as number)}`;
}

/** The same content in words, for screen readers (the TeX is hidden from them). */
export function nodeFormulaWords(p: CompiledProgram, info: StepInfo, id: number): string {
  const g = p.graph;
  const n = g.nodes[id];
  if (!n) return '';
  const name = nodeName(n);
  const value = hasValue(g, info, id) ? longNum(p.values[id] as number) : 'not computed yet';
  const head = n.kind === 'input' ? `${name} is an input, ${value}.` : `${name} = ${n.text} = ${value}.`;
  if (!g.live[id]) return `${head} The output does not use it: its gradient is 0.`;
  if (!hasGrad(g, info, id)) return `${head} Its gradient is known once the backward pass reaches it.`;
  if (id === g.output) return `${head} ${partial(g, id)} = 1: the backward pass starts here.`;
  const terms = (g.out[id] ?? [])
    .filter((e) => g.live[g.edges[e]?.to ?? 0])
    .map((e) => {
      const to = g.edges[e]?.to ?? 0;
      return `${partial(g, to)} × ∂${nodeName(g.nodes[to])}/∂${name} = ${longNum(p.grads[to] as number)} × ${longNum(p.locals[e] as number)}`;
    });
  return `${head} ${partial(g, id)} is the sum of ${terms.length} ${terms.length === 1 ? 'term' : 'terms'}: ${terms.join(', plus ')}; total ${longNum(p.grads[id] as number)}.`;
}
