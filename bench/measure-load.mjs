/**
 * Lesson 2, navigation to interactive. Each load gets a new browser context (empty cache, no
 * service worker, no storage), so every run is a cold load from the local server.
 *
 * "Interactive" is stamped in the page, with performance.now() (whose zero is the navigation
 * start), at the first animation frame after all of these hold:
 *   - customElements.whenDefined('lumen-plane') resolved,
 *   - #main has its shadow root with the î handle drawn,
 *   - #main answers its API: state.matrix is four numbers and plotToClient([1, 0]) is finite.
 * Also recorded: when the element class got defined (its chunk loaded and ran), DOMContentLoaded,
 * load and first contentful paint, to see where the time goes.
 * An init script installs the watcher before any page script runs, so no polling delay from
 * the test process is included; the watcher itself checks once per frame after definition.
 */

const WATCH = `(() => {
  const ok = () => {
    const el = document.getElementById('main');
    if (!el || !el.shadowRoot || !el.shadowRoot.querySelector('[data-handle="i"]')) return false;
    const m = el.state && el.state.matrix;
    if (!m || m.length !== 4) return false;
    const p = el.plotToClient([1, 0]);
    return Number.isFinite(p.x) && Number.isFinite(p.y);
  };
  customElements.whenDefined('lumen-plane').then(() => {
    window.__lumenDefined = performance.now();
    const check = () => {
      if (ok()) requestAnimationFrame(() => { window.__lumenInteractive = performance.now(); });
      else requestAnimationFrame(check);
    };
    check();
  });
})();`;

export async function measureLoad(browser, url, runs = 7) {
  const samples = [];
  for (let k = 0; k < runs; k++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => typeof window.__lumenInteractive === 'number', undefined, {
      timeout: 15_000,
    });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        interactive: window.__lumenInteractive,
        defined: window.__lumenDefined,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
        load: nav ? nav.loadEventEnd : NaN,
        firstContentfulPaint: fcp ? fcp.startTime : NaN,
      };
    });
    samples.push(t);
    await context.close();
  }
  return samples;
}
