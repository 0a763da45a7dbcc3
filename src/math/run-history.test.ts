import { describe, expect, it } from 'vitest';
import { RunHistory } from './run-history';

describe('RunHistory', () => {
  it('steps back to the exact earlier state and caches', () => {
    let calls = 0;
    const h = new RunHistory(0, (x: number) => (calls++, x / 2 + 1), 10);
    expect(h.at(3)).toBe(1.75);
    expect(h.at(2)).toBe(1.5);
    expect(calls).toBe(3);
    expect(h.at(50)).toBe(h.at(10));
    expect(h.at(-1)).toBe(0);
    expect(h.computed).toBe(11);
  });
});
