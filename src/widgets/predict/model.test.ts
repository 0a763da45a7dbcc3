import { describe, expect, it } from 'vitest';
import { judgeChoice, parseChoices, parseReveal, readGuess } from './model';

describe('predict scoring', () => {
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
