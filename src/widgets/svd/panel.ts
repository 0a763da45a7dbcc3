/**
 * Writes the side panel's readouts of `<lumen-svd>`: the svd stages, σ and area sentences and time
 * controls, or the pca bars and sentences. Called on every change (every frame of an animation),
 * so it only writes what differs; the element decides when.
 */
import { setDisabled, setHidden, setText } from '../../ui/dom';
import type { SvdDom } from './dom';
import type { SvdState } from './props';
import { LAST_T, stageOf, stageProgress, type CloudAnalysis, type Factors } from './model';
import {
  areaSentence,
  explainedSentence,
  linkSentence,
  percent,
  sigmaSentence,
  stageCaption,
  stageLabels,
} from './words';

export function syncSvdPanel(
  dom: SvdDom,
  s: Readonly<SvdState>,
  f: Factors | undefined,
  guessing: boolean,
): void {
  setHidden(dom.matrixField, !s.controls);
  // While the learner guesses, the factors' angles would give the answer away.
  setHidden(dom.timeRow, !s.controls || guessing);
  setHidden(dom.stageList, guessing);
  const t = guessing ? 0 : s.t;
  const stage = stageOf(t);
  const labels = stageLabels(f);
  dom.stages.forEach((li, k) => {
    const n = k + 1;
    setText(li, labels[k] as string);
    const current = stage === n;
    if (current) li.setAttribute('aria-current', 'step');
    else li.removeAttribute('aria-current');
    li.classList.toggle('done', stage > n || (current && stageProgress(t, stage) >= 1));
  });
  setText(
    dom.caption,
    guessing ? 'Make your guess first: the factors are revealed after it.' : stageCaption(t),
  );
  setHidden(dom.readoutSigma, guessing);
  setHidden(dom.readoutArea, guessing);
  setText(
    dom.readoutSigma,
    f ? sigmaSentence(f) : 'The singular value decomposition of this matrix could not be computed.',
  );
  setText(dom.readoutArea, f ? areaSentence(s.matrix, f) : '');
  setDisabled(dom.previous, guessing || s.t <= 0);
  setDisabled(dom.next, guessing || s.t >= LAST_T);
  setDisabled(dom.play, guessing);
  setDisabled(dom.t, guessing);
}

export function syncPcaPanel(
  dom: SvdDom,
  controls: boolean,
  a: CloudAnalysis,
  guessing: boolean,
  pointCount: number,
): void {
  setHidden(dom.cloudControls, !controls);
  setDisabled(dom.remove, guessing || pointCount === 0);
  setDisabled(dom.clear, guessing);
  setDisabled(dom.newCloud, guessing);
  const show = a.ok && !guessing;
  setHidden(dom.bars, !show);
  setHidden(dom.readoutLink, !show);
  setText(
    dom.readoutExplained,
    guessing ? 'Make your guess first: the axes are revealed after it.' : explainedSentence(a),
  );
  setText(dom.readoutLink, linkSentence(a));
  for (const k of [0, 1] as const) {
    const share = a.ok ? Math.min(1, Math.max(0, a.pca.explained[k])) : 0;
    const width = `${(share * 100).toFixed(2)}%`;
    if (dom.barFills[k].style.width !== width) dom.barFills[k].style.width = width;
    setText(dom.barValues[k], a.ok ? percent(a.pca.explained[k]) : '');
  }
}
