/**
 * `npm run bench` (after `vite build`): performance figures for the foundation, against targets.
 * Prints a table and writes bench/results/<ISO date>.json and bench/results/latest.json.
 * A missed target is reported, never fatal (exit 0); a measurement that could not be taken is
 * (exit 1). Not part of `npm test`: timings on a shared 2-core machine are not pass/fail facts.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, startStaticServer } from '../test/browser/serve.mjs';
import { measureLoad } from './measure-load.mjs';
import { measureBytes } from './measure-bytes.mjs';
import { framePage, measureFrames } from './measure-frames.mjs';
import { measureSpace, spacePage } from './measure-space.mjs';
import { measureSim, simPage } from './measure-sim.mjs';
import { benchData, loadNnModule, measureNetwork, referencePage, widgetPage } from './measure-network.mjs';
import { embedPage, measureGenai } from './measure-genai.mjs';
import { measureKmeans } from './measure-kmeans.mjs';
import { median, percentile, round } from './stats.mjs';
import { printTable } from './report.mjs';
import { measureSoak, SOAK_MS, SOAKS } from './measure-soak.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// LUMEN_DIST: measure another build than dist/ (helpers build into private directories).
const DIST = process.env.LUMEN_DIST ? resolve(process.env.LUMEN_DIST) : join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench/results');
const LESSON2 = '/lessons/linear-algebra/02-matrices-are-transformations.html';
const LOAD_RUNS = 7;
/**
 * BENCH_ONLY=genai (or a comma list: load,bytes,frames,space,sim,network,genai,kmeans,soak) runs only
 * those sections, e.g. to check one fix without the whole run; unset, everything runs.
 */
const SECTIONS = ['load', 'bytes', 'frames', 'space', 'sim', 'network', 'genai', 'kmeans', 'soak'];
const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((x) => x.trim())
  .filter(Boolean);
const runs = (section) => !ONLY || ONLY.includes(section);
const FRAME_MS = 4000;

