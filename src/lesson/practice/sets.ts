/**
 * Every practice set by name, as `::practice{set=…}` names it: la-01 … la-10 follow the linear
 * algebra lessons in curriculum order; pr-11, pr-14 and pr-15 probability lessons 11, 14 and 15.
 */
import type { PracticeSet } from './item';
import { LA_FIRST } from './la-first';
import { LA_SECOND } from './la-second';
import { PROBABILITY } from './probability';

export const PRACTICE_SETS: Readonly<Record<string, PracticeSet>> = {
  ...LA_FIRST,
  ...LA_SECOND,
  ...PROBABILITY,
};

export function practiceSet(name: string): PracticeSet | undefined {
  return Object.prototype.hasOwnProperty.call(PRACTICE_SETS, name) ? PRACTICE_SETS[name] : undefined;
}
