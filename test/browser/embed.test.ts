/**
 * Embedding, as a blogger does it: one script tag in a page that is not ours. The widget must
 * work and look the same under hostile global CSS, download only its own code, find its files
 * wherever embed.js lives (another directory, another origin), survive a second copy of the
 * script, and the iframe page must work for hosts that allow no scripts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import {
  expectClean,
  launchChromium,
  openPage,
  screenshot,
  screenshotElement,
  serveDist,
  settle,
  type LaunchedChromium,
  type LumenPage,
  type StaticServer,
} from './harness';
import { diffPng } from './png';
import { dragMouse, frames, handleCentre, plotToClient, ready, state, type PlaneView } from './plane-driver';
import { WIDGETS } from '../../src/widgets/catalog';

let server: StaticServer;
/** A second origin: the blog, while `server` plays the static host Lumen is installed on. */
let blog: StaticServer;
let chromium: LaunchedChromium;

beforeAll(async () => {
  server = await serveDist('dist', {
    '/hostile/': 'test/fixtures/embed/',
    '/copy2/': 'dist',
    '/lumen/': 'dist',
    '/blog/2025/01/post/': 'test/fixtures/embed/blog/',
  });
  blog = await serveDist('test/fixtures/embed', {
    '/posts/2025/cross-origin.html': {
      body: `<!doctype html><meta charset="utf-8"><title>Cross-origin</title><link rel="icon" href="data:,">
<script type="module" src="${server.url('/embed.js')}"></script>
<div style="width: 640px"><lumen-plane id="p" matrix="1 1; 0 1"></lumen-plane></div>`,
    },
    '/posts/iframe.html': {
      body: `<!doctype html><meta charset="utf-8"><title>Iframe</title><link rel="icon" href="data:,">
<iframe id="f" title="Lumen" style="width: 640px; height: 720px; border: 0"
  src="${server.url('/embed.html')}?widget=plane&amp;matrix=${encodeURIComponent('2 0; 0 1')}&amp;theme=dark"></iframe>`,
    },
  });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await blog?.close();
  await server?.close();
});

/**
 * A proxy of `origin` that drops Access-Control-Allow-Origin, as a host without CORS set up, and
 * serves /sandbox-host.html: a page holding embed.html in <iframe sandbox="allow-scripts">.
 */
