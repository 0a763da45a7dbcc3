/**
 * `<lumen-predict>`: a predict-first checkpoint. The learner types a number or picks a choice
 * and locks it in; only then is the answer shown, with how close they were, and the target
 * widget is moved to show it (e.g. a plane plays its transformation).
 *
 * @example
 * <lumen-plane id="guess" matrix="2 1; -1 1" t="0" formula="false"></lumen-plane>
 * <lumen-predict question="By what factor does this matrix scale areas?" answer="3"
 *   target="guess" reveal="t=1&formula=true"></lumen-predict>
 *
 * After a guess, `el.prediction` is `{ guess, answer, correct, error? }`.
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import { PREDICT_PROPS } from './props';
import { judgeChoice, parseChoices, parseReveal, readGuess } from './model';
import { PREDICT_CSS } from './predict.css';
import { judgeNumber, type Verdict } from '../../ui/verdict';

export interface Prediction {
  readonly guess: number;
  readonly answer: number;
  readonly correct: boolean;
  readonly error?: number;
}

interface Revealable extends HTMLElement {
  applySettings(input: Record<string, string>, source: 'lesson'): void;
}

export class LumenPredict extends LumenElement<typeof PREDICT_PROPS> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(PREDICT_PROPS);
  }

  private question!: HTMLParagraphElement;
  private form!: HTMLFormElement;
  private inputs!: HTMLDivElement;
  private lock!: HTMLButtonElement;
  private again!: HTMLButtonElement;
  private verdict!: HTMLParagraphElement;
  private explain!: HTMLParagraphElement;
  private error!: HTMLParagraphElement;
  private result: Prediction | undefined;
  private inputsFor = '';

  constructor() {
    super(PREDICT_PROPS, PREDICT_CSS);
  }

  /** The locked-in guess and how it compares, or undefined before the learner commits. */
  get prediction(): Prediction | undefined {
    return this.result;
  }

  protected build(): void {
    const label = document.createElement('p');
    label.className = 'label';
    label.textContent = 'Predict first';
    this.question = document.createElement('p');
    this.question.className = 'question';
    this.question.id = 'question';
    this.form = document.createElement('form');
    this.inputs = document.createElement('div');
    this.lock = document.createElement('button');
    this.lock.type = 'submit';
    this.lock.className = 'primary';
    this.lock.name = 'lock';
    this.lock.textContent = 'Lock in my guess';
    this.again = document.createElement('button');
    this.again.type = 'button';
    this.again.name = 'again';
    this.again.textContent = 'Try again';
    this.again.hidden = true;
    this.form.append(this.inputs, this.lock, this.again);
    this.error = document.createElement('p');
    this.error.className = 'error';
    this.error.setAttribute('role', 'alert');
    this.verdict = document.createElement('p');
    this.verdict.className = 'verdict';
    this.verdict.setAttribute('aria-live', 'polite');
    this.explain = document.createElement('p');
    this.explain.className = 'explain';
    this.body.append(label, this.question, this.form, this.error, this.verdict, this.explain);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.lockIn();
    });
    this.again.addEventListener('click', () => this.reset());
  }

  protected override stateChanged(): void {
    this.reset();
  }

  protected render(): void {
    const s = this.state;
    this.question.textContent = s.question;
    const key = `${s.choices}\u0000${s.unit}`;
    if (key !== this.inputsFor) {
      this.inputsFor = key;
      this.buildInputs();
    }
    const choices = parseChoices(s.choices);
    this.setMessage(
      'choices',
      choices.ok ? undefined : `choices: ${choices.error}. Showing a number input instead.`,
    );
    this.setMessage(
      'reveal',
      parseReveal(s.reveal)
        ? undefined
        : 'reveal: expected settings like "t=1&formula=true". Nothing will be revealed.',
    );
  }

  protected describe(): string {
    const s = this.state;
    if (!this.result) return `Prediction question: ${s.question} Not answered yet.`;
    return `${s.question} ${this.verdict.textContent ?? ''}`;
  }

  private buildInputs(): void {
    const s = this.state;
    const choices = parseChoices(s.choices);
    if (choices.ok && choices.list.length > 0) {
      const set = document.createElement('fieldset');
      set.setAttribute('aria-labelledby', 'question');
      choices.list.forEach((text, k) => {
        const label = document.createElement('label');
        const radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'choice';
        radio.value = String(k + 1);
        label.append(radio, document.createTextNode(' ' + text));
        set.append(label);
      });
      this.inputs.replaceChildren(set);
      return;
    }
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'decimal';
    input.name = 'guess';
    input.autocomplete = 'off';
    input.setAttribute('aria-describedby', 'question');
    label.append('Your guess ', input);
    if (s.unit) label.append(' ' + s.unit);
    this.inputs.replaceChildren(label);
  }

  private lockIn(): void {
    const s = this.state;
    const choices = parseChoices(s.choices);
    let verdict: Verdict;
    let guess: number;
    if (choices.ok && choices.list.length > 0) {
      const picked = this.root.querySelector<HTMLInputElement>('input[name="choice"]:checked');
      if (!picked) {
        this.error.textContent = 'Pick one of the choices first.';
        return;
      }
      guess = Number(picked.value);
      verdict = judgeChoice(guess, s.answer, choices.list);
    } else {
      const text = this.root.querySelector<HTMLInputElement>('input[name="guess"]')?.value ?? '';
      const n = readGuess(text);
      if (n === undefined) {
        this.error.textContent = text.trim()
          ? `"${text.trim().slice(0, 20)}" is not a number. Type a number such as 2.5.`
          : 'Type your guess first.';
        return;
      }
      guess = n;
      verdict = judgeNumber(n, s.answer, s.tolerance, s.unit);
    }
    this.error.textContent = '';
    this.result = {
      guess,
      answer: s.answer,
      correct: verdict.correct,
      ...(verdict.error !== undefined ? { error: verdict.error } : {}),
    };
    this.verdict.textContent = verdict.sentence;
    this.verdict.classList.toggle('right', verdict.correct);
    this.explain.textContent = s.explain;
    for (const el of this.form.querySelectorAll('input')) el.disabled = true;
    this.lock.hidden = true;
    this.again.hidden = false;
    this.again.focus();
    this.revealTarget();
    this.dispatchEvent(new CustomEvent('predict', { detail: this.result }));
  }

  private reset(): void {
    if (!this.form) return;
    this.result = undefined;
    this.verdict.textContent = '';
    this.explain.textContent = '';
    this.error.textContent = '';
    for (const el of this.form.querySelectorAll('input')) {
      el.disabled = false;
      if (el.type === 'radio') el.checked = false;
      else el.value = '';
    }
    this.lock.hidden = false;
    this.again.hidden = true;
  }

  private revealTarget(): void {
    const s = this.state;
    const settings = parseReveal(s.reveal);
    if (!s.target || !settings || Object.keys(settings).length === 0) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById(s.target);
    if (!target) {
      this.setMessage('target', `target: no widget with id "${s.target.slice(0, 40)}" on this page.`);
      return;
    }
    customElements.whenDefined(target.localName).then(() => {
      const t = target as Revealable;
      if (typeof t.applySettings === 'function') t.applySettings(settings, 'lesson');
    });
  }
}

defineOnce('lumen-predict', LumenPredict);
