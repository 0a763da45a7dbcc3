/**
 * A widget's live formula: one controller for the KaTeX refresh that twelve widgets wrote by hand.
 * `show(tex, words)` typesets only when the TeX changed, puts the words in the screen-reader line
 * (and in place of the formula when KaTeX cannot load), picks the narrow variant when the formula's
 * box is narrow, and typesets at most once per `throttleMs` while something animates.
 *
 * @example
 * this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
 * this.formula.show({ wide: fullTex, narrow: namedTex }, 'P(D | +) = 0.083');
 * this.formula.show(tex, words, { throttleMs: 400 }); // while a run animates
 */
import { renderTex } from './katex-shadow';
import { setText } from './dom';
import { texColor } from './tex-format';
import { PALETTES, type Palette } from './tokens';
import type { Controller } from './widget-element';

/**
 * The throttle for a formula whose numbers change while a run streams in (draws, means,
 * resamples): KaTeX re-typesets the whole formula and the page lays it out again, tens of ms on a
 * slow machine, so a few times a second is what the eye can read anyway.
 */
export const LIVE_FORMULA_MS = 400;

/**
 * The smallest type a formula is shrunk to (px of its box's text; KaTeX draws 1.21 times that):
 * about the old 0.6 em floor of the light theme's phone text, kept for every theme.
 */
export const MIN_FORMULA_PX = 9.5;

/** A formula that has a slimmer spelling for a narrow column. */
export interface TexVariants {
  readonly wide: string;
  readonly narrow: string;
}

export interface FormulaOptions {
  /** Where KaTeX draws (aria-hidden: the words are the accessible text). */
  readonly tex: HTMLElement;
  /** The screen-reader line that carries the words. */
  readonly text?: HTMLElement;
  /** The box whose width decides wide or narrow (default: the `tex` element's parent). */
  readonly box?: HTMLElement;
  /** Below this width, in ems of the box's font, the narrow variant is shown (default 30). */
  readonly narrowEm?: number;
  readonly displayMode?: boolean;
}

/** The TeX to typeset: the narrow variant in a box narrower than `narrowPx`. */
export function pickTex(tex: string | TexVariants, boxWidth: number, narrowPx: number): string {
  if (typeof tex === 'string') return tex;
  return boxWidth > 0 && boxWidth < narrowPx ? tex.narrow : tex.wide;
}

/** The palette's colours as KaTeX's \color takes them (a page's rgb() or var() falls back). */
export type TexPalette = { readonly [K in keyof Palette]: string };

export function texPalette(p: Palette): TexPalette {
  const out = {} as Record<keyof Palette, string>;
  for (const k of Object.keys(PALETTES.light) as (keyof Palette)[])
    out[k] = texColor(p[k], PALETTES.light[k]);
  return out;
}

export class FormulaView implements Controller {
  private shown: string | undefined;
  private words = '';
  private latest: { tex: string | TexVariants; words: string } | undefined;
  private latestShown: (() => void) | undefined;
  private lastAt = -Infinity;
  private timer = 0;
  private boxWidth = 0;
  private narrowPx = Infinity;
  private em = 0;
  private observer: ResizeObserver | undefined;

  constructor(private readonly o: FormulaOptions) {}

  hostConnected(): void {
    this.observer?.disconnect();
    const node = this.o.tex;
    const box = this.o.box ?? node.parentElement ?? node;
    // Refit when the box's width or its type size changes (a theme with bigger type, e.g. the
    // projector's, widens the same formula in a box of the same width). Only those two: a refit
    // changes the formula's height, so refitting on every size change would feed on itself.
    // The formula itself is observed too because a type-size change may leave the box's width
    // (and, with a fixed height, its whole size) as it was; its entries only trigger a re-read.
    this.observer = new ResizeObserver((entries) => {
      const boxEntry = entries.filter((e) => e.target === box).pop();
      const width = boxEntry ? boxEntry.contentRect.width : this.boxWidth;
      const em = Number.parseFloat(getComputedStyle(box).fontSize) || 16;
      if (width === this.boxWidth && em === this.em) return;
      const again = this.em !== 0;
      this.boxWidth = width;
      this.em = em;
      this.narrowPx = (this.o.narrowEm ?? 30) * em;
      if (!this.latest) return;
      // The same TeX may need another fit (broken or shrunk) at a new size: typeset it again. The
      // first reading needs no refit: the fit after `show` measured the box as laid out.
      if (again) this.shown = undefined;
      this.typeset(this.latest.tex, this.latest.words);
    });
    this.observer.observe(box);
    if (node !== box) this.observer.observe(node);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    window.clearTimeout(this.timer);
    this.timer = 0;
  }

