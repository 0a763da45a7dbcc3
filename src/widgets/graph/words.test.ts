import { describe, expect, it } from 'vitest';
import { compileProgram, type CompiledProgram } from '../../math/autodiff/program';
import { checkGradients } from '../../math/autodiff/check';
import { scoreGuess, stepInfo } from './model';
import {
  checkSentence,
  describeRun,
  errorNum,
  longNum,
  nodeLabel,
  num,
  opSymbol,
  predictSentence,
  stepStatus,
} from './words';

function program(source: string): CompiledProgram {
  const r = compileProgram(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.program;
}

const LESSON = program('a = 3\nb = -2\nc = a * b\nd = c + a\ne = d^2');

describe('graph words', () => {
  it('numbers: 4 significant digits on the graph, exponents when tiny or huge, a real minus sign', () => {
    expect(num(138.83381924)).toBe('138.8');
    expect(num(-0.5)).toBe('\u22120.5');
    expect(num(0.1 + 0.2)).toBe('0.3');
    expect(num(123456)).toBe('1.235e5');
    expect(num(0.00012)).toBe('1.2e\u22124');
    expect(num(-0.00012)).toBe('\u22121.2e\u22124');
    expect(num(-0)).toBe('0');
    expect(longNum(645.5772594752186)).toBe('645.577');
    expect(errorNum(3.0335e-8)).toBe('3.0e\u22128');
  });

  it('operation symbols on the nodes', () => {
    expect(opSymbol({ kind: 'binary', op: '*' })).toBe('×');
    expect(opSymbol({ kind: 'constRight', op: '+', constant: 1 })).toBe('+ 1');
    expect(opSymbol({ kind: 'constLeft', op: '/', constant: 10 })).toBe('10 ÷');
    expect(opSymbol({ kind: 'pow', exponent: 3 })).toBe('^3');
    expect(opSymbol({ kind: 'func', fn: 'relu' })).toBe('relu');
    expect(opSymbol(undefined)).toBe('input');
  });

  it('describes each node for screen readers, as far as the run has gone', () => {
    expect(nodeLabel(LESSON, stepInfo(LESSON.graph, 0), 2)).toBe(
      'c = a * b, multiplication; value not computed yet; gradient not known yet.',
    );
    expect(nodeLabel(LESSON, stepInfo(LESSON.graph, 8), 0)).toBe('input a = 3; value 3; gradient ∂e/∂a = 6.');
    expect(nodeLabel(LESSON, stepInfo(LESSON.graph, 8), 4)).toBe(
      'e = d^2, power 2, the output; value 9; gradient ∂e/∂e = 1.',
    );
  });

  it('the status line and the live sentence follow the run', () => {
    const g = LESSON.graph;
    expect(stepStatus(LESSON, stepInfo(g, 0))).toBe(
      'Step 0 of 8 · inputs set; press Next step to run the forward pass',
    );
    expect(stepStatus(LESSON, stepInfo(g, 1))).toBe('Step 1 of 8 · forward pass · c = \u22126');
    expect(stepStatus(LESSON, stepInfo(g, 5))).toBe('Step 5 of 8 · backward pass · ∂e/∂d = \u22126');
    expect(stepStatus(LESSON, stepInfo(g, 8))).toBe('Step 8 of 8 · backward pass done · ∂e/∂a = 6');
    expect(describeRun(LESSON, stepInfo(g, 8))).toBe(
      'The graph has 2 inputs and 3 operations; the output is e. Run finished: e = 9; ∂e/∂a = 6, ∂e/∂b = \u221218.',
    );
  });

  it('predict-first feedback says how close, and why when far', () => {
    expect(predictSentence(scoreGuess('∂z/∂x', 7, 7), 3)).toBe('You guessed 7, and ∂z/∂x = 7. Spot on!');
    expect(predictSentence(scoreGuess('∂z/∂x', 4, 7), 3)).toBe(
      'You guessed 4; ∂z/∂x = 7, off by 3. Not far. This value reaches the output along 3 paths: the gradient is the sum over all of them.',
    );
    expect(predictSentence(scoreGuess('∂d/∂a', 2, -1), 2)).toMatch(
      /Quite far\. The sign is the other way round/,
    );
  });

  it('the gradient check in words', () => {
    const [c] = checkGradients(LESSON);
    expect(checkSentence(c!)).toMatch(
      /^a: backprop 6, finite difference 6, error \d\.\de\u2212\d+; they agree\.$/,
    );
  });
});
