/**
 * Keyboard rules of a menu button (WAI-ARIA APG "menu button"): the keys that open the menu
 * from its button, and where focus goes inside the menu. Pure, so the rules are unit-tested.
 */

/** From the button: which item to focus when `key` opens the menu, or undefined for no action. */
export function openingIndex(key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown' || key === 'Enter' || key === ' ') return 0;
  if (key === 'ArrowUp') return count - 1;
  return undefined;
}

/** Inside the menu: the item to focus after `key` from item `at`, or undefined. */
export function nextIndex(key: string, at: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return (at + 1) % count;
    case 'ArrowUp':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
