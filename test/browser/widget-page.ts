/**
 * What the lesson tests share: one static server of the built site and one Chromium per test
 * file, opening a lesson in a fresh page, and reading a widget once it is built.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchChromium,
  openPage,
  serveDist,
  type LaunchedChromium,
  type LumenPage,
  type PageOptions,
  type StaticServer,
} from './harness';
import type { Route } from './serve.mjs';
import { frames } from './plane-driver';

export interface Site {
  /** Opens `path` of the built site (LUMEN_DIST, else dist) in a fresh page. */
  open(path: string, options?: PageOptions): Promise<LumenPage>;
  readonly server: StaticServer;
  readonly chromium: LaunchedChromium;
}

/**
 * Starts the server (with any extra `routes`, e.g. a blog page that embeds a widget) and Chromium
 * before the file's tests and stops both after them. Call it at the top level of a test file.
 */
export function useSite(routes: Record<string, Route> = {}): Site {
  let server: StaticServer | undefined;
  let chromium: LaunchedChromium | undefined;
  beforeAll(async () => {
    server = await serveDist(undefined, routes);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  const site: Site = {
    open: (path, options = {}) => openPage(site.chromium.browser, site.server.url(path), options),
    get server(): StaticServer {
      if (!server) throw new Error('the site is not served yet: use it inside a test');
      return server;
    },
    get chromium(): LaunchedChromium {
      if (!chromium) throw new Error('Chromium is not launched yet: use it inside a test');
      return chromium;
    },
  };
  return site;
}

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
