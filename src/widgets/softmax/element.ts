/**
 * `<lumen-softmax>`: temperature sharpens or flattens the odds. Logits (sliders or typed) become
 * probabilities by softmax at temperature T; seeded draws are counted against them; the
 * cross-entropy against a target and its gradient p − y are written out live. In mode `bigram`
 * the same softmax-with-temperature writes text from a next-word model counted from the corpus,
 * and the model's cross-entropy on held-out speeches is compared with a uniform guess.
 *
 * The element wires things together: numbers from `model.ts` (over `src/math/genai`), sentences
 * from `words.ts`, TeX from `formula.ts`, the DOM from `dom.ts`.
 *
 * @example
 * <lumen-softmax logits="2 1 0.1" temperature="0.5" target="1"></lumen-softmax>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { PALETTES, type Palette } from '../../ui/tokens';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import { FormulaView } from '../../ui/formula-view';
import { texColor } from '../../ui/tex-format';
import { el, setFieldError, setHidden, setText, setValue } from '../../ui/dom';
import { buildSlider, wireSlider, type Slider } from '../../ui/slider';
import { clearGuess, wireGuess } from '../../ui/guess-field';
import { judgeNumber } from '../../ui/verdict';
import { parseNumber } from '../../math/number-text';
import { words } from '../../math/genai/tokenize';
import { loadCorpus, lookupWord } from '../../corpus/load';
import { SEED_MAX, SOFTMAX_PROPS, T_MAX, T_MIN, parseLogits, type SoftmaxState } from './props';
import {
  analyseBigram,
  analyseLogits,
  trainBigram,
  type BigramAnalysis,
  type BigramModel,
  type LogitsAnalysis,
} from './model';
import { bigramTex, logitsTex, type TexColors } from './formula';
import {
  describeBigram,
  describeLogits,
  heldOutSentence,
  lossSentence,
  nextSentence,
  num,
  pct,
  probabilitiesSentence,
  samplesSentence,
} from './words';
import { buildSoftmaxDom, type SoftmaxDom } from './dom';
import { SOFTMAX_CSS } from './softmax.css';

type Phase = 'off' | 'guess' | 'revealed';
export interface SoftmaxPrediction {
  readonly guess: number;
  readonly answer: number;
  readonly correct: boolean;
  readonly error: number;
}

const LOGIT_SLIDER = { min: -10, max: 10, step: 0.1 };
const TOLERANCE = 3; // percentage points

let bigramPromise: Promise<BigramModel> | undefined;

export class LumenSoftmax extends LumenElement<typeof SOFTMAX_PROPS, SoftmaxDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(SOFTMAX_PROPS);
  }

  private phase: Phase = 'off';
  private result: SoftmaxPrediction | undefined;
  private sliders: Slider[] = [];
  private formulaTex = '';
  private formula!: FormulaView;
  private logitsCache: { key: string; a: LogitsAnalysis } | undefined;
  private bigram: BigramModel | undefined;
  private bigramCache: { key: string; a: BigramAnalysis } | undefined;
  private startWord = { word: 'the', id: -1 };
  private loadError: string | undefined;

  constructor() {
    super(SOFTMAX_PROPS, SOFTMAX_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** The numbers shown: mode logits → probabilities, loss, gradient, draws; bigram → model figures. */
  get numbers(): { logits: LogitsAnalysis; bigram: BigramAnalysis | undefined; start: string } {
    return { logits: this.logits(), bigram: this.bigramAnalysis(), start: this.startWord.word };
  }

  get prediction(): SoftmaxPrediction | undefined {
    return this.result && { ...this.result };
  }

  /** Whether the bigram model is trained (mode bigram), for scripts and tests. */
  get ready(): boolean {
    return this.s.mode === 'logits' || this.bigram !== undefined;
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): SoftmaxDom {
    return buildSoftmaxDom();
  }

  protected build(): void {
    ensureKatexFonts(document);
    const dom = this.dom;
    // The live formula never scrolls sideways: FormulaView breaks or shrinks one that is too wide.
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    wireSlider(
      dom.temperature,
      { step: 0.05, min: T_MIN, max: T_MAX },
      () => this.s.temperature,
      (v) => this.update({ temperature: Math.round(v * 100) / 100 }),
    );
    dom.logitsField.addEventListener('change', () => this.typeLogits(dom.logitsField.value));
    dom.logitsField.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.typeLogits(dom.logitsField.value);
      }
    });
    dom.target.addEventListener('change', () => {
      const t = Number(dom.target.value);
      if (Number.isInteger(t)) this.update({ target: t });
    });
    dom.samples.addEventListener('change', () => {
      const n = Number(dom.samples.value);
      if (Number.isInteger(n)) this.update({ samples: n });
    });
    const reseed = (): void => this.update({ seed: (this.s.seed + 1) % (SEED_MAX + 1) });
    dom.resample.addEventListener('click', reseed);
    dom.regenerate.addEventListener('click', reseed);
    dom.startField.addEventListener('change', () => this.typeStart(dom.startField.value));
    dom.startField.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.typeStart(dom.startField.value);
      }
    });
    wireGuess(
      dom,
      () => this.reveal(),
      () => {
        this.enterGuess();
        this.sync();
      },
    );
    dom.legend.append(
      el('span', { class: 'swatch model' }),
      document.createTextNode('probability'),
      el('span', { class: 'swatch data' }),
      document.createTextNode('share of the draws'),
    );
    if (this.s.predict) this.enterGuess();
    if (this.s.mode === 'bigram') this.ensureBigram();
    this.sync();
  }

  protected override stateChanged(previous: Readonly<SoftmaxState>, source: Source | 'user'): void {
    const s = this.s;
    if (previous.predict !== s.predict) {
      if (s.predict) this.enterGuess();
      else this.phase = 'off';
    } else if (s.predict && source !== 'user' && this.phase === 'revealed' && questionChanged(previous, s)) {
      this.enterGuess();
    }
    if (s.mode === 'bigram') this.ensureBigram();
    if (previous.start !== s.start || previous.mode !== s.mode) this.resolveStart();
    this.sync();
  }

  protected describe(): string {
    const s = this.s;
    if (s.mode === 'bigram') {
      const b = this.bigramAnalysis();
      return b
        ? describeBigram(b, this.startWord.word, s.temperature)
        : (this.loadError ?? 'Loading the corpus.');
    }
    const main = describeLogits(this.logits(), s.temperature, this.phase === 'guess');
    return this.phase === 'revealed' && this.result ? `${this.verdict()} ${main}` : main;
  }

  protected render(): void {
    this.syncFormula(this.palette);
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private logits(): LogitsAnalysis {
    const s = this.s;
    const key = `${s.logits.join(' ')}|${s.labels}|${s.temperature}|${s.target}|${s.samples}|${s.seed}`;
    if (this.logitsCache?.key !== key) this.logitsCache = { key, a: analyseLogits(s) };
    return this.logitsCache.a;
  }

  private bigramAnalysis(): BigramAnalysis | undefined {
    const b = this.bigram;
    if (!b || this.startWord.id < 0) return undefined;
    const s = this.s;
    const key = `${this.startWord.id}|${s.temperature}|${s.alpha}|${s.length}|${s.seed}`;
    if (this.bigramCache?.key !== key) this.bigramCache = { key, a: analyseBigram(b, this.startWord.id, s) };
    return this.bigramCache.a;
  }

  private ensureBigram(): void {
    if (this.bigram || this.loadError) return;
    const dom = this.dom;
    bigramPromise ??= loadCorpus((got, total) => {
      if (total) dom.progress.value = got / total;
      setText(dom.progressText, `Loading the corpus… ${(got / 2 ** 20).toFixed(1)} MB`);
    }).then(trainBigram);
    bigramPromise.then(
      (b) => {
        this.bigram = b;
        this.resolveStart();
        this.sync();
        this.dispatchEvent(new CustomEvent('ready'));
      },
      (err: unknown) => {
        bigramPromise = undefined;
        this.loadError = `The corpus could not be loaded: ${err instanceof Error ? err.message : String(err)}.`;
        this.setMessage('corpus', this.loadError);
        this.sync();
      },
    );
  }

  /** Finds the start word; an unknown one keeps the last good word and says which is closest. */
  private resolveStart(): void {
    const b = this.bigram;
    if (!b) return;
    const typed = words(this.s.start)[0];
    if (!typed) {
      this.setMessage('start', `The start word is empty; still starting after “${this.startWord.word}”.`);
      if (this.startWord.id < 0) this.startWord = { word: 'the', id: b.corpus.index.get('the')! };
      return;
    }
    const found = lookupWord(b.corpus, typed);
    if (found.ok) {
      this.startWord = { word: typed, id: found.id };
      this.setMessage('start', undefined);
      setFieldError(this.dom.startField, this.dom.startError, undefined);
    } else {
      if (this.startWord.id < 0) this.startWord = { word: 'the', id: b.corpus.index.get('the')! };
      const msg = `${found.error} Still starting after “${this.startWord.word}”.`;
      this.setMessage('start', msg);
      setFieldError(this.dom.startField, this.dom.startError, msg);
    }
  }

  // ---- typed input --------------------------------------------------------------------------------

  private typeLogits(text: string): void {
    const r = parseLogits(text);
    if (!r.ok) {
      setFieldError(
        this.dom.logitsField,
        this.dom.logitsError,
        `Logits: ${r.error}. Kept the last good ones.`,
      );
      return;
    }
    setFieldError(this.dom.logitsField, this.dom.logitsError, undefined);
    this.update({ logits: r.value });
  }

  private typeStart(text: string): void {
    if (words(text).length === 0) {
      setFieldError(this.dom.startField, this.dom.startError, 'Type one word, such as “the” or “our”.');
      return;
    }
    this.update({ start: words(text)[0]! });
  }

  // ---- predict-first ------------------------------------------------------------------------------

  private enterGuess(): void {
    this.phase = 'guess';
    this.result = undefined;
    clearGuess(this.dom);
  }

  private verdict(): string {
    const r = this.result;
    if (!r) return '';
    return judgeNumber(r.guess, Number(r.answer.toFixed(1)), TOLERANCE, '%').sentence;
  }

  private reveal(): void {
    if (this.phase !== 'guess') return;
    const dom = this.dom;
    const g = parseNumber(dom.guess.value.replace('%', ''));
    if (g === undefined || g < 0 || g > 100) {
      setFieldError(
        dom.guess,
        dom.guessError,
        'Type a percentage from 0 to 100, such as 40, then press Reveal.',
      );
      return;
    }
    const answer = this.logits().p[0]! * 100;
    const v = judgeNumber(g, Number(answer.toFixed(1)), TOLERANCE, '%');
    this.result = { guess: g, answer, correct: v.correct, error: Math.abs(g - answer) };
    this.phase = 'revealed';
    this.sync();
    dom.again.focus();
    this.dispatchEvent(new CustomEvent('predict', { detail: this.prediction }));
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  private sync(): void {
    const dom = this.dom;
    if (!dom) return;
    const s = this.s;
    const bigramMode = s.mode === 'bigram';
    const guessing = this.phase === 'guess' && !bigramMode;
    setHidden(dom.predict, this.phase === 'off' || bigramMode);
    setHidden(dom.reveal, !guessing);
    setHidden(dom.again, this.phase !== 'revealed');
    dom.guess.disabled = !guessing;
    setHidden(dom.controls, !s.controls);
    setHidden(dom.logitsPanel, bigramMode);
    setHidden(dom.bigramPanel, !bigramMode);
    setHidden(dom.formulaWrap, !s.formula || guessing);
    setHidden(dom.readouts, guessing || bigramMode);
    setHidden(dom.legend, bigramMode);
    dom.temperature.input.disabled = false;
    syncSlider(dom.temperature, s.temperature, num(s.temperature));

    if (bigramMode) this.syncBigram();
    else this.syncLogits(guessing);
    setText(dom.predictResult, this.phase === 'revealed' ? this.verdict() : '');
    this.requestRender();
  }

  private syncLogits(guessing: boolean): void {
    const dom = this.dom;
    const s = this.s;
    const a = this.logits();
    const first = a.labels[0]!;
    setText(
      dom.question,
      `With these logits at T = ${num(s.temperature)}, what share of the probability goes to “${first}”?`,
    );
    if (a.targetClamped)
      this.setMessage(
        'target',
        `Target ${s.target} is past the ${a.logits.length} classes; the loss uses the last one, ${a.logits.length}.`,
      );
    else this.setMessage('target', undefined);
    this.syncLogitSliders(a);
    if (this.root.activeElement !== dom.logitsField)
      setValue(dom.logitsField, s.logits.map((x) => num(x, 3).replace('−', '-')).join(' '));
    if (
      dom.target.options.length !== a.logits.length ||
      dom.target.options[0]?.textContent !== `1 (${first})`
    ) {
      dom.target.replaceChildren(
        ...a.labels.map((l, i) => el('option', { value: String(i + 1) }, `${i + 1} (${l})`)),
      );
    }
    setValue(dom.target, String(a.target + 1));
    if (![...dom.samples.options].some((o) => o.value === String(s.samples)))
      dom.samples.append(el('option', { value: String(s.samples) }, s.samples.toLocaleString('en-US')));
    setValue(dom.samples, String(s.samples));
    const total = s.samples;
    this.drawBars(
      a.labels.map((label, i) => ({
        label,
        p: guessing ? undefined : a.p[i]!,
        draws: guessing || total === 0 ? undefined : a.counts[i]! / total,
        target: i === a.target,
      })),
    );
    setText(dom.readoutLoss, `${probabilitiesSentence(a, s.temperature)} ${lossSentence(a)}`);
    setText(dom.readoutSamples, samplesSentence(a, total));
  }

  private syncLogitSliders(a: LogitsAnalysis): void {
    const dom = this.dom;
    if (this.sliders.length !== a.logits.length) {
      this.sliders = a.logits.map((_, i) => {
        const sl = buildSlider(
          `logit-${i + 1}`,
          '',
          String(LOGIT_SLIDER.min),
          String(LOGIT_SLIDER.max),
          '0.1',
        );
        wireSlider(
          sl,
          LOGIT_SLIDER,
          () => this.s.logits[i] ?? 0,
          (v) => {
            const next = [...this.s.logits];
            next[i] = Math.round(v * 10) / 10;
            this.update({ logits: next });
          },
        );
        return sl;
      });
      dom.logitSliders.replaceChildren(...this.sliders.map((sl) => sl.row));
    }
    this.sliders.forEach((sl, i) => {
      const name = sl.row.querySelector('.slider-name') as HTMLElement;
      setText(name, `ℓ ${a.labels[i]}`);
      syncSlider(sl, a.logits[i]!, num(a.logits[i]!));
    });
  }

  private syncBigram(): void {
    const dom = this.dom;
    const loaded = this.bigram !== undefined;
    setHidden(dom.progress, loaded || this.loadError !== undefined);
    setText(
      dom.progressText,
      this.loadError ?? (loaded ? '' : dom.progressText.textContent || 'Loading the corpus…'),
    );
    setHidden(dom.progressText, loaded);
    if (this.root.activeElement !== dom.startField) setValue(dom.startField, this.startWord.word);
    const b = this.bigramAnalysis();
    if (!b) {
      this.drawBars([]);
      return;
    }
    this.drawBars(b.next.map((n) => ({ label: n.word, p: n.p, draws: undefined, target: false })));
    dom.bars.setAttribute('aria-label', nextSentence(b, this.startWord.word));
    setText(dom.generated, `${this.startWord.word} ${b.text}`);
    setText(dom.heldOut, heldOutSentence(b, this.s.temperature));
  }

  private drawBars(
    rows: { label: string; p: number | undefined; draws: number | undefined; target: boolean }[],
  ): void {
    const bars = this.dom.bars;
    while (bars.children.length > rows.length) bars.lastElementChild!.remove();
    while (bars.children.length < rows.length) {
      const li = el('li', { class: 'bar' });
      const track = el('span', { class: 'bar-track' });
      track.append(el('span', { class: 'bar-p' }), el('span', { class: 'bar-draws' }));
      li.append(el('span', { class: 'bar-label' }), track, el('span', { class: 'bar-value' }));
      bars.append(li);
    }
    rows.forEach((r, i) => {
      const li = bars.children[i] as HTMLLIElement;
      const [label, track, value] = li.children as unknown as [HTMLElement, HTMLElement, HTMLElement];
      const [pBar, drawMark] = track.children as unknown as [HTMLElement, HTMLElement];
      setText(label, r.label);
      li.toggleAttribute('data-target', r.target);
      pBar.style.width = `${((r.p ?? 0) * 100).toFixed(2)}%`;
      setHidden(drawMark, r.draws === undefined);
      drawMark.style.left = `${((r.draws ?? 0) * 100).toFixed(2)}%`;
      setText(value, r.p === undefined ? '?' : pct(r.p));
    });
  }

  private syncFormula(palette: Palette): void {
    const s = this.s;
    if (!s.formula || (this.phase === 'guess' && s.mode === 'logits')) return;
    const colors: TexColors = {
      model: texColor(palette.model, PALETTES.light.model),
      data: texColor(palette.data, PALETTES.light.data),
      grad: texColor(palette.gradient, PALETTES.light.gradient),
      err: texColor(palette.error, PALETTES.light.error),
    };
    let tex: string;
    let words: string;
    if (s.mode === 'bigram') {
      const b = this.bigramAnalysis();
      if (!b) return;
      tex = bigramTex(b, s.temperature, colors);
      words = heldOutSentence(b, s.temperature);
    } else {
      const a = this.logits();
      tex = logitsTex(a, s.temperature, colors);
      words = `${probabilitiesSentence(a, s.temperature)} ${lossSentence(a)}`;
    }
    if (tex === this.formulaTex) return;
    this.formulaTex = tex;
    this.formula.show(tex, words);
  }
}

function questionChanged(a: Readonly<SoftmaxState>, b: Readonly<SoftmaxState>): boolean {
  return a.temperature !== b.temperature || a.logits.join() !== b.logits.join();
}

function syncSlider(sl: Slider, value: number, text: string): void {
  if (Number(sl.input.value) !== value) sl.input.value = String(value);
  setText(sl.value, text);
  if (sl.input.getAttribute('aria-valuetext') !== text) sl.input.setAttribute('aria-valuetext', text);
}

defineOnce('lumen-softmax', LumenSoftmax);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-softmax': LumenSoftmax;
  }
}
