import { describe, expect, it } from 'vitest';
import { computeRuns, viewAt } from './model';
import { DESCENT_PROPS } from './props';
import { defaults } from '../../ui/props';
import { describeDescent, num, runSentence } from './words';

describe('sentences', () => {
  it('numbers read naturally, with a real minus sign', () => {
    expect(num(-0.98187)).toBe('−0.982');
    expect(num(0.0000123)).toBe('1.23e−5');
    expect(num(NaN)).toBe('—');
  });

  it('describes every run: where it is, or that it diverged, or that it converged', () => {
    const s = { ...defaults(DESCENT_PROPS), rates: [0.1, 0.25] as readonly number[], steps: 20 };
    const runs = computeRuns(s);
    const views = runs.map((r, k) => viewAt(r, k, s.steps));
    expect(runSentence(views[0]!)).toMatch(/^Run 1, η = 0\.1: step 20, loss [\d.e−]+ at \(−0\.2\d+, 0\)\.$/);
    expect(runSentence(views[1]!)).toBe(
      'Run 2, η = 0.25: diverged at step 12 (the steps grew without limit).',
    );
    const done = viewAt(runs[0]!, 0, 500);
    expect(runSentence(done)).toMatch(/^Run 1, η = 0\.1: converged after \d+ steps/);
    expect(describeDescent(s, [-1.8, 0.9], views)).toMatch(
      /^Gradient descent on the elongated valley surface from \(−1\.8, 0\.9\), after 20 steps\. Run 1/,
    );
  });
});
