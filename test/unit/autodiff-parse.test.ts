/**
 * The program language: precedence, separators and comments, node names (c₁, c₂, τ₃), and
 * every error with the line and column it points at.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalProgram,
  compileProgram,
  formatProgramError,
  MAX_PROGRAM_LENGTH,
  oneLineProgram,
  outputValue,
} from '../../src/math/autodiff/program';
import { findNode, labelText } from '../../src/math/autodiff/graph';
import { MAX_NESTING } from '../../src/math/autodiff/parser';
import { MICROGRAD } from './autodiff-programs';

function value(source: string): number {
  const r = compileProgram(source);
  if (!r.ok) throw new Error(formatProgramError(r.error));
  return outputValue(r.program);
}

function error(source: string): string {
  const r = compileProgram(source);
  if (r.ok) throw new Error(`expected an error for ${JSON.stringify(source)}`);
  return formatProgramError(r.error);
}

describe('program syntax', () => {
  it.each([
    ['a = 2\nb = -a^2', -4],
    ['b = 2^-1', 0.5],
    ['b = 2^3^2', 512],
    ['b = 10 - 4 - 3', 3],
    ['b = 64 / 4 / 2', 8],
    ['b = 1 + 2 * 3', 7],
    ['b = (1 + 2) * 3', 9],
    ['b = 2 ** 3', 8],
    ['b = --3', 3],
    ['b = 1.5e2 + .5', 150.5],
    ['a = 3; b = a * a', 9],
    ['a = 3 # the input\n\n  b = a + 1   # one more', 4],
    ['a = 2 # a comment ends at a semicolon too; b = a * 5', 10],
    ['x = 0.5\ny = exp(log(x)) + tanh(0) + relu(-x) + sigmoid(0)', 1],
  ])('%j = %d', (source, expected) => {
    expect(value(source)).toBeCloseTo(expected, 12);
  });

  it('constants are folded into the operation: c + 1 is one node, 2 * 3 none', () => {
    const r = compileProgram('a = 2 * 3\nc = a + 1');
    expect(r.ok && r.program.graph.nodes.map((n) => n.kind)).toEqual(['input', 'op']);
    expect(r.ok && r.program.graph.nodes[1]?.op).toEqual({ kind: 'constRight', op: '+', constant: 1 });
  });

  it('names every node: inputs by name, reassigned names by their number, the rest τ1, τ2, …', () => {
    const r = compileProgram(MICROGRAD);
    if (!r.ok) throw new Error(r.error.message);
    const g = r.program.graph;
    expect(g.nodes.slice(0, 9).map((n) => n.ref)).toEqual([
      'a',
      'b',
      'c_1',
      'τ1',
      'τ2',
      'd_1',
      'τ3',
      'c_2',
      'τ4',
    ]);
    expect(g.nodes.slice(0, 9).map((n) => labelText(n.label))).toEqual([
      'a',
      'b',
      'c₁',
      'τ₁',
      'τ₂',
      'd₁',
      'τ₃',
      'c₂',
      'τ₄',
    ]);
    expect(g.nodes[3]?.text).toBe('a * b');
    expect(g.nodes[g.output]?.ref).toBe('g_2');
    expect(g.inputs).toEqual([0, 1]);
    expect(g.opCount).toBe(25);
  });

  it('finds a node by a, c (its last assignment), c_2, c2, c₂, τ3 and τ₃', () => {
    const r = compileProgram(MICROGRAD);
    if (!r.ok) throw new Error(r.error.message);
    const g = r.program.graph;
    const ref = (s: string): string | undefined => findNode(g, s)?.ref;
    expect(ref('a')).toBe('a');
    expect(ref('c')).toBe('c_3');
    expect(ref('c_2')).toBe('c_2');
    expect(ref('c2')).toBe('c_2');
    expect(ref('c₂')).toBe('c_2');
    expect(ref('τ3')).toBe('τ3');
    expect(ref('τ₃')).toBe('τ3');
    expect(ref('zz')).toBeUndefined();
    expect(ref('τ99')).toBeUndefined();
    expect(ref('')).toBeUndefined();
  });

  it('a reassigned name refers to its latest value; an assignment of a bare name is a node of its own', () => {
    const r = compileProgram('a = 1\nb = a * 2\nb = b + b\nc = b');
    if (!r.ok) throw new Error(r.error.message);
    const g = r.program.graph;
    expect(g.nodes.map((n) => n.ref)).toEqual(['a', 'b_1', 'b_2', 'c']);
    expect(g.nodes[2]?.args).toEqual([1, 1]);
    expect(g.nodes[3]?.op).toEqual({ kind: 'copy' });
    expect(outputValue(r.program)).toBe(4);
  });

  it('canonical form: one statement per line; the one-line form round-trips', () => {
    const text = '  a = 1;b = a + 2 \n\n c = b * b  # square\n';
    expect(canonicalProgram(text)).toBe('a = 1\nb = a + 2\nc = b * b  # square');
    expect(oneLineProgram(text)).toBe('a = 1; b = a + 2; c = b * b  # square');
    expect(canonicalProgram(oneLineProgram(text))).toBe(canonicalProgram(text));
    expect(value(oneLineProgram(MICROGRAD))).toBeCloseTo(24.7041, 4);
  });
});

describe('program errors say where and what was expected', () => {
  it('refuses nesting deeper than MAX_NESTING with a message, never a stack overflow', () => {
    const nested = (d: number): string => 'x = ' + '('.repeat(d) + '1' + ')'.repeat(d);
    // Parentheses and the operand inside them each take a level, so d levels of "(" nest d + 1.
    expect(value(nested(MAX_NESTING - 1))).toBe(1);
    // The probe's link: 1,600 levels, under the length limit, used to throw a RangeError.
    for (const source of [
      nested(1600),
      'x = ' + '-'.repeat(3990) + '1',
      'x = ' + 'exp('.repeat(700) + '0' + ')'.repeat(700),
      'x = 2' + '^2'.repeat(1500),
    ]) {
      expect(source.length).toBeLessThanOrEqual(MAX_PROGRAM_LENGTH);
      expect(error(source)).toMatch(/^Line 1, column \d+: the expression nests more than 100 levels deep/);
    }
  });

  it.each([
    ['', 'Line 1, column 1: the program is empty'],
    ['# only a comment\n\n', 'Line 1, column 1: the program is empty'],
    [
      'a = 1\n3 = a',
      'Line 2, column 1: expected a name to assign to, such as c = a + b, but found the number 3',
    ],
    ['a 1', 'Line 1, column 3: expected "=" after the name a, but found the number 1'],
    ['a =', 'Line 1, column 4: expected a value after "="'],
    [
      'a = 1 +',
      'Line 1, column 8: expected a number, a name, "(" or a function such as exp(…), but found the end of the line',
    ],
    [
      'a = 1\nb = a * * 2',
      'Line 2, column 9: expected a number, a name, "(" or a function such as exp(…), but found "*"',
    ],
    [
      'a = (1 + 2',
      'Line 1, column 11: expected ")" to close the "(" at column 5, but found the end of the line',
    ],
    [
      'a = 1 + 2)',
      'Line 1, column 10: expected an operator (+ - * / ^) or the end of the line, but found ")"; this ")" closes nothing',
    ],
    [
      'a = 1\nb = a a',
      'Line 2, column 7: expected an operator (+ - * / ^) or the end of the line, but found the name "a"; write * for multiplication',
    ],
    [
      'a = 1\nb = 2a',
      'Line 2, column 6: a name cannot follow a number directly; write * for multiplication, such as 2 * a',
    ],
    ['a = 1 $ 2', 'Line 1, column 7: unexpected character "$"'],
    ['my_var = 1', 'Line 1, column 3: names use letters and digits only'],
    ['a = exp 2', 'Line 1, column 9: expected "(" after exp, as in exp(x), but found the number 2'],
    [
      'a = sinh(2)',
      'Line 1, column 5: "sinh" is not a function; the functions are exp, log, tanh, relu, sigmoid, sin, cos, abs',
    ],
    ['exp = 2', 'Line 1, column 1: exp is a function; choose another name'],
    [
      'a = ()',
      'Line 1, column 6: expected a number, a name, "(" or a function such as exp(…) inside the parentheses',
    ],
    [
      'a = +1',
      'Line 1, column 5: expected a number, a name, "(" or a function such as exp(…), but found "+"',
    ],
    ['a = 1\nb = x + a', 'Line 2, column 5: x is not defined; assign it on an earlier line, such as x = 1'],
    [
      'a = 1\nb = c + a\nc = 2',
      'Line 2, column 5: c is assigned only later, on line 3; a line can use only names assigned above it',
    ],
    ['c = c + 1', 'Line 1, column 5: c is not defined'],
    [
      'a = 1\nb = 2\nc = a ^ b',
      'Line 3, column 9: the exponent of "^" must be a constant number, such as b^3, but here it is "b", which depends on a name',
    ],
    ['a = 1\nb = a^(2 * a)', 'Line 2, column 7: the exponent of "^" must be a constant number'],
    [
      'a = 1\na = 2',
      'Line 2, column 1: a is already defined on line 1; a name set to a number is an input, and an input is assigned only once',
    ],
    [
      'a = 2\nb = log(a - 3)',
      'Line 2, column 5: log needs a positive number, but log(a - 3) takes the log of −1',
    ],
    ['a = 0\nb = log(a)', 'Line 2, column 5: log needs a positive number, but log(a) takes the log of 0'],
    ['a = log(-2)', 'Line 1, column 5: log needs a positive number, but log(-2) takes the log of −2'],
    ['a = 1\nb = a / (a - 1)', 'Line 2, column 7: a / (a - 1) divides by zero'],
    ['a = 1 / 0', 'Line 1, column 7: 1 / 0 divides by zero'],
    [
      'a = -8\nb = a^(1/3)',
      'Line 2, column 6: a^(1/3) raises the negative number −8 to the power 0.333333, which is not a real number',
    ],
    ['a = 0\nb = a^-1', 'Line 2, column 6: a^-1 raises 0 to a negative power'],
    ['a = 800\nb = exp(a)', 'Line 2, column 5: exp(a) = exp(800) is too large to compute'],
    [
      'a = 0\nb = a^0.5',
      'Line 2, column 6: a^0.5 has no finite slope at 0, so no gradient can flow back through it',
    ],
    ['a = 1e200\nb = a * a', 'Line 2, column 7: a * a is too large to compute'],
  ])('%j', (source, expected) => {
    expect(error(source)).toContain(expected);
  });

  it('refuses a program longer than 4000 characters', () => {
    expect(error('a = 1\n' + '# padding\n'.repeat(400))).toMatch(
      /^Line 1, column 1: the program is too long \(4006 characters; the limit is 4000\)/,
    );
  });

  it('refuses more than 20 inputs', () => {
    const lines = Array.from({ length: 21 }, (_, i) => `x${i} = ${i}`);
    expect(error(lines.join('\n'))).toBe('Line 21, column 1: too many inputs; the limit is 20');
  });
});
