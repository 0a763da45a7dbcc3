import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MATRIX_LIMIT, formatMatrix2, parseMatrix2 } from '../../src/math/matrix-text';
import { formatNumber, parseNumber } from '../../src/math/number-text';
import type { Mat2 } from '../../src/math/mat2';

function parsed(text: string): Mat2 {
  const r = parseMatrix2(text);
  if (!r.ok) throw new Error(`${JSON.stringify(text)} was refused: ${r.error}`);
  return r.value;
}

function refused(text: string): string {
  const r = parseMatrix2(text);
  if (r.ok) throw new Error(`${JSON.stringify(text)} was accepted as ${JSON.stringify(r.value)}`);
  return r.error;
}

describe('parseMatrix2 accepts', () => {
  it.each([
    ['1 2; 3 4', [1, 2, 3, 4]],
    [' 1,2 ; 3,4 ', [1, 2, 3, 4]],
    ['1, 2; 3 ,4', [1, 2, 3, 4]],
    ['1\t2;3    4', [1, 2, 3, 4]],
    ['[[1,2],[3,4]]', [1, 2, 3, 4]],
    [' [ [1, 2] , [3, 4] ] ', [1, 2, 3, 4]],
    ['[[ -1.5, 2e-3 ], [3, .5]]', [-1.5, 0.002, 3, 0.5]],
    ['+1 -0; 1E1 100', [1, -0, 10, 100]],
    ['-100 100; 1. 0.0', [-100, 100, 1, 0]],
  ] as [string, Mat2][])('%j', (text, want) => {
    expect(parsed(text)).toEqual(want);
  });
});

describe('parseMatrix2 refuses, saying what it expected', () => {
  const SHAPE = /expected 2 rows of 2 numbers, like "1 2; 3 4" or "\[\[1,2\],\[3,4\]\]"/;
  it.each([
    '',
    '   ',
    '1 2 3 4',
    '1 2; 3',
    '1 2;',
    '1 2; 3 4;',
    '1 2; 3 4; 5 6',
    '1,,2; 3 4',
    '[[1,2],[3,4],[5,6]]',
    '[[1,2],[3]]',
    '[[1,2]]',
    '[1,2],[3,4]',
    '[[1,2],[3,4]',
    '[[1 2],[3 4]]',
    '[[1,2];[3,4]]',
  ])('%j', (text) => {
    expect(refused(text)).toMatch(SHAPE);
  });

  it.each([
    ['a b; c d', '"a"'],
    ['NaN 1; 1 1', '"NaN"'],
    ['Infinity 0; 0 1', '"Infinity"'],
    ['0x10 0; 0 1', '"0x10"'],
    ['1 2; 3 1e400', '"1e400"'],
    ['1 2; 3 1_000', '"1_000"'],
    ['[[1,2],[3,four]]', '"four"'],
  ])('%j names the bad entry', (text, bad) => {
    const error = refused(text);
    expect(error).toContain(`${bad} is not a number`);
    expect(error).toMatch(SHAPE);
  });

  it('says the allowed range for entries out of it', () => {
    expect(refused('1e300 0; 0 1')).toBe(`entries must be between -${MATRIX_LIMIT} and ${MATRIX_LIMIT}`);
    expect(refused('0 0; 0 -100.5')).toMatch(/between -100 and 100/);
    expect(parseMatrix2('50 0; 0 1', 10)).toEqual({ ok: false, error: 'entries must be between -10 and 10' });
  });

  it('keeps the message short when a huge entry is pasted', () => {
    const junk = 'x'.repeat(10_000);
    const error = refused(`${junk} 1; 2 3`);
    expect(error.length).toBeLessThan(200);
    expect(error).toContain('"xxxxxxxx');
  });
});

describe('formatMatrix2', () => {
  it('writes the "a b; c d" spelling with short numbers', () => {
    expect(formatMatrix2([1, 2, 3, 4])).toBe('1 2; 3 4');
    expect(formatMatrix2([0.1 + 0.2, -0, -1.5, 1e-7])).toBe('0.3 0; -1.5 1e-7');
  });

  it('parses back to the same matrix (within the 12 significant digits it keeps)', () => {
    const entry = fc.double({ min: -MATRIX_LIMIT, max: MATRIX_LIMIT, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(entry, entry, entry, entry), (m) => {
        const back = parsed(formatMatrix2(m));
        back.forEach((x, k) => {
          const want = m[k] as number;
          expect(Math.abs(x - want)).toBeLessThanOrEqual(1e-11 * Math.abs(want));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips short decimals exactly', () => {
    const entry = fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.tuple(entry, entry, entry, entry), (m) => {
        expect(parsed(formatMatrix2(m))).toEqual(m.map((x) => x + 0));
      }),
    );
  });
});

describe('number-text', () => {
  it('parseNumber reads plain decimals only', () => {
    expect(parseNumber(' 1.5 ')).toBe(1.5);
    expect(parseNumber('-.5e1')).toBe(-5);
    expect(parseNumber('1.')).toBe(1);
    for (const bad of [
      '',
      ' ',
      '.',
      'e5',
      '1e',
      '0x1f',
      '0b1',
      '1_0',
      'Infinity',
      '-Infinity',
      'NaN',
      '1 2',
      '--1',
      '1e400',
    ])
      expect(parseNumber(bad), bad).toBeUndefined();
  });

  it('formatNumber drops float noise and -0, and parses back', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1e21)).toBe('1e+21');
    expect(formatNumber(-2.5e-8)).toBe('-2.5e-8');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const back = parseNumber(formatNumber(x));
        expect(back).toBeDefined();
        expect(Math.abs((back as number) - x)).toBeLessThanOrEqual(1e-11 * Math.abs(x));
      }),
    );
  });
});
