/**
 * `<lumen-attention>`: attention is a softmax-weighted average of values. A short sentence's
 * word vectors (learned in the page, as in lesson 26) become Q = XW_Q, K = XW_K, V = XW_V through
 * small seeded matrices, or Q, K, V are typed directly; the scores QKᵀ/√d and their row-wise
 * softmax are drawn as a heat map, and the focused row's output as the weighted mix of the value
 * rows, with a live formula in the same colours. Causal mask, one or two heads, predict-first.
 *
 * The element wires things together: numbers from `model.ts` (over `src/math/genai`), pixels from
 * `view.ts`, sentences from `words.ts`, TeX from `formula.ts`, the DOM from `dom.ts`.
 *
 * @example
 * <lumen-attention q="0 2; 2 0; 0 0; 2 1" k="2 0; 0 2; 0 0; 1 1" v="1 0; 0 1; 0 0; 1 1"
 *   tokens="congress passed the bill" row="4"></lumen-attention>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { setFieldError, setHidden, setText } from '../../ui/dom';
import { CanvasSurface } from '../../render/canvas-surface';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { PredictFlow } from '../../ui/predict-flow';
import { bindCheckbox, bindNumberField, bindSelect, bindTypedField } from '../../ui/bind';
import { memo } from '../../ui/memo';
import type { Palette } from '../../ui/tokens';
import type { Result } from '../../math/genai/matrix';
import { ATTENTION_PROPS, ATTENTION_RULES, matrixText, type AttentionState } from './props';
import {
  focusRow,
  isTyped,
  lookupSentence,
  mixes,
  numbersOf,
  questionChanged,
  scoreGuess,
  seeded,
  sentenceAnalysis,
  sentenceX,
  typedAnalysis,
  type Analysis,
  type AttentionNumbers,
  type Prediction,
} from './model';
import { cellAt, colorsOf, drawMap, drawMix, mapLayout, mixLayout } from './view';
import { hiddenTex, mixTex } from './formula';
import {
  STAGE_WORDS,
  describeAttention,
  learnedSentence,
  predictSentence,
  question,
  rowSentence,
} from './words';
import { buildAttentionDom, setChoices, type AttentionDom } from './dom';
import { cancelVectors, learnVectors, stopWaiting, type Learned, type VectorProgress } from './vectors';
import { ATTENTION_CSS } from './attention.css';

export class LumenAttention extends LumenElement<typeof ATTENTION_PROPS, AttentionDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(ATTENTION_PROPS);
  }

  private maps: CanvasSurface[] = [];
  private mixSurfaces: CanvasSurface[] = [];
  private formula!: FormulaView;
  private flow!: PredictFlow<Prediction>;
  private radios: HTMLInputElement[] = [];
  private space: Learned | undefined;
  private learning = false;
  private good: Analysis | undefined;
  private problem: string | undefined;
  private readonly progress = (p: VectorProgress): void => this.showProgress(p);

  private readonly lookup = memo(
    (space: Learned | undefined, sentence: string) => (space ? lookupSentence(space, sentence) : undefined),
    () => [this.space, this.s.sentence] as const,
  );
  private readonly seeds = memo(seeded, () => [this.s.seed, this.space?.k ?? 16] as const);
  private readonly x = memo(
    (found: ReturnType<typeof this.lookup>, projection: number[][]) =>
      found?.ok ? sentenceX(found.value.vectors, projection) : undefined,
    () => [this.lookup(), this.seeds().projection] as const,
  );

  constructor() {
    super(ATTENTION_PROPS, ATTENTION_CSS + '\n' + KATEX_SHADOW_CSS, ATTENTION_RULES);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The numbers on screen (the last good ones): tokens, each head's matrices and the focused mix. */
  get numbers(): AttentionNumbers | undefined {
    const a = this.good;
    return a && numbersOf(a, focusRow(this.s.row, a.tokens.length), this.problem);
  }

  get prediction(): Prediction | undefined {
    const r = this.flow?.result;
    return r && { ...r };
  }

  /** Whether what is shown matches the state (vectors learned, or Q, K, V typed). */
  get ready(): boolean {
    return this.good !== undefined && !this.learning;
  }

  /** Stops learning the word vectors (the Cancel button). */
  cancel(): void {
    cancelVectors();
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): AttentionDom {
    ensureKatexFonts(document);
    return buildAttentionDom();
  }

  protected build(): void {
    const dom = this.dom;
    const onResize = (): void => this.requestRender();
    for (const h of dom.head) {
      this.maps.push(
        this.use(
          new CanvasSurface(h.map, {
            box: h.mapBox,
            onResize,
            height: (w, n) => mapLayout(w, this.n(), n.fontPx).height,
          }),
        ),
      );
      this.mixSurfaces.push(
        this.use(
          new CanvasSurface(h.mix, {
            box: h.mixBox,
            onResize,
            height: (w, n) => mixLayout(w, this.n(), this.dv(), n.fontPx).height,
          }),
        ),
      );
      h.map.addEventListener('click', (e) => this.clickMap(h.map, e));
      h.map.addEventListener('keydown', (e) => this.keyMap(e));
    }
    this.formula = this.use(
      new FormulaView({ tex: dom.formula, text: dom.formulaText, box: dom.formulaWrap }),
    );
    this.flow = this.use(
      new PredictFlow<Prediction>(
        this.host,
        { ...dom, fields: () => this.radios },
        {
          score: () => this.score(),
          sentence: predictSentence,
          newQuestion: (prev, source) => source !== 'user' && questionChanged(prev as AttentionState, this.s),
          changed: () => this.sync(),
        },
      ),
    );
    dom.choices.addEventListener('change', () => this.requestRender());
    // "Try another" asks about the next word.
    dom.again.addEventListener('click', () => {
      const n = this.n();
      if (n > 0) this.update({ row: ((focusRow(this.s.row, n) + 1) % n) + 1 });
    });
    for (const key of ['sentence', 'q', 'k', 'v'] as const)
      bindTypedField(this.host, dom[key].input, key, {
        error: dom[key].error,
        label: key === 'sentence' ? 'Sentence' : key.toUpperCase(),
      });
    // An empty W means the seeded one: the field shows the numbers in use, ready to edit.
    for (const [key, w] of [
      ['wq', 'q'],
      ['wk', 'k'],
      ['wv', 'v'],
    ] as const)
      bindTypedField(this.host, dom[key].input, key, {
        error: dom[key].error,
        label: `W_${w.toUpperCase()}`,
        format: (m) => matrixText(m.length ? m : this.seeds().heads[0]![w]),
      });
    bindCheckbox(this.host, dom.causal, 'causal');
    bindSelect(this.host, dom.headsSelect, 'heads', { label: (h: number) => (h === 1 ? 'one' : 'two') });
    bindNumberField(this.host, dom.seed, 'seed', { label: 'Seed' });
    dom.useSentence.addEventListener('click', () => this.update({ q: [], k: [], v: [] }));
    dom.cancel.addEventListener('click', () => this.cancel());
    dom.learn.addEventListener('click', () => this.ensureVectors());
    this.onDisconnect(() => stopWaiting(this.progress));
    this.refresh();
  }

  protected override stateChanged(_previous: Readonly<AttentionState>, _source: Source | 'user'): void {
    this.refresh();
  }

  protected describe(): string {
    const a = this.good;
    if (!a) return this.dom?.status.textContent || 'Learning word vectors.';
    const row = focusRow(this.s.row, a.tokens.length);
    const out = mixes(a, row).map((m) => m.output);
    const main = describeAttention(a, row, out, { causal: this.s.causal, guessing: this.flow.guessing });
    const r = this.flow.result;
    return r ? `${predictSentence(r)} ${main}` : main;
  }

  protected render(): void {
    const a = this.good;
    if (!a) return;
    const palette = this.palette;
    const colors = colorsOf(palette);
    const row = focusRow(this.s.row, a.tokens.length);
    const hidden = this.flow.guessing;
    const picked = this.radios.findIndex((r) => r.checked);
    const m = mixes(a, row);
    a.heads.forEach((h, i) => {
      const f = this.maps[i]!.frame(palette);
      if (f) {
        drawMap(f.ctx, {
          layout: mapLayout(f.width, a.tokens.length, f.fontPx),
          tokens: a.tokens,
          scores: h.scores,
          weights: h.weights,
          d: h.d,
          row,
          hidden,
          picked: hidden && picked >= 0 ? picked : undefined,
          colors,
          lineScale: f.lineScale,
        });
      }
      const g = this.mixSurfaces[i]!.frame(palette);
      if (g)
        drawMix(g.ctx, {
          layout: mixLayout(g.width, a.tokens.length, h.v[0]?.length ?? 1, g.fontPx),
          tokens: a.tokens,
          row,
          weights: h.weights[row]!,
          masked: h.scores[row]!.map((s) => s === -Infinity),
          v: h.v,
          output: m[i]!.output,
          hidden,
          colors,
          lineScale: g.lineScale,
        });
    });
    if (this.s.formula) this.showFormula(a, row, m[0]!.output, palette, hidden);
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private n(): number {
    return this.good?.tokens.length ?? 4;
  }

  private dv(): number {
    return this.good?.heads[0]?.v[0]?.length ?? 3;
  }

  /** The analysis of the current state, or why it cannot be made (undefined: the vectors are not learned yet). */
  private analyse(): Result<Analysis> | undefined {
    const s = this.s;
    if (isTyped(s)) return typedAnalysis(s);
    const found = this.lookup();
    if (!found) return undefined;
    if (!found.ok) return found;
    const x = this.x();
    if (!x) return undefined;
    if (!x.ok) return x;
    return sentenceAnalysis(found.value.tokens, x.value, s, this.seeds());
  }

  /** Recomputes; a bad combination keeps the last good picture and says why. */
  private refresh(): void {
    if (!isTyped(this.s)) this.ensureVectors();
    const r = this.analyse();
    const before = this.good?.tokens.join(' ');
    if (r?.ok) this.good = r.value;
    this.problem = r && !r.ok ? `${r.error} Showing the last good attention.` : undefined;
    this.setMessage('attention', r && !r.ok && this.good ? this.problem : r && !r.ok ? r.error : undefined);
    const unknown = !isTyped(this.s) && r && !r.ok ? r.error : undefined;
    setFieldError(this.dom.sentence.input, this.dom.sentence.error, unknown);
    if (this.good && this.good.tokens.join(' ') !== before) {
      this.radios = setChoices(this.dom.choices, this.good.tokens);
      this.flow.sync();
    }
    this.sync();
  }

  private ensureVectors(): void {
    if (this.space || this.learning) return;
    this.learning = true;
    this.sync();
    learnVectors(this.progress).then(
      (space) => {
        this.learning = false;
        if (!space) {
          setText(this.dom.status, 'Learning was cancelled. Press “Learn the vectors” to start again.');
          this.sync();
          return;
        }
        this.space = space;
        setText(this.dom.status, learnedSentence(space.rows, space.k, space.ms / 1000, space.label));
        this.refresh();
        this.dispatchEvent(new CustomEvent('learned'));
      },
      (err: unknown) => {
        this.learning = false;
        const msg = `The word vectors could not be learned: ${err instanceof Error ? err.message : String(err)}. Typed Q, K and V still work.`;
        this.setMessage('corpus', msg);
        setText(this.dom.status, msg);
        this.sync();
      },
    );
  }

  private showProgress(p: VectorProgress): void {
    const dom = this.dom;
    dom.progress.value = p.stage === 'download' ? p.fraction * 0.3 : 0.3 + 0.7 * p.fraction;
    setText(
      dom.status,
      p.stage === 'download'
        ? `Loading the corpus… ${p.mb.toFixed(1)} MB`
        : `${STAGE_WORDS[p.stage]}… ${Math.round(p.fraction * 100)}%`,
    );
  }

  private score(): Prediction | string {
    const a = this.good;
    if (!a) return 'Wait until the word vectors are learned.';
    const picked = this.radios.findIndex((r) => r.checked);
    if (picked < 0) return 'Pick a word first (or click its column in the heat map), then press Reveal.';
    return scoreGuess(a, focusRow(this.s.row, a.tokens.length), picked + 1);
  }

  // ---- the heat map under the pointer and the keys -------------------------------------------------

  private clickMap(canvas: HTMLCanvasElement, e: MouseEvent): void {
    const a = this.good;
    if (!a) return;
    const r = canvas.getBoundingClientRect();
    const l = mapLayout(r.width, a.tokens.length, Number.parseFloat(getComputedStyle(canvas).fontSize) || 16);
    const hit = cellAt(l, e.clientX - r.left, e.clientY - r.top);
    if (!hit) return;
    if (this.flow.guessing) {
      const radio = this.radios[hit.col];
      if (radio) {
        radio.checked = true;
        this.requestRender();
      }
      return;
    }
    this.update({ row: hit.row + 1 });
  }

  private keyMap(e: KeyboardEvent): void {
    const n = this.n();
    const row = focusRow(this.s.row, n);
    const next =
      e.key === 'ArrowDown'
        ? row + 1
        : e.key === 'ArrowUp'
          ? row - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : undefined;
    if (next === undefined || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    this.update({ row: Math.max(0, Math.min(n - 1, next)) + 1 });
  }

  // ---- what the bound controls do not cover -------------------------------------------------------

  private sync(): void {
    const dom = this.dom;
    const s = this.s;
    const a = this.good;
    const typed = isTyped(s);
    setHidden(dom.controls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula || !a);
    setHidden(dom.loading, typed && !this.learning);
    setHidden(dom.progress, !this.learning);
    setHidden(dom.cancel, !this.learning);
    setHidden(dom.learn, this.learning || this.space !== undefined || typed);
    setHidden(dom.sentencePanel, typed);
    setHidden(dom.useSentence, !typed);
    const shown = a?.heads.length ?? 0;
    dom.head.forEach((h, i) => setHidden(h.panel, i >= shown));
    dom.heads.classList.toggle('two', shown === 2);
    setHidden(dom.head[0].title, shown < 2);
    setText(
      dom.note,
      typed && s.heads === 2
        ? 'Two heads need the sentence: each head has its own W matrices, while typed Q, K and V are one head’s.'
        : '',
    );
    if (a) {
      const row = focusRow(s.row, a.tokens.length);
      setText(dom.question, question(a.tokens[row]!));
      const m = mixes(a, row);
      a.heads.forEach((_, i) => {
        const h = dom.head[i]!;
        const words = this.flow.guessing
          ? `The weights of “${a.tokens[row]}” are hidden until you guess.`
          : rowSentence(a, i, row, m[i]!.output);
        setText(h.readout, words);
        h.map.setAttribute(
          'aria-label',
          `Heat map of attention weights, ${a.tokens.length} × ${a.tokens.length}; focused row “${a.tokens[row]}” (↑ ↓ to change). ${words}`,
        );
        h.mix.setAttribute('aria-label', words);
      });
    }
    this.flow.sync();
    this.requestRender();
  }

  private showFormula(
    a: Analysis,
    row: number,
    output: readonly number[],
    palette: Palette,
    hidden: boolean,
  ): void {
    const tp = texPalette(palette);
    const c = { weight: tp.model, value: tp.data, output: tp.accent };
    if (hidden) {
      this.formula.show(
        hiddenTex(c),
        'The output row is the weighted sum of the value rows; the weights are hidden until you guess.',
      );
      return;
    }
    this.formula.show(
      { wide: mixTex(a, 0, row, output, c), narrow: mixTex(a, 0, row, output, c, true) },
      rowSentence(a, 0, row, output),
    );
  }
}

defineOnce('lumen-attention', LumenAttention);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-attention': LumenAttention;
  }
}
