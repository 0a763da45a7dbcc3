/**
 * The one server/browser fixture for browser tests: a static server of the built site (with any
 * extra routes) and one Chromium per test file, started before the file's tests and stopped after
 * them, and pages opened in fresh contexts.
 *
 * @example
 * const site = useSite({ '/blank.html': { body: '<script type="module" src="/embed.js"></script>' } });
 * it('…', async () => {
 *   const page = await site.open('/blank.html', { colorScheme: 'dark' });
 *   site.server.url('/embed.js'); // the served address of a path
 * });
 */
import { afterAll, beforeAll } from 'vitest';
import {
  launchChromium,
  openPage,
  serveDist,
  type LaunchedChromium,
  type LumenPage,
  type PageOptions,
  type StaticServer,
} from '../browser/harness';
import type { Route } from '../browser/serve.mjs';

export interface Site {
  /** Opens `path` of the built site (LUMEN_DIST, else dist) in a fresh page. */
  open(path: string, options?: PageOptions): Promise<LumenPage>;
  readonly server: StaticServer;
  readonly chromium: LaunchedChromium;
}

/**
 * Starts the server of `root` (default LUMEN_DIST, else dist; with any extra `routes`, e.g. a
 * blog page that embeds a widget) and Chromium
 * before the file's tests and stops both after them. Call it at the top level of a test file.
 */
export function useSite(routes: Record<string, Route> = {}, root?: string): Site {
  let server: StaticServer | undefined;
  let chromium: LaunchedChromium | undefined;
  beforeAll(async () => {
    server = await serveDist(root, routes);
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
