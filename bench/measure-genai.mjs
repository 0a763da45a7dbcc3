/**
 * Lessons 26-28's figures: learning the word vectors (counts → PPMI → randomized SVD, 5,000
 * words, k = 64) by path (typed arrays, tfjs wasm, cpu, webgl) and by the path the widget picks,
 * with the longest main-thread task while it learns; top-k retrieval over all passages per query;
 * and the corpus asset's gzip size.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from './stats.mjs';

export function embedPage(embedSrc) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>embed bench</title>
<script>
window.longest = 0;
window.longTasks = [];
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) {
    window.longest = Math.max(window.longest, e.duration);
    window.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }
})
  .observe({ type: 'longtask', buffered: true });
</script>
<script type="module" src="${embedSrc}"></script></head><body></body></html>`;
}

async function learnOnce(browser, url, path) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(
      (p) =>
        new Promise((resolve, reject) => {
          const el = document.createElement('lumen-embed');
          el.setAttribute('path', p);
          el.setAttribute('vocab', '5000');
          el.setAttribute('k', '64');
          const timer = setTimeout(() => reject(new Error(`${p}: no result in 180 s`)), 180_000);
          el.addEventListener('learned', () => {
            clearTimeout(timer);
            const n = el.numbers;
            // Retrieval: every shipped query, ranked over all passages, timed on the main thread.
            const queries = [
              'health insurance for older people',
              'soviet nuclear missiles',
              'college tuition for students',
              'balance the federal budget',
              'our troops fighting in iraq',
              'factory jobs and manufacturing',
            ];
            const t0 = performance.now();
            for (const q of queries) el.setState({ query: q });
            const perQuery = (performance.now() - t0) / queries.length;
            resolve({
              ms: n.learned.ms,
              label: n.learned.label,
              longest: window.longest,
              // [start, duration] in ms of every task over 50 ms, and when the element was added.
              longTasks: window.longTasks,
              added: window.added,
              perQuery,
              recall: n.evaluation.recall,
              mrr: n.evaluation.mrr,
            });
          });
          window.longest = 0;
          window.longTasks = [];
          window.added = Math.round(performance.now());
          document.body.append(el);
        }),
      path,
    );
  } finally {
    await page.close();
  }
}

export async function measureGenai(browser, server, dist) {
  const figures = [];
  const details = { learn: {} };
  const bytes = await readFile(join(dist, 'data/sotu-corpus.bin'));
  const gz = gzipSync(bytes, { level: 9 }).length;
  // The header (format.ts): "LUMC", version, JSON length, token count, then the JSON.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = JSON.parse(bytes.subarray(16, 16 + view.getUint32(8, true)).toString('utf8'));
  const tokens = view.getUint32(12, true);
  figures.push({
    name: 'corpus asset (lessons 26-28), gzip',
    value: round(gz / 2 ** 20, 2),
    unit: 'MiB',
    target: 5,
    note: `${round(bytes.length / 2 ** 20, 2)} MiB raw: ${header.vocab.length} words, ${round(tokens / 1e6, 2)} M token ids, ${header.passages.length} passages, ${header.queries.length} queries`,
  });
  const url = server.url('/bench/embed.html');
  for (const path of ['auto', 'typed', 'wasm', 'cpu', 'webgl']) {
    try {
      const r = await learnOnce(browser, url, path);
      details.learn[path] = r;
      figures.push({
        name: `embeddings (5,000 words, k = 64) learned, path ${path}`,
        value: round(r.ms / 1000, 2),
        unit: 's',
        target: path === 'auto' ? 3 : null,
        note: `${r.label}; longest main-thread task ${round(r.longest)} ms; recall@10 ${round(r.recall, 3)}, MRR ${round(r.mrr, 3)}`,
      });
      if (path === 'auto')
        figures.push({
          name: 'retrieval: top-k over all passages, per query (main thread)',
          value: round(r.perQuery, 2),
          unit: 'ms',
          target: 16,
          note: 'embed the query, rank 3,738 passages by cosine, update the list',
        });
    } catch (err) {
      details.learn[path] = { error: String(err) };
      figures.push({
        name: `embeddings learned, path ${path}`,
        value: null,
        unit: 's',
        target: null,
        note: `not measured: ${String(err).slice(0, 120)}`,
      });
    }
  }
  return { figures, details };
}
