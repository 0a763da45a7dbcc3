/**
 * The static DOM of `<lumen-predict>` (text only, never HTML strings): the question, the form
 * with the guess inputs (built by the element from `choices`), Lock in / Try again, the error
 * line, the verdict and the explanation.
 */
import { el } from '../../ui/dom';

export interface PredictDom {
  readonly layout: HTMLDivElement;
  readonly question: HTMLParagraphElement;
  /** The panel the predict flow drives. */
  readonly predict: HTMLDivElement;
  readonly form: HTMLFormElement;
  readonly inputs: HTMLDivElement;
  readonly reveal: HTMLButtonElement;
  readonly again: HTMLButtonElement;
  readonly guessError: HTMLParagraphElement;
  readonly predictResult: HTMLParagraphElement;
  readonly explain: HTMLParagraphElement;
}

export function buildPredictDom(): PredictDom {
  const layout = el('div', { class: 'layout' });
  const label = el('p', { class: 'label' }, 'Predict first');
  const question = el('p', { class: 'question', id: 'question' });
  const form = el('form');
  const inputs = el('div');
  const reveal = el('button', { type: 'button', class: 'primary', name: 'lock' }, 'Lock in my guess');
  const again = el('button', { type: 'button', name: 'again' }, 'Try again');
  form.append(inputs, reveal, again);
  const guessError = el('p', { class: 'error', role: 'alert' });
  // Not a live region: the widget's status region says the question and this verdict together.
  const predictResult = el('p', { class: 'verdict' });
  const explain = el('p', { class: 'explain' });
  const predict = el('div', { class: 'panel' });
  predict.append(form, guessError, predictResult, explain);
  layout.append(label, question, predict);
  return { layout, question, predict, form, inputs, reveal, again, guessError, predictResult, explain };
}
