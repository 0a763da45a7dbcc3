/**
 * `lumen build <folder> --out <dir>` as a teacher runs it, on a throwaway folder of two lessons:
 * one broken (exit code 1 and the engine's exact file:line line, no stack), then fixed (exit 0, a
 * self-contained site: home page listing both, each lesson page, the widget's chunk, fonts,
 * embed.js), then the good lesson in Chromium from a plain static server: its widget renders and
 * the console stays clean. The CLI runs as a child process, like `npx lumen` does.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  expectClean,
  launchChromium,
  openPage,
  ROOT,
  screenshot,
  settle,
  type LaunchedChromium,
  type StaticServer,
} from './harness';
import { startStaticServer } from './serve.mjs';

const SLOPES = `---
title: Slopes
track: Calculus warm-up
summary: The slope of a curve at a point, from rise over run.
aha: Zoom in far enough and a smooth curve is a line.
---

The curve is $f(x) = x^2$; its slope at $x_0$ is

$$
f'(x_0) = \\lim_{h \\to 0} \\frac{f(x_0 + h) - f(x_0)}{h}
$$

::derivative{#main f="x^2" x0=1 h=1}

Drag the point, or focus it and use the arrow keys.
`;

const shear = (matrix: string): string => `---
title: A shear
summary: One matrix moves the whole plane.
aha: The columns are where the basis vectors land.
order: 1
---

A matrix moves every point of the plane at once.

::plane{#main matrix="${matrix}"}
`;

function lumen(
  cwd: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/lumen.mjs'), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('lumen build on a folder of two lessons', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lumen-cli-'));
  const site = join(dir, 'site');
  let chromium: LaunchedChromium | undefined;
  let server: StaticServer | undefined;

  beforeAll(() => {
    mkdirSync(join(dir, 'my-lessons/calculus'), { recursive: true });
    writeFileSync(join(dir, 'my-lessons/calculus/slopes.md'), SLOPES);
    writeFileSync(join(dir, 'my-lessons/shear.md'), shear('1 1; 0'));
  });
  afterAll(async () => {
    await server?.close();
    await chromium?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a broken lesson: exit code 1, the exact file:line error, nothing built', async () => {
    const r = await lumen(dir, 'build', 'my-lessons', '--out', 'site');
    expect(r.stderr).toBe(
      'my-lessons/shear.md:10: ::plane: matrix="1 1; 0" (lesson): expected 2 rows of 2 numbers, like "1 2; 3 4" or "[[1,2],[3,4]]"\n',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(existsSync(site)).toBe(false);
  });

  test('fixed: exit code 0 and a self-contained site', async () => {
    writeFileSync(join(dir, 'my-lessons/shear.md'), shear('1 1; 0 1'));
    const r = await lumen(dir, 'build', 'my-lessons', '--out', 'site', '--title', 'Ms Rivera’s class');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Built 2 lessons into site\//);

    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home).toContain('<h1>Ms Rivera’s class</h1>');
    // `order: 1` first, in the default group; then the "Calculus warm-up" track.
    expect(home.indexOf('<a href="lessons/shear.html">A shear</a>')).toBeGreaterThan(0);
    expect(home.indexOf('<a href="lessons/calculus/slopes.html">Slopes</a>')).toBeGreaterThan(
      home.indexOf('lessons/shear.html'),
    );
    expect(home).toContain('<h2 id="track-calculus-warm-up-title">Calculus warm-up</h2>');
    // Not Lumen's site: no service worker, web manifest or icons of Lumen's (public/ stays out).
    expect(home).not.toContain('manifest');
    for (const f of ['sw.js', 'manifest.webmanifest', 'favicon.svg', 'icons'])
      expect(existsSync(join(site, f)), f).toBe(false);
    // …and its pages' script registers none (src/site.ts, built without LUMEN_SERVICE_WORKER).
    const script = /<script type="module" src="([^"]+)"><\/script>/.exec(home)?.[1];
    expect(script).toMatch(/^assets\/site-.+\.js$/);
    expect(readFileSync(join(site, script!), 'utf8')).not.toContain('serviceWorker');

    const slopes = readFileSync(join(site, 'lessons/calculus/slopes.html'), 'utf8');
    expect(slopes).toContain('<lumen-derivative id="main" f="x^2" x0="1" h="1">');
    expect(slopes).toContain('class="math-display"');
    expect(readFileSync(join(site, 'lessons/shear.html'), 'utf8')).toContain('<lumen-plane id="main"');
    // The derivative's own chunks, preloaded by its page, are in the site.
    const preloads = [...slopes.matchAll(/<link rel="modulepreload" href="\.\.\/\.\.\/([^"]+)">/g)].map(
      (m) => m[1]!,
    );
    expect(preloads.length).toBeGreaterThan(0);
    for (const f of preloads) expect(existsSync(join(site, f)), f).toBe(true);
    expect(existsSync(join(site, 'embed.js'))).toBe(true);
    expect(existsSync(join(site, 'embed.html'))).toBe(true);
    // The speaker view a teacher opens from presenter mode (W) is there too.
    expect(existsSync(join(site, 'presenter.html'))).toBe(true);
    expect(
      readdirSync(join(site, 'assets')).some(
        (f) => f.startsWith('KaTeX_Main-Regular') && f.endsWith('.woff2'),
      ),
    ).toBe(true);
  }, 240_000);

  test('the good lesson from a static server: the widget renders, the console is clean', async () => {
    server = await startStaticServer({ root: site });
    chromium = await launchChromium();
    const page = await openPage(chromium.browser, server.url('/lessons/calculus/slopes.html'), {
      width: 1280,
      height: 900,
    });
    await settle(page);
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('lumen-derivative')?.shadowRoot;
      return {
        defined: !!customElements.get('lumen-derivative'),
        parts: root?.querySelectorAll('svg, canvas').length ?? 0,
      };
    });
    expect(drawn.defined).toBe(true);
    expect(drawn.parts).toBeGreaterThan(0);
    await expect(page.locator('.lesson-track a').textContent()).resolves.toBe('Calculus warm-up');
    await screenshot(page, 'cli-own-lesson-1280');
    expectClean(page);
    await page.close();
  });
});