async function withoutCors(origin: StaticServer): Promise<{ url: string; close(): Promise<void> }> {
  const proxy = createServer((req, res) => {
    if (req.url === '/sandbox-host.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><meta charset="utf-8"><title>Sandboxed</title><link rel="icon" href="data:,">
<iframe title="Lumen" sandbox="allow-scripts" style="width: 640px; height: 400px; border: 0" src="/embed.html?widget=clt"></iframe>`);
    }
    void fetch(origin.url(req.url ?? '/')).then(async (r) => {
      const headers: Record<string, string> = {};
      r.headers.forEach((v, k) => {
        if (!/^(access-control-allow-origin|content-length|content-encoding)$/.test(k)) headers[k] = v;
      });
      res.writeHead(r.status, headers);
      res.end(Buffer.from(await r.arrayBuffer()));
    });
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => (proxy.closeAllConnections(), proxy.close(() => done()))),
  };
}

/** Drags î from its tip to (2, 1) and returns the new matrix. */
async function dragI(page: LumenPage): Promise<number[]> {
  await page.locator('#p').scrollIntoViewIfNeeded();
  await frames(page, 2);
  await dragMouse(page, await handleCentre(page, '#p', 'i'), await plotToClient(page, '#p', [2, 1]));
  return [...(await state(page, '#p')).matrix];
}

function expectNear(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  actual.forEach((v, k) =>
    expect(
      Math.abs(v - expected[k]!),
      `[${actual.join(', ')}] vs [${expected.join(', ')}]`,
    ).toBeLessThanOrEqual(tolerance),
  );
}

/** Opens `path` and returns the body of every JavaScript response, by URL, in arrival order. */
async function scriptsOf(path: string, selector?: string): Promise<Map<string, string>> {
  const page = await openPage(chromium.browser, 'about:blank');
  const bodies = new Map<string, Promise<string>>();
  page.on('response', (res: Response) => {
    if (/javascript/.test(res.headers()['content-type'] ?? ''))
      bodies.set(
        res.url(),
        res.text().catch(() => ''),
      );
  });
  await page.goto(server.url(path), { waitUntil: 'networkidle' });
  if (selector) await ready(page, selector);
  expectClean(page);
  await page.close();
  const out = new Map<string, string>();
  for (const [url, body] of bodies) out.set(url, await body);
  return out;
}

describe('a hostile host page', () => {
  it('cannot restyle or break the widget: same state, same fonts and boxes, same pixels', async () => {
    const shots: Buffer[] = [];
    const drags: number[][] = [];
    for (const name of ['plain', 'hostile']) {
      const page = await openPage(chromium.browser, server.url(`/hostile/${name}.html`));
      await ready(page, '#p');
      await settle(page);
      const inside = await page.$eval('#p', (el) => {
        const root = (el as PlaneView).shadowRoot!;
        return [...root.querySelectorAll('.frame, .frame *')]
          .filter((n) => !(n instanceof SVGElement) || n instanceof SVGSVGElement)
          .filter((n) => !n.closest('.katex'))
          .map((n) => {
            const cs = getComputedStyle(n);
            return {
              tag: n.localName,
              font: cs.fontFamily,
              box: cs.boxSizing,
              border: cs.borderStyle,
              color: cs.color,
              lineHeight: cs.lineHeight,
            };
          });
      });
      expect(inside.length).toBeGreaterThan(5);
      for (const n of inside) {
        expect(n.font, `font of <${n.tag}> in ${name}`).not.toMatch(/comic sans|cursive/i);
        expect(n.box, `box-sizing of <${n.tag}> in ${name}`).toBe('border-box');
        expect(n.border, `border of <${n.tag}> in ${name}`).not.toMatch(/dotted/);
        expect(n.color, `colour of <${n.tag}> in ${name}`).not.toBe('rgb(255, 0, 255)');
      }
      await screenshot(page, `embed-${name}`);
      shots.push(await screenshotElement(page, '#p', `embed-${name}-widget`));
      drags.push(await dragI(page));
      expectClean(page);
      await page.close();
    }
    expectNear(drags[0]!, [2, 1, 1, 1], 0.05);
    expectNear(drags[1]!, drags[0]!, 0.02);
    const diff = diffPng(shots[0]!, shots[1]!, { radius: 1 });
    expect(diff.ratio, `${diff.different} of ${diff.total} widget pixels differ`).toBeLessThan(0.005);
  });
});

describe('downloads', () => {
  const otherTags = Object.values(WIDGETS)
    .map((w) => w.tag)
    .filter((t) => t !== 'lumen-plane');

  it('a page without widgets loads no widget code; a page with a plane loads only the plane', async () => {
    const empty = await scriptsOf('/hostile/empty.html');
    expect([...empty.keys()][0]).toBe(server.url('/embed.js'));
    for (const [url, body] of empty)
      expect(body, `${url} on a page without widgets`).not.toContain('customElements.define');
    const emptyBytes = [...empty.values()].reduce((s, b) => s + b.length, 0);
    expect(emptyBytes, 'JavaScript on a page without widgets').toBeLessThan(8 * 1024);

    const plane = await scriptsOf('/hostile/plain.html', '#p');
    expect([...plane.keys()][0]).toBe(server.url('/embed.js'));
    const added = [...plane].filter(([url]) => !empty.has(url));
    expect(added.length, 'the plane code arrives on demand').toBeGreaterThan(0);
    expect(added.some(([, body]) => body.includes('customElements.define'))).toBe(true);
    for (const url of plane.keys())
      expect(new URL(url).pathname, 'no shell or iframe entry on a blog').not.toMatch(
        /\/assets\/(site|frame)-/,
      );
    for (const [url, body] of added)
      for (const tag of otherTags)
        expect(body, `${url} holds the code of <${tag}>`).not.toMatch(new RegExp(`['"\`]${tag}['"\`]`));
  });
});

describe('wherever embed.js lives', () => {
  it('works from a page deep in another directory', async () => {
    const page = await openPage(chromium.browser, server.url('/blog/2025/01/post/'));
    await ready(page, '#p');
    await settle(page);
    expectNear(await dragI(page), [2, 1, 1, 1], 0.05);
    expect(page.problems()).toEqual([]);
    const fromLumen = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    for (const p of fromLumen) expect(p, 'every file comes from /lumen/').toMatch(/^\/lumen\//);
    await page.close();
  });

  it('works from another origin', async () => {
    const page = await openPage(chromium.browser, blog.url('/posts/2025/cross-origin.html'));
    await ready(page, '#p');
    await settle(page);
    expectNear(await dragI(page), [2, 1, 1, 1], 0.05);
    expectClean(page);
    await page.close();
  });

  it('two copies of embed.js on one page do not clash', async () => {
    const page = await openPage(chromium.browser, server.url('/hostile/two-copies.html'));
    await ready(page, '#p');
    await settle(page);
    expectNear(await dragI(page), [2, 1, 1, 1], 0.05);
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(loaded).toContain('/embed.js');
    expect(loaded).toContain('/copy2/embed.js');
    expectClean(page);
    await page.close();
  });
});

describe('the iframe page', () => {
  it('embed.html?widget=plane&matrix=…&theme=dark shows that widget in that state', async () => {
    const page = await openPage(chromium.browser, blog.url('/posts/iframe.html'));
    const frame = page.frame({ url: /embed\.html/ });
    expect(frame).not.toBeNull();
    await frame!.waitForFunction(async () => {
      await customElements.whenDefined('lumen-plane');
      return !!document.querySelector('lumen-plane')?.shadowRoot?.querySelector('[data-handle="i"]');
    });
    const inside = await frame!.$eval('lumen-plane', (el) => ({
      matrix: [...(el as PlaneView).state.matrix],
      bg: getComputedStyle(el).getPropertyValue('--w-bg').trim().toLowerCase(),
      messages: (el as PlaneView).messages,
    }));
    expect(inside.matrix).toEqual([2, 0, 0, 1]);
    expect(inside.bg).toBe('#14161b');
    expect(inside.messages).toEqual([]);
    await settle(page);
    await screenshot(page, 'embed-iframe-dark', false);
    expectClean(page);
    await page.close();
  });

  it('in <iframe sandbox="allow-scripts"> (scripts blocked by CORS) it tells the host what to allow', async () => {
    // A Lumen host that sends no CORS headers (the test server sends them, like a public host).
    const bare = await withoutCors(server);
    const page = await openPage(chromium.browser, `${bare.url}/sandbox-host.html`);
    const frame = page.frameLocator('iframe');
    const fallback = frame.locator('.frame-fallback');
    await fallback.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await fallback.innerText()).toMatch(/could not start.*allow-scripts allow-same-origin/s);
    expect(await frame.locator('main h1').count()).toBe(1);
    // The only problems are the refused module scripts themselves.
    for (const p of page.problems()) expect(p).toMatch(/CORS|ERR_FAILED/);
    await page.close();
    await bare.close();
  });

  it('a working embed.html removes the fallback sentence and names the widget in its heading', async () => {
    const page = await openPage(chromium.browser, server.url('/embed.html?widget=plane'));
    await ready(page, 'lumen-plane');
    expect(await page.locator('.frame-fallback').count()).toBe(0);
    expect(await page.locator('main h1').innerText()).toBe('Lumen: the plane widget');
    expect(await page.locator('main lumen-plane').count()).toBe(1);
    expectClean(page);
    await page.close();
  });

  it('embed.html?widget=nope explains itself in words', async () => {
    const page = await openPage(chromium.browser, server.url('/embed.html?widget=nope'));
    await settle(page);
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/nope/);
    expect(text.trim().length, 'a sentence, not just the name').toBeGreaterThan(20);
    expect(await page.locator('lumen-plane').count()).toBe(0);
    expectClean(page);
    await page.close();
  });
});
