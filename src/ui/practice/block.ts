/**
 * A practice block in a lesson page (`::practice{set=…}` renders its `<section class="practice">`):
 * one generated question at a time, an answer field, Check, Show answer and Another. The question
 * comes from a seed: `?<id>.seed=<n>` in the link gives exactly that question, and Another writes
 * its new seed there (history.replaceState), so the address bar always shares the question shown.
 * The answer and the worked steps enter the page only on Show answer.
 */
import { drawItem, MAX_SEED, type PracticeItem, type PracticeSet } from '../../lesson/practice/item';
import { renderMath } from '../../lesson/math';
import { keepFitting } from './fit';
import { el, setFieldError } from '../dom';
import { answerDecimals, answerHint, answerText, judgeAnswer, parseAnswer, parseSeed } from './answer';

/** A fresh seed, from the page's random source (not a learner-visible choice). */
function freshSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]! % (MAX_SEED + 1);
}

/** The seed a link gives this block, from the query or the hash (as widgets read theirs). */
function seedParam(id: string): string | undefined {
  const key = `${id}.seed`;
  const hash = location.hash.startsWith('#') ? location.hash.slice(1) : '';
  for (const params of [new URLSearchParams(location.search), new URLSearchParams(hash)]) {
    const v = params.get(key);
    if (v !== null) return v;
  }
  return undefined;
}

/** This page's address with the block's seed set. */
function seedUrl(id: string, seed: number): string {
  const url = new URL(location.href);
  url.searchParams.set(`${id}.seed`, String(seed));
  return url.href;
}

/** Typeset TeX into `box` (KaTeX, trust off); a formula that fails shows as its plain text. */
function typeset(box: HTMLElement, tex: string, fallback: string): void {
  const r = renderMath(tex, true);
  if (r.ok) box.innerHTML = r.html;
  else box.textContent = fallback;
}

export function startPracticeBlock(section: HTMLElement, set: PracticeSet): void {
  const id = section.id;
  const prompt = el('p', { class: 'practice-prompt' });
  const formula = el('div', { class: 'practice-formula math-display' });
  const field = el('input', {
    type: 'text',
    name: 'answer',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${id}-hint ${id}-error`,
  });
  const label = el('label', { class: 'practice-label' }, 'Your answer ');
  label.append(field);
  const check = el('button', { type: 'button', name: 'check', class: 'primary' }, 'Check');
  const show = el('button', { type: 'button', name: 'show' }, 'Show answer');
  const another = el('button', { type: 'button', name: 'another' }, 'Another');
  const row = el('div', { class: 'practice-row' });
  row.append(label, check, show, another);
  const hint = el('p', { class: 'practice-hint', id: `${id}-hint` });
  const error = el('p', { class: 'practice-error', id: `${id}-error` });
  const verdict = el('p', { class: 'practice-verdict', 'aria-live': 'polite' });
  const worked = el('div', { class: 'practice-worked' });
  const link = el('a', { class: 'practice-link' }, 'Link to this question');
  const notice = el('p', { class: 'practice-notice', role: 'status' });
  section.replaceChildren(notice, prompt, formula, row, hint, error, verdict, worked, link);
  const fit = keepFitting(section, '.math-display');

  let item: PracticeItem;

  const ask = (seed: number): void => {
    item = drawItem(set, seed);
    section.dataset.seed = String(seed);
    section.dataset.kind = item.kind;
    prompt.textContent = item.prompt;
    typeset(formula, item.tex, item.text);
    field.value = '';
    field.setAttribute('inputmode', item.answerKind === 'number' ? 'decimal' : 'text');
    hint.textContent = `Type ${answerHint(item.answerKind, item.answer.length)}; Enter checks.`;
    setFieldError(field, error, undefined);
    verdict.textContent = '';
    verdict.removeAttribute('data-correct');
    worked.replaceChildren();
    worked.hidden = true;
    link.href = seedUrl(id, seed);
    fit();
  };

  const judge = (): void => {
    const r = parseAnswer(item.answerKind, item.answer.length, field.value);
    if (!r.ok) {
      // The last verdict stays: a typing slip is not a wrong answer.
      setFieldError(field, error, r.error);
      return;
    }
    setFieldError(field, error, undefined);
    const v = judgeAnswer(item, r.value);
    verdict.textContent = v.sentence;
    verdict.dataset.correct = String(v.correct);
  };

  const reveal = (): void => {
    const steps = item.steps.map((tex) => {
      const line = el('div', { class: 'practice-step math-display' });
      typeset(line, tex, tex);
      return line;
    });
    const places = answerDecimals(item);
    const rounded = places === undefined ? '' : ` (to ${places} decimals)`;
    const answer = el('p', { class: 'practice-answer' }, `Answer: ${answerText(item)}${rounded}`);
    worked.replaceChildren(...steps, answer);
    worked.hidden = false;
    fit();
  };

  check.addEventListener('click', judge);
  field.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    judge();
  });
  field.addEventListener('input', () => setFieldError(field, error, undefined));
  show.addEventListener('click', reveal);
  another.addEventListener('click', () => {
    const seed = freshSeed();
    ask(seed);
    notice.textContent = '';
    history.replaceState(history.state, '', seedUrl(id, seed));
    field.focus();
  });

  const given = seedParam(id);
  const parsed = given === undefined ? undefined : parseSeed(given);
  if (parsed && !parsed.ok) notice.textContent = parsed.error;
  ask(parsed?.ok ? parsed.seed : freshSeed());
  section.dataset.ready = '';
}
