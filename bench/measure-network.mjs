/**
 * The `<lumen-network>` figures, side by side on a 2-8-8-8-1 tanh network, 500 points (circle,
 * no noise, half held out as the test set as in Playground's default), batch 10, learning rate 0.03:
 *
 *   1. the widget as shipped (embed.js, worker, typed kernels, 100 × 100 boundary redrawn every
 *      frame): epochs per second and rAF interval p50/p95 while it trains, at max speed and at
 *      watch speed (one epoch per frame, the default), and the main thread's CPU time per frame
 *      from a performance trace (thread time: what the page cost, not the time a loaded machine
 *      kept it waiting, so it is steadier than the frame intervals on a shared machine);
 *   2. the reference app (reference/playground-app.js: the object-per-neuron network of
 *      reference/playground-nn.js driven as Playground drives it, one epoch per animation frame
 *      with the 100 × 100 boundary of every node recomputed and painted): epochs per second and
 *      rAF intervals;
 *   3. the raw training kernels alone in Node, uncapped: SGD steps (batches of 10) per second,
 *      ours (src/math/nn/kernels.ts, bundled with vite's API) versus the reference's
 *      forwardProp/backProp/updateWeights.
 *
 * Both pages run in the same Chromium, one after the other, on the same data.
 *
 *   4. the evidence for the engine's path choice: the shipped training worker driven directly on
 *      each path (typed arrays; tfjs cpu, wasm and webgl), ms per epoch of training and per
 *      snapshot (parameters + the 100 × 100 boundary grid).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ref from './reference/playground-nn.js';

export const NET = { hidden: [8, 8, 8], activation: 'tanh' };
export const SETTINGS = { learningRate: 0.03, batchSize: 10, l2: 0 };
export const POINTS = 500;
export const TEST_FRACTION = 0.5;
export const SEED = 1;

/** Our nn module (TypeScript) bundled for plain Node by vite's build API. */
export async function loadNnModule(root) {
  const { build } = await import('vite');
  const out = await mkdtemp(join(tmpdir(), 'lumen-nn-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        lib: { entry: join(root, 'src/math/nn/index.ts'), formats: ['es'], fileName: 'nn' },
        outDir: out,
        emptyOutDir: true,
        minify: false,
      },
    });
    return await import(pathToFileURL(join(out, 'nn.js')).href);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export function benchData(nnModule) {
  const all = nnModule.makeDataset('circle', POINTS, 0, SEED);
  return nnModule.splitDataset(all, TEST_FRACTION, SEED);
}

const toPoints = (d) =>
  Array.from({ length: d.count }, (_, k) => ({ x: d.xs[2 * k], y: d.xs[2 * k + 1], label: d.labels[k] }));

/**
 * Calls of `fn` per second of this process's CPU time (process.cpuUsage), over `ms` of wall time.
 * CPU time, not wall time: on a shared machine the wall clock also counts the time other processes
 * held the core, which swings ±50 % from one round to the next; the work a call does does not.
 */
