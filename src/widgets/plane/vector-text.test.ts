import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkVec2, formatVec2, parseVec2 } from './vector-text';
import { PLANE_PROPS } from './props';
import { parseProps } from '../../ui/props';

describe('parseVec2', () => {
  it('reads the four spellings', () => {
    for (const text of ['2 1', '2, 1', '(2, 1)', '[2,1]', '  ( 2 ,  1 ) ', '2,1'])
      expect(parseVec2(text), text).toEqual({ ok: true, value: [2, 1] });
    expect(parseVec2('-1.5e1 .25')).toEqual({ ok: true, value: [-15, 0.25] });
  });

  it('rejects everything else with a message that says what it expected', () => {
    for (const text of [
      '',
      '1',
      '1 2 3',
      '(1, 2',
      '[1, 2)',
      '((1, 2))',
      '1;2',
      'a b',
      '0x10 1',
      'NaN 1',
      'Infinity 0',
      '1,,2',
    ])
      expect(parseVec2(text), JSON.stringify(text)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/expected 2 numbers|not a number/),
      });
    expect(parseVec2('banana 1')).toEqual({
      ok: false,
      error: expect.stringContaining('"banana" is not a number'),
    });
  });

  it('keeps entries within ±100, like a matrix', () => {
    expect(parseVec2('100 -100').ok).toBe(true);
    expect(parseVec2('100.5 0')).toEqual({ ok: false, error: 'entries must be between -100 and 100' });
  });

  it('formatVec2 and parseVec2 round-trip (to 12 significant digits)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (x, y) => {
          const r = parseVec2(formatVec2([x, y]));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(Math.abs(r.value[0] - x)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(x)));
          expect(Math.abs(r.value[1] - y)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(y)));
        },
      ),
    );
  });

  it('checkVec2 takes two finite numbers in range from JavaScript', () => {
    expect(checkVec2([1, 2])).toEqual({ ok: true, value: [1, 2] });
    for (const bad of [[1], [1, 2, 3], [NaN, 1], [1, Infinity], ['1', 2], 'x', null, [101, 0]])
      expect(checkVec2(bad).ok).toBe(false);
  });

  it('a bad vector attribute falls back to the default and says so', () => {
    const { state, problems } = parseProps(PLANE_PROPS, { v: '1 2 3', u: '(4, 5)' }, 'attribute');
    expect(state.v).toEqual(PLANE_PROPS.v.default);
    expect(state.u).toEqual([4, 5]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^v="1 2 3" \(attribute\): expected 2 numbers.*Using "1 2"\.$/);
  });
});
