/**
 * `<lumen-embed>`: meaning as direction; retrieval is nearest neighbours by cosine. Word vectors
 * are learned in the page from the State of the Union corpus (co-occurrence in a window → PPMI
 * or raw counts → randomized SVD → k numbers per word), in a worker with progress and Cancel.
 * Then: the words on a PCA map (click one to pick it), a word's neighbours by cosine, analogies
 * a − b + c with honest failures, and retrieval of passages for a typed query, scored live by
 * recall@k and MRR on the shipped queries.
 *
 * @example
 * <lumen-embed window="4" weighting="ppmi" k="64" word="three"></lumen-embed>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { FormulaView } from '../../ui/formula-view';
import { texColor } from '../../ui/tex-format';
import { el, setFieldError, setHidden, setText, setValue } from '../../ui/dom';
import { watchSize } from '../../ui/resize';
import { words as splitWords, FIRST_WORD } from '../../math/genai/tokenize';
import { loadCorpus, type Corpus } from '../../corpus/load';
import { EMBED_PROPS, type EmbedState } from './props';
import {
  assembleSpace,
  buildSpace,
  evaluate,
  neighbours,
  retrieve,
  solveAnalogy,
  type Evaluation,
  type Hit,
  type Neighbour,
  type Space,
} from './model';
import { Learner, type LearnResult } from '../../corpus/learn/learner';
import { passageRanges } from '../../corpus/learn/space-parts';
import type { LearnPath } from '../../corpus/learn/learn-protocol';
import { buildEmbedDom, type EmbedDom } from './dom';
import { EMBED_CSS } from './embed.css';
import { drawMap, frameFor, pickAt, toPixel } from './view';
import { embedTex } from './formula';
import { STAGE_WORDS, analogySentence, evaluationSentence, neighboursSentence, num } from './words';

const CONTEXTS = 2000;
const LEARN_KEYS = ['vocab', 'window', 'weighting', 'k', 'seed', 'path'] as const;
const MAX_DPR = 2;

export interface EmbedNumbers {
  readonly learned: { ms: number; label: string; path: LearnPath; rows: number; k: number } | undefined;
  readonly neighbours: { word: string; list: Neighbour[] } | undefined;
  readonly analogy: { terms: string[]; list: Neighbour[] } | undefined;
  readonly hits: Hit[] | undefined;
  readonly evaluation: Evaluation | undefined;
}

export class LumenEmbed extends LumenElement<typeof EMBED_PROPS, EmbedDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(EMBED_PROPS);
  }

  private corpus: Corpus | undefined;
  private ranges: Int32Array | undefined;
  private learner = new Learner();
  private space: Space | undefined;
  private result: LearnResult | undefined;
  private learning = false;
  private ctx: CanvasRenderingContext2D | null = null;
  private side = 0;
  private formulaTex = '';
  private formula!: FormulaView;
  // The last good answers: a bad word or query keeps them on screen.
  private goodNeighbours: { word: string; row: number; list: Neighbour[] } | undefined;
  private goodAnalogy: { terms: [string, string, string]; list: Neighbour[] } | undefined;
  private goodHits: Hit[] | undefined;
  private evaluation: Evaluation | undefined;

  constructor() {
    super(EMBED_PROPS, EMBED_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  get numbers(): EmbedNumbers {
    const r = this.result;
    return {
      learned: r && { ms: r.ms, label: r.label, path: r.path, rows: r.rows, k: r.k },
      neighbours: this.goodNeighbours && { word: this.goodNeighbours.word, list: this.goodNeighbours.list },
      analogy: this.goodAnalogy && { terms: [...this.goodAnalogy.terms], list: this.goodAnalogy.list },
      hits: this.goodHits,
      evaluation: this.evaluation,
    };
  }

  /** Viewport pixel of a word on the map (one of the 300 most frequent), or undefined. */
  mapToClient(word: string): { x: number; y: number } | undefined {
    const s = this.space;
    const id = s?.corpus.index.get(word);
    if (!s || id === undefined) return undefined;
    const row = s.mapRows.indexOf(id - FIRST_WORD);
    if (row < 0) return undefined;
    const r = this.dom.map.getBoundingClientRect();
    const [x, y] = toPixel(frameFor(s.map, r.width), s.map.points[2 * row]!, s.map.points[2 * row + 1]!);
    return { x: r.left + x, y: r.top + y };
  }

  /** True while vectors are being learned. */
  get busy(): boolean {
    return this.learning || !this.corpus;
  }

  /** Learns again with the current settings (the Learn button). */
  relearn(): void {
    void this.startLearning();
  }

  /** Stops learning; the last vectors stay. */
  cancel(): void {
    if (!this.learning) return;
    this.learner.cancel();
    this.learning = false;
    setText(
      this.dom.status,
      this.space ? 'Cancelled; the last vectors are kept.' : 'Cancelled; press Learn to start again.',
    );
    this.sync();
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): EmbedDom {
    return buildEmbedDom();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const box = this.dom?.mapBox;
    if (!box) return;
    this.onDisconnect(
      watchSize(box, (b) => {
        this.side = Math.min(b.width, b.height);
        this.requestRender();
      }),
    );
    this.onDisconnect(() => this.learner.dispose());
    // Back on the page after a removal cut the learning short (or before it started): learn now.
    if (this.corpus && (this.learning || !this.space)) void this.startLearning();
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = this.dom;
    // The live formula never scrolls sideways: FormulaView breaks or shrinks one that is too wide.
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    this.ctx = dom.map.getContext('2d');
    const onSelect = (sel: HTMLSelectElement, apply: (v: string) => void): void =>
      sel.addEventListener('change', () => apply(sel.value));
    onSelect(dom.window, (v) => this.update({ window: Number(v) }));
    onSelect(dom.k, (v) => this.update({ k: Number(v) }));
    onSelect(dom.vocab, (v) => this.update({ vocab: Number(v) }));
    onSelect(dom.weighting, (v) => this.update({ weighting: v === 'counts' ? 'counts' : 'ppmi' }));
    dom.learn.addEventListener('click', () => this.relearn());
    dom.cancel.addEventListener('click', () => this.cancel());
    const onField = (input: HTMLInputElement, apply: (v: string) => void): void => {
      input.addEventListener('change', () => apply(input.value));
      input.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        apply(input.value);
      });
    };
    onField(dom.wordField, (v) => this.update({ word: v.trim() }));
    onField(dom.analogyField, (v) => this.update({ analogy: v.trim() }));
    onField(dom.queryField, (v) => this.update({ query: v.trim() }));
    dom.map.addEventListener('click', (e) => {
      const s = this.space;
      if (!s) return;
      const r = dom.map.getBoundingClientRect();
      const row = pickAt(s.map, frameFor(s.map, r.width), e.clientX - r.left, e.clientY - r.top);
      if (row !== undefined) this.update({ word: s.corpus.vocab[s.mapRows[row]! + FIRST_WORD]! });
    });
    setText(dom.status, 'Loading the corpus…');
    loadCorpus((got, total) => {
      if (total) dom.progress.value = got / total;
      setText(dom.status, `Loading the corpus… ${(got / 2 ** 20).toFixed(1)} MB`);
    }).then(
      (c) => {
        this.corpus = c;
        // A widget removed while the corpus came in must not start a learning worker (churn:
        // each one left a worker running for ever); connecting again starts the learning.
        if (this.isConnected) void this.startLearning();
      },
      (err: unknown) => {
        const msg = `The corpus could not be loaded: ${err instanceof Error ? err.message : String(err)}.`;
        this.setMessage('corpus', msg);
        setText(dom.status, msg);
      },
    );
    this.sync();
  }

  protected override stateChanged(previous: Readonly<EmbedState>, _source: Source | 'user'): void {
    if (LEARN_KEYS.some((k) => previous[k] !== this.s[k]) && this.corpus) {
      void this.startLearning();
      return;
    }
    if (previous.topk !== this.s.topk && this.space) this.evaluation = evaluate(this.space, this.s.topk);
    this.answer();
    this.sync();
  }

  protected describe(): string {
    const parts: string[] = [];
    if (this.learning || !this.space) parts.push(this.dom?.status.textContent || 'Learning word vectors.');
    if (this.goodNeighbours)
      parts.push(neighboursSentence(this.goodNeighbours.word, this.goodNeighbours.list));
    if (this.goodAnalogy) parts.push(analogySentence(this.goodAnalogy.terms, this.goodAnalogy.list));
    if (this.evaluation) parts.push(evaluationSentence(this.evaluation));
    return parts.join(' ');
  }

  protected render(): void {
    this.drawMap(this.palette);
    this.syncFormula(this.palette);
  }

  // ---- learning -----------------------------------------------------------------------------------

  private async startLearning(): Promise<void> {
    const corpus = this.corpus;
    if (!corpus) return;
    const s = this.s;
    const dom = this.dom;
    this.learning = true;
    dom.progress.value = 0;
    this.sync();
    const path: LearnPath = s.path === 'auto' ? 'typed' : s.path;
    const cols = Math.min(CONTEXTS, s.vocab);
    let result: LearnResult | undefined;
    try {
      result = await this.learner.run(
        corpus.tokens,
        { rows: s.vocab, cols, window: s.window, weighting: s.weighting, k: s.k, seed: s.seed },
        path,
        (p) => {
          dom.progress.value = p.fraction;
          setText(dom.status, `${STAGE_WORDS[p.stage]}… ${Math.round(p.fraction * 100)}%`);
        },
        (this.ranges ??= passageRanges(corpus.passages)),
      );
    } catch (err) {
      this.learning = false;
      const msg = `Learning failed on ${path}: ${err instanceof Error ? err.message : String(err)}. The last vectors are kept.`;
      this.setMessage('learn', msg);
      setText(dom.status, msg);
      this.sync();
      return;
    }
    if (!result) return; // cancelled or replaced by a newer job
    this.setMessage('learn', undefined);
    this.learning = false;
    this.result = result;
    // The worker derived the passage vectors and the map; only the main-thread fallback has not.
    this.space = result.space
      ? assembleSpace(corpus, result.space, result.singular)
      : buildSpace(corpus, result.vectors, result.rows, result.k, result.singular);
    this.evaluation = evaluate(this.space, this.s.topk);
    dom.progress.value = 1;
    setText(
      dom.status,
      `Learned ${result.rows.toLocaleString('en-US')} vectors of ${result.k} numbers from ${(corpus.tokens.length / 1e6).toFixed(2)} million words in ${num(result.ms / 1000, 1)} s (${result.label}).`,
    );
    this.answer();
    this.sync();
    this.dispatchEvent(new CustomEvent('learned', { detail: this.numbers.learned }));
  }

  /** Answers the word, analogy and query fields; a bad one shows why and keeps the last answer. */
  private answer(): void {
    const s = this.space;
    const dom = this.dom;
    if (!s) return;
    const st = this.s;
    const n = neighbours(s, st.word, st.topk);
    if (n.ok) this.goodNeighbours = n.value;
    setFieldError(dom.wordField, dom.wordError, n.ok ? undefined : n.error);
    this.setMessage('word', n.ok ? undefined : `Neighbours: ${n.error}`);
    const a = solveAnalogy(s, st.analogy, 5);
    if (a.ok) this.goodAnalogy = a.value;
    setFieldError(dom.analogyField, dom.analogyError, a.ok ? undefined : a.error);
    this.setMessage('analogy', a.ok ? undefined : `Analogy: ${a.error}`);
    const r = retrieve(s, st.query, Math.min(st.topk, 10));
    if (r.ok) this.goodHits = r.value.hits;
    const unknown =
      r.ok && r.value.unknown.length > 0 ? `Left out (no vector): ${r.value.unknown.join(', ')}.` : undefined;
    setFieldError(dom.queryField, dom.queryError, r.ok ? unknown : r.error);
    this.setMessage('query', r.ok ? undefined : `Query: ${r.error}`);
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private sync(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.s;
    setHidden(dom.controls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);
    setHidden(dom.cancel, !this.learning);
    dom.learn.disabled = this.learning || !this.corpus;
    setHidden(dom.progress, !this.learning && this.corpus !== undefined);
    for (const [sel, v] of [
      [dom.window, String(s.window)],
      [dom.k, String(s.k)],
      [dom.vocab, String(s.vocab)],
      [dom.weighting, s.weighting],
    ] as const) {
      if (![...sel.options].some((o) => o.value === v)) sel.append(el('option', { value: v }, v));
      setValue(sel, v);
    }
    if (this.root.activeElement !== dom.wordField) setValue(dom.wordField, s.word);
    if (this.root.activeElement !== dom.analogyField) setValue(dom.analogyField, s.analogy);
    if (this.root.activeElement !== dom.queryField) setValue(dom.queryField, s.query);

    const nb = this.goodNeighbours;
    dom.neighbours.replaceChildren(
      ...(nb?.list.slice(0, 10) ?? []).map((x) => {
        const li = el('li');
        li.append(el('span', { class: 'w' }, x.word), document.createTextNode(` ${num(x.cosine)}`));
        return li;
      }),
    );
    dom.neighbours.setAttribute(
      'aria-label',
      nb ? neighboursSentence(nb.word, nb.list) : 'Nearest words by cosine',
    );
    const an = this.goodAnalogy;
    setText(dom.analogyResult, an ? analogySentence(an.terms, an.list) : '');
    const shipped = this.corpus?.queries.find((q) => q.query === splitWords(s.query).join(' '));
    const relevant = new Set(shipped?.relevant ?? []);
    dom.hits.replaceChildren(
      ...(this.goodHits ?? []).slice(0, 5).map((h) => {
        const li = el('li');
        const meta = el('span', { class: 'meta' }, `${h.year}, ${h.speaker} · cosine ${num(h.cosine)}`);
        li.append(meta);
        if (relevant.has(h.passage))
          li.append(document.createTextNode(' '), el('span', { class: 'rel' }, '✓ relevant'));
        li.append(
          el('br'),
          document.createTextNode(h.text.length > 320 ? `${h.text.slice(0, 317)}…` : h.text),
        );
        return li;
      }),
    );
    setText(dom.evaluation, this.evaluation ? evaluationSentence(this.evaluation) : '');
    this.requestRender();
  }

  private drawMap(palette: Palette): void {
    const ctx = this.ctx;
    const s = this.space;
    const dom = this.dom;
    if (!ctx || !dom) return;
    const side = this.side || dom.mapBox.getBoundingClientRect().width;
    if (!(side > 0)) return;
    const backing = Math.round(side * Math.min(window.devicePixelRatio || 1, MAX_DPR));
    if (dom.map.width !== backing) {
      dom.map.width = backing;
      dom.map.height = backing;
    }
    ctx.setTransform(backing / side, 0, 0, backing / side, 0, 0);
    if (!s) {
      ctx.clearRect(0, 0, side, side);
      return;
    }
    const rowIndex = new Map(s.mapRows.map((r, i) => [r, i]));
    const nb = this.goodNeighbours;
    const fontPx = Math.min(Number.parseFloat(palette.fontSize) || 16, 24) * 0.8;
    drawMap(
      ctx,
      {
        map: s.map,
        labels: s.mapRows.map((r) => s.corpus.vocab[r + FIRST_WORD]!),
        picked: nb ? rowIndex.get(nb.row) : undefined,
        near: (nb?.list ?? []).map((x) => rowIndex.get(x.row)).filter((x): x is number => x !== undefined),
      },
      frameFor(s.map, side),
      { fg: palette.fg, muted: palette.muted, data: palette.data, model: palette.model, bg: palette.bg },
      fontPx,
    );
    dom.map.setAttribute(
      'aria-label',
      `The ${s.mapRows.length} most frequent words projected to 2D by PCA (${num(s.map.explained[0] * 100, 0)}% and ${num(s.map.explained[1] * 100, 0)}% of the variance); click a word to pick it.`,
    );
  }

  private syncFormula(palette: Palette): void {
    const dom = this.dom;
    if (!dom || !this.s.formula) return;
    const tex = embedTex(
      {
        weighting: this.s.weighting,
        k: this.s.k,
        word: this.goodNeighbours?.word,
        nearest: this.goodNeighbours?.list[0],
        evaluation: this.evaluation,
      },
      {
        data: texColor(palette.data, PALETTES.light.data),
        model: texColor(palette.model, PALETTES.light.model),
        err: texColor(palette.error, PALETTES.light.error),
      },
    );
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    this.formula.show(tex, this.describe());
  }
}

defineOnce('lumen-embed', LumenEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-embed': LumenEmbed;
  }
}