async function main() {
  const unknown = (ONLY ?? []).filter((x) => !SECTIONS.includes(x));
  if (unknown.length)
    throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  if (!existsSync(join(DIST, LESSON2)))
    throw new Error(`dist${LESSON2} is missing: run \`vite build\` first`);
  const nn = await loadNnModule(ROOT);
  const server = await startStaticServer({
    root: DIST,
    routes: {
      '/bench/frames.html': { body: framePage('/embed.js') },
      '/bench/space.html': { body: spacePage('/embed.js') },
      '/bench/sim.html': { body: simPage('/embed.js') },
      '/bench/network.html': { body: widgetPage('/embed.js') },
      '/bench/embed.html': { body: embedPage('/embed.js') },
      '/bench/network-reference.html': { body: referencePage(benchData(nn)) },
      '/bench/reference/': join(ROOT, 'bench/reference'),
    },
  });
  const chromium = await launchChromium();
  const figures = [];
  const details = {};
  try {
    const browser = chromium.browser;
    if (runs('load')) {
      const loads = await measureLoad(browser, server.url(LESSON2), LOAD_RUNS);
      details.load = loads;
      figures.push({
        name: 'lesson 2: navigation to interactive (median)',
        value: round(median(loads.map((l) => l.interactive))),
        unit: 'ms',
        target: 300,
        note: `${LOAD_RUNS} cold loads, min ${round(Math.min(...loads.map((l) => l.interactive)))}, max ${round(Math.max(...loads.map((l) => l.interactive)))}; medians: FCP ${round(median(loads.map((l) => l.firstContentfulPaint)))}, DOMContentLoaded ${round(median(loads.map((l) => l.domContentLoaded)))}, element defined ${round(median(loads.map((l) => l.defined)))}`,
      });
    }

    if (runs('bytes')) {
      const bytes = await measureBytes(browser, server.url(LESSON2));
      details.bytes = bytes;
      figures.push({
        name: 'lesson 2: JavaScript loaded, gzip -9',
        value: round(bytes.gzip / 1024, 1),
        unit: 'KiB',
        target: 150,
        note: `${bytes.files.length} files, ${round(bytes.raw / 1024, 1)} KiB raw`,
      });
    }

    if (runs('frames')) {
      details.frames = {};
      // A 4K screen is usually 1920x1080 CSS pixels at 2x: the third case, with twice the canvas pixels.
      for (const { viewport, dpr } of [
        { viewport: { width: 1920, height: 1080 }, dpr: 1 },
        { viewport: { width: 3840, height: 2160 }, dpr: 1 },
        { viewport: { width: 1920, height: 1080 }, dpr: 2 },
      ]) {
        const f = await measureFrames(browser, server.url('/bench/frames.html'), viewport, FRAME_MS, dpr);
        const label = `${viewport.width}x${viewport.height}${dpr === 1 ? '' : `@${dpr}x`}`;
        details.frames[label] = {
          surface: f.surface,
          plays: f.plays,
          frames: f.intervals.length,
          intervals: f.intervals.map((x) => round(x, 2)),
          work: f.work.map((x) => round(x, 2)),
          render: f.render.map((x) => round(x, 2)),
        };
        const canvas = f.surface[0] ? `canvas ${f.surface[0].backing.join('x')}` : 'no canvas';
        // A 60 Hz frame that arrives late by vsync jitter is not a dropped frame; one past 20 ms is.
        const dropped = f.intervals.filter((x) => x > 20).length;
        figures.push(
          {
            name: `cloud ${label}: rAF interval p50`,
            value: round(percentile(f.intervals, 50), 2),
            unit: 'ms',
            target: 16.7,
            note: `${f.intervals.length} frames, ${f.plays} plays, ${canvas}`,
          },
          {
            name: `cloud ${label}: rAF interval p95`,
            value: round(percentile(f.intervals, 95), 2),
            unit: 'ms',
            target: 16.7,
            note: `${dropped} intervals > 20 ms, max ${round(Math.max(...f.intervals), 1)} ms`,
          },
          {
            name: `cloud ${label}: rAF work p50`,
            value: round(percentile(f.work, 50), 2),
            unit: 'ms',
            target: 16.7,
            note: 'JS in rAF callbacks per frame',
          },
          {
            name: `cloud ${label}: rAF work p95`,
            value: round(percentile(f.work, 95), 2),
            unit: 'ms',
            target: 16.7,
          },
        );
        if (f.hasRender && f.render.length)
          figures.push(
            {
              name: `cloud ${label}: render() p50`,
              value: round(percentile(f.render, 50), 2),
              unit: 'ms',
              target: 16.7,
              note: `${f.render.length} renders in ${f.intervals.length + 1} frames`,
            },
            {
              name: `cloud ${label}: render() p95`,
              value: round(percentile(f.render, 95), 2),
              unit: 'ms',
              target: 16.7,
            },
          );
      }
    }

    if (runs('space')) {
      const space = await measureSpace(browser, server.url('/bench/space.html'));
      details.space = space.details;
      figures.push(...space.figures);
    }

    if (runs('sim')) {
      const sim = await measureSim(browser, server.url('/bench/sim.html'));
      details.sim = sim.details;
      figures.push(...sim.figures);
    }

    if (runs('network')) {
      const network = await measureNetwork(browser, server, nn, { dist: DIST });
      details.network = network.details;
      figures.push(...network.figures);
    }

    if (runs('genai')) {
      const genai = await measureGenai(browser, server, DIST);
      details.genai = genai.details;
      figures.push(...genai.figures);
    }

    // Lesson 24's MNIST k-means: iterations per second by path, the longest main-thread task.
    if (runs('kmeans')) {
      const kmeans = await measureKmeans(browser, server, DIST);
      details.kmeans = kmeans.details;
      figures.push(...kmeans.figures);
    }

    // BENCH_ONLY=soak: just these (about 2.5 minutes), e.g. to check a long-task fix.
    if (runs('soak')) details.soak = {};
    for (const soak of runs('soak') ? SOAKS : []) {
      const r = await measureSoak(browser, server.url(soak.path), soak);
      details.soak[soak.widget] = r;
      figures.push({
        name: `${soak.widget} soak (${SOAK_MS / 1000} s): longest main-thread task`,
        value: r.longest,
        unit: 'ms',
        target: 50,
        note: `${r.count} tasks over 50 ms; longest ten: ${r.tasks.join(', ') || 'none'}`,
      });
    }
  } finally {
    await chromium.close();
    await server.close();
  }

  // target null: a figure shown for comparison only; higherIsBetter: the target is a minimum.
  for (const f of figures)
    f.status =
      f.target === null
        ? 'INFO'
        : (f.higherIsBetter ? f.value >= f.target : f.value <= f.target)
          ? 'PASS'
          : 'MISS';
  printTable(figures);
  // Other work on a shared machine slows every figure: the load says how much to trust them.
  const load = loadavg().map((x) => round(x, 2));
  console.log(`\nload average (1, 5, 15 min) at the end: ${load.join(', ')} on ${cpus().length} CPUs`);
  const date = new Date().toISOString();
  const report = {
    date,
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '?',
      node: process.version,
      loadAverage: load,
      browser: chromium.browser.version(),
    },
    figures,
    details,
  };
  await mkdir(RESULTS, { recursive: true });
  const json = JSON.stringify(report, null, 2) + '\n';
  const stamp = date.replace(/:/g, '-');
  // A partial run (BENCH_ONLY) is kept under its sections' names: it must not replace the full
  // record in latest.json.
  if (ONLY) {
    const file = `${stamp}.${ONLY.join('-')}.json`;
    await writeFile(join(RESULTS, file), json);
    console.log(`\nwritten: bench/results/${file} (a partial run; latest.json is unchanged)`);
    return;
  }
  await writeFile(join(RESULTS, `${stamp}.json`), json);
  await writeFile(join(RESULTS, 'latest.json'), json);
  console.log(`\nwritten: bench/results/${stamp}.json and bench/results/latest.json`);
}

main().catch((err) => {
  console.error('bench: measuring failed:', err instanceof Error ? err.stack : err);
  process.exit(1);
});
