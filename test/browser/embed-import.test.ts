/**
 * `import 'lumen/embed'` for people who bundle: from a throwaway project whose node_modules/lumen
 * is this package, Node's resolver finds the `exports` entries, Vite bundles a one-line entry with
 * the `lumen/vite` plugins, and in Chromium the page's `<lumen-plane>` gets defined and drawn.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type PluginOption } from 'vite';
import { afterAll, describe, expect, test } from 'vitest';
import { expectClean, launchChromium, openPage, ROOT, settle, type LaunchedChromium } from './harness';
import { startStaticServer, type StaticServer } from './serve.mjs';

describe("a bundler user's import 'lumen/embed'", () => {
  const dir = mkdtempSync(join(tmpdir(), 'lumen-import-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules/lumen'), 'dir');
  const require = createRequire(join(dir, 'main.js'));
  let chromium: LaunchedChromium | undefined;
  let server: StaticServer | undefined;
  afterAll(async () => {
    await server?.close();
    await chromium?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the package exports resolve with node’s resolver', () => {
    expect(require.resolve('lumen/embed')).toBe(join(ROOT, 'src/embed.ts'));
    expect(require.resolve('lumen')).toBe(join(ROOT, 'src/embed.ts'));
    expect(require.resolve('lumen/vite')).toBe(join(ROOT, 'bin/vite-plugin.mjs'));
    expect(() => require.resolve('lumen/src/site.ts')).toThrow(/not defined by "exports"/);
  });

  test('Vite bundles it, and the page’s widget is defined and drawn', async () => {
    writeFileSync(join(dir, 'main.js'), "import 'lumen/embed';\n");
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My post</title>' +
        '<link rel="icon" href="data:,"><script type="module" src="./main.js"></script></head>' +
        '<body><main><lumen-plane matrix="1 1; 0 1"></lumen-plane></main></body></html>\n',
    );
    const plugin = (await import(pathToFileURL(require.resolve('lumen/vite')).href)) as {
      default: () => PluginOption;
    };
    await build({
      root: dir,
      configFile: false,
      logLevel: 'error',
      base: './',
      build: { outDir: join(dir, 'out'), sourcemap: false },
      plugins: [plugin.default()],
    });
    const chunks = readdirSync(join(dir, 'out/assets')).filter((f) => f.endsWith('.js'));
    const code = chunks.map((f) => readFileSync(join(dir, 'out/assets', f), 'utf8')).join('\n');
    expect(code).toContain('lumen-plane');
    expect(code).toMatch(/customElements\.define\(/);

    server = await startStaticServer({ root: join(dir, 'out') });
    chromium = await launchChromium();
    const page = await openPage(chromium.browser, server.url('/index.html'), { width: 1000, height: 800 });
    await settle(page);
    const parts = await page.evaluate(
      () => document.querySelector('lumen-plane')?.shadowRoot?.querySelectorAll('svg, canvas').length ?? 0,
    );
    expect(parts).toBeGreaterThan(0);
    expectClean(page);
    await page.close();
  }, 240_000);
});
