/**
 * The two pieces the browser tests and the benchmark share: a static file server for dist/ and a
 * Chromium launcher. Plain JavaScript (typed by serve.d.mts) because `bench/run.mjs` runs on bare
 * Node 20, which cannot load TypeScript.
 */
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Resolves a URL path inside `root`, or returns undefined when it would leave it. Works on the
 * decoded path so that `%2e%2e%2f` is caught as well as `../`.
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const full = resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

function send(res, status, body, type = 'text/plain; charset=utf-8', head = false) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    // Tests and the benchmark want every load to be a real load.
    'Cache-Control': 'no-store',
    // Like a public static host: lets a page on another origin load embed.js as a module.
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(head ? undefined : body);
}

async function serveFile(res, file, urlPath, head) {
  let info;
  try {
    info = await stat(file);
  } catch {
    return send(res, 404, `Not found: ${urlPath}\n`, undefined, head);
  }
  if (info.isDirectory()) {
    // Relative links inside an index page only work from a URL that ends in "/".
    if (!urlPath.endsWith('/')) {
      res.writeHead(301, { Location: urlPath + '/', 'Cache-Control': 'no-store' });
      return res.end();
    }
    return serveFile(res, join(file, 'index.html'), urlPath + 'index.html', head);
  }
  const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return send(res, 200, await readFile(file), type, head);
}

/**
 * Starts a static server on 127.0.0.1 at a free port.
 * `routes` maps a URL prefix to something else than `root`: a prefix ending in "/" maps to a
 * directory, an exact path maps to a file, and `{ body, type }` is served as is.
 */
export async function startStaticServer({ root, routes = {} }) {
  const entries = Object.entries(routes).sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return send(res, 405, 'Method not allowed\n');
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    for (const [prefix, target] of entries) {
      const exact = urlPath === prefix;
      if (!exact && !(prefix.endsWith('/') && urlPath.startsWith(prefix))) continue;
      if (typeof target === 'object') {
        if (!exact) continue;
        return send(res, 200, target.body, target.type ?? MIME_TYPES['.html'], head);
      }
      const file =
        exact && !prefix.endsWith('/')
          ? resolve(target)
          : resolveInside(target, urlPath.slice(prefix.length));
      if (!file) return send(res, 400, 'Bad path\n', undefined, head);
      return serveFile(res, file, urlPath, head).catch(() => send(res, 500, 'Read error\n', undefined, head));
    }
    const file = resolveInside(root, urlPath);
    if (!file) return send(res, 400, 'Bad path\n', undefined, head);
    return serveFile(res, file, urlPath, head).catch(() => send(res, 500, 'Read error\n', undefined, head));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: (path = '/') => `http://127.0.0.1:${port}${path.startsWith('/') ? path : '/' + path}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

/**
 * Launches Debian's Chromium with a fresh profile directory (removed again by `close`). Uses a
 * persistent context only to own that directory; callers open their own contexts with
 * `browser.newContext()` so that every page starts with an empty cache and storage.
 */
export async function launchChromium(extraArgs = []) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'lumen-chromium-'));
  const persistent = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
  const browser = persistent.browser();
  if (!browser) throw new Error('Chromium started without a browser handle');
  return {
    browser,
    userDataDir,
    close: async () => {
      await persistent.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