function rate(fn, ms) {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let n = 0;
  const t0 = performance.now();
  const c0 = cpu();
  while (performance.now() - t0 < ms) {
    for (let k = 0; k < 16; k++) fn();
    n += 16;
  }
  return n / (cpu() - c0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Steps per CPU-second of both kernels, uncapped, single-threaded. The two alternate in 24 short
 * rounds of 150 ms (after a warm-up); each figure is the median over its rounds and the speed-up
 * the median of the per-pair ratios.
 */
export function measureKernels(nnModule, data) {
  const { train } = data;
  const sizes = [2, ...NET.hidden, 1];
  const kernels = nnModule.createKernels(sizes, NET.activation, SETTINGS.batchSize);
  const net = nnModule.initNet(NET, SEED);
  const grads = nnModule.zerosLike(sizes);
  const order = Uint32Array.from({ length: train.count }, (_, k) => k);
  let cursor = 0;
  const ours = () => {
    const count = Math.min(SETTINGS.batchSize, train.count - cursor);
    kernels.gradient(net, train, order, cursor, count, SETTINGS.l2, grads);
    kernels.sgd(net, grads, SETTINGS.learningRate);
    cursor = (cursor + count) % train.count;
  };
  const network = ref.buildNetwork(sizes, ref.Activations.TANH, ref.Activations.TANH, null, ['x', 'y']);
  const points = toPoints(train);
  let p = 0;
  const theirs = () => {
    // One step = one batch: batchSize examples through forwardProp/backProp, then updateWeights.
    for (let b = 0; b < SETTINGS.batchSize; b++) {
      const pt = points[p];
      ref.forwardProp(network, [pt.x, pt.y]);
      ref.backProp(network, pt.label, ref.Errors.SQUARE);
      p = (p + 1) % points.length;
    }
    ref.updateWeights(network, SETTINGS.learningRate, SETTINGS.l2);
  };
  rate(ours, 400);
  rate(theirs, 400);
  const a = [];
  const b = [];
  const ratios = [];
  for (let r = 0; r < 24; r++) {
    const x = r % 2 ? rate(theirs, 150) : rate(ours, 150);
    const y = r % 2 ? rate(ours, 150) : rate(theirs, 150);
    const [o, t] = r % 2 ? [y, x] : [x, y];
    a.push(o);
    b.push(t);
    ratios.push(o / t);
  }
  return { ours: median(a), reference: median(b), ratio: median(ratios), oursRounds: a, referenceRounds: b };
}

export function referencePage(data) {
  const payload = JSON.stringify({ train: toPoints(data.train), test: toPoints(data.test) });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Playground-style reference app</title>
<link rel="icon" href="data:,"><style>html, body { margin: 0; }</style></head>
<body><div id="app"></div>
<script type="module">
import { startApp } from '/bench/reference/playground-app.js';
const data = ${payload};
window.__startReference = () => startApp({ container: document.getElementById('app'), train: data.train, test: data.test,
  shape: [2, ${NET.hidden.join(', ')}, 1], batchSize: ${SETTINGS.batchSize}, learningRate: ${SETTINGS.learningRate} });
</script></body></html>`;
}

export function widgetPage(embedUrl) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lumen network benchmark</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; }</style>
<script type="module" src="${embedUrl}"></script></head>
<body><lumen-network id="net" dataset="circle" points="${POINTS}" noise="0" test="${TEST_FRACTION}" layers="${NET.hidden.join(',')}"
  activation="${NET.activation}" rate="${SETTINGS.learningRate}" batch="${SETTINGS.batchSize}" l2="${SETTINGS.l2}" seed="${SEED}" speed="max"></lumen-network></body></html>`;
}

/**
 * Counts rAF intervals and `count()` for `durationMs` in the page; `start`/`count` are page-side
 * function bodies. `trace`: { start(), stop() } around the timed part only (not the warm-up).
 */
async function framesWhile(page, durationMs, start, count, trace = null) {
  await page.evaluate(async (start) => {
    await new Function(start)();
    // Let the first frames (worker start, first snapshot) pass before timing.
    await new Promise((r) => setTimeout(r, 700));
  }, start);
  if (trace) await trace.start();
  const r = await page.evaluate(
    async ({ durationMs, count }) => {
      const countFn = new Function(count);
      const stamps = [];
      const c0 = countFn();
      const t0 = performance.now();
      await new Promise((done) => {
        const loop = (now) => {
          stamps.push(now);
          if (performance.now() - t0 < durationMs) requestAnimationFrame(loop);
          else done();
        };
        requestAnimationFrame(loop);
      });
      const seconds = (performance.now() - t0) / 1000;
      const c1 = countFn();
      return { epochs: c1 - c0, seconds, intervals: stamps.slice(1).map((s, k) => s - stamps[k]) };
    },
    { durationMs, count },
  );
  if (trace) r.mainCpuMs = mainThreadCpuMs(await trace.stop());
  return r;
}

/**
 * CPU time of the page's main thread in a trace: the thread time ('tdur') of its top-level tasks.
 * The renderer main thread is the CrRendererMain with the most tasks (the page under test).
 */
export function mainThreadCpuMs(traceBuffer) {
  const parsed = JSON.parse(traceBuffer.toString());
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  const tasks = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (
      e.ph !== 'X' ||
      e.name !== 'RunTask' ||
      names.get(key) !== 'CrRendererMain' ||
      typeof e.tdur !== 'number'
    )
      continue;
    if (!tasks.has(key)) tasks.set(key, []);
    tasks.get(key).push(e);
  }
  const main = [...tasks.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  // Top-level only: a task nested in another (a rare re-entrant run loop) is already counted.
  main.sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  let cpu = 0;
  for (const e of main) {
    if (e.ts < end) continue;
    cpu += e.tdur / 1000;
    end = e.ts + e.dur;
  }
  return cpu;
}

export async function measureReferenceApp(browser, url, durationMs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.__startReference === 'function');
  const r = await framesWhile(
    page,
    durationMs,
    'window.__app = window.__startReference();',
    'return window.__app.iter;',
  );
  await page.evaluate(() => window.__app.stop());
  await context.close();
  return r;
}

/** The widget page at `speed` ('max' or 'watch'), trained for `durationMs` while traced for main-thread CPU. */
export async function measureWidget(browser, url, durationMs, speed = 'max') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(async () => {
    await customElements.whenDefined('lumen-network');
    const el = document.getElementById('net');
    return el.state.backend !== 'not started' && el.state.backend !== 'starting';
  });
  // Only the task category: cheap enough not to disturb the frames being counted.
  const trace = {
    start: () => browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] }),
    stop: () => browser.stopTracing(),
  };
  const r = await framesWhile(
    page,
    durationMs,
    `document.getElementById("net").setState({ speed: ${JSON.stringify(speed)}, play: true });`,
    'return document.getElementById("net").state.epoch;',
    trace,
  );
  const info = await page.evaluate(() => {
    const el = document.getElementById('net');
    const s = el.state;
    return { backend: s.backend, epoch: s.epoch, trainLoss: s.trainLoss, playing: s.play };
  });
  await context.close();
  if (problems.length) throw new Error(`the network page logged: ${problems.join(' | ')}`);
  return { ...r, ...info, speed };
}

