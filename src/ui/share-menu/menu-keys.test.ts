import { describe, expect, it } from 'vitest';
import { nextIndex, openingIndex } from './menu-keys';

describe('menu keys', () => {
  it('opens on the first item with Down, Enter or Space and on the last with Up', () => {
    expect(openingIndex('ArrowDown', 5)).toBe(0);
    expect(openingIndex('Enter', 5)).toBe(0);
    expect(openingIndex(' ', 5)).toBe(0);
    expect(openingIndex('ArrowUp', 5)).toBe(4);
    expect(openingIndex('a', 5)).toBeUndefined();
    expect(openingIndex('ArrowDown', 0)).toBeUndefined();
  });

  it('moves round the items and jumps to the ends', () => {
    expect(nextIndex('ArrowDown', 4, 5)).toBe(0);
    expect(nextIndex('ArrowUp', 0, 5)).toBe(4);
    expect(nextIndex('ArrowDown', 1, 5)).toBe(2);
    expect(nextIndex('Home', 3, 5)).toBe(0);
    expect(nextIndex('End', 0, 5)).toBe(4);
    expect(nextIndex('Tab', 0, 5)).toBeUndefined();
  });
});
