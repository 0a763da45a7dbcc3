/**
 * The static DOM of `<lumen-attention>` (text only, never HTML strings). DOM order is the Tab
 * order: the loading line, the predict-first panel, the heads (heat map, then the focused row's
 * mix), the fields and settings, the formula.
 */
import { el } from '../../ui/dom';

export interface HeadDom {
  readonly panel: HTMLDivElement;
  readonly title: HTMLParagraphElement;
  readonly mapBox: HTMLDivElement;
  readonly map: HTMLCanvasElement;
  readonly mixBox: HTMLDivElement;
  readonly mix: HTMLCanvasElement;
  readonly readout: HTMLParagraphElement;
}

export interface Field {
  readonly label: HTMLLabelElement;
  readonly input: HTMLInputElement;
  readonly error: HTMLParagraphElement;
}

export interface AttentionDom {
  readonly layout: HTMLDivElement;
  readonly loading: HTMLDivElement;
  readonly progress: HTMLProgressElement;
  readonly status: HTMLParagraphElement;
  readonly cancel: HTMLButtonElement;
  readonly learn: HTMLButtonElement;
  readonly predict: HTMLDivElement;
  readonly question: HTMLParagraphElement;
  readonly choices: HTMLFieldSetElement;
  readonly reveal: HTMLButtonElement;
  readonly again: HTMLButtonElement;
  readonly guessError: HTMLParagraphElement;
  readonly predictResult: HTMLParagraphElement;
  readonly heads: HTMLDivElement;
  readonly head: readonly [HeadDom, HeadDom];
  readonly note: HTMLParagraphElement;
  readonly controls: HTMLDivElement;
  readonly sentence: Field;
  readonly sentencePanel: HTMLDivElement;
  readonly q: Field;
  readonly k: Field;
  readonly v: Field;
  readonly useSentence: HTMLButtonElement;
  readonly wq: Field;
  readonly wk: Field;
  readonly wv: Field;
  readonly causal: HTMLInputElement;
  readonly headsSelect: HTMLSelectElement;
  readonly seed: HTMLInputElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
}

function field(name: string, label: string, size = '24'): Field {
  const l = el('label', { class: 'field' });
  const name_ = el('span', { class: 'field-name' }, label);
  const input = el('input', {
    type: 'text',
    name,
    size,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${name}-error`,
  });
  l.append(name_, input);
  const error = el('p', { class: 'field-error', id: `${name}-error`, 'aria-live': 'polite' });
  return { label: l, input, error };
}

function headDom(n: number): HeadDom {
  const panel = el('div', { class: 'head' });
  const title = el('p', { class: 'head-title' }, `Head ${n}`);
  const mapBox = el('div', { class: 'map-box' });
  const map = el('canvas', {
    class: 'map',
    tabindex: '0',
    role: 'img',
    'data-head': String(n),
  });
  mapBox.append(map);
  const mixBox = el('div', { class: 'mix-box' });
  const mix = el('canvas', { class: 'mix', role: 'img', 'data-head': String(n) });
  mixBox.append(mix);
  const readout = el('p', { class: 'readout' });
  panel.append(title, mapBox, readout, mixBox);
  return { panel, title, mapBox, map, mixBox, mix, readout };
}

export function buildAttentionDom(): AttentionDom {
  const layout = el('div', { class: 'layout' });

  const loading = el('div', { class: 'loading row' });
  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Learning word vectors' });
  const status = el('p', { class: 'status', 'aria-live': 'polite' });
  const cancel = el('button', { type: 'button', name: 'cancel' }, 'Cancel');
  const learn = el('button', { type: 'button', name: 'learn' }, 'Learn the vectors');
  loading.append(progress, status, cancel, learn);

  const predict = el('div', { class: 'predict' });
  const question = el('p', { class: 'question' });
  const choices = el('fieldset', { class: 'choices' });
  choices.append(el('legend', { class: 'sr-only' }, 'The word it attends to most'));
  const reveal = el('button', { type: 'button', name: 'reveal', class: 'primary' }, 'Reveal');
  const again = el('button', { type: 'button', name: 'again' }, 'Try another');
  const predictRow = el('div', { class: 'row' });
  predictRow.append(choices, reveal, again);
  const guessError = el('p', { class: 'guess-error', id: 'guess-error' });
  const predictResult = el('p', { class: 'predict-result', 'aria-live': 'polite' });
  predict.append(question, predictRow, guessError, predictResult);

  const heads = el('div', { class: 'heads' });
  const head = [headDom(1), headDom(2)] as const;
  heads.append(head[0].panel, head[1].panel);
  const note = el('p', { class: 'hint' });

  const controls = el('div', { class: 'controls' });
  const sentence = field('sentence', 'Sentence', '30');
  const sentencePanel = el('div', { class: 'sentence-panel' });
  const wq = field('wq', 'W_Q');
  const wk = field('wk', 'W_K');
  const wv = field('wv', 'W_V');
  sentencePanel.append(
    sentence.label,
    sentence.error,
    el('p', { class: 'hint' }, 'Head 1’s matrices, 4 rows each (rows separated by “;”):'),
    wq.label,
    wq.error,
    wk.label,
    wk.error,
    wv.label,
    wv.error,
  );
  const typedHint = el('p', { class: 'hint' }, 'Or type Q, K and V directly (one row per word):');
  const q = field('q', 'Q');
  const k = field('k', 'K');
  const v = field('v', 'V');
  const useSentence = el('button', { type: 'button', name: 'use-sentence' }, 'Use the sentence');
  const settings = el('div', { class: 'row' });
  const causalLabel = el('label', {});
  const causal = el('input', { type: 'checkbox', name: 'causal' });
  causalLabel.append(causal, document.createTextNode(' Causal mask'));
  const headsLabel = el('label', {}, 'Heads ');
  const headsSelect = el('select', { name: 'heads' });
  headsLabel.append(headsSelect);
  const seedLabel = el('label', {}, 'Seed ');
  const seed = el('input', { type: 'text', name: 'seed', size: '6', autocomplete: 'off' });
  seedLabel.append(seed);
  settings.append(causalLabel, headsLabel, seedLabel, useSentence);
  controls.append(sentencePanel, typedHint, q.label, q.error, k.label, k.error, v.label, v.error, settings);

  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);

  layout.append(loading, predict, heads, note, formulaWrap, controls);
  return {
    layout,
    loading,
    progress,
    status,
    cancel,
    learn,
    predict,
    question,
    choices,
    reveal,
    again,
    guessError,
    predictResult,
    heads,
    head,
    note,
    controls,
    sentence,
    sentencePanel,
    q,
    k,
    v,
    useSentence,
    wq,
    wk,
    wv,
    causal,
    headsSelect,
    seed,
    formulaWrap,
    formula,
    formulaText,
  };
}

/** One radio button per word, named `guess` (the predict flow's fields). */
export function setChoices(set: HTMLFieldSetElement, tokens: readonly string[]): HTMLInputElement[] {
  const legend = set.querySelector('legend');
  const labels = tokens.map((t, i) => {
    const l = el('label', { class: 'choice' });
    const r = el('input', { type: 'radio', name: 'guess', value: String(i + 1) });
    l.append(r, document.createTextNode(` ${t}`));
    return l;
  });
  set.replaceChildren(...(legend ? [legend] : []), ...labels);
  return labels.map((l) => l.querySelector('input')!);
}
