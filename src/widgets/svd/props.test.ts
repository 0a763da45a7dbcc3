import { describe, expect, it } from 'vitest';
import { checkPartial, parseProps } from '../../ui/props';
import { SVD_PROPS, checkPoints, formatPoints, parsePoints, MAX_POINTS } from './props';

describe('the points setting', () => {
  it('reads "x y; x y" with spaces or commas, and the empty text as no points', () => {
    expect(parsePoints('1 2; -3.5,4')).toEqual({
      ok: true,
      value: [
        [1, 2],
        [-3.5, 4],
      ],
    });
    expect(parsePoints('  ')).toEqual({ ok: true, value: [] });
    expect(parsePoints('none')).toEqual({ ok: true, value: [] });
    expect(formatPoints([])).toBe('none');
  });

  it('writes what it reads', () => {
    const points = [
      [0.1, -2],
      [3, 4.25],
    ] as const;
    const text = formatPoints(points);
    expect(text).toBe('0.1 -2; 3 4.25');
    expect(parsePoints(text)).toEqual({ ok: true, value: points });
  });

  it('rejects malformed text, numbers out of range and too many points', () => {
    expect(parsePoints('1 2 3').ok).toBe(false);
    expect(parsePoints('1 x').ok).toBe(false);
    expect(parsePoints('1 200')).toEqual({ ok: false, error: 'coordinates must be between -100 and 100' });
    expect(parsePoints(Array.from({ length: MAX_POINTS + 1 }, () => '0 0').join(';')).ok).toBe(false);
  });

  it('checks arrays handed in from JavaScript', () => {
    expect(checkPoints([[1, 2]])).toEqual({ ok: true, value: [[1, 2]] });
    expect(checkPoints([[1, Number.NaN]]).ok).toBe(false);
    expect(checkPoints([[1]]).ok).toBe(false);
    expect(checkPoints('1 2').ok).toBe(false);
  });
});

describe('the table', () => {
  it('reports bad attributes in words and falls back to the default', () => {
    const { state, problems } = parseProps(SVD_PROPS, { matrix: '1 2; 3', n: '1', mode: 'pcb' }, 'attribute');
    expect(state).toEqual({ matrix: [1, 1, 0, 1], n: 40, mode: 'svd' });
    expect(problems.map((p) => p.message)).toEqual([
      'matrix="1 2; 3" (attribute): expected 2 rows of 2 numbers, like "1 2; 3 4" or "[[1,2],[3,4]]". Using "1 1; 0 1".',
      'n="1" (attribute): must be between 2 and 500. Using "40".',
      'mode="pcb" (attribute): must be one of svd, pca. Using "svd".',
    ]);
  });

  it('keeps the old value when setState is handed NaN', () => {
    const { state, problems } = checkPartial(SVD_PROPS, {
      matrix: [Number.NaN, 0, 0, 1],
      t: Number.NaN,
      points: [[0, Infinity]],
    });
    expect(state).toEqual({});
    expect(problems).toHaveLength(3);
  });
});
