/**
 * The JavaScript a lesson page costs over the wire: every response with a JavaScript content
 * type (entry, shared chunks, the lazily loaded widget chunks), each body gzipped at level 9
 * the way a static host would serve it. Inline scripts in the HTML (the theme boot) are part
 * of the HTML document and not counted here.
 */
import { gzipSync } from 'node:zlib';

export async function measureBytes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pending = [];
  page.on('response', (res) => {
    if (!/javascript/.test(res.headers()['content-type'] ?? '')) return;
    pending.push(
      res.body().then((body) => ({
        url: new URL(res.url()).pathname,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(async () => {
    await customElements.whenDefined('lumen-plane');
    return true;
  });
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(pending);
  await context.close();
  if (!files.length) throw new Error(`no JavaScript responses on ${url}`);
  return {
    files: files.sort((a, b) => b.gzip - a.gzip),
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}