  /** The words of the formula last asked for (drawn under an exported PNG; '' when none). */
  exportText(): string {
    return this.latest?.tex ? this.latest.words : '';
  }

  /**
   * Shows `tex` (or its narrow variant), with `words` for screen readers and as the fallback.
   * An empty TeX clears the formula. With `throttleMs`, a formula within that time of the last one
   * waits, only the newest waiting one is typeset, and always in a task after this one; without
   * it the formula is typeset now (and a waiting one is dropped: this one is newer). `shown` runs
   * when this formula is the one on screen (never for a dropped one): a readout elsewhere that
   * must agree with the formula updates there, at the same moment.
   */
  show(
    tex: string | TexVariants,
    words: string,
    options: { throttleMs?: number; shown?: () => void } = {},
  ): void {
    this.latest = { tex, words };
    this.latestShown = options.shown;
    const throttleMs = options.throttleMs ?? 0;
    if (throttleMs <= 0) {
      window.clearTimeout(this.timer);
      this.timer = 0;
      this.typeset(tex, words);
      options.shown?.();
      return;
    }
    // A throttled formula is typeset in a task of its own, never inside the frame that drew the
    // canvases: KaTeX plus the layout it causes would make that frame one long task.
    const wait = Math.max(0, throttleMs - (performance.now() - this.lastAt));
    this.timer ||= window.setTimeout(() => {
      this.timer = 0;
      if (this.latest) this.typeset(this.latest.tex, this.latest.words);
      this.latestShown?.();
    }, wait);
  }

  /** Forgets what was shown, so the next `show` typesets even the same TeX (e.g. after a theme change). */
  invalidate(): void {
    this.shown = undefined;
  }

  private typeset(tex: string | TexVariants, words: string): void {
    const chosen = pickTex(tex, this.boxWidth, this.narrowPx);
    if (this.o.text && words !== this.words) setText(this.o.text, words);
    this.words = words;
    if (chosen === this.shown) return;
    this.shown = chosen;
    this.lastAt = performance.now();
    const node = this.o.tex;
    if (!chosen) {
      delete node.dataset.tex;
      node.replaceChildren();
      return;
    }
    node.style.removeProperty('font-size');
    // If the formula library cannot be fetched (offline, blocked), the words stand in for it.
    renderTex(node, chosen, { displayMode: this.o.displayMode ?? true })
      .then(() => this.fit(tex, chosen))
      .catch(() => setText(node, words));
  }

  /**
   * A formula wider than its box never scrolls sideways: the narrow variant first, then the same
   * formula allowed to break after its top-level relations and operators, then a smaller size.
   */
  private async fit(tex: string | TexVariants, chosen: string): Promise<void> {
    const node = this.o.tex;
    const box = this.o.box ?? node.parentElement ?? node;
    const over = (): boolean =>
      box.scrollWidth > box.clientWidth + 1 || node.scrollWidth > node.clientWidth + 1;
    // Each step waits on KaTeX: a newer formula typeset meanwhile wins.
    const stale = (): boolean => this.shown !== chosen;
    // KaTeX's fonts make a formula wider once they arrive: measure with them. Laying the formula
    // out first is what asks for the faces it uses (a face no formula used yet is not loading
    // before that, so the status alone can read 'loaded' while this one still lacks its fonts).
    node.getBoundingClientRect();
    if (document.fonts.status !== 'loaded') await document.fonts.ready;
    if (stale() || !over()) return;
    if (typeof tex !== 'string' && chosen === tex.wide && tex.narrow !== tex.wide) {
      chosen = tex.narrow;
      this.shown = chosen;
      await renderTex(node, chosen, { displayMode: this.o.displayMode ?? true });
      if (stale() || !over()) return;
    }
    // KaTeX breaks inline math (not display math) between top-level terms; \displaystyle keeps its look.
    await renderTex(node, breakable(chosen), { displayMode: false });
    if (stale() || !over()) return;
    const width = Math.max(node.scrollWidth, box.scrollWidth);
    // The floor is a size in pixels, not a share of the theme's type: the projector's bigger type
    // on a phone may shrink further than the light theme's before it reaches the smallest legible size.
    const floor = MIN_FORMULA_PX / (Number.parseFloat(getComputedStyle(node).fontSize) || 16);
    node.style.fontSize = `${Math.max(floor, (box.clientWidth / width) * 0.98)}em`;
  }
}

/** `tex` as inline math that looks like display math and may break across lines. */
export function breakable(tex: string): string {
  return `\\displaystyle ${tex}`;
}
