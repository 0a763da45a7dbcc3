/**
 * The operations of the scalar autodiff graph: what each computes (forward), its local
 * derivatives (how a nudge of each operand moves the result), and, when the forward value is not
 * a real number, why. Pure; no DOM.
 *
 * A constant operand is folded into the operation (`c + 1` is one node "+1", `b^3` one node
 * "^3"), so every edge of the graph joins two nodes and carries one local derivative.
 */

export const FUNC_NAMES = ['exp', 'log', 'tanh', 'relu', 'sigmoid', 'sin', 'cos', 'abs'] as const;
export type FuncName = (typeof FUNC_NAMES)[number];

export type BinaryOp = '+' | '-' | '*' | '/';

export type Operation =
  /** Two node operands: `a * b`. */
  | { readonly kind: 'binary'; readonly op: BinaryOp }
  /** A constant on the left: `10 / f`. */
  | { readonly kind: 'constLeft'; readonly op: BinaryOp; readonly constant: number }
  /** A constant on the right: `c + 1`. */
  | { readonly kind: 'constRight'; readonly op: BinaryOp; readonly constant: number }
  /** Power by a constant: `b^3`. */
  | { readonly kind: 'pow'; readonly exponent: number }
  | { readonly kind: 'neg' }
  | { readonly kind: 'func'; readonly fn: FuncName }
  /** `e = d`: a new name for a value, still a node of its own. */
  | { readonly kind: 'copy' };

export function isFuncName(name: string): name is FuncName {
  return (FUNC_NAMES as readonly string[]).includes(name);
}

export function binary(op: BinaryOp, x: number, y: number): number {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
  }
}

/** Numerically safe logistic function: never evaluates exp of a large positive number. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function applyFunc(fn: FuncName, x: number): number {
  switch (fn) {
    case 'exp':
      return Math.exp(x);
    case 'log':
      return Math.log(x);
    case 'tanh':
      return Math.tanh(x);
    case 'relu':
      return x > 0 ? x : 0;
    case 'sigmoid':
      return sigmoid(x);
    case 'sin':
      return Math.sin(x);
    case 'cos':
      return Math.cos(x);
    case 'abs':
      return Math.abs(x);
  }
}

/** The forward value of `op` on its node operands' values. */
export function forward(op: Operation, args: readonly number[]): number {
  const x = args[0] ?? NaN;
  switch (op.kind) {
    case 'binary':
      return binary(op.op, x, args[1] ?? NaN);
    case 'constLeft':
      return binary(op.op, op.constant, x);
    case 'constRight':
      return binary(op.op, x, op.constant);
    case 'pow':
      return power(x, op.exponent);
    case 'neg':
      return -x;
    case 'func':
      return applyFunc(op.fn, x);
    case 'copy':
      return x;
  }
}

/** x^k with x^0 = 1 and x^1 = x exactly (Math.pow agrees; spelled out because the derivative relies on it). */
export function power(x: number, k: number): number {
  if (k === 0) return 1;
  if (k === 1) return x;
  return Math.pow(x, k);
}

/**
 * ∂result/∂operand for each node operand, given the operands' values and the result.
 * relu's and abs's slopes at exactly 0 are taken as 0, as in micrograd, PyTorch and TensorFlow
 * (the derivative does not exist there; the derivative widget says so).
 */
export function localDerivatives(op: Operation, args: readonly number[], out: number): number[] {
  const x = args[0] ?? NaN;
  switch (op.kind) {
    case 'binary': {
      const y = args[1] ?? NaN;
      switch (op.op) {
        case '+':
          return [1, 1];
        case '-':
          return [1, -1];
        case '*':
          return [y, x];
        case '/':
          return [1 / y, -x / (y * y)];
      }
      break;
    }
    case 'constLeft': {
      const k = op.constant;
      switch (op.op) {
        case '+':
          return [1];
        case '-':
          return [-1];
        case '*':
          return [k];
        case '/':
          return [-k / (x * x)];
      }
      break;
    }
    case 'constRight': {
      const k = op.constant;
      switch (op.op) {
        case '+':
        case '-':
          return [1];
        case '*':
          return [k];
        case '/':
          return [1 / k];
      }
      break;
    }
    case 'pow':
      return [op.exponent === 0 ? 0 : op.exponent * power(x, op.exponent - 1)];
    case 'neg':
      return [-1];
    case 'func':
      switch (op.fn) {
        case 'exp':
          return [out];
        case 'log':
          return [1 / x];
        case 'tanh':
          return [1 - out * out];
        case 'relu':
          return [x > 0 ? 1 : 0];
        case 'sigmoid':
          return [out * (1 - out)];
        case 'sin':
          return [Math.cos(x)];
        case 'cos':
          return [-Math.sin(x)];
        case 'abs':
          return [x > 0 ? 1 : x < 0 ? -1 : 0];
      }
      break;
    case 'copy':
      return [1];
  }
  throw new Error('unreachable');
}

/** How many node operands an operation takes. */
export function arity(op: Operation): 1 | 2 {
  return op.kind === 'binary' ? 2 : 1;
}

/** A number for a message: 6 significant digits, a real minus sign. */
export function showNumber(x: number): string {
  const r = Number(x.toPrecision(6));
  return String(r === 0 ? 0 : r).replace('-', '−');
}

/**
 * Why a forward value is not a finite real number, in words, or undefined when it is fine.
 * `what` is the source text of the operation, quoted in the message.
 */
export function domainProblem(
  op: Operation,
  args: readonly number[],
  out: number,
  what: string,
): string | undefined {
  if (Number.isFinite(out)) return undefined;
  if (args.some((a) => !Number.isFinite(a))) return `${what} is not a finite number`;
  const x = args[0] ?? NaN;
  switch (op.kind) {
    case 'func':
      if (op.fn === 'log')
        return `log needs a positive number, but ${what} takes the log of ${showNumber(x)}`;
      return `${what} = ${op.fn}(${showNumber(x)}) is too large to compute`;
    case 'binary':
    case 'constLeft':
    case 'constRight': {
      const divisor = op.kind === 'binary' ? args[1] : op.kind === 'constRight' ? op.constant : x;
      if (op.op === '/' && divisor === 0) return `${what} divides by zero`;
      return `${what} is too large to compute`;
    }
    case 'pow':
      if (x < 0 && !Number.isInteger(op.exponent))
        return `${what} raises the negative number ${showNumber(x)} to the power ${showNumber(op.exponent)}, which is not a real number`;
      if (x === 0 && op.exponent < 0) return `${what} raises 0 to a negative power (it divides by zero)`;
      return `${what} is too large to compute`;
    case 'neg':
    case 'copy':
      return `${what} is not a finite number`;
  }
}
