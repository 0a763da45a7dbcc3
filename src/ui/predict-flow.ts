/**
 * Predict first: guess → Reveal → Again, with ONE behaviour for every widget. What a guess means
 * (how it is read and scored, what the verdict says) stays with the widget; this controller owns
 * the rest:
 * - the phase: 'off' (no question), 'guess' (the answer is hidden), 'revealed';
 * - the controls: the fields are usable only while guessing; Reveal is shown only while guessing
 *   (hidden after revealing, never greyed out); Again only after; the verdict line;
 * - the keys: Enter in a field reveals (and never submits a host page's form);
 * - the focus: Reveal moves it to Again, Again moves it back to the first field;
 * - the `predict` event, with a copy of the result as its detail, and the `predictphase` event
 *   (detail `{ phase }`) whenever the phase changes, which the lesson page's `:::reveal` text
 *   follows (src/ui/shell/reveal.ts);
 * - the widget's live region: it says the answered state after a reveal and the open question
 *   after Again;
 * - the `predict` state key: turning it on asks for a guess, off leaves the flow; a state change
 *   that poses a new question (the widget says which) asks for a new guess after a reveal.
 *
 * @example
 * this.flow = this.use(new PredictFlow(this.host, guessControls(dom), {
 *   score: () => { const g = parseNumber(dom.guess.value); return g === undefined ? 'Type a number.' : scoreGuess(g, answer()); },
 *   sentence: (r) => r.sentence,
 *   changed: () => this.syncPanels(),
 * }));
 */
import { setDisabled, setHidden, setText } from './dom';
import type { GuessPanel } from './guess-field';
import type { ControlHost, Controller } from './widget-element';
import type { Source } from './props';

export type Phase = 'off' | 'guess' | 'revealed';

/** The detail of the `predictphase` event. */
export interface PhaseDetail {
  readonly phase: Phase;
}

/** The parts of a predict panel the flow drives. */
export interface PredictControls {
  /** The whole panel: hidden while there is nothing to predict. */
  readonly predict: HTMLElement;
  readonly reveal: HTMLButtonElement;
  readonly again: HTMLButtonElement;
  readonly guessError: HTMLElement;
  readonly predictResult: HTMLElement;
  /** The fields the guess is typed or picked in (a text field, or radio buttons). */
  fields(): readonly HTMLInputElement[];
}

/** The controls of a panel made by `buildGuessPanel` (src/ui/guess-field.ts). */
export function guessControls(panel: GuessPanel): PredictControls {
  return { ...panel, fields: () => [panel.guess] };
}

export interface PredictFlowOptions<R> {
  /** Reads and judges the guess: the result, or a sentence for the error line. */
  score(): R | string;
  /** The verdict shown after Reveal. */
  sentence(result: R): string;
  /** Whether the state asks for a guess (default: the `predict` state key). */
  enabled?(): boolean;
  /** A state change that poses a new question: after a reveal, the learner guesses again. */
  newQuestion?(previous: Readonly<Record<string, unknown>>, source: Source | 'user'): boolean;
  /** Whether the panel belongs on screen at all besides the phase (e.g. only in one mode). */
  shown?(): boolean;
  /** The phase changed: the widget syncs what depends on it (hidden counts, the render). */
  changed?(): void;
  /** After a reveal, before the event: the widget's own extras (e.g. reveal another widget). */
  revealed?(result: R): void;
  /** A revealed question is open again (Again, or a new question): undo what `revealed` did. */
  reopened?(): void;
  /** The `predict` event's detail (default: a copy of the result). */
  detail?(result: R): unknown;
}

/**
 * Fires `predictphase` on a predict-first widget. The flow does it by itself; a widget with a
 * predict step of its own (a slider guess) calls it when it starts and whenever its phase changes.
 */
export function dispatchPhase(element: HTMLElement, phase: Phase): void {
  const detail: PhaseDetail = { phase };
  element.dispatchEvent(new CustomEvent('predictphase', { detail }));
}

export class PredictFlow<R> implements Controller {
  private current: Phase;
  private res: R | undefined;
  /** The phase the last `predictphase` event announced (the first one is the starting phase). */
  private told: Phase;

