/**
 * `ActionBar`: on a phone a widget's main actions (Play, Step, Back, Next, Reveal) sit directly
 * under its picture, so the learner watches the picture while pressing them (review D8: lesson
 * 10's Next was about 480 px below the plot, under the formula and the step list).
 *
 * While the widget is narrower than `narrow` CSS px (where its layout stacks), each bar is moved to
 * just after the picture, in the order given, and gets the class `under-picture` (a compact look,
 * in `BASE_WIDGET_CSS`); wider, each goes back to the place the widget's DOM gave it. The nodes
 * move (rather than CSS `order`), so the Tab order stays the order the eye sees. The first
 * placement happens as the widget connects, before it is painted, so a phone sees no layout shift.
 *
 * @example
 * this.use(new ActionBar(this, dom.plot, [dom.timeRow], 620));
 */
import type { Controller } from './widget-element';

/** Where the widgets stack their picture and side panel (`@container (min-width: 620px)`). */
export const NARROW_WIDGET = 620;

export class ActionBar implements Controller {
  private readonly homes: Comment[];
  private observer: ResizeObserver | undefined;
  private under = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly picture: HTMLElement,
    private readonly bars: readonly HTMLElement[],
    private readonly narrow = NARROW_WIDGET,
  ) {
    this.homes = bars.map(() => document.createComment('action bar'));
  }

  /** True while the bars sit under the picture. */
  get underPicture(): boolean {
    return this.under;
  }

  hostConnected(): void {
    this.place(this.host.getBoundingClientRect().width);
    this.observer ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width;
      if (width !== undefined) this.place(width);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Puts the bars under the picture below `narrow` px of widget width, else back home. */
  place(width: number): void {
    // A widget not laid out yet (width 0: hidden, or not in a rendered tree) keeps its place.
    const under = width > 0 && width < this.narrow;
    if (under === this.under) return;
    this.under = under;
    if (under) {
      let after: Element = this.picture;
      this.bars.forEach((bar, k) => {
        bar.before(this.homes[k]!);
        after.after(bar);
        after = bar;
        bar.classList.add('under-picture');
      });
    } else
      this.bars.forEach((bar, k) => {
        const home = this.homes[k]!;
        home.replaceWith(bar);
        bar.classList.remove('under-picture');
      });
  }
}
