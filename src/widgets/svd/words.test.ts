import { describe, expect, it } from 'vitest';
import {
  areaSentence,
  describePca,
  describeSvd,
  explainedSentence,
  linkSentence,
  predictSentence,
  sigmaSentence,
  stageCaption,
  stageLabels,
  turnWords,
} from './words';
import { analyseCloud, factorsOf, scoreDirection, type Factors } from './model';
import type { Mat2 } from '../../math/mat2';

const factors = (m: Mat2): Factors => factorsOf(m)!;

describe('svd sentences', () => {
  it('reads the singular values and the ellipse off [[3, 0], [4, 5]]', () => {
    expect(sigmaSentence(factors([3, 0, 4, 5]))).toMatch(
      /^σ₁ = 6\.71 and σ₂ = 2\.24: the circle becomes an ellipse with semi-axes 6\.71 along u₁ = \(-?0\.\d+, -?0\.\d+\) and 2\.24 along u₂/,
    );
  });

  it('explains the collapsed cases and the circle that stays a circle', () => {
    expect(sigmaSentence(factors([1, 2, 0.5, 1]))).toMatch(
      /^σ₁ = 2\.5 and σ₂ = 0: det A = 0, so A squashes the direction v₂ = .* to nothing and the circle collapses onto a segment of length 2σ₁ = 5 along u₁/,
    );
    expect(sigmaSentence(factors([0, 0, 0, 0]))).toBe(
      'A is the zero matrix: σ₁ = σ₂ = 0, and the whole circle collapses onto one point.',
    );
    expect(sigmaSentence(factors([0, -2, 2, 0]))).toBe(
      'σ₁ = σ₂ = 2: every direction stretches alike, so the circle stays a circle of radius 2.',
    );
  });

  it('says that |det A| = σ₁σ₂ and where the sign went', () => {
    expect(areaSentence([3, 0, 4, 5], factors([3, 0, 4, 5]))).toBe(
      '|det A| = σ₁σ₂ = 15: areas scale by the product of the two stretches.',
    );
    expect(areaSentence([-1, 0, 0, 2], factors([-1, 0, 0, 2]))).toMatch(
      /det A < 0, so U also flips the plane over\.$/,
    );
    expect(areaSentence([1, 2, 0.5, 1], factors([1, 2, 0.5, 1]))).toMatch(/here to nothing\.$/);
  });

  it('names turns by size and direction', () => {
    expect(turnWords(Math.PI / 2)).toBe('turns 90° counter-clockwise');
    expect(turnWords(-Math.PI / 4)).toBe('turns 45° clockwise');
    expect(turnWords(1e-9)).toBe('does not turn');
  });

  it('labels the three factors, with the flip when det A < 0', () => {
    expect(stageLabels(factors([2, 0, 0, 1]))).toEqual([
      'Vᵀ: does not turn',
      'Σ: stretch ×2 along x, ×1 along y',
      'U: does not turn',
    ]);
    expect(stageLabels(factors([-1, 0, 0, 2]))[2]).toMatch(/^U: flip, then turns 90° /);
  });

  it('captions where the animation is', () => {
    expect(stageCaption(0)).toBe('The unit circle, before A. Press Next to apply Vᵀ.');
    expect(stageCaption(0.5)).toBe('Step 1 of 3: Vᵀ (rotate).');
    expect(stageCaption(2)).toBe('Step 2 of 3: Σ (stretch) done.');
    expect(stageCaption(3)).toBe('Step 3 of 3 done: U Σ Vᵀ = A.');
  });

  it('describes the whole picture for a screen reader, numbers included', () => {
    const text = describeSvd({ matrix: [3, 0, 4, 5], factors: factors([3, 0, 4, 5]), t: 3 });
    expect(text).toMatch(
      /^A with rows 3 0 and 4 5 = U Σ Vᵀ\. Vᵀ: turns [\d.]+° (counter-)?clockwise; Σ: stretch ×6\.71 along x, ×2\.24 along y; U: turns/,
    );
    expect(text).toContain('σ₁ = 6.71 and σ₂ = 2.24');
    expect(text).toMatch(/Step 3 of 3 done: U Σ Vᵀ = A\.$/);
    expect(describeSvd({ matrix: [1, 0, 0, 1], factors: undefined, t: 3 })).toBe(
      'A with rows 1 0 and 0 1: its singular value decomposition could not be computed.',
    );
  });
});

describe('pca sentences', () => {
  const line = analyseCloud([
    [0, 0],
    [1, 1],
    [2, 2],
  ]);

  it('reports the variances and their shares', () => {
    expect(explainedSentence(line)).toBe(
      'Axis 1 along (0.71, 0.71) has variance 1.33 (100% of the total); axis 2 along (−0.71, 0.71) has 0 (0%).',
    );
  });

  it('links the axes to the SVD of the centred data', () => {
    expect(linkSentence(line)).toBe(
      'These axes are the right singular vectors of the centred 3 × 2 data matrix: its singular values σ₁ = 2 and σ₂ = 0 give the variances as σ²/n.',
    );
  });

  it('describes the cloud, and what is missing when there is no PCA', () => {
    expect(describePca(line, true)).toMatch(
      /^3 points with mean \(1, 1\)\. Axis 1 .* Each point is dropped onto axis 1, which keeps 100% of the variance\.$/,
    );
    expect(describePca(analyseCloud([]), false)).toBe(
      '0 points. PCA needs at least 2 points: click or tap the plot to add some (or focus the cross and press Enter).',
    );
    expect(describePca(analyseCloud([[1, 2]]), false)).toBe(
      '1 point. PCA needs at least 2 points: add one more.',
    );
    expect(
      describePca(
        analyseCloud([
          [1, 2],
          [1, 2],
        ]),
        false,
      ),
    ).toMatch(/^2 points\. All the points are at the same place/);
  });
});

describe('predict-first feedback', () => {
  it('tells how many degrees the guess was off', () => {
    expect(predictSentence(scoreDirection(40, [1, 0]), 'pca')).toBe(
      'Your line at 40° is 40° from the first principal axis at 0°. Quite far: look for the direction in which the shape is longest.',
    );
    expect(predictSentence(scoreDirection(3, [1, 0]), 'svd')).toBe(
      'Your line at 3° is 3° from the long axis at 0°. Spot on!',
    );
    expect(predictSentence(scoreDirection(0, [1, 0]), 'svd')).toBe(
      'Your line at 0° is exactly the long axis. Spot on!',
    );
    expect(predictSentence(scoreDirection(25, undefined), 'svd')).toBe(
      'Every direction stretches equally here, so any line is the long axis. Your 25° is right.',
    );
  });
});
