/**
 * The harness itself: if the server or the problem recorder were wrong, every other browser test
 * could pass for the wrong reason. Runs on a scratch directory, not on dist/.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectClean,
  launchChromium,
  openPage,
  screenshot,
  serveDist,
  type LaunchedChromium,
  type StaticServer,
} from './harness';
import { decodePng, diffPng } from './png';
import { resolveInside } from './serve.mjs';

let dir: string;
let server: StaticServer;
let chromium: LaunchedChromium;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lumen-harness-'));
  await mkdir(join(dir, 'sub'));
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><title>root</title><link rel="icon" href="data:,"><p>root</p>',
  );
  await writeFile(
    join(dir, 'sub/index.html'),
    '<!doctype html><title>sub</title><link rel="icon" href="data:,"><p>sub</p>',
  );
  await writeFile(join(dir, 'a.js'), 'export const a = 1;');
  await writeFile(join(dir, 'font.woff2'), 'x');
  await writeFile(join(dir, 'secret.txt'), 'inside');
  await writeFile(join(tmpdir(), 'lumen-outside.txt'), 'TOKEN-FROM-OUTSIDE');
  server = await serveDist(dir, {
    '/extra/': join(dir, 'sub'),
    '/scratch.html': {
      body: `<!doctype html><link rel="icon" href="data:,"><style>html,body{margin:0;background:#0000ff}</style>
        <script>console.warn('a warning'); console.error('an error'); console.log('fine');
        setTimeout(() => { throw new Error('boom'); }, 0);</script><img src="/missing.png" alt="">`,
    },
    '/blue.html': {
      body: '<!doctype html><link rel="icon" href="data:,"><style>html,body{margin:0;background:#0000ff}</style>',
    },
  });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
  await rm(join(tmpdir(), 'lumen-outside.txt'), { force: true });
});

async function get(
  path: string,
): Promise<{ status: number; type: string | null; body: string; location: string | null }> {
  const res = await fetch(server.url() + path.replace(/^\//, ''), { redirect: 'manual' });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: await res.text(),
    location: res.headers.get('location'),
  };
}

describe('static server', () => {
  it('serves files with their MIME types and directories as index.html', async () => {
    expect((await get('/a.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get('/font.woff2')).type).toBe('font/woff2');
    expect((await get('/')).body).toContain('root');
    expect((await get('/sub/')).body).toContain('sub');
    expect(await get('/sub')).toMatchObject({ status: 301, location: '/sub/' });
    expect((await get('/extra/index.html')).body).toContain('sub');
    expect((await get('/scratch.html')).type).toBe('text/html; charset=utf-8');
  });

  it('answers 404 for missing files and never leaves its root', async () => {
    expect((await get('/nope.html')).status).toBe(404);
    for (const path of [
      '/../lumen-outside.txt',
      '/%2e%2e/lumen-outside.txt',
      '/sub/%2e%2e%2f%2e%2e%2flumen-outside.txt',
      '/%2e%2e%5clumen-outside.txt',
      '/%00',
    ]) {
      const res = await get(path);
      expect(res.body, path).not.toContain('TOKEN-FROM-OUTSIDE');
      expect(res.status, path).toBeGreaterThanOrEqual(400);
    }
    expect(resolveInside(dir, '/../lumen-outside.txt')).toBeUndefined();
    expect(resolveInside(dir, '/sub/%2e%2e/%2e%2e/lumen-outside.txt')).toBeUndefined();
    expect(resolveInside(dir, '/%E0%A4%A')).toBeUndefined();
    expect(resolveInside(dir, '/sub/../a.js')).toBe(join(dir, 'a.js'));
    // fetch() normalises "/../" itself, so send a raw request line too.
    const { request } = await import('node:http');
    const raw = await new Promise<{ status: number; body: string }>((ok, fail) => {
      const req = request(server.url(), { path: '/../lumen-outside.txt' }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', fail);
      req.end();
    });
    expect(raw.body).not.toContain('TOKEN-FROM-OUTSIDE');
  });
});

describe('page problems', () => {
  it('records console errors and warnings, uncaught errors and failed requests', async () => {
    const page = await openPage(chromium.browser, server.url('/scratch.html'));
    await page.waitForTimeout(50);
    const problems = page.problems().join('\n');
    expect(problems).toContain('console.warning: a warning');
    expect(problems).toContain('console.error: an error');
    expect(problems).toContain('uncaught: boom');
    expect(problems).toMatch(/HTTP 404: .*missing\.png/);
    expect(problems).not.toContain('fine');
    expect(() => expectClean(page)).toThrow();
    page.clearProblems();
    expectClean(page);
    await page.close();
  });

  it('takes screenshots that decode to the pixels on screen', async () => {
    const page = await openPage(chromium.browser, server.url('/blue.html'), { width: 320, height: 200 });
    expectClean(page);
    const png = await screenshot(page, 'harness-blue', false);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([320, 200]);
    expect([...image.rgba.subarray(0, 4)]).toEqual([0, 0, 255, 255]);
    expect(diffPng(png, png).different).toBe(0);
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.style.cssText = 'position:fixed;left:20px;top:20px;width:10px;height:10px;background:#fff';
      document.body.append(d);
    });
    const square = await page.screenshot();
    expect(diffPng(png, square).different).toBe(100);
    expect(diffPng(png, square, { radius: 1 }).different, 'new content is never a shift').toBe(100);
    await page.evaluate(() => void (document.querySelector('div')!.style.left = '21px'));
    const shifted = await page.screenshot();
    expect(diffPng(square, shifted).different).toBe(20);
    expect(diffPng(square, shifted, { radius: 1 }).different, 'a one-pixel shift is absorbed').toBe(0);
    const shorter = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 199 } });
    expect(diffPng(shifted, shorter).ratio, 'sizes differ: all different without a radius').toBe(1);
    expect(diffPng(shifted, shorter, { radius: 1 }).different, 'one row fewer: only that row differs').toBe(
      320,
    );
    await page.close();
  });
});
