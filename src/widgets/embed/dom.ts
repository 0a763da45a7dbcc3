/**
 * The static DOM of `<lumen-embed>` (text only, never HTML strings), in Tab order: learning
 * settings and progress, the word map, neighbours, the analogy, retrieval and its evaluation,
 * the formula.
 */
import { el } from '../../ui/dom';

export interface EmbedDom {
  readonly layout: HTMLDivElement;
  readonly controls: HTMLDivElement;
  readonly window: HTMLSelectElement;
  readonly weighting: HTMLSelectElement;
  readonly k: HTMLSelectElement;
  readonly vocab: HTMLSelectElement;
  readonly learn: HTMLButtonElement;
  readonly cancel: HTMLButtonElement;
  readonly progress: HTMLProgressElement;
  readonly status: HTMLParagraphElement;
  readonly mapBox: HTMLDivElement;
  readonly map: HTMLCanvasElement;
  readonly wordField: HTMLInputElement;
  readonly wordError: HTMLParagraphElement;
  readonly neighbours: HTMLOListElement;
  readonly analogyField: HTMLInputElement;
  readonly analogyError: HTMLParagraphElement;
  readonly analogyResult: HTMLParagraphElement;
  readonly queryField: HTMLInputElement;
  readonly queryError: HTMLParagraphElement;
  readonly hits: HTMLOListElement;
  readonly evaluation: HTMLParagraphElement;
  readonly formulaWrap: HTMLDivElement;
  readonly formula: HTMLDivElement;
  readonly formulaText: HTMLParagraphElement;
}

function select(
  name: string,
  label: string,
  options: [string, string][],
): { row: HTMLLabelElement; sel: HTMLSelectElement } {
  const row = el('label', {}, `${label} `);
  const sel = el('select', { name });
  for (const [v, t] of options) sel.append(el('option', { value: v }, t));
  row.append(sel);
  return { row, sel };
}

function field(
  name: string,
  label: string,
  size: string,
): { row: HTMLLabelElement; input: HTMLInputElement; error: HTMLParagraphElement } {
  const row = el('label', { class: 'field' }, `${label} `);
  const input = el('input', {
    type: 'text',
    name,
    size,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${name}-error`,
  });
  row.append(input);
  const error = el('p', { class: 'field-error', id: `${name}-error`, 'aria-live': 'polite' });
  return { row, input, error };
}

export function buildEmbedDom(): EmbedDom {
  const layout = el('div', { class: 'layout' });
  const controls = el('div', { class: 'controls row' });
  const window = select(
    'window',
    'Window',
    ['1', '2', '3', '4', '6', '8', '10'].map((v) => [v, `±${v}`]),
  );
  const weighting = select('weighting', 'Weighting', [
    ['ppmi', 'PPMI'],
    ['counts', 'raw counts'],
  ]);
  const k = select(
    'k',
    'k',
    ['2', '8', '16', '32', '64', '128'].map((v) => [v, v]),
  );
  const vocab = select(
    'vocab',
    'Words',
    ['1000', '2500', '5000', '9998'].map((v) => [v, Number(v).toLocaleString('en-US')]),
  );
  const learn = el('button', { type: 'button', name: 'learn', class: 'primary' }, 'Learn');
  const cancel = el('button', { type: 'button', name: 'cancel' }, 'Cancel');
  controls.append(window.row, weighting.row, k.row, vocab.row, learn, cancel);
  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Learning progress' });
  const status = el('p', { class: 'status', 'aria-live': 'polite' });

  const mapBox = el('div', { class: 'map-box' });
  const map = el('canvas', {
    role: 'img',
    'aria-label': 'The 300 most frequent words, projected to 2D by PCA',
  });
  mapBox.append(map);

  const word = field('word', 'Neighbours of', '14');
  const neighbours = el('ol', { class: 'neighbours', 'aria-label': 'Nearest words by cosine' });
  const an = field('analogy', 'Analogy a − b + c:', '24');
  const analogyResult = el('p', { class: 'analogy-result', 'aria-live': 'polite' });
  const q = field('query', 'Query', '32');
  const hits = el('ol', { class: 'hits', 'aria-label': 'Passages nearest the query' });
  const evaluation = el('p', { class: 'evaluation', 'aria-live': 'polite' });

  const words = el('div', { class: 'panel words' });
  words.append(word.row, word.error, neighbours, an.row, an.error, analogyResult);
  const retrieval = el('div', { class: 'panel retrieval' });
  retrieval.append(q.row, q.error, evaluation, hits);

  const formulaWrap = el('div', { class: 'formula-wrap' });
  const formula = el('div', { class: 'formula', 'aria-hidden': 'true' });
  const formulaText = el('p', { class: 'sr-only' });
  formulaWrap.append(formula, formulaText);

  const top = el('div', { class: 'top' });
  top.append(mapBox, words);
  layout.append(controls, progress, status, top, formulaWrap, retrieval);
  return {
    layout,
    controls,
    window: window.sel,
    weighting: weighting.sel,
    k: k.sel,
    vocab: vocab.sel,
    learn,
    cancel,
    progress,
    status,
    mapBox,
    map,
    wordField: word.input,
    wordError: word.error,
    neighbours,
    analogyField: an.input,
    analogyError: an.error,
    analogyResult,
    queryField: q.input,
    queryError: q.error,
    hits,
    evaluation,
    formulaWrap,
    formula,
    formulaText,
  };
}
