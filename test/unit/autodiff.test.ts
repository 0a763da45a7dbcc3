/**
 * The scalar autodiff: values and gradients against published numbers (micrograd's README
 * example), closed-form derivatives of every operation, an independent forward-mode oracle on
 * random programs, and central finite differences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGradients, stepFor } from '../../src/math/autodiff/check';
import {
  compileProgram,
  inputGradients,
  outputValue,
  type CompiledProgram,
} from '../../src/math/autodiff/program';
import { MAX_OPERATIONS } from '../../src/math/autodiff/build';
import { MICROGRAD, close, dualGradients, randomProgram } from './autodiff-programs';

function compiled(source: string): CompiledProgram {
  const r = compileProgram(source);
  if (!r.ok)
    throw new Error(`${source}\n→ line ${r.error.line}, column ${r.error.column}: ${r.error.message}`);
  return r.program;
}

describe('autodiff: known values', () => {
  it('reproduces micrograd: g = 24.7041, dg/da = 138.8338, dg/db = 645.5773', () => {
    const p = compiled(MICROGRAD);
    expect(outputValue(p)).toBeCloseTo(24.7041, 4);
    const g = inputGradients(p);
    expect(g.a).toBeCloseTo(138.8338, 4);
    expect(g.b).toBeCloseTo(645.5773, 4);
    expect(Object.keys(g)).toEqual(['a', 'b']);
  });

  it('adds the gradients of every path: x*x + x has slope 2x + 1', () => {
    const g = inputGradients(compiled('x = 3\ny = x * x + x'));
    expect(g.x).toBe(7);
  });

  it('a name used twice in one operation gets both contributions (c + c)', () => {
    const p = compiled('a = 5\nc = a + a');
    expect(inputGradients(p).a).toBe(2);
    expect(p.graph.edges.filter((e) => e.from === 0)).toHaveLength(2);
  });

  it('values the output does not depend on get gradient 0', () => {
    const p = compiled('a = 2\nb = 3\nunused = a * b\nout = a + 1');
    expect(inputGradients(p)).toEqual({ a: 1, b: 0 });
    expect(p.graph.live).toEqual([true, false, false, true]);
  });

  it('a copy (e = d) passes the gradient through unchanged', () => {
    const p = compiled('a = 2\nd = a^2\ne = d');
    expect(outputValue(p)).toBe(4);
    expect(inputGradients(p).a).toBe(4);
  });

  it('the output may be an input itself (its gradient is 1)', () => {
    expect(inputGradients(compiled('a = 2\nb = a * 3\nz = 7'))).toEqual({ a: 0, z: 1 });
  });
});

describe('autodiff: every operation against its closed form', () => {
  const x = 0.7;
  const y = -1.3;
  const cases: [string, number, number, number][] = [
    // program over x and y, value, d/dx, d/dy
    ['x + y', x + y, 1, 1],
    ['x - y', x - y, 1, -1],
    ['x * y', x * y, y, x],
    ['x / y', x / y, 1 / y, -x / (y * y)],
    ['-x', -x, -1, 0],
    ['x^3', x ** 3, 3 * x ** 2, 0],
    ['y^3', y ** 3, 0, 3 * y ** 2],
    ['x^-2', x ** -2, -2 * x ** -3, 0],
    ['x^0.5', Math.sqrt(x), 0.5 / Math.sqrt(x), 0],
    ['x^0', 1, 0, 0],
    ['exp(x)', Math.exp(x), Math.exp(x), 0],
    ['log(x)', Math.log(x), 1 / x, 0],
    ['tanh(y)', Math.tanh(y), 0, 1 - Math.tanh(y) ** 2],
    ['relu(x)', x, 1, 0],
    ['relu(y)', 0, 0, 0],
    ['sigmoid(y)', 1 / (1 + Math.exp(-y)), 0, Math.exp(-y) / (1 + Math.exp(-y)) ** 2],
    ['2 - x', 2 - x, -1, 0],
    ['x - 2', x - 2, 1, 0],
    ['3 / y', 3 / y, 0, -3 / (y * y)],
    ['y / 4', y / 4, 0, 0.25],
    ['5 * x + y * 2', 5 * x + y * 2, 5, 2],
    ['x * y * x', x * y * x, 2 * x * y, x * x],
  ];
  it.each(cases)('%s', (expr, value, dx, dy) => {
    const p = compiled(`x = ${x}\ny = ${y}\nout = ${expr}`);
    expect(outputValue(p)).toBeCloseTo(value, 12);
    const g = inputGradients(p);
    expect(g.x).toBeCloseTo(dx, 12);
    expect(g.y).toBeCloseTo(dy, 12);
  });

  it('relu has slope 0 at exactly 0, like micrograd, PyTorch and TensorFlow', () => {
    expect(inputGradients(compiled('x = 0\ny = relu(x)')).x).toBe(0);
  });

  it('sigmoid stays finite and exact far out on both sides', () => {
    const p = compiled('x = -800\ny = sigmoid(x)\nz = sigmoid(-x)');
    expect(p.values[1]).toBe(0);
    expect(p.values[3]).toBe(1);
  });
});

describe('autodiff: random programs', () => {
  const compileOrSkip = (source: string): CompiledProgram => {
    const r = compileProgram(source);
    // Big random trees can pass the operation limit; that case has its own test.
    fc.pre(r.ok || !/too many operations/.test(r.error.message));
    if (!r.ok) throw new Error(`${source}\n→ ${r.error.line}:${r.error.column} ${r.error.message}`);
    return r.program;
  };

  it('agree with forward-mode dual numbers (an independent oracle)', () => {
    fc.assert(
      fc.property(randomProgram, (prog) => {
        const p = compileOrSkip(prog.source);
        const oracle = dualGradients(prog);
        expect(close(outputValue(p), oracle.value, 1e-12)).toBe(true);
        const g = inputGradients(p);
        for (const name of Object.keys(prog.inputs))
          expect(
            close(g[name] as number, oracle.grads[name] as number, 1e-9),
            `${name} in\n${prog.source}`,
          ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('agree with central finite differences (programs without relu kinks)', () => {
    fc.assert(
      fc.property(randomProgram, (prog) => {
        fc.pre(!prog.usesRelu);
        const p = compileOrSkip(prog.source);
        for (const c of checkGradients(p)) {
          expect(c.numeric, c.problem).toBeDefined();
          expect(c.agrees, `${c.input}: ${c.grad} vs ${c.numeric} in\n${prog.source}`).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('gradient check', () => {
  it('reports backprop, the central difference and their tiny error for every input', () => {
    const checks = checkGradients(compiled(MICROGRAD));
    expect(checks.map((c) => c.input)).toEqual(['a', 'b']);
    for (const c of checks) {
      expect(c.agrees).toBe(true);
      expect(c.error).toBeLessThan(1e-4);
      expect(c.h).toBe(stepFor(c.value));
    }
    expect(checks[0]?.numeric).toBeCloseTo(138.8338, 4);
  });

  it('finds a wrong gradient: a kink inside ±h makes the difference disagree', () => {
    // relu(x) at x = 0: backprop says 0, the central difference says 1/2.
    const [c] = checkGradients(compiled('x = 0\ny = relu(x)'));
    expect(c?.grad).toBe(0);
    expect(c?.numeric).toBeCloseTo(0.5, 9);
    expect(c?.agrees).toBe(false);
  });

  it('says why when the program is not defined at x ± h', () => {
    // x + 1e-5 > 0 is fine, but x − h = -1e-5 makes log's argument negative.
    const [c] = checkGradients(compiled('x = 0\ny = log(x + 0.000001)'));
    expect(c?.numeric).toBeUndefined();
    expect(c?.problem).toMatch(/log needs a positive number/);
  });
});

describe('operation limit', () => {
  it(`accepts ${MAX_OPERATIONS} operations and refuses one more, at the line that passes the limit`, () => {
    const lines = ['x = 1'];
    for (let i = 0; i < MAX_OPERATIONS; i++) lines.push(`x = x + 1`);
    expect(compileProgram(lines.join('\n')).ok).toBe(true);
    lines.push('x = x * 2');
    const r = compileProgram(lines.join('\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.line).toBe(MAX_OPERATIONS + 2);
      expect(r.error.message).toMatch(/too many operations; the limit is 60/);
    }
  });
});
