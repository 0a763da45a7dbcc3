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
import { parseSlips } from '../../ui/slips';
import { el, setText } from '../../ui/dom';
import { PredictFlow } from '../../ui/predict-flow';
import { buildPredictDom, type PredictDom } from './dom';
import { bringIntoView } from '../../ui/bring-into-view';

export interface Prediction {
  readonly guess: number;
  readonly answer: number;
  readonly correct: boolean;
  readonly error?: number;
}

interface Revealable extends HTMLElement {
  applySettings(input: Record<string, string>, source: 'lesson'): void;
  settings(): Record<string, string>;
}

/** A judged guess: the public prediction and the verdict's sentence. */
interface Judged {
  readonly prediction: Prediction;
  readonly sentence: string;
}

export class LumenPredict extends LumenElement<typeof PREDICT_PROPS, PredictDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(PREDICT_PROPS);
  }

  private flow!: PredictFlow<Judged>;
  private inputsFor = '';
  /** The target and its settings before the reveal changed them: what Try again puts back. */
  private unrevealed: { target: Revealable; settings: Record<string, string> } | undefined;

  constructor() {
    super(PREDICT_PROPS, PREDICT_CSS);
  }

  /** The locked-in guess and how it compares, or undefined before the learner commits. */
  get prediction(): Prediction | undefined {
    return this.flow?.result?.prediction;
  }

  protected override createDom(): PredictDom {
    return buildPredictDom();
  }

  protected build(): void {
    const dom = this.dom;
    this.buildInputs();
    // Enter in a field is the flow's; a host page's form must never see a submit from here.
    dom.form.addEventListener('submit', (e) => e.preventDefault());
    this.flow = this.use(
      new PredictFlow<Judged>(
        this.host,
        { ...dom, fields: () => [...dom.form.querySelectorAll('input')] },
        {
          enabled: () => true,
          // Any new setting is a new question.
          newQuestion: () => true,
          score: () => this.judge(),
          sentence: (r) => r.sentence,
          changed: () => this.syncVerdict(),
          revealed: () => this.revealTarget(),
          reopened: () => this.restoreTarget(),
          detail: (r) => r.prediction,
        },
      ),
    );
  }

  protected render(): void {
    const s = this.s;
    setText(this.dom.question, s.question);
    this.buildInputs();
    const choices = parseChoices(s.choices);
    this.setMessage(
      'choices',
      choices.ok ? undefined : `choices: ${choices.error}. Showing a number input instead.`,
    );
    const slips = parseSlips(s.slips);
    this.setMessage('slips', slips.ok ? undefined : `slips: ${slips.error}. No slip will be named.`);
    this.setMessage(
      'reveal',
      parseReveal(s.reveal)
        ? undefined
        : 'reveal: expected settings like "t=1&formula=true". Nothing will be revealed.',
    );
  }

  protected describe(): string {
    const s = this.s;
    const r = this.flow?.result;
    if (!r) return `Prediction question: ${s.question} Not answered yet.`;
    return `${s.question} ${r.sentence}`;
  }

  /** The number field or the radio buttons, rebuilt only when `choices` or `unit` change. */
  private buildInputs(): void {
    const s = this.s;
    const key = `${s.choices}\u0000${s.unit}`;
    if (key === this.inputsFor) return;
    this.inputsFor = key;
    const choices = parseChoices(s.choices);
    if (choices.ok && choices.list.length > 0) {
      const set = el('fieldset', { 'aria-labelledby': 'question' });
      choices.list.forEach((text, k) => {
        const label = el('label');
        label.append(el('input', { type: 'radio', name: 'choice', value: String(k + 1) }), ' ' + text);
        set.append(label);
      });
      this.dom.inputs.replaceChildren(set);
    } else {
      const label = el('label', {}, 'Your guess ');
      label.append(
        el('input', {
          type: 'text',
          inputmode: 'decimal',
          name: 'guess',
          autocomplete: 'off',
          'aria-describedby': 'question',
        }),
      );
      if (s.unit) label.append(' ' + s.unit);
      this.dom.inputs.replaceChildren(label);
    }
    this.flow?.sync();
  }

  private judge(): Judged | string {
    const s = this.s;
    const choices = parseChoices(s.choices);
    let verdict: Verdict;
    let guess: number;
    if (choices.ok && choices.list.length > 0) {
      const picked = this.dom.form.querySelector<HTMLInputElement>('input[name="choice"]:checked');
      if (!picked) return 'Pick one of the choices first.';
      guess = Number(picked.value);
      verdict = judgeChoice(guess, s.answer, choices.list);
    } else {
      const text = this.dom.form.querySelector<HTMLInputElement>('input[name="guess"]')?.value ?? '';
      const n = readGuess(text);
      if (n === undefined)
        return text.trim()
          ? `"${text.trim().slice(0, 20)}" is not a number. Type a number such as 2.5.`
          : 'Type your guess first.';
      guess = n;
      const slips = parseSlips(s.slips);
      verdict = judgeNumber(n, s.answer, s.tolerance, s.unit, slips.ok ? slips.list : []);
    }
    const prediction: Prediction = {
      guess,
      answer: s.answer,
      correct: verdict.correct,
      ...(verdict.error !== undefined ? { error: verdict.error } : {}),
    };
    return { prediction, sentence: verdict.sentence };
  }

  private syncVerdict(): void {
    const r = this.flow?.result;
    this.dom.predictResult.classList.toggle('right', r?.prediction.correct ?? false);
    setText(this.dom.explain, r ? this.s.explain : '');
  }

  private revealTarget(): void {
    const s = this.s;
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
      if (typeof t.applySettings !== 'function' || this.flow.phase !== 'revealed') return;
      const now = typeof t.settings === 'function' ? t.settings() : {};
      const kept: Record<string, string> = {};
      for (const key of Object.keys(settings)) if (key in now) kept[key] = now[key]!;
      this.unrevealed = { target: t, settings: kept };
      t.applySettings(settings, 'lesson');
      bringIntoView(t);
    });
  }

  /** Try again: the target shows the question again, as it was before the reveal. */
  private restoreTarget(): void {
    const before = this.unrevealed;
    this.unrevealed = undefined;
    if (before && Object.keys(before.settings).length > 0)
      before.target.applySettings(before.settings, 'lesson');
  }
}

defineOnce('lumen-predict', LumenPredict);
