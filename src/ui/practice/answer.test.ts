import { describe, expect, it } from 'vitest';
import type { PracticeItem } from '../../lesson/practice/item';
import { drawItem } from '../../lesson/practice/item';
import { PRACTICE_SETS } from '../../lesson/practice/sets';
import { answerText, judgeAnswer, parseAnswer, parseSeed } from './answer';

const item = (over: Partial<PracticeItem>): PracticeItem => ({
  kind: 'test',
  prompt: '',
  tex: '',
  text: '',
  answerKind: 'number',
  answer: [4],
  tolerance: 0,
  slips: [],
  steps: ['4'],
  given: {},
  ...over,
});

describe('parseAnswer', () => {
  it('reads a number, a vector in several spellings, and a matrix', () => {
    expect(parseAnswer('number', 1, ' -1.5 ')).toEqual({ ok: true, value: [-1.5] });
    expect(parseAnswer('number', 1, '\u22123')).toEqual({ ok: true, value: [-3] });
    for (const t of ['3, -1', '(3, -1)', '3 -1', '[3,-1]'])
      expect(parseAnswer('vector', 2, t)).toEqual({ ok: true, value: [3, -1] });
    expect(parseAnswer('vector', 3, '1, 0, -2')).toEqual({ ok: true, value: [1, 0, -2] });
    expect(parseAnswer('matrix', 4, '1 2; 3 4')).toEqual({ ok: true, value: [1, 2, 3, 4] });
  });

  it('says what is wrong with bad input, in words', () => {
    const err = (k: 'number' | 'vector' | 'matrix', size: number, t: string): string => {
      const r = parseAnswer(k, size, t);
      return r.ok ? 'read' : r.error;
    };
    expect(err('number', 1, '')).toBe('Type an answer first: expected a number, like 4 or -1.5.');
    expect(err('number', 1, 'NaN')).toMatch(/“NaN” is not a number/);
    expect(err('number', 1, '1e300')).toMatch(/beyond ±1000000/);
    expect(err('vector', 2, '1, 2, 3')).toMatch(/that is 3 numbers; expected 2 numbers, like 3, -1/);
    expect(err('vector', 2, '1, x')).toMatch(/“x” is not a number/);
    expect(err('matrix', 4, '1 2 3')).toMatch(/expected 2 rows of 2 numbers/);
    expect(err('number', 1, '<img src=x>')).toMatch(/^Could not read “<img src=x>”/);
  });
});

describe('judgeAnswer', () => {
  it('accepts within the tolerance and names the side of a wrong number, not the answer', () => {
    expect(judgeAnswer(item({ answer: [0.6], tolerance: 0.01 }), [0.605]).correct).toBe(true);
    const v = judgeAnswer(item({}), [7]);
    expect(v).toEqual({ correct: false, sentence: 'Not yet: too high. Try again, or show the answer.' });
    expect(v.sentence).not.toContain('4');
  });

  it('names a classic slip', () => {
    const it2 = item({ answer: [4], slips: [{ at: [8], says: 'That is ad + bc.' }] });
    expect(judgeAnswer(it2, [8]).sentence).toBe('Not yet. That is ad + bc.');
  });

  it('counts the right entries of a vector or matrix', () => {
    const m = item({ answerKind: 'matrix', answer: [1, 2, 3, 4] });
    expect(judgeAnswer(m, [1, 2, 3, 5]).sentence).toBe(
      'Not yet: 3 of 4 entries are right. Try again, or show the answer.',
    );
    expect(judgeAnswer(m, [1, 2, 3, 4]).correct).toBe(true);
    expect(answerText(m)).toBe('1 2; 3 4');
    expect(answerText(item({ answerKind: 'vector', answer: [3, -1] }))).toBe('3, -1');
    expect(answerText(item({ answer: [0.846153846], tolerance: 0.01 }))).toBe('0.85');
    expect(answerText(item({ answer: [5 / 36], tolerance: 0.005 }))).toBe('0.14');
  });
});

describe('parseSeed', () => {
  it('takes whole numbers 0 … 2³² − 1 and refuses the rest with a sentence', () => {
    expect(parseSeed('42')).toEqual({ ok: true, seed: 42 });
    expect(parseSeed('4294967295')).toEqual({ ok: true, seed: 4294967295 });
    for (const bad of ['4294967296', '-1', '1.5', 'abc', '']) expect(parseSeed(bad).ok).toBe(false);
  });
});

describe('every generated item', () => {
  it('accepts its own shown answer typed back, and rejects each of its slips', () => {
    for (const set of Object.values(PRACTICE_SETS))
      for (let seed = 0; seed < 150; seed++) {
        const it1 = drawItem(set, seed);
        const typed = parseAnswer(it1.answerKind, it1.answer.length, answerText(it1));
        expect(typed.ok && judgeAnswer(it1, typed.value).correct, `${it1.kind} seed ${seed}`).toBe(true);
        for (const slip of it1.slips) expect(judgeAnswer(it1, slip.at).sentence).toContain(slip.says);
      }
  });
});
