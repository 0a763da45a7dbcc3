/**
 * The editable bars of `<lumen-clt>`'s source plot (the die's weights, the drawn density): paint
 * them with the pointer, or pick one with ←/→ and raise or lower it with ↑/↓ (model.ts `barKey`).
 * The last drawing's geometry maps the pointer to a bar, so a press needs no layout of its own
 * beyond the canvas' position.
 */
import type { Controller } from '../../ui/widget-element';
import { barHeight, barKey } from './model';
import { barAt, type BarsGeometry, type Frame } from './view';

export interface BarsOptions {
  /** The bars of the current source, or undefined where the source has none to edit. */
  bars(): readonly number[] | undefined;
  /** New heights from the learner. */
  set(next: number[]): void;
  /** The selection or focus changed: draw again. */
  changed(): void;
}

export class BarsEditor implements Controller {
  /** The bar the keys act on. */
  selected = 0;
  /** Whether the canvas has focus (the selected bar is then outlined). */
  focused = false;
  private drawn: { f: Frame; g: BarsGeometry } | undefined;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly o: BarsOptions,
  ) {
    const c = canvas;
    c.addEventListener('pointerdown', (e) => {
      if (!o.bars()) return;
      c.setPointerCapture(e.pointerId);
      c.focus({ preventScroll: true });
      this.paint(e);
    });
    c.addEventListener('pointermove', (e) => {
      if (c.hasPointerCapture(e.pointerId)) this.paint(e);
    });
    const focus = (focused: boolean) => () => {
      this.focused = focused;
      o.changed();
    };
    c.addEventListener('focus', focus(true));
    c.addEventListener('blur', focus(false));
    c.addEventListener('keydown', (e) => {
      const bars = o.bars();
      const next = bars && barKey(bars, Math.min(this.selected, bars.length - 1), e);
      if (!bars || !next) return;
      e.preventDefault();
      this.selected = next.selected;
      if (next.bars[next.selected] !== bars[next.selected]) o.set(next.bars);
      else o.changed();
    });
    this.hostUpdated();
  }

  /** The geometry just drawn (for the pointer); the selection stays within the bars. */
  place(f: Frame, g: BarsGeometry | undefined): void {
    this.drawn = g && { f, g };
    this.selected = Math.max(0, Math.min(this.selected, (this.o.bars()?.length ?? 1) - 1));
  }

  /** Makes the canvas a focusable, editable control where the source has bars. */
  hostUpdated(): void {
    const c = this.canvas;
    const editable = this.o.bars() !== undefined;
    c.classList.toggle('editable', editable);
    if (editable) {
      c.tabIndex = 0;
      c.setAttribute('aria-roledescription', 'editable bars');
    } else {
      c.removeAttribute('tabindex');
      c.removeAttribute('aria-roledescription');
    }
  }

  private paint(e: PointerEvent): void {
    const bars = this.o.bars();
    if (!bars || !this.drawn) return;
    const rect = this.canvas.getBoundingClientRect();
    const { i, height } = barAt(this.drawn.g, this.drawn.f, e.clientX - rect.left, e.clientY - rect.top);
    const next = [...bars];
    next[i] = barHeight(height);
    this.selected = i;
    this.o.set(next);
  }
}