/**
 * The shipped worker (dist/assets/train.worker-*.js) on each path, in the page at `url` (any page
 * of the built site): ms per training epoch (25 batches, with both losses) and per snapshot, medians of 3.
 */
export async function measurePaths(browser, url, dist, data) {
  const worker = (await readdir(join(dist, 'assets'))).find((f) => /^train\.worker-[\w-]+\.js$/.test(f));
  if (!worker) throw new Error('no train.worker-*.js in the build');
  const plain = (d) => ({ xs: [...d.xs], labels: [...d.labels], count: d.count });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const result = await page.evaluate(
    async ({ workerUrl, train, test, net, settings, seed }) => {
      const ds = (d) => ({
        xs: Float32Array.from(d.xs),
        labels: Float32Array.from(d.labels),
        count: d.count,
      });
      const config = { spec: net, settings, data: { train: ds(train), test: ds(test) }, seed };
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const out = {};
      for (const [label, path, tfBackend] of [
        ['typed arrays', 'typed', null],
        ['tfjs cpu', 'tensor', 'cpu'],
        ['tfjs wasm', 'tensor', 'wasm'],
        ['tfjs webgl', 'tensor', 'webgl'],
      ]) {
        const w = new Worker(workerUrl, { type: 'module' });
        const waiting = [];
        w.onmessage = (e) => waiting.shift()?.(e.data);
        const ask = (m) =>
          new Promise((r) => {
            waiting.push(r);
            w.postMessage(m);
          });
        w.postMessage({ type: 'init', path, tfBackend, resolution: 100, where: 'in a worker' });
        const first = await ask({ type: 'configure', gen: 1, config });
        if (first.type !== 'snapshot') {
          out[label] = { error: first.message };
          w.terminate();
          continue;
        }
        const epoch = [];
        const snap = [];
        const perEpoch = Math.ceil(train.count / settings.batchSize);
        const EPOCHS = 5;
        await ask({ type: 'step', gen: 1, count: perEpoch }); // warm-up (shader compilation on webgl)
        for (let k = 0; k < 3; k++) {
          let t0 = performance.now();
          await ask({ type: 'run', gen: 1, budgetMs: 0 });
          const s = performance.now() - t0;
          t0 = performance.now();
          // EPOCHS epochs and one snapshot in one request: the snapshot is subtracted.
          await ask({ type: 'step', gen: 1, count: EPOCHS * perEpoch });
          const both = performance.now() - t0;
          snap.push(s);
          epoch.push(Math.max(0, both - s) / EPOCHS);
        }
        out[label] = { epochMs: median(epoch), snapshotMs: median(snap), backend: first.snapshot.backend };
        w.terminate();
      }
      return out;
    },
    {
      workerUrl: `/assets/${worker}`,
      train: plain(data.train),
      test: plain(data.test),
      net: NET,
      settings: SETTINGS,
      seed: SEED,
    },
  );
  await context.close();
  return result;
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const r2 = (x) => Math.round(x * 100) / 100;

/**
 * All three measurements as bench figures. `target` semantics follow run.mjs (value ≤ target
 * passes), so "at least" targets are written as ratios inverted: see `lowerIsBetter`.
 */
export async function measureNetwork(
  browser,
  server,
  nnModule,
  { durationMs = 4000, widget = true, dist } = {},
) {
  const data = benchData(nnModule);
  const kernels = measureKernels(nnModule, data);
  const paths = dist
    ? await measurePaths(browser, server.url('/bench/network-reference.html'), dist, data)
    : null;
  const refApp = await measureReferenceApp(browser, server.url('/bench/network-reference.html'), durationMs);
  const w = widget
    ? await measureWidget(browser, server.url('/bench/network.html'), durationMs, 'max')
    : null;
  const watch = widget
    ? await measureWidget(browser, server.url('/bench/network.html'), durationMs, 'watch')
    : null;
  const refRate = refApp.epochs / refApp.seconds;
  const figures = [];
  if (w) {
    const rateW = w.epochs / w.seconds;
    figures.push(
      {
        name: 'network widget: epochs/s (2-8-8-8-1 tanh, 500 pts)',
        value: r2(rateW),
        unit: 'epochs/s',
        target: r2(10 * refRate),
        higherIsBetter: true,
        note: `${w.backend}; ${w.epochs} epochs in ${r2(w.seconds)} s; target 10x the reference app`,
      },
      {
        name: 'network widget: rAF interval p95 while training',
        value: r2(pct(w.intervals, 95)),
        unit: 'ms',
        target: 16.7,
        note: `p50 ${r2(pct(w.intervals, 50))} ms, ${w.intervals.length} frames, ${w.intervals.filter((x) => x > 20).length} > 20 ms`,
      },
      {
        name: 'network widget: main-thread CPU per frame while training',
        value: r2(w.mainCpuMs / (w.intervals.length + 1)),
        unit: 'ms',
        target: null,
        note: `thread time of the page's main-thread tasks (trace) over ${w.intervals.length + 1} frames; the frame budget is 16.7 ms`,
      },
    );
  }
  if (watch) {
    figures.push(
      {
        name: 'network widget, watch speed: epochs/s (one epoch per frame)',
        value: r2(watch.epochs / watch.seconds),
        unit: 'epochs/s',
        target: null,
        note: `${watch.epochs} epochs in ${r2(watch.seconds)} s, ${watch.intervals.length} frames`,
      },
      {
        name: 'network widget, watch speed: rAF interval p95',
        value: r2(pct(watch.intervals, 95)),
        unit: 'ms',
        target: 16.7,
        note: `p50 ${r2(pct(watch.intervals, 50))} ms, ${watch.intervals.filter((x) => x > 20).length} > 20 ms`,
      },
      {
        name: 'network widget, watch speed: main-thread CPU per frame',
        value: r2(watch.mainCpuMs / (watch.intervals.length + 1)),
        unit: 'ms',
        target: null,
        note: 'thread time of the main-thread tasks (trace)',
      },
    );
  }
  figures.push(
    {
      name: 'network reference app: epochs/s (1 epoch/frame)',
      value: r2(refRate),
      unit: 'epochs/s',
      target: null,
      note: `rAF p50 ${r2(pct(refApp.intervals, 50))} ms, p95 ${r2(pct(refApp.intervals, 95))} ms; Playground-style objects, all-node 100x100 boundary each frame`,
    },
    {
      name: 'network kernel: ours, SGD steps per CPU-s (batch 10)',
      value: Math.round(kernels.ours),
      unit: 'steps/s',
      target: Math.round(2 * kernels.reference),
      higherIsBetter: true,
      note: `${r2(kernels.ratio)}x the reference kernel (median of paired rounds); target 2x`,
    },
    {
      name: 'network kernel: reference, SGD steps per CPU-s (batch 10)',
      value: Math.round(kernels.reference),
      unit: 'steps/s',
      target: null,
      note: 'forwardProp/backProp per example, updateWeights per batch',
    },
  );
  if (paths)
    for (const [label, p] of Object.entries(paths))
      figures.push(
        p.error
          ? {
              name: `network path ${label}`,
              value: NaN,
              unit: 'ms',
              target: null,
              note: `could not start: ${p.error}`,
            }
          : {
              name: `network path ${label}: ms/epoch, ms/snapshot`,
              value: r2(p.epochMs),
              unit: 'ms',
              target: null,
              note: `snapshot (100x100 grid + weights) ${r2(p.snapshotMs)} ms; ${p.backend}`,
            },
      );
  return {
    figures,
    details: {
      kernels,
      paths,
      referenceApp: { epochs: refApp.epochs, seconds: refApp.seconds, intervals: refApp.intervals.map(r2) },
      widget: w && {
        epochs: w.epochs,
        seconds: w.seconds,
        backend: w.backend,
        mainCpuMs: r2(w.mainCpuMs),
        intervals: w.intervals.map(r2),
      },
      widgetWatch: watch && {
        epochs: watch.epochs,
        seconds: watch.seconds,
        backend: watch.backend,
        mainCpuMs: r2(watch.mainCpuMs),
        intervals: watch.intervals.map(r2),
      },
    },
  };
}
