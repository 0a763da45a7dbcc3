/**
 * Random programs for the autodiff tests, and an oracle that shares no code with src/math/autodiff:
 * forward-mode differentiation with dual numbers (a + b·ε, ε² = 0) straight over the expression
 * tree, one pass per input. Expressions are built so that every value stays finite and every
 * function stays inside its domain (log and division only see x² + 1 ≥ 1, exp only sees tanh(·)).
 */
import fc from 'fast-check';

/** micrograd's README example, with `c += c + 1` written as `c = c + c + 1`: g = 24.7041, dg/da = 138.8338, dg/db = 645.5773. */
export const MICROGRAD = `a = -4
b = 2
c = a + b
d = a * b + b^3
c = c + c + 1
c = c + 1 + c + (-a)
d = d + d * 2 + relu(b + a)
d = d + 3 * d + relu(b - a)
e = c - d
f = e^2
g = f / 2
g = g + 10 / f`;

export type Tree =
  | { k: 'name'; name: string }
  | { k: 'num'; v: number }
  | { k: 'bin'; op: '+' | '-' | '*'; a: Tree; b: Tree }
  | { k: 'div'; a: Tree; b: Tree }
  | { k: 'neg'; a: Tree }
  | { k: 'fn'; fn: 'tanh' | 'relu' | 'sigmoid'; a: Tree }
  | { k: 'expTanh'; a: Tree }
  | { k: 'logSq'; a: Tree }
  | { k: 'pow'; e: 2 | 3; a: Tree }
  | { k: 'sqrtSq'; a: Tree };

export interface RandomProgram {
  readonly inputs: Record<string, number>;
  readonly statements: readonly { name: string; tree: Tree }[];
  readonly source: string;
  readonly usesRelu: boolean;
}

interface Dual {
  v: number;
  d: number;
}

const sq1 = (t: Tree): string => `(${show(t)})^2 + 1`;

/** Source text of a tree, fully parenthesised where precedence could bite. */
export function show(t: Tree): string {
  switch (t.k) {
    case 'name':
      return t.name;
    case 'num':
      return t.v < 0 ? `(${t.v})` : String(t.v);
    case 'bin':
      return `(${show(t.a)} ${t.op} ${show(t.b)})`;
    case 'div':
      return `(${show(t.a)} / (${sq1(t.b)}))`;
    case 'neg':
      return `(-${show(t.a)})`;
    case 'fn':
      return `${t.fn}(${show(t.a)})`;
    case 'expTanh':
      return `exp(tanh(${show(t.a)}))`;
    case 'logSq':
      return `log(${sq1(t.a)})`;
    case 'pow':
      return `(${show(t.a)})^${t.e}`;
    case 'sqrtSq':
      return `(${sq1(t.a)})^0.5`;
  }
}

function dual(t: Tree, env: ReadonlyMap<string, Dual>): Dual {
  const one = (f: (x: number) => number, df: (x: number) => number, a: Dual): Dual => ({
    v: f(a.v),
    d: df(a.v) * a.d,
  });
  const sqPlus1 = (a: Dual): Dual => ({ v: a.v * a.v + 1, d: 2 * a.v * a.d });
  switch (t.k) {
    case 'name':
      return env.get(t.name) as Dual;
    case 'num':
      return { v: t.v, d: 0 };
    case 'bin': {
      const a = dual(t.a, env);
      const b = dual(t.b, env);
      if (t.op === '+') return { v: a.v + b.v, d: a.d + b.d };
      if (t.op === '-') return { v: a.v - b.v, d: a.d - b.d };
      return { v: a.v * b.v, d: a.d * b.v + a.v * b.d };
    }
    case 'div': {
      const a = dual(t.a, env);
      const b = sqPlus1(dual(t.b, env));
      return { v: a.v / b.v, d: (a.d * b.v - a.v * b.d) / (b.v * b.v) };
    }
    case 'neg': {
      const a = dual(t.a, env);
      return { v: -a.v, d: -a.d };
    }
    case 'fn': {
      const a = dual(t.a, env);
      if (t.fn === 'tanh') return one(Math.tanh, (x) => 1 / Math.cosh(x) ** 2, a);
      if (t.fn === 'relu')
        return one(
          (x) => Math.max(0, x),
          (x) => (x > 0 ? 1 : 0),
          a,
        );
      const s = (x: number): number => 1 / (1 + Math.exp(-x));
      return one(s, (x) => s(x) * (1 - s(x)), a);
    }
    case 'expTanh': {
      const a = dual(t.a, env);
      return one(
        (x) => Math.exp(Math.tanh(x)),
        (x) => Math.exp(Math.tanh(x)) / Math.cosh(x) ** 2,
        a,
      );
    }
    case 'logSq':
      return one(Math.log, (x) => 1 / x, sqPlus1(dual(t.a, env)));
    case 'pow': {
      const e = t.e;
      return one(
        (x) => x ** e,
        (x) => e * x ** (e - 1),
        dual(t.a, env),
      );
    }
    case 'sqrtSq':
      return one(Math.sqrt, (x) => 0.5 / Math.sqrt(x), sqPlus1(dual(t.a, env)));
  }
}

