/**
 * Offline and installable (issue 13): the built site, loaded once, registers its service worker
 * (dist/sw.js, served as JavaScript with the whole site as its scope), which precaches every page,
 * chunk, font, data file and icon; then, with the network gone, a lesson never visited opens and
 * its widget works. The web manifest is linked, valid for Chromium, and names the app's icons.
 * Where service workers are refused, the site works as before, with a clean console. A new build
 * waits until the open pages close, which keep working on their own build meanwhile.
 *
 * The server serves a copy of the build, so that the last test can put a "new build" in place.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { expectClean, ROOT, settle, watchProblems } from './harness';
import { useSite } from './widget-page';

const COPY = mkdtempSync(join(tmpdir(), 'lumen-sw-'));
cpSync(resolve(ROOT, process.env.LUMEN_DIST || 'dist'), COPY, { recursive: true });
afterAll(() => rmSync(COPY, { recursive: true, force: true }));
const site = useSite({}, COPY);

interface SamplerView extends HTMLElement {
  readonly summary: { count: number; running: boolean };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('offline and installable', () => {
  it('sw.js is served as JavaScript at the root of the site', async () => {
    const res = await fetch(site.server.url('/sw.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    const source = await res.text();
    expect(source).toContain('precacheAndRoute');
    // The update policy (vite.config.ts): a new build's worker never takes over open pages by
    // itself; it waits (skipWaiting only on a page's explicit message, which Lumen never sends).
    expect(source).toContain('clientsClaim()');
    expect(source.replace(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/, '')).not.toContain(
      'skipWaiting',
    );
  });

  it('once loaded, the site works offline: a lesson never visited opens and its widget draws', async () => {
    const context: BrowserContext = await site.chromium.browser.newContext({ serviceWorkers: 'allow' });
    try {
      const home = watchProblems(await context.newPage());
      await home.goto(site.server.url('/index.html'));
      // `ready` settles once the worker is active, that is after it has cached the whole site.
      const worker = await home.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((done) =>
            navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
          );
        const cached = new Set<string>();
        for (const name of await caches.keys())
          for (const req of await (await caches.open(name)).keys()) cached.add(new URL(req.url).pathname);
        return {
          scope: registration.scope,
          script: navigator.serviceWorker.controller!.scriptURL,
          cached: [...cached],
        };
      });
      expect(worker.scope).toBe(site.server.url('/'));
      expect(worker.script).toBe(site.server.url('/sw.js'));
      for (const path of [
        '/index.html',
        '/embed.html',
        '/embed.js',
        '/lessons/probability/11-chance-and-large-numbers.html',
        '/data/sotu-corpus.bin',
        '/data/mnist-digits.bin',
        '/manifest.webmanifest',
        '/icons/icon-512.png',
      ])
        expect(worker.cached, path).toContain(path);
      expect(worker.cached.some((p) => /^\/assets\/KaTeX_Main-Regular-[\w-]+\.woff2$/.test(p))).toBe(true);
      expect(worker.cached.filter((p) => p.endsWith('.map'))).toEqual([]);
      expectClean(home, 'the home page registering the worker');

      await context.setOffline(true);
      const lesson = watchProblems(await context.newPage());
      // ?theme=dark: an address with settings still finds its cached page.
      await lesson.goto(site.server.url('/lessons/probability/11-chance-and-large-numbers.html?theme=dark'));
      await settle(lesson);
      expect(await lesson.locator('html').getAttribute('data-theme')).toBe('dark');
      await lesson.locator('#main button[name="draw100"]').click();
      await lesson.waitForFunction(
        () => {
          const s = (document.querySelector('#main') as SamplerView | null)?.summary;
          return s !== undefined && !s.running && s.count === 100;
        },
        undefined,
        { timeout: 15_000 },
      );
      expectClean(lesson, 'lesson 11 offline');
    } finally {
      await context.close();
    }
  });

  it('the web manifest is linked, valid, and names a start page and the 192 and 512 px icons', async () => {
    const page = await site.open('/lessons/calculus/17-the-derivative.html');
    const href = await page.locator('link[rel="manifest"]').evaluate((l) => (l as HTMLLinkElement).href);
    expect(href).toBe(site.server.url('/manifest.webmanifest'));
    // Chromium's own reading of it: no errors, and what the install prompt uses.
    const cdp = await page.context().newCDPSession(page);
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
    expect(errors).toEqual([]);
    const res = await fetch(href);
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await res.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toMatch(/^Lumen/);
    expect(manifest.short_name).toBe('Lumen');
    expect(manifest.display).toBe('standalone');
    expect(new URL(manifest.start_url, href).href).toBe(site.server.url('/index.html'));
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    expect(pngs.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of pngs) {
      const file = await fetch(new URL(icon.src, href));
      expect(file.headers.get('content-type'), icon.src).toBe('image/png');
      expect(pngSize(Buffer.from(await file.arrayBuffer())).join('x'), icon.src).toBe(icon.sizes);
    }
    expectClean(page);
    await page.close();
  });

  it('a new build waits until the open pages close; they keep working on their own build', async () => {
    const context: BrowserContext = await site.chromium.browser.newContext({ serviceWorkers: 'allow' });
    try {
      const page = watchProblems(await context.newPage());
      await page.goto(site.server.url('/index.html'));
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((done) =>
            navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
          );
      });
      // A new build on the server: its worker precaches one more file.
      writeFileSync(join(COPY, 'build-2.txt'), 'build 2\n');
      const sw = readFileSync(join(COPY, 'sw.js'), 'utf8');
      expect(sw).toContain('precacheAndRoute([');
      writeFileSync(
        join(COPY, 'sw.js'),
        sw.replace('precacheAndRoute([', 'precacheAndRoute([{url:"build-2.txt",revision:"2"},'),
      );
      const found = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
        const fresh = registration.installing ?? registration.waiting;
        if (fresh && fresh.state === 'installing')
          await new Promise((done) => fresh.addEventListener('statechange', done));
        return { waiting: registration.waiting?.state, controlled: !!navigator.serviceWorker.controller };
      });
      expect(found, 'the new worker installed and waits; the page keeps the old one').toEqual({
        waiting: 'installed',
        controlled: true,
      });
      // Offline, the open page still loads a widget it had not used, from its own build's cache.
      await context.setOffline(true);
      await page.evaluate(() =>
        document.querySelector('main')!.append(document.createElement('lumen-bayes')),
      );
      await page.waitForFunction(
        () => !!document.querySelector('lumen-bayes')?.shadowRoot?.querySelector('canvas'),
        undefined,
        { timeout: 15_000 },
      );
      expectClean(page, 'the open page while a new build waits');
      await context.setOffline(false);

      // Every Lumen page closed: the next visit runs the new build, with its files cached.
      await page.close();
      const next = watchProblems(await context.newPage());
      await next.goto(site.server.url('/index.html'));
      await next.waitForFunction(
        async () => {
          const registration = await navigator.serviceWorker.ready;
          if (registration.waiting) return false;
          for (const name of await caches.keys())
            if (await (await caches.open(name)).match(new URL('build-2.txt', location.href).href))
              return true;
          return false;
        },
        undefined,
        { timeout: 30_000, polling: 250 },
      );
      expectClean(next, 'the next visit, on the new build');
    } finally {
      await context.close();
    }
  });

  it('where service workers are refused, the site works as before', async () => {
    const page = await site.open('/index.html', {
      serviceWorkers: 'allow',
      // A sandboxed frame, or a browser that denies them: reading navigator.serviceWorker throws.
      initScript: () => {
        Object.defineProperty(Navigator.prototype, 'serviceWorker', {
          configurable: true,
          get() {
            throw new DOMException('Access to service workers is denied in this context.', 'SecurityError');
          },
        });
      },
    });
    await settle(page);
    await page.locator('h1').click();
    await page.keyboard.press('t');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expectClean(page);
    await page.close();
  });
});
