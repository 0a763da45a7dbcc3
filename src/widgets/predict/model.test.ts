import { describe, expect, it } from 'vitest';
import { judgeChoice, judgeNumber, parseChoices, parseReveal, readGuess } from './model';

describe('predict scoring', () => {
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

  it('judges choices by their 1-based number', () => {
    const list = ['a line', 'the whole plane', 'a point'];
    expect(judgeChoice(2, 2, list)).toEqual({ correct: true, sentence: 'Right: the whole plane.' });
    expect(judgeChoice(1, 2, list).sentence).toBe('Not quite: the answer is the whole plane.');
  });

  it('parses choices strictly', () => {
    expect(parseChoices('')).toEqual({ ok: true, list: [] });
    expect(parseChoices(' a | b ')).toEqual({ ok: true, list: ['a', 'b'] });
    expect(parseChoices('a').ok).toBe(false);
    expect(parseChoices('a||b').ok).toBe(false);
    expect(parseChoices('1|2|3|4|5|6|7').ok).toBe(false);
  });

  it('reads guesses and reveal settings strictly', () => {
    expect(readGuess(' -1.5 ')).toBe(-1.5);
    expect(readGuess('Infinity')).toBeUndefined();
    expect(readGuess('')).toBeUndefined();
    expect(parseReveal('t=1&formula=true')).toEqual({ t: '1', formula: 'true' });
    expect(parseReveal('')).toEqual({});
    expect(parseReveal('t')).toBeUndefined();
  });
});
