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
