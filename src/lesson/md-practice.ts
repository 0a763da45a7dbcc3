/**
 * `::practice{set=la-02}` (or `::practice{#id set=la-02}`): a practice block, one generated
 * question at a time from the named set (src/lesson/practice/sets.ts). The page holds only its
 * place and the set's name; the questions and their answers are drawn in the page from a seed
 * (src/ui/practice), so no answer is in the HTML before the learner asks for it.
 */
import { report, type LessonContext } from './context';
import type { Directive } from './directive-syntax';
import { escapeHtml } from './escape';
import { PRACTICE_SETS, practiceSet } from './practice/sets';

export const PRACTICE_DIRECTIVE = 'practice';

export interface PracticeUse {
  readonly id: string;
  readonly set: string;
  readonly title: string;
}

/** The block's id and set, or undefined after reporting each problem at its line. */
export function checkPractice(
  ctx: LessonContext,
  d: Directive,
  line0: number,
  fileLine: number,
): PracticeUse | undefined {
  const usage = `expected ::${PRACTICE_DIRECTIVE}{set=<one of ${Object.keys(PRACTICE_SETS).join(', ')}>}`;
  let ok = true;
  for (const e of d.entries)
    if (e.key !== 'set') {
      report(ctx, line0, `::${PRACTICE_DIRECTIVE}: unknown setting ${JSON.stringify(e.key)}; ${usage}`);
      ok = false;
    }
  const id = d.id ?? `${PRACTICE_DIRECTIVE}-${ctx.practices.length + 1}`;
  const clash = [...ctx.widgets, ...ctx.practices].find((w) => w.id === id);
  if (clash) {
    report(
      ctx,
      line0,
      `::${PRACTICE_DIRECTIVE}: the id "${id}" is already used on line ${clash.line}; expected a unique #id`,
    );
    ok = false;
  }
  const set = d.entries.find((e) => e.key === 'set');
  if (!set || set.bare || set.value.trim() === '') {
    report(ctx, line0, `::${PRACTICE_DIRECTIVE}: it needs the set of questions; ${usage}`);
    return undefined;
  }
  const found = practiceSet(set.value);
  if (!found) {
    report(ctx, line0, `::${PRACTICE_DIRECTIVE}: there is no practice set "${set.value}"; ${usage}`);
    return undefined;
  }
  if (!ok) return undefined;
  ctx.practices.push({ id, line: fileLine });
  return { id, set: set.value, title: found.title };
}

/** Its place in the page; without scripts, a sentence that says what would be here. */
export function renderPractice(p: PracticeUse): string {
  return (
    `<section class="practice" id="${escapeHtml(p.id)}" data-practice-set="${escapeHtml(p.set)}"` +
    ` aria-label="Practice: ${escapeHtml(p.title)}">\n` +
    `<p class="practice-wait">Practice questions on ${escapeHtml(p.title.toLowerCase())} appear here when JavaScript runs.</p>\n` +
    `</section>\n`
  );
}
