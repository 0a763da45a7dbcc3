import { describe, expect, it } from 'vitest';
import { expectValidTex } from '../../../test/helpers/tex';
import { createTrainer, makeDataset, splitDataset } from '../../math/nn';
import { lastStep, texNum, weightFormulaTex, weightFormulaWords } from './formula';

const colors = { weight: '#0060a8', gradient: '#a8005f' };

describe('the live weight formula', () => {
  it('solves the last step back to the weight before it, matching a real training step', () => {
    const data = splitDataset(makeDataset('xor', 120, 0.1, 3), 0.5, 3);
    const settings = { learningRate: 0.1, batchSize: 10, l2: 0.03 };
    const t = createTrainer({ hidden: [3], activation: 'tanh' }, settings, data, 3);
    const before = t.stepper.readNet();
    t.stepBatch();
    const after = t.stepper.readNet();
    const grads = t.stepper.readGrads();
    expect(grads).not.toBeNull();
    for (let l = 0; l < after.weights.length; l++)
      for (let k = 0; k < (after.weights[l] as Float32Array).length; k++) {
        const w = (after.weights[l] as Float32Array)[k] as number;
        const g = (grads?.weights[l] as Float32Array)[k] as number;
        const r = lastStep(w, g, settings.learningRate, settings.l2);
        expect(r.before).toBeCloseTo((before.weights[l] as Float32Array)[k] as number, 5);
        expect(r.data).toBeCloseTo(g - settings.l2 * r.before, 12);
      }
  });

  it('writes valid TeX with the numbers, before and after the first step', () => {
    const base = { edge: { layer: 2, to: 1, from: 3 }, sizes: [2, 4, 1], w: 0.5, rate: 0.03, l2: 0.001 };
    for (const g of [undefined, -0.0123, 2.5e-6]) {
      const tex = weightFormulaTex({ ...base, g }, colors);
      expectValidTex(tex);
      expect(tex).toContain('w^{(2)}_{13}');
      expect(tex).toContain('a^{(1)}_{3}');
    }
    const tex = weightFormulaTex({ ...base, g: -0.0123 }, colors);
    expect(tex).toContain('\\textcolor{#a8005f}');
    expect(tex).toContain('= \\textcolor{#0060a8}{{0.5}}');
    expect(weightFormulaWords({ ...base, g: -0.0123 })).toMatch(/gives 0\.5\.$/);
    expect(texNum(2.5e-6)).toBe('2.5\\times10^{-6}');
    expect(texNum(NaN)).toBe('\\text{—}');
  });

  it('names the inputs x for the first layer', () => {
    const tex = weightFormulaTex(
      { edge: { layer: 1, to: 2, from: 1 }, sizes: [2, 4, 1], w: -1, g: 0.1, rate: 0.1, l2: 0 },
      colors,
    );
    expect(tex).toContain('x_{1}');
    expect(tex).toContain('\\frac{1}{B}');
    const featured = weightFormulaTex(
      {
        edge: { layer: 1, to: 1, from: 2 },
        sizes: [3, 1],
        inputs: ['x', 'x2', 'sinx'],
        w: -1,
        g: 0.1,
        rate: 0.1,
        l2: 0,
      },
      colors,
    );
    expect(featured).toContain('(x^2)');
    expect(featured).not.toContain('x_{2}');
  });
});
