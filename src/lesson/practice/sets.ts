/**
 * Every practice set by name, as `::practice{set=…}` names it: la-01 … la-10 follow the linear
 * algebra lessons in curriculum order.
 */
import type { PracticeSet } from './item';
import { LA_FIRST } from './la-first';
import { LA_SECOND } from './la-second';

export const PRACTICE_SETS: Readonly<Record<string, PracticeSet>> = { ...LA_FIRST, ...LA_SECOND };

export function practiceSet(name: string): PracticeSet | undefined {
  return Object.prototype.hasOwnProperty.call(PRACTICE_SETS, name) ? PRACTICE_SETS[name] : undefined;
}