/** Output value and ∂out/∂input for every input, by forward-mode dual numbers. */
export function dualGradients(p: RandomProgram): { value: number; grads: Record<string, number> } {
  const grads: Record<string, number> = {};
  let value = NaN;
  for (const wrt of Object.keys(p.inputs)) {
    const env = new Map<string, Dual>();
    for (const [name, v] of Object.entries(p.inputs)) env.set(name, { v, d: name === wrt ? 1 : 0 });
    let last: Dual = { v: NaN, d: NaN };
    for (const s of p.statements) {
      last = dual(s.tree, env);
      env.set(s.name, last);
    }
    grads[wrt] = last.d;
    value = last.v;
  }
  return { value, grads };
}

function usesRelu(t: Tree): boolean {
  switch (t.k) {
    case 'name':
    case 'num':
      return false;
    case 'fn':
      return t.fn === 'relu' || usesRelu(t.a);
    case 'bin':
    case 'div':
      return usesRelu(t.a) || usesRelu(t.b);
    default:
      return usesRelu(t.a);
  }
}

function treeArb(names: readonly string[]): fc.Arbitrary<Tree> {
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...names).map((name): Tree => ({ k: 'name', name })),
      fc.constantFrom(...names).map((name): Tree => ({ k: 'name', name })),
      fc.integer({ min: -20, max: 20 }).map((n): Tree => ({ k: 'num', v: n / 4 })),
      fc
        .record({
          op: fc.constantFrom('+' as const, '-' as const, '*' as const),
          a: tie('tree'),
          b: tie('tree'),
        })
        .map((r): Tree => ({ k: 'bin', ...r })),
      fc.record({ a: tie('tree'), b: tie('tree') }).map((r): Tree => ({ k: 'div', ...r })),
      tie('tree').map((a): Tree => ({ k: 'neg', a })),
      fc
        .record({ fn: fc.constantFrom('tanh' as const, 'relu' as const, 'sigmoid' as const), a: tie('tree') })
        .map((r): Tree => ({ k: 'fn', ...r })),
      tie('tree').map((a): Tree => ({ k: 'expTanh', a })),
      tie('tree').map((a): Tree => ({ k: 'logSq', a })),
      fc
        .record({ e: fc.constantFrom(2 as const, 3 as const), a: tie('tree') })
        .map((r): Tree => ({ k: 'pow', ...r })),
      tie('tree').map((a): Tree => ({ k: 'sqrtSq', a })),
    ),
  }));
  // A statement without a name would be a new input, which is not what these programs test.
  return tree.filter((t) => size(t) <= 14 && mentionsName(t));
}

function mentionsName(t: Tree): boolean {
  switch (t.k) {
    case 'name':
      return true;
    case 'num':
      return false;
    case 'bin':
    case 'div':
      return mentionsName(t.a) || mentionsName(t.b);
    default:
      return mentionsName(t.a);
  }
}

function size(t: Tree): number {
  switch (t.k) {
    case 'name':
    case 'num':
      return 1;
    case 'bin':
    case 'div':
      return 1 + size(t.a) + size(t.b);
    default:
      return 1 + size(t.a);
  }
}

/** Bounded values: the product of a few trees of this size stays well inside float range. */
const inputValue = fc.integer({ min: -150, max: 150 }).map((n) => n / 50 + 0.0123);

/**
 * A program: inputs x, y, z, then 1-4 statements, each over the inputs and the names assigned
 * before it (sometimes reassigning one of them, as in c = c * x).
 */
export const randomProgram: fc.Arbitrary<RandomProgram> = fc
  .record({
    x: inputValue,
    y: inputValue,
    z: inputValue,
    count: fc.integer({ min: 1, max: 4 }),
    seedNames: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  })
  .chain(({ x, y, z, count, seedNames }) => {
    const names: string[] = ['x', 'y', 'z'];
    const steps: fc.Arbitrary<{ name: string; tree: Tree }>[] = [];
    for (let i = 0; i < count; i++) {
      const available = [...names];
      const name = seedNames[i] && i > 0 ? (names[names.length - 1] as string) : `t${i}`;
      if (!names.includes(name)) names.push(name);
      steps.push(treeArb(available).map((tree) => ({ name, tree })));
    }
    return fc.tuple(...steps).map((statements): RandomProgram => {
      const inputs = { x, y, z };
      const source = [
        ...Object.entries(inputs).map(([n, v]) => `${n} = ${v}`),
        ...statements.map((s) => `${s.name} = ${show(s.tree)}`),
      ].join('\n');
      return { inputs, statements, source, usesRelu: statements.some((s) => usesRelu(s.tree)) };
    });
  });

/** |a − b| within `rel` of the larger magnitude (or of 1). */
export function close(a: number, b: number, rel: number): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}
