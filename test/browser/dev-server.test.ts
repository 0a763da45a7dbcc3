/**
 * `npm run dev`: vite's dev server serves the whole site from the sources (home, a lesson with a
 * working widget, embed.html); editing a lesson reloads the open page; a broken lesson shows its
 * `file:line` problem in the page (vite's error overlay), and fixing it brings the page back.
 * The server reads a throwaway copy of lessons/ (LUMEN_LESSONS_ROOT), never the real lessons.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, ROOT, screenshot, settle, type LaunchedChromium } from './harness';

const LESSON = 'lessons/calculus/17-the-derivative.md';
const PAGE = '/lessons/calculus/17-the-derivative.html';

let server: ViteDevServer | undefined;
let chromium: LaunchedChromium | undefined;
let copy = '';
let origin = '';

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'lumen-dev-'));
  cpSync(join(ROOT, 'lessons'), join(copy, 'lessons'), { recursive: true });
  // vite.config.ts reads it while createServer loads the config, in this process only.
  process.env.LUMEN_LESSONS_ROOT = copy;
  try {
    server = await createServer({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      configLoader: 'runner',
      logLevel: 'silent',
      clearScreen: false,
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
  } finally {
    delete process.env.LUMEN_LESSONS_ROOT;
  }
  await server.listen();
  origin = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Rewrites the copied lesson and returns the 1-based line of `marker` in it. */
function editLesson(edit: (text: string) => string, marker: string): number {
  const file = join(copy, LESSON);
  const text = edit(readFileSync(file, 'utf8'));
  writeFileSync(file, text);
  return text.slice(0, text.indexOf(marker)).split('\n').length;
}

/** The page at `path` as the dev server sends it (vite's client script included). */
async function fetchPage(path: string): Promise<string> {
  const res = await fetch(`${origin}${path}`);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe('npm run dev', () => {
  it('serves the home page, every lesson and embed.html from the sources', async () => {
    const home = await fetchPage('/');
    expect(home.match(/<section class="track" /g)).toHaveLength(5);
    expect(home).toContain('<script type="module" src="/src/site.ts"></script>');
    const lessons = [...home.matchAll(/<a href="(lessons\/[^"]+\.html)">/g)].map((m) => m[1]!);
    expect(lessons).toContain(PAGE.slice(1));
    for (const path of lessons) expect(await fetchPage(`/${path}`)).toContain('<body class="page-lesson">');
    expect(await fetchPage('/embed.html')).toContain('<script type="module" src="src/frame.ts"></script>');
    expect((await fetch(`${origin}/lessons/calculus/99-nothing.html`)).status).toBe(404);
  });

  it('a lesson works; a broken edit shows its file:line in the open page; the fix brings it back', async () => {
    const page = await openPage(chromium!.browser, `${origin}${PAGE}`, { waitUntil: 'load' });
    await settle(page, 30_000);
    const state = await page.$eval('#main', (el) => (el as HTMLElement & { state: { x0: number } }).state);
    expect(state.x0).toBe(1);

    // A broken directive: the open page reloads by itself and shows the engine's `file:line: …`.
    const line = editLesson(
      (t) => t.replace('::derivative{#main ', '::derivative{#main wobble=3 '),
      'wobble=3',
    );
    const overlay = page.locator('vite-error-overlay .message-body');
    await overlay.waitFor({ timeout: 15_000 });
    const message = await overlay.innerText();
    expect(message).toContain(`${LESSON}:${line}: ::derivative: `);
    expect(message).toContain('wobble');
    await screenshot(page, 'dev-build-error', false);

    // Fixed (and the prose edited): the page comes back by itself, with the edit and its widget.
    const said = 'Edited while the page was open.';
    editLesson((t) => t.replace(' wobble=3', '').replace(/^## (.*)$/m, `## $1\n\n${said}`), said);
    await page.getByText(said).waitFor({ timeout: 15_000 });
    await settle(page, 30_000);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    // The only problems: the error page's own 500 and the favicon.ico that vite's bare page asks for.
    const expected = [
      `HTTP 500: ${origin}${PAGE}`,
      `status of 500 (Internal Server Error) (${origin}${PAGE}:0)`,
      `(${origin}/favicon.ico:0)`,
    ];
    expect(page.problems().filter((p) => !expected.some((e) => p.endsWith(e)))).toEqual([]);
    await page.close();
  });
});
