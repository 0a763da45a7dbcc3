import { describe, expect, it } from 'vitest';
import { judgeNumber } from './verdict';

describe('number verdicts', () => {
  it('counts a guess within the tolerance as right', () => {
    expect(judgeNumber(3, 3, 0)).toMatchObject({ correct: true, error: 0 });
    expect(judgeNumber(2.9, 3, 0.1).correct).toBe(true);
    expect(judgeNumber(2.8, 3, 0.1).correct).toBe(false);
  });

  it('says how far off, in bands relative to the answer', () => {
    expect(judgeNumber(95, 100, 0).sentence).toContain('Very close');
    expect(judgeNumber(70, 100, 0).sentence).toContain('right direction');
    expect(judgeNumber(-100, 100, 0).sentence).toContain('Quite far');
    expect(judgeNumber(2.5, 3, 0, 'units²').sentence).toBe(
      'Your guess 2.5 units² is 0.5 away from 3 units². In the right direction; look again at the picture.',
    );
  });
});
