/**
 * The typed guess of a predict-first step, as several widgets have it: a number field with an
 * error line, a Reveal button and a "Guess again" button. Only the wiring is shared; what a guess
 * means, and what Reveal and Again do, stays with each widget.
 */
import { el, setFieldError } from './dom';

export interface GuessControls {
  readonly guess: HTMLInputElement;
  readonly guessError: HTMLElement;
  readonly reveal: HTMLElement;
  readonly again: HTMLElement;
}

/**
 * Reveal on the button or on Enter in the field (Enter must not submit a host page's form);
 * typing clears the error; Again calls `again` and puts the focus back in the field for the next
 * guess.
 */
export function wireGuess(dom: GuessControls, reveal: () => void, again: () => void): void {
  dom.reveal.addEventListener('click', () => reveal());
  dom.guess.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    reveal();
  });
  dom.guess.addEventListener('input', () => setFieldError(dom.guess, dom.guessError, undefined));
  dom.again.addEventListener('click', () => {
    again();
    dom.guess.focus();
  });
}

/** Empties the field and its error for a new guess. */
export function clearGuess(dom: Pick<GuessControls, 'guess' | 'guessError'>): void {
  dom.guess.value = '';
  setFieldError(dom.guess, dom.guessError, undefined);
}

/** The panel the controls sit in, with the question above them and the verdict below. */
export interface GuessPanel extends GuessControls {
  readonly predict: HTMLDivElement;
  readonly question: HTMLParagraphElement;
  readonly guess: HTMLInputElement;
  readonly reveal: HTMLButtonElement;
  readonly again: HTMLButtonElement;
  readonly guessError: HTMLParagraphElement;
  readonly predictResult: HTMLParagraphElement;
}

export interface GuessPanelOptions {
  /** Text before the field, e.g. "Your guess ". */
  readonly label: string;
  /** Text after the field, e.g. a unit ("%"). */
  readonly suffix?: string;
  /** The "guess again" button's text. */
  readonly again: string;
  /** Width of the field in characters. */
  readonly size?: string;
}

/**
 * question / [label field suffix] Reveal Again / error / verdict. The field names its error line
 * (`guess-error`) for screen readers, and the verdict is a polite live region.
 */
export function buildGuessPanel(o: GuessPanelOptions): GuessPanel {
  const predict = el('div', { class: 'predict' });
  const question = el('p', { class: 'question' });
  const guessLabel = el('label', {}, o.label);
  const guess = el('input', {
    type: 'text',
    name: 'guess',
    inputmode: 'decimal',
    autocomplete: 'off',
    ...(o.size ? { size: o.size } : {}),
    'aria-describedby': 'guess-error',
  });
  guessLabel.append(guess);
  if (o.suffix) guessLabel.append(document.createTextNode(o.suffix));
  const reveal = el('button', { type: 'button', name: 'reveal', class: 'primary' }, 'Reveal');
  const again = el('button', { type: 'button', name: 'again' }, o.again);
  const row = el('div', { class: 'row' });
  row.append(guessLabel, reveal, again);
  const guessError = el('p', { class: 'guess-error', id: 'guess-error' });
  const predictResult = el('p', { class: 'predict-result', 'aria-live': 'polite' });
  predict.append(question, row, guessError, predictResult);
  return { predict, question, guess, reveal, again, guessError, predictResult };
}
