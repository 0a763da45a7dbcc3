import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedMatrix, formatMatrix3, matrixText3, parseMatrix3 } from '../../src/math/matrix-text';

const EXPECTED3 = expectedMatrix(3);

describe('parseMatrix3', () => {
  it('reads both spellings', () => {
    expect(parseMatrix3('1 0 0; 0 1 0; 0 0 1')).toEqual({ ok: true, value: [1, 0, 0, 0, 1, 0, 0, 0, 1] });
    expect(parseMatrix3('[[1,2,3],[4,5,6],[7,8,9]]')).toEqual({
      ok: true,
      value: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    });
    expect(parseMatrix3(' [ [ 2 , 0, 0 ] , [0, 3, 0], [0,0,4] ] ')).toEqual({
      ok: true,
      value: [2, 0, 0, 0, 3, 0, 0, 0, 4],
    });
    expect(parseMatrix3('1, -2.5, 3; .5 0 1e1; -0 7 8')).toEqual({
      ok: true,
      value: [1, -2.5, 3, 0.5, 0, 10, -0, 7, 8],
    });
  });

  it('rejects wrong shapes, non-numbers and out-of-range entries with a clear message', () => {
    for (const bad of [
      '',
      '1 2 3; 4 5 6',
      '1 2; 3 4; 5 6',
      '1 2 3 4; 5 6 7 8; 9 1 2 3',
      '[[1,2,3],[4,5,6]]',
      '[[1,2,3],[4,5,6],[7,8]]',
      '1 2 3; 4 5 6; 7 8 9;',
      '[1,2,3]',
    ])
      expect(parseMatrix3(bad)).toEqual({ ok: false, error: EXPECTED3 });
    expect(parseMatrix3('1 2 x; 4 5 6; 7 8 9')).toEqual({
      ok: false,
      error: `"x" is not a number; ${EXPECTED3}`,
    });
    expect(parseMatrix3('1 2 Infinity; 4 5 6; 7 8 9').ok).toBe(false);
    expect(parseMatrix3('1 2 0x10; 4 5 6; 7 8 9').ok).toBe(false);
    expect(parseMatrix3('101 0 0; 0 1 0; 0 0 1')).toEqual({
      ok: false,
      error: 'entries must be between -100 and 100',
    });
    expect(parseMatrix3('-100 0 0; 0 100 0; 0 0 1').ok).toBe(true);
  });

  it('cuts a long bad cell short in its message', () => {
    const r = parseMatrix3(`${'a'.repeat(500)} 0 0; 0 1 0; 0 0 1`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeLessThan(200);
  });

  it('reads back what formatMatrix3 writes', () => {
    const entry = fc.double({ min: -100, max: 100, noNaN: true }).map((x) => Number(x.toPrecision(12)));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 9, maxLength: 9 }), (m) => {
        const r = parseMatrix3(formatMatrix3(m as never));
        expect(r.ok).toBe(true);
        if (r.ok) r.value.forEach((x, k) => expect(x).toBeCloseTo(m[k] as number, 9));
      }),
    );
  });

  it('shows short numbers in the input', () => {
    const c = Math.cos(Math.PI / 6);
    expect(matrixText3([c, -0.5, 0, 0.5, c, 0, 0, 0, 1])).toBe('0.866 -0.5 0; 0.5 0.866 0; 0 0 1');
    expect(matrixText3([-0, 1e-9, 2, 0, 0, 0, 0, 0, 0])).toBe('0 0 2; 0 0 0; 0 0 0');
  });
});
