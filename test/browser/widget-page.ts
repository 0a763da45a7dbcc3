/**
 * What the widget and lesson tests share: reading a widget once it is built (the server/browser
 * fixture, useSite, lives in test/helpers/site.ts and is re-exported here).
 */
import type { Page } from 'playwright-core';
import { frames } from './plane-driver';

export { useSite, type Site } from '../helpers/site';

/** A copy of the widget's `state` (through JSON, so it is plain data on this side). */
export function readState<T = Record<string, unknown>>(page: Page, selector: string): Promise<T> {
  return page.$eval(
    selector,
    (el) => JSON.parse(JSON.stringify((el as HTMLElement & { state: unknown }).state)) as T,
  );
}

/**
 * Waits until the widget has built its shadow DOM (it holds `part`) and drawn, and brings it into
 * view.
 */
export async function whenReady(page: Page, selector: string, part = 'canvas'): Promise<void> {
  await page.waitForFunction(
    ([s, p]) => !!document.querySelector(s!)?.shadowRoot?.querySelector(p!),
    [selector, part],
  );
  await page.locator(selector).scrollIntoViewIfNeeded();
  await frames(page, 2);
}

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Switches the open page to `theme` in place, as a reader does (the `t` key), and shows every
 * widget once so that each redraws in the new colours (widgets draw only while on screen). Far
 * cheaper than loading the page again per theme, and it exercises the live switch too.
 */
export async function showTheme(page: Page, wanted: Theme): Promise<void> {
  for (
    let i = 0;
    i < THEMES.length && (await page.locator('html').getAttribute('data-theme')) !== wanted;
    i++
  )
    await page.keyboard.press('t');
  const now = await page.locator('html').getAttribute('data-theme');
  if (now !== wanted) throw new Error(`the t key did not reach the ${wanted} theme (at ${now})`);
  await page.evaluate(async () => {
    const frames = (): Promise<unknown> =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (const el of document.querySelectorAll('*'))
      if (el.localName.startsWith('lumen-')) {
        el.scrollIntoView({ block: 'center' });
        await frames();
        // A formula re-typesets in the new colours on a short throttle.
        await new Promise((done) => setTimeout(done, 50));
      }
    scrollTo(0, 0);
    await frames();
    // Buttons fade their colours (0.12 s): a check right away would read the colours midway.
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    );
  });
}
