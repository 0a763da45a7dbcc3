import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { compileProgram, type CompiledProgram } from '../../math/autodiff/program';
import { stepInfo, totalSteps } from './model';
import { localTex, nodeFormulaWords, nodeTex, opTex, texName, texNum } from './formula';
import { MICROGRAD, randomProgram } from '../../../test/unit/autodiff-programs';

const strict = (tex: string): string =>
  katex.renderToString(tex, { throwOnError: true, trust: false, strict: 'error', displayMode: true });

function program(source: string): CompiledProgram {
  const r = compileProgram(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.program;
}

const LESSON = program('a = 3\nb = -2\nc = a * b\nd = c + a\ne = d^2');
const C = { gradient: '#a8005f' };
const grad = (x: string): string => `\\textcolor{#a8005f}{${x}}`;

describe('graph formula', () => {
  it('writes the chain rule of a with both paths and their numbers', () => {
    const tex = nodeTex(LESSON, stepInfo(LESSON.graph, 8), 0, C);
    expect(tex).toContain(
      `${grad('\\frac{\\partial e}{\\partial a}')} &= ${grad('\\frac{\\partial e}{\\partial c}')}\\,\\frac{\\partial c}{\\partial a} + ${grad('\\frac{\\partial e}{\\partial d}')}\\,\\frac{\\partial d}{\\partial a}`,
    );
    expect(tex).toContain(`&= ${grad('(-6)')} \\cdot (-2) + ${grad('(-6)')} \\cdot 1`);
    expect(tex).toContain(`&= ${grad('6')}`);
    expect(tex).toContain('\\frac{\\partial c}{\\partial a} = b = -2');
    expect(tex).toContain('\\frac{\\partial d}{\\partial a} = 1');
    strict(tex);
  });

  it('shows the forward computation with numbers, and ? for what is not known yet', () => {
    const g = LESSON.graph;
    expect(nodeTex(LESSON, stepInfo(g, 0), 2, C)).toContain('c &= a \\cdot b = \\;?');
    const at1 = nodeTex(LESSON, stepInfo(g, 1), 2, C);
    expect(at1).toContain('c &= a \\cdot b = 3 \\cdot (-2) = -6');
    expect(at1).toContain('&= \\;?\\quad \\text{(after the backward pass reaches it)}');
    expect(nodeTex(LESSON, stepInfo(g, 4), 4, C)).toContain(
      `&= ${grad('1')} \\quad \\text{(the backward pass starts here)}`,
    );
  });

  it('says so for a value the output does not use', () => {
    const p = program('a = 2\nspare = a * 3\nout = a + 1');
    expect(nodeTex(p, stepInfo(p.graph, 99), 1, C)).toContain(
      `${grad('0')} \\quad \\text{(the output does not use it)}`,
    );
  });

  it('names: τ for unnamed steps, subscripts for reassigned names, multi-letter names in italics', () => {
    expect(texName({ base: 'τ', sub: '3' })).toBe('\\tau_{3}');
    expect(texName({ base: 'c', sub: '2' })).toBe('c_{2}');
    expect(texName({ base: 'loss', sub: '' })).toBe('\\mathit{loss}');
  });

  it('numbers: negatives in parentheses as operands, exponent form as a power of ten', () => {
    expect(texNum(-0.5)).toBe('-0.5');
    expect(texNum(123456)).toBe('1.235\\times10^{5}');
    expect(opTex({ kind: 'constLeft', op: '/', constant: 10 }, ['f'])).toBe('\\frac{10}{f}');
    expect(opTex({ kind: 'pow', exponent: 3 }, ['c_{2}'])).toBe('{c_{2}}^{3}');
    expect(opTex({ kind: 'func', fn: 'sigmoid' }, ['z'])).toBe('\\sigma(z)');
  });

  it('local derivative rules of every operation', () => {
    const cases: [Parameters<typeof localTex>[0], number, string][] = [
      [{ kind: 'binary', op: '*' }, 0, 'y'],
      [{ kind: 'binary', op: '*' }, 1, 'x'],
      [{ kind: 'binary', op: '/' }, 1, '-\\frac{x}{y^{2}}'],
      [{ kind: 'binary', op: '-' }, 1, '-1'],
      [{ kind: 'pow', exponent: 3 }, 0, '3\\,x^{2}'],
      [{ kind: 'pow', exponent: 2 }, 0, '2\\,x'],
      [{ kind: 'func', fn: 'tanh' }, 0, '1 - u^{2}'],
      [{ kind: 'func', fn: 'sigmoid' }, 0, 'u\\,(1 - u)'],
      [{ kind: 'func', fn: 'relu' }, 0, '[x > 0]'],
      [{ kind: 'constLeft', op: '/', constant: 10 }, 0, '-\\frac{10}{x^{2}}'],
    ];
    for (const [op, slot, tex] of cases) expect(localTex(op, slot, ['x', 'y'], 'u')).toBe(tex);
  });

  it('is valid KaTeX for every node at every step of micrograd’s program and of random programs', () => {
    const check = (p: CompiledProgram): void => {
      const f = p.graph.opCount;
      for (const step of [0, f, f + 2, totalSteps(p.graph)])
        for (const n of p.graph.nodes) strict(nodeTex(p, stepInfo(p.graph, step), n.id, C));
    };
    check(program(MICROGRAD));
    fc.assert(
      fc.property(randomProgram, (prog) => {
        const r = compileProgram(prog.source);
        fc.pre(r.ok);
        if (r.ok) check(r.program);
      }),
      { numRuns: 10 },
    );
  });

  it('says the same in words for screen readers', () => {
    expect(nodeFormulaWords(LESSON, stepInfo(LESSON.graph, 8), 0)).toBe(
      'a is an input, 3. ∂e/∂a is the sum of 2 terms: ∂e/∂c × ∂c/∂a = −6 × −2, plus ∂e/∂d × ∂d/∂a = −6 × 1; total 6.',
    );
  });
});
