/**
 * The worked answers of predict-first checkpoints (`:::reveal{for=<id>}` in a lesson, rendered as
 * `<div class="reveal" data-reveal-for="<id>">`). The page's CSS hides each one while scripts run
 * (`html.js`); this opens it once its checkpoint is answered and closes it again on Try again, by
 * following the widget's `predictphase` event (src/ui/predict-flow.ts). A checkpoint that asks
 * nothing (its `predict` switched off) hides nothing, and neither does a missing widget: the
 * reader must never lose the text to a broken link.
 */
import type { Phase } from '../predict-flow';

/** Whether the answer text of a checkpoint in `phase` is shown. */
export function answerShown(phase: Phase): boolean {
  return phase !== 'guess';
}

export function startReveals(doc: Document): void {
  for (const box of doc.querySelectorAll<HTMLElement>('.reveal[data-reveal-for]')) {
    const target = doc.getElementById(box.dataset.revealFor ?? '');
    const show = (on: boolean): void => {
      box.toggleAttribute('data-revealed', on);
    };
    if (!target) {
      show(true);
      continue;
    }
    target.addEventListener('predictphase', (e) => {
      const phase = (e as CustomEvent<{ phase?: Phase }>).detail?.phase;
      if (phase) show(answerShown(phase));
    });
  }
}
