import { describe, expect, it } from 'vitest';
import { numberSlip, parseSlips, pointSlip, side, typedAsProbability } from './slips';

describe('slips', () => {
  const ab = { at: [-1, -1] as const, says: 'That is AB.' };

  it('finds the slip a point guess is on, not when the guess is right or the slip is the answer', () => {
    expect(pointSlip([-1, -1], [1, -1], [ab])).toBe('That is AB.');
    expect(pointSlip([-0.8, -1.1], [1, -1], [ab])).toBe('That is AB.');
    expect(pointSlip([-0.5, -1], [1, -1], [ab])).toBeUndefined();
    expect(pointSlip([-1, -1], [-1, -1], [ab])).toBeUndefined();
    expect(pointSlip([-1, -1], [-0.9, -1], [ab])).toBeUndefined();
  });

  it('finds a number slip within the tolerance or 2 % of its size', () => {
    const s = [{ at: 8, says: 'ad + bc' }];
    expect(numberSlip(8, 4, s, 0)).toBe('ad + bc');
    expect(numberSlip(8.1, 4, s, 0)).toBe('ad + bc');
    expect(numberSlip(8.5, 4, s, 0)).toBeUndefined();
    expect(numberSlip(4, 4, s, 0)).toBeUndefined();
    expect(numberSlip(Number.NaN, 4, s, 0)).toBeUndefined();
    expect(numberSlip(4, 4, [{ at: 4, says: 'same' }], 0)).toBeUndefined();
  });

  it('tells a probability typed for a percentage', () => {
    expect(typedAsProbability(0.09, 9.2, 0)).toBe(true);
    expect(typedAsProbability(0.092, 9.2, 0)).toBe(true);
    expect(typedAsProbability(0.5, 9.2, 0)).toBe(false);
    expect(typedAsProbability(9, 9.2, 0)).toBe(false);
    expect(typedAsProbability(0.005, 0.5, 0)).toBe(false);
  });

  it('says which side a guess fell on', () => {
    expect(side(6, 4)).toBe('too high');
    expect(side(3, 4)).toBe('too low');
  });

  it('parses the slips attribute strictly', () => {
    expect(parseSlips('')).toEqual({ ok: true, list: [] });
    expect(parseSlips('8: You added bc. | -2.5e1 : Sign.')).toEqual({
      ok: true,
      list: [
        { at: 8, says: 'You added bc.' },
        { at: -25, says: 'Sign.' },
      ],
    });
    expect(parseSlips('eight: words')).toMatchObject({ ok: false });
    expect(parseSlips('8:')).toMatchObject({ ok: false });
    expect(parseSlips('8: a || 2: b')).toMatchObject({ ok: false });
  });
});
