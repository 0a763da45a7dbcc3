/**
 * Offline use and installing: registers the service worker that the build generates
 * (`dist/sw.js`, vite-plugin-pwa with Workbox; it precaches every page, chunk, font, data file and
 * icon of the build). Called by the site's pages only: `embed.js` runs in other people's pages,
 * which are not ours to cache, and `embed.html` lives in their iframes (it is served from the cache
 * when the worker exists, which changes nothing for them).
 *
 * Registered after the page's `load`, so that downloading the whole site never competes with the
 * page the reader opened. Where service workers are missing (an old browser, a plain-http host
 * other than localhost) or refused (a sandboxed frame throws on `navigator.serviceWorker`; a
 * browser with storage blocked rejects `register`), the site simply stays online-only: nothing to
 * tell the reader, nothing in the console.
 */
export function registerOffline(win: Window, script: URL): void {
  let container: ServiceWorkerContainer | undefined;
  try {
    container = win.navigator.serviceWorker;
  } catch {
    return;
  }
  if (!container) return;
  const worker = container;
  const start = (): void => {
    worker.register(script.href).catch(() => undefined);
  };
  if (win.document.readyState === 'complete') start();
  else win.addEventListener('load', start, { once: true });
}
