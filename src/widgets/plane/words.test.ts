import { describe, expect, it } from 'vitest';
import { describePlane, detSentence, eigenSentence, matrixText, predictSentence } from './words';
import { scorePrediction } from './model';
import { eigen2 } from '../../math/eigen2';
import { parseMatrix2 } from '../../math/matrix-text';
import type { Mat2 } from '../../math/mat2';

const describeAt = (matrix: Mat2, t = 1) =>
  describePlane({ matrix, t, eigen: eigen2(matrix), phase: 'off', guess: [1, 0], prediction: undefined });

describe('sentences', () => {
  it('describes a shear in one breath', () => {
    expect(describeAt([1, 1, 0, 1])).toBe(
      'î lands at (1, 0) and ĵ at (1, 1). Determinant 1: areas are kept and orientation is kept. ' +
        'One eigenvector direction, eigenvalue 1.',
    );
  });

  it('says how areas and orientation change', () => {
    expect(detSentence([2, 0, 0, 1.5])).toBe('Determinant 3: areas grow 3 times and orientation is kept.');
    expect(detSentence([0.5, 0, 0, 0.5])).toBe(
      'Determinant 0.25: areas shrink to 0.25 of their size and orientation is kept.',
    );
    expect(detSentence([-1, 0, 0, 1])).toBe('Determinant -1: areas are kept and orientation is flipped.');
    expect(detSentence([1, 2, 0.5, 1])).toBe('Determinant 0: the plane is squashed onto a line.');
    expect(detSentence([0, 0, 0, 0])).toBe('Determinant 0: the plane is squashed onto a point.');
  });

  it('covers the four eigen cases', () => {
    expect(eigenSentence(eigen2([3, 0, 0, 1]))).toBe('Two eigenvector directions, eigenvalues 3 and 1.');
    expect(eigenSentence(eigen2([0, -1, 1, 0]))).toBe('No real eigenvectors: λ = 0 ± 1i.');
    expect(eigenSentence(eigen2([2, 0, 0, 2]))).toBe('Every vector is an eigenvector, eigenvalue 2.');
    expect(eigenSentence(eigen2([1, 1, 0, 1]))).toBe('One eigenvector direction, eigenvalue 1.');
  });

  it('mentions a half-played animation', () => {
    expect(describeAt([2, 0, 0, 2], 0.5)).toContain('shown 50% of the way from the identity');
  });

  it('scores a prediction in words, by distance band', () => {
    const m: Mat2 = [2, 1, 1, 1];
    expect(predictSentence(scorePrediction([1.9, 1.1], m))).toBe(
      'Your guess (1.9, 1.1) was 0.14 units from where î lands, (2, 1). Spot on!',
    );
    expect(predictSentence(scorePrediction([2, 1], m))).toBe(
      'Your guess (2, 1) is exactly where î lands. Spot on!',
    );
    expect(predictSentence(scorePrediction([2, 0.5], m))).toMatch(/0\.5 units .* Close!$/);
    expect(predictSentence(scorePrediction([1, 1], m))).toMatch(/was 1 unit from .*Not far/);
    expect(predictSentence(scorePrediction([-2, -2], m))).toMatch(/Quite far/);
  });

  it('does not give the answer away while the learner is guessing', () => {
    const s = describePlane({
      matrix: [2, 1, 1, 1],
      t: 0,
      eigen: eigen2([2, 1, 1, 1]),
      phase: 'guess',
      guess: [1, 0],
      prediction: undefined,
    });
    expect(s).toContain('Your guess is at (1, 0)');
    expect(s).not.toContain('lands at');
  });

  it('shows a typed-back matrix that reads back as (almost) the same matrix', () => {
    expect(matrixText([1, 1, 0, 1])).toBe('1 1; 0 1');
    expect(matrixText([Math.SQRT1_2, -0.5, 1e-17, -3])).toBe('0.7071 -0.5; 0 -3');
    const back = parseMatrix2(matrixText([0.1 + 0.2, 2, -7.25, 100]));
    expect(back).toEqual({ ok: true, value: [0.3, 2, -7.25, 100] });
  });
});
