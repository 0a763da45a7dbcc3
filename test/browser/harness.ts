/**
 * What every browser test needs: the built site on a local server, one Chromium per test file,
 * pages that remember every console error/warning, uncaught error and failed request (the
 * project's rule: a test fails on any of them), and screenshots under test-results/screens/.
 *
 * @example
 * const server = await serveDist();
 * const chromium = await launchChromium();
 * const page = await openPage(chromium.browser, server.url('/index.html'), { width: 360, height: 740 });
 * expectClean(page);
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  launchChromium as launch,
  startStaticServer,
  type LaunchedChromium,
  type Route,
  type StaticServer,
} from './serve.mjs';

export type { LaunchedChromium, StaticServer };

/** The repository root, whatever directory vitest was started from. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const SCREENS = join(ROOT, 'test-results/screens');

/** Serves `dir` (relative to the repository root) plus extra `routes` on 127.0.0.1. */
/** Serves the built site; `LUMEN_DIST=/tmp/x-dist` makes every test use another build than dist/. */
export function serveDist(
  dir = process.env.LUMEN_DIST || 'dist',
  routes: Record<string, Route> = {},
): Promise<StaticServer> {
  const resolved: Record<string, Route> = {};
  for (const [prefix, target] of Object.entries(routes))
    resolved[prefix] = typeof target === 'string' ? resolve(ROOT, target) : target;
  return startStaticServer({ root: resolve(ROOT, dir), routes: resolved });
}

export function launchChromium(): Promise<LaunchedChromium> {
  return launch();
}

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  hasTouch?: boolean;
  /** A phone's browser (meta viewport honoured, touch scrolling as on a phone). */
  isMobile?: boolean;
  /** Device pixels per CSS pixel (default 1); 2 is a laptop's or phone's screen. */
  deviceScaleFactor?: number;
  /** Runs in the page before any of its scripts (e.g. to count requestAnimationFrame calls). */
  initScript?: string | (() => void);
  /** How long to wait for the load event; the default waits for the network to go idle too. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /**
   * 'block' (the default): the site's offline service worker is not registered, or every test
   * page's fresh context would download and cache the whole site (~14 MB) in the background.
   * The offline test (pwa.test.ts) allows it.
   */
  serviceWorkers?: 'allow' | 'block';
  /** False: the page as its markup only (no script runs). */
  javaScriptEnabled?: boolean;
}

export interface LumenPage extends Page {
  /** Every console error/warning, uncaught error, failed request and HTTP >= 400 so far. */
  problems(): string[];
  /** Forgets what `problems()` collected (for a test that provokes an expected one). */
  clearProblems(): void;
}

/**
 * Chromium's own note when it reads a software-WebGL frame back for its software compositor (how
 * headless Chromium here shows any WebGL canvas, e.g. <lumen-space>): "[.WebGL-…]GL Driver Message
 * (OpenGL, Performance, GL_CLOSE_PATH_NV, High): GPU stall due to ReadPixels", up to four times per
 * browser. It says nothing about the page. (Naming SwiftShader with --use-angle would silence it,
 * but turns on SwiftShader GPU compositing, which costs every frame of every widget ~15 ms more.)
 */
const CHROMIUM_READBACK_NOTE =
  /^\[\.WebGL-[^\]]*\]GL Driver Message \(OpenGL, Performance, [^)]*\): GPU stall due to ReadPixels/;

/** Playwright's own note where `serviceWorkers: 'block'` stops a registration (see PageOptions). */
const BLOCKED_WORKER_NOTE = 'Service Worker registration blocked by Playwright';

/**
 * Makes `page` remember every console error/warning, uncaught error, failed request and HTTP
 * status >= 400 from now on (openPage does it for its pages; a test with its own context calls it).
 */
export function watchProblems(page: Page): LumenPage {
  const watched = page as LumenPage;
  const found: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    if (CHROMIUM_READBACK_NOTE.test(msg.text()) || msg.text() === BLOCKED_WORKER_NOTE) return;
    const where = msg.location();
    found.push(
      `console.${msg.type()}: ${msg.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`,
    );
  });
  page.on('pageerror', (err) => found.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? '?';
    // The browser fetches the tab's icon on its own after load and drops it when the page
    // navigates or reloads meanwhile: not the page's failure.
    if (why === 'net::ERR_ABORTED' && /\/favicon\.svg$/.test(req.url())) return;
    found.push(`request failed: ${req.url()} (${why})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) found.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  watched.problems = () => [...found];
  watched.clearProblems = () => void found.splice(0);
  return watched;
}

/** Opens `url` in a fresh context (empty cache and storage); closing the page closes the context. */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<LumenPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    serviceWorkers: options.serviceWorkers ?? 'block',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = watchProblems(await context.newPage());
  page.on('close', () => void context.close().catch(() => undefined));
  const response = await page.goto(url, { waitUntil: options.waitUntil ?? 'networkidle' });
  // Say it plainly when the page itself is missing (e.g. dist/ rebuilt while the tests ran).
  if (response && response.status() >= 400) throw new Error(`HTTP ${response.status()} for ${url}`);
  return page;
}

/**
 * Waits until the page is what a person would see: fonts loaded, every `lumen-*` element on it
 * defined, and two frames drawn. Throws (naming the tags) if a widget never gets defined.
 */
export async function settle(page: Page, timeoutMs = 10_000): Promise<void> {
  const missing = await page.evaluate(async (limit) => {
    const tags = new Set(
      [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('lumen-')),
    );
    const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), limit));
    const defined = Promise.all([...tags].map((t) => customElements.whenDefined(t)));
    if ((await Promise.race([defined, timeout])) === 'timeout')
      return [...tags].filter((t) => !customElements.get(t));
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await document.fonts.ready;
    return [];
  }, timeoutMs);
  if (missing.length) throw new Error(`never defined on ${page.url()}: ${missing.join(', ')}`);
}

/** Fails the test with the list of problems the page reported, if any. */
export function expectClean(page: LumenPage, what = page.url()): void {
  expect(page.problems(), `problems on ${what}`).toEqual([]);
}

/**
 * Saves a PNG under test-results/screens/<name>.png and returns its bytes. Full-page captures are
 * for a human to look at, and cost seconds each on a long lesson, so they are taken only with
 * LUMEN_SCREENS=1 (without it this returns no bytes); a viewport capture (`fullPage` false) is
 * always taken, since tests read its pixels.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<Buffer> {
  if (fullPage && !process.env.LUMEN_SCREENS) return Buffer.alloc(0);
  await mkdir(SCREENS, { recursive: true });
  return page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage, animations: 'disabled' });
}

/** Saves a PNG of one element under test-results/screens/<name>.png and returns its bytes. */
export async function screenshotElement(page: Page, selector: string, name: string): Promise<Buffer> {
  await mkdir(SCREENS, { recursive: true });
  return page.locator(selector).screenshot({ path: join(SCREENS, `${name}.png`), animations: 'disabled' });
}
