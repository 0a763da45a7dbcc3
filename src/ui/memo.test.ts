import { describe, expect, it } from 'vitest';
import { memo } from './memo';

describe('memo', () => {
  it('recomputes only when a dependency changes', () => {
    const state = { a: 1, b: 2, other: 0 };
    let calls = 0;
    const sum = memo(
      (a: number, b: number) => {
        calls++;
        return a + b;
      },
      () => [state.a, state.b] as const,
    );
    expect(sum()).toBe(3);
    state.other = 5;
    expect(sum()).toBe(3);
    expect(calls).toBe(1);
    state.b = 10;
    expect(sum()).toBe(11);
    expect(calls).toBe(2);
  });

  it('compares with Object.is: NaN is unchanged, a new array is a change', () => {
    let calls = 0;
    const box = { x: Number.NaN, list: [1] };
    const f = memo(
      (x: number, list: readonly number[]) => (calls++, x + list.length),
      () => [box.x, box.list] as const,
    );
    f();
    f();
    expect(calls).toBe(1);
    box.list = [1];
    f();
    expect(calls).toBe(2);
  });
});
