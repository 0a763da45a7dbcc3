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
    expect(judgeNumber(95, 100, 0).sentence).toContain('Very close, a little low.');
    expect(judgeNumber(70, 100, 0).sentence).toContain('Not far, but too low');
    expect(judgeNumber(-100, 100, 0).sentence).toContain('Quite far, too low');
    expect(judgeNumber(2.5, 3, 0, 'units²').sentence).toBe(
      'Your guess 2.5 units² is 0.5 away from 3 units². Not far, but too low: look again at the picture.',
    );
  });

  it('says an overshoot is too high (review D17: 6 for a determinant of 4 is not "the right direction")', () => {
    expect(judgeNumber(6, 4, 0).sentence).toBe(
      'Your guess 6 is 2 away from 4. Not far, but too high: look again at the picture.',
    );
  });

  it('names a declared slip instead of the band, but never on a right guess', () => {
    const slips = [{ at: 8, says: 'That is ad + bc: the determinant subtracts bc.' }];
    expect(judgeNumber(8, 4, 0, '', slips)).toMatchObject({
      correct: false,
      sentence: 'Your guess 8 is 4 away from 4. That is ad + bc: the determinant subtracts bc.',
    });
    expect(judgeNumber(4, 4, 0, '', slips).correct).toBe(true);
    expect(judgeNumber(7, 4, 0, '', slips).sentence).not.toContain('ad + bc');
  });

  it('reads a probability typed for a percentage as meant, and says so (review D17, part 2)', () => {
    const v = judgeNumber(0.09, 9.2, 0.5, '%');
    expect(v.correct).toBe(true);
    expect(v.sentence).toBe(
      'You typed 0.09, a probability; the question asks in percent, so it is read as 9 %. Your guess 9 % is 0.2 away from 9.2 %. Spot on.',
    );
    // A real guess below 1 % for an answer below 1 % is taken as typed.
    expect(judgeNumber(0.5, 0.6, 0, '%').sentence).toMatch(/^Your guess 0.5 %/);
  });
});
