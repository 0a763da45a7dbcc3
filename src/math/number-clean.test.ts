import { describe, expect, it } from 'vitest';
import { clean, snap } from './number-clean';

describe('snapping', () => {
  it('snaps to 0.1, and to a whole number within 0.08 of it', () => {
    expect(snap(1.93)).toBe(2);
    expect(snap(1.925)).toBe(2);
    expect(snap(1.91)).toBe(1.9);
    expect(snap(0.34)).toBe(0.3);
    expect(snap(0.36)).toBe(0.4);
    expect(snap(-0.04)).toBe(0);
    expect(Object.is(snap(-0.04), -0)).toBe(false);
    expect(snap(-2.55)).toBe(-2.5);
    expect(snap(0.7 + 0.1 + 0.1)).toBe(0.9);
  });

  it('cleans float noise and -0, and keeps within the matrix limits', () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(Object.is(clean(-0), 0)).toBe(true);
    expect(clean(1e9)).toBe(100);
    expect(clean(-1e9)).toBe(-100);
    expect(clean(Number.NaN)).toBe(0);
  });
});
