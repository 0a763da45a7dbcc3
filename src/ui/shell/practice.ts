/**
 * Starts the practice blocks of a lesson page (`<section class="practice" data-practice-set>`,
 * from `::practice{set=…}`). The generators and KaTeX load only on a page that has one; a block
 * whose set this script does not know keeps its sentence and says so.
 */
export function startPractice(doc: Document): void {
  const blocks = [...doc.querySelectorAll<HTMLElement>('section.practice[data-practice-set]')];
  if (blocks.length === 0) return;
  void Promise.all([import('../practice/block'), import('../../lesson/practice/sets')]).then(
    ([block, sets]) => {
      for (const section of blocks) {
        const set = sets.practiceSet(section.dataset.practiceSet ?? '');
        if (set) block.startPracticeBlock(section, set);
        else
          section.append(
            Object.assign(doc.createElement('p'), {
              textContent: 'These practice questions could not be found.',
            }),
          );
      }
    },
  );
}

/** Ids of the practice blocks: `?<id>.seed` parameters belong to them. */
export function practiceIds(doc: Document): string[] {
  return [...doc.querySelectorAll<HTMLElement>('section.practice[id]')].map((s) => s.id);
}