  constructor(
    private readonly host: ControlHost,
    private readonly c: PredictControls,
    private readonly o: PredictFlowOptions<R>,
  ) {
    this.current = this.enabled() ? 'guess' : 'off';
    this.told = this.current;
    c.reveal.addEventListener('click', () => this.reveal());
    c.again.addEventListener('click', () => this.again());
    c.predict.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
      e.preventDefault();
      this.reveal();
    });
    c.predict.addEventListener('input', () => this.error(undefined));
    this.sync();
    // The starting phase too: a page listening before the widget loaded learns where it begins.
    this.dispatchPhase();
  }

  get phase(): Phase {
    return this.current;
  }

  /** The answer is hidden: the widget draws its "before" picture. */
  get guessing(): boolean {
    return this.current === 'guess';
  }

  /** The scored guess after Reveal, else undefined. */
  get result(): R | undefined {
    return this.res;
  }

  hostUpdated(previous: Readonly<Record<string, unknown>>, source: Source | 'user'): void {
    const on = this.enabled();
    if (on !== (this.current !== 'off')) {
      if (on) this.enter();
      else this.leave();
    } else if (on && this.current === 'revealed' && this.o.newQuestion?.(previous, source)) this.enter();
    else this.sync();
  }

  /** Scores the guess; a bad one gets its sentence in the error line and the phase stays. */
  reveal(): void {
    if (this.current !== 'guess') return;
    const r = this.o.score();
    if (typeof r === 'string') {
      this.error(r);
      return;
    }
    this.error(undefined);
    this.res = r;
    this.current = 'revealed';
    this.sync();
    this.o.changed?.();
    this.phaseChanged();
    this.c.again.focus();
    this.o.revealed?.(r);
    const detail = this.o.detail ? this.o.detail(r) : typeof r === 'object' && r !== null ? { ...r } : r;
    this.host.element.dispatchEvent(new CustomEvent('predict', { detail }));
  }

  /** A new guess: empty fields, the answer hidden again, the focus in the first field. */
  again(): void {
    if (!this.enabled()) return;
    this.enter();
    this.c.fields()[0]?.focus();
  }

  /** Brings the panel in line with the phase (call after the widget changes what `shown` reads). */
  sync(): void {
    const c = this.c;
    const phase = this.current;
    setHidden(c.predict, phase === 'off' || (this.o.shown ? !this.o.shown() : false));
    for (const f of c.fields()) setDisabled(f, phase !== 'guess');
    setHidden(c.reveal, phase !== 'guess');
    setHidden(c.again, phase !== 'revealed');
    setText(c.predictResult, phase === 'revealed' && this.res !== undefined ? this.o.sentence(this.res) : '');
  }

  private enabled(): boolean {
    return this.o.enabled ? this.o.enabled() : Boolean((this.host.state as Record<string, unknown>).predict);
  }

  private enter(): void {
    if (this.current === 'revealed') this.o.reopened?.();
    this.current = 'guess';
    this.res = undefined;
    for (const f of this.c.fields()) {
      if (f.type === 'radio' || f.type === 'checkbox') f.checked = false;
      else f.value = '';
    }
    this.error(undefined);
    this.sync();
    this.o.changed?.();
    this.phaseChanged();
  }

  private leave(): void {
    this.current = 'off';
    this.res = undefined;
    this.error(undefined);
    this.sync();
    this.o.changed?.();
    this.phaseChanged();
  }

  /** Tells the page (and screen readers, through the widget's live region) about a new phase. */
  private phaseChanged(): void {
    this.host.announce();
    if (this.current !== this.told) this.dispatchPhase();
  }

  private dispatchPhase(): void {
    this.told = this.current;
    dispatchPhase(this.host.element, this.current);
  }

  private error(message: string | undefined): void {
    const field = this.c.fields().find((f) => f.type !== 'radio' && f.type !== 'checkbox');
    if (field) {
      if (message) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
    }
    setText(this.c.guessError, message ?? '');
  }
}
