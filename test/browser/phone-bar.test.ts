/**
 * On a phone a widget's main actions sit directly under its picture (review D8: lesson 10's Next
 * was about 480 px below the plot). At 390 px, for the widgets of lessons 10, 20, 21 and 24, the
 * primary button's top is less than 120 px below the picture's bottom; back at 1280 px the bar
 * returns to its place in the side panel.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean } from './harness';
import { frames } from './plane-driver';
import { useSite } from './widget-page';

const site = useSite();

/** Pixels from the bottom of `picture` to the top of `button`, both in the widget's shadow DOM. */
async function gap(page: Page, widget: string, picture: string, button: string): Promise<number> {
  await page.waitForFunction(
    ([w, b]) => !!document.querySelector(w!)?.shadowRoot?.querySelector(b!),
    [widget, button],
  );
  await page.locator(widget).scrollIntoViewIfNeeded();
  await frames(page, 2);
  const p = (await page.locator(`${widget} ${picture}`).first().boundingBox())!;
  const b = (await page.locator(`${widget} ${button}`).first().boundingBox())!;
  return b.y - (p.y + p.height);
}

const CASES = [
  {
    lesson: '/lessons/calculus/20-gradient-descent.html',
    widget: '#main',
    picture: '.plot',
    button: 'button[name="play"]',
  },
  {
    lesson: '/lessons/calculus/21-backprop-in-a-neural-network.html',
    widget: '#main',
    picture: '.plot',
    button: 'button[name="play"]',
  },
  {
    lesson: '/lessons/classic-ml/24-k-means.html',
    widget: '#main',
    picture: '.plot',
    button: 'button[name="play"]',
  },
  {
    lesson: '/lessons/linear-algebra/10-svd-and-pca.html',
    widget: '#svd',
    picture: '.plot',
    button: 'button[name="play"]',
  },
  {
    lesson: '/lessons/linear-algebra/10-svd-and-pca.html',
    widget: '#guess',
    picture: '.plot',
    // The question's words come first, then Reveal: the panel holding both starts under the plot.
    button: '.predict:has(button[name="reveal"])',
  },
] as const;

describe('the control bar on a phone', () => {
  it(
    'sits under the picture at 390 px (lessons 10, 20, 21, 24) and goes back at 1280 px',
    { timeout: 120_000 },
    async () => {
      const far: string[] = [];
      let open: { path: string; page: Awaited<ReturnType<typeof site.open>> } | undefined;
      for (const c of CASES) {
        if (open?.path !== c.lesson) {
          if (open) {
            expectClean(open.page);
            await open.page.close();
          }
          open = { path: c.lesson, page: await site.open(c.lesson, { width: 390, height: 844 }) };
        }
        const d = await gap(open.page, c.widget, c.picture, c.button);
        if (!(d >= 0 && d < 120)) far.push(`${c.lesson} ${c.widget} ${c.button}: ${d.toFixed(0)} px`);
      }
      expect(far).toEqual([]);
      // Wide again, on the last page (lesson 10: its side panel is the clearest case).
      const page = open!.page;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.waitForFunction(
        () =>
          !!document
            .querySelector('#svd')
            ?.shadowRoot?.querySelector('.svd-panel .time-row:not(.under-picture)'),
      );
      const inPanel = await page.$eval('#svd', (el) => {
        const row = el.shadowRoot!.querySelector('.time-row')!;
        return row.previousElementSibling?.className;
      });
      expect(inPanel).toBe('stages');
      expectClean(page);
      await page.close();
    },
  );
});
