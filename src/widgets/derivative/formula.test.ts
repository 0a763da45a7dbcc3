import { describe, expect, it } from 'vitest';
import { expectValidTex } from '../../../test/helpers/tex';
import { chainAt } from '../../math/calculus';
import { chainNumbers, functionOf, tangentNumbers } from './model';
import { describeChain, describeTangent } from './words';
import { chainTex, chainTexNarrow, chainWords, tangentTex, tangentTexNarrow, tangentWords } from './formula';

const col = {
  point: '#6b3fa0',
  secant: '#b84a00',
  slope: '#a8005f',
  x: '#b84a00',
  u: '#0060a8',
  y: '#007a55',
};
const render = (tex: string): string => expectValidTex(tex);

describe('live formula', () => {
  it('tangent: the secant quotient with the current numbers, coloured, and the exact slope', () => {
    const t = tangentNumbers(functionOf('x^3 - 2*x', 'f'), 1, 0.5);
    const tex = tangentTex(t, col, false);
    expect(tex).toContain('\\textcolor{#b84a00}{2.75}');
    expect(tex).toContain("f'(\\textcolor{#6b3fa0}{1})");
    expect(tex).toContain('\\textcolor{#a8005f}{1}');
    expect(() => render(tex)).not.toThrow();
    expect(() => render(tangentTexNarrow(t, col, false))).not.toThrow();
    expect(tangentWords(t, false)).toBe(
      '(f(x0 + h) − f(x0)) / h = (f(1 + 0.5) − f(1)) / 0.5 = 2.75; as h shrinks to 0 this tends to f′(1) = 1.',
    );
  });

  it('hides the answer while the learner predicts it', () => {
    const t = tangentNumbers(functionOf('sigmoid(x)', 'f'), 0, 1);
    expect(tangentTex(t, col, true)).not.toContain('0.25');
    expect(tangentTexNarrow(t, col, true)).not.toContain('0.25');
    expect(tangentWords(t, true)).toContain('f′(0) = ?');
    const n = chainNumbers({ g: '2*x + 1', f: 'u^2', x0: 1, dx: 0.05 })!;
    expect(chainTex(n, col, true)).not.toContain('12');
    expect(chainWords(n, true)).not.toContain('12');
  });

  it('chain: du, dy and dy/dx = a · b = c, negatives in parentheses', () => {
    const n = chainNumbers({ g: 'x^2', f: 'u^3', x0: -1, dx: 0.05 })!;
    const tex = chainTex(n, col, false);
    expect(tex).toContain(
      '\\textcolor{#007a55}{3} \\cdot \\textcolor{#0060a8}{(-2)} = \\textcolor{#a8005f}{-6}',
    );
    expect(() => render(tex)).not.toThrow();
    expect(chainTexNarrow(n, col, false)).toContain(
      '\\textcolor{#007a55}{3} \\cdot \\textcolor{#0060a8}{(-2)} = \\textcolor{#a8005f}{-6}',
    );
    expect(() => render(chainTexNarrow(n, col, false))).not.toThrow();
    expect(() => render(chainTexNarrow(n, col, true))).not.toThrow();
    expect(chainWords(n, false)).toContain('dy/dx = f′(g(x)) · g′(x) = 3 × −2 = −6.');
  });

  it('never writes NaN into TeX', () => {
    const t = tangentNumbers(functionOf('log(x)', 'f'), 0, 0.5);
    const tex = tangentTex(t, col, false);
    expect(tex).not.toMatch(/NaN|undefined/);
    expect(() => render(tex)).not.toThrow();
    const f = functionOf('x^2', 'f');
    expect(chainAt(f, f, 1, 0.1)).toBeDefined();
  });
});

describe('where f overflows or is undefined (probe F9)', () => {
  it('the sentences say "not defined", never "undefined", NaN or Infinity', () => {
    const cases = [
      tangentNumbers(functionOf('x^1e308', 'f'), 1, 1),
      tangentNumbers(functionOf('exp(exp(exp(x)))', 'f'), 5, 1),
      tangentNumbers(functionOf('log(-x)', 'f'), 1, 0.5),
      tangentNumbers(functionOf('1/x', 'f'), -0.5, 0.5),
    ];
    for (const t of cases) {
      for (const text of [tangentWords(t, false), describeTangent('f', t, 1, false)]) {
        expect(text).not.toMatch(/undefined|NaN|Infinity/);
      }
    }
    expect(tangentWords(cases[0]!, false)).toMatch(/= not defined; /);
    const n = chainAt(functionOf('x^2', 'g'), functionOf('x^1e308', 'f'), 1, 0.1);
    expect(n, 'the probe saw chain numbers with a non-finite product here').toBeDefined();
    expect(chainWords(n!, false)).toMatch(/= not defined\.$/);
    expect(describeChain('x^2', 'x^1e308', n, 1, false)).not.toMatch(/undefined|NaN|Infinity/);
  });
});
