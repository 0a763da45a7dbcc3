/**
 * Lesson 24's MNIST mode: k-means on the 10,000 digits (784 pixels, k = 10) by path (typed
 * arrays, tfjs wasm, cpu, webgl) and by the path the widget picks (auto), in its worker: Lloyd
 * iterations per second (median over the half-steps after the start, an iteration being one
 * assign and one update) and the longest main-thread task while the widget downloads the digits
 * and runs 12 iterations. Also the digits asset's size.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, round } from './stats.mjs';

const HALF_STEPS = 24;

async function runOnce(browser, url, path) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(
      async ({ p, target }) => {
        await customElements.whenDefined('lumen-kmeans');
        return new Promise((resolve, reject) => {
          const el = document.createElement('lumen-kmeans');
          el.setAttribute('mode', 'mnist');
          el.setAttribute('k', '10');
          el.setAttribute('path', p);
          el.setAttribute('iteration', String(target));
          const timer = setTimeout(() => reject(new Error(`${p}: not done in 240 s`)), 240_000);
          const t0 = performance.now();
          const poll = () => {
            const d = el.digits;
            const failed = (el.messages ?? []).find((m) => /failed/.test(m));
            if (failed) {
              clearTimeout(timer);
              reject(new Error(failed));
              return;
            }
            if (d && (d.step >= target || d.lastStep !== undefined)) {
              clearTimeout(timer);
              resolve({
                ms: d.ms,
                backend: d.backend,
                longest: window.longest,
                wall: performance.now() - t0,
              });
              return;
            }
            setTimeout(poll, 50);
          };
          window.longest = 0;
          document.body.append(el);
          poll();
        });
      },
      { p: path, target: HALF_STEPS },
    );
  } finally {
    await page.close();
  }
}

export async function measureKmeans(browser, server, dist) {
  const figures = [];
  const details = {};
  const bytes = await readFile(join(dist, 'data/mnist-digits.bin'));
  figures.push({
    name: 'MNIST digits asset (lesson 24), gzip',
    value: round(gzipSync(bytes, { level: 9 }).length / 2 ** 20, 2),
    unit: 'MiB',
    target: 2,
    note: `${round(bytes.length / 2 ** 20, 2)} MiB raw: 10,000 digits of 28 × 28, zero runs packed`,
  });
  const url = server.url('/bench/embed.html');
  for (const path of ['auto', 'typed', 'wasm', 'cpu', 'webgl']) {
    try {
      const r = await runOnce(browser, url, path);
      // One iteration = an assign and an update half-step; step 0 (the k-means++ start) is left out.
      const iterations = [];
      for (let s = 1; s + 1 < r.ms.length; s += 2) iterations.push(r.ms[s] + r.ms[s + 1]);
      const perIteration = median(iterations);
      details[path] = { ...r, iterations };
      figures.push({
        name: `MNIST k-means (10,000 × 784, k = 10), path ${path}`,
        value: round(1000 / perIteration, 1),
        unit: 'it/s',
        target: path === 'auto' ? 10 : null,
        higherIsBetter: true,
        note: `${r.backend}; ${round(perIteration)} ms per Lloyd iteration (median of ${iterations.length}); start ${round(r.ms[0] ?? NaN)} ms`,
      });
      figures.push({
        name: `MNIST k-means, path ${path}: longest main-thread task`,
        value: round(r.longest),
        unit: 'ms',
        target: 50,
        note: 'while the widget downloads the digits and the worker runs 12 iterations',
      });
    } catch (err) {
      details[path] = { error: String(err) };
      figures.push({
        name: `MNIST k-means, path ${path}`,
        value: null,
        unit: 'it/s',
        target: null,
        note: `not measured: ${String(err).slice(0, 120)}`,
      });
    }
  }
  return { figures, details };
}
