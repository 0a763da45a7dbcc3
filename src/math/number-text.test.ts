import { describe, expect, it } from 'vitest';
import { shortNumber } from './number-text';

describe('short numbers', () => {
  it('rounds numbers for display without float noise', () => {
    expect(shortNumber(0.1 + 0.2)).toBe('0.3');
    expect(shortNumber(Math.SQRT1_2)).toBe('0.71');
    expect(shortNumber(-0.001)).toBe('0');
    expect(shortNumber(-2.5)).toBe('-2.5');
    expect(shortNumber(100)).toBe('100');
  });
});
