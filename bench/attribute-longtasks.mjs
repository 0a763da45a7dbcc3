/**
 * Which code makes each long task of a soak: runs the soaks of measure-soak.mjs under Chrome
 * tracing and prints, per main-thread task over 50 ms, the trace events inside it (timers, frames,
 * events, layout, paint, GC, the JS function called) and the JavaScript functions the CPU profiler
 * sampled in it. A diagnostic for whoever chases a long task, not a figure of `npm run bench`.
 *
 *   npx vite build --configLoader runner --minify false --outDir /tmp/lumen-diag
 *   LUMEN_DIST=/tmp/lumen-diag node bench/attribute-longtasks.mjs sampler,clt 10000
 *
 * An unminified build keeps the function names readable; PROFILE=1 adds the CPU profiler's
 * samples (its start is one long task of its own). The longest tasks by thread time are shown
 * first: on a loaded machine wall time is mostly waiting for a core. Arguments: widgets (comma list; default
 * all soaks) and milliseconds per soak (default 10,000).
 */
import { join, resolve } from 'node:path';
import { launchChromium, startStaticServer } from '../test/browser/serve.mjs';
import { readySelector, SOAKS } from './measure-soak.mjs';

const DIST = resolve(process.env.LUMEN_DIST ?? join(import.meta.dirname, '..', 'dist'));
const [only, msArg] = process.argv.slice(2);
const MS = Number(msArg ?? 10_000);
const LONG_US = 50_000;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  // The CPU profiler names the JS functions, but starting it logs every compiled function in one
  // task of its own (hundreds of ms, "V8.InvokeApiInterruptCallbacks"): PROFILE=1 turns it on.
  ...(process.env.PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** The trace events nested in [start, end) on one thread, as indented lines (those ≥ 2 ms). */
function nested(events, start, end) {
  const inside = events
    .filter((e) => e.ph === 'X' && e.ts >= start && e.ts < end && (e.dur ?? 0) >= 2000)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const lines = [];
  for (const e of inside) {
    while (stack.length && stack[stack.length - 1] <= e.ts) stack.pop();
    const d = e.args?.data ?? {};
    const b = e.args?.beginData ?? {};
    const objects = b.totalObjects ? `${b.dirtyObjects}/${b.totalObjects} objects` : '';
    const what = [d.functionName, d.type, d.url?.split('/').pop(), d.lineNumber, objects]
      .filter(Boolean)
      .join(' ');
    const cpu = e.tdur === undefined ? '' : ` (thread ${(e.tdur / 1000).toFixed(1)})`;
    lines.push(`${'  '.repeat(stack.length)}${e.name} ${(e.dur / 1000).toFixed(1)} ms${cpu} ${what}`);
    stack.push(e.ts + e.dur);
  }
  return lines.slice(0, 40);
}

/** CPU profile samples of one thread: [{ ts, frames: ['fn file:line', … root last] }]. */
function samples(events, pid, tid) {
  const nodes = new Map();
  const out = [];
  const profileIds = new Set(
    events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id),
  );
  let ts = 0;
  for (const e of events) {
    if (e.name === 'Profile' && profileIds.has(e.id)) ts = e.args.data.startTime;
    if (e.name !== 'ProfileChunk' || !profileIds.has(e.id)) continue;
    const p = e.args.data.cpuProfile ?? {};
    for (const n of p.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (p.samples ?? []).forEach((id, i) => {
      ts += deltas[i] ?? 0;
      out.push({ ts, id });
    });
  }
  return out.map(({ ts, id }) => {
    const frames = [];
    for (let n = nodes.get(id); n; n = nodes.get(n.parent)) {
      const c = n.callFrame;
      frames.push(`${c.functionName || '(anon)'} ${c.url?.split('/').pop() ?? ''}:${c.lineNumber}`);
    }
    return { ts, frames };
  });
}

function top(map, n) {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

async function attribute(browser, server, soak) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    if (soak.fromLoad) await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(server.url(soak.path), { waitUntil: 'load' });
    await page.waitForFunction((sel) => {
      const el = document.querySelector(sel);
      return el && customElements.get(el.localName) && el.shadowRoot?.childElementCount;
    }, readySelector(soak));
    await page.evaluate((w) => (document.body.dataset.soak = w), soak.widget);
    if (!soak.fromLoad) await browser.startTracing(page, { categories: CATEGORIES });
    await page.evaluate(`(${soak.start.toString()})(${MS})`);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    const main = events.find(
      (e) =>
        e.name === 'thread_name' &&
        e.args?.name === 'CrRendererMain' &&
        events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'RunTask' && x.dur > 0),
    );
    if (!main) throw new Error('no renderer main thread in the trace');
    const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > LONG_US);
    const prof = samples(events, main.pid, main.tid);
    // On a loaded machine a task's wall time (dur) is mostly waiting for a core; its thread
    // time (tdur) is what the code itself cost.
    const cpu = tasks.map((t) => (t.tdur ?? t.dur) / 1000).sort((a, b) => b - a);
    console.log(`\n=== ${soak.widget}: ${tasks.length} tasks over 50 ms in ${MS} ms (wall time)`);
    console.log(
      `  their thread time: ${cpu
        .slice(0, 12)
        .map((x) => x.toFixed(0))
        .join(', ')} ms`,
    );
    console.log(`  over 50 ms of thread time: ${cpu.filter((x) => x > 50).length}`);
    const self = new Map();
    const incl = new Map();
    for (const t of tasks.sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur))) {
      if (tasks.indexOf(t) < 4) {
        console.log(
          `--- task ${(t.dur / 1000).toFixed(0)} ms (thread ${((t.tdur ?? 0) / 1000).toFixed(0)} ms)`,
        );
        for (const line of nested(mine, t.ts, t.ts + t.dur)) console.log('  ' + line);
      }
      for (const s of prof) {
        if (s.ts < t.ts || s.ts >= t.ts + t.dur) continue;
        self.set(s.frames[0], (self.get(s.frames[0]) ?? 0) + 1);
        for (const f of new Set(s.frames)) incl.set(f, (incl.get(f) ?? 0) + 1);
      }
    }
    console.log('  samples in long tasks, self:');
    for (const [f, n] of top(self, 12)) console.log(`    ${n}\t${f}`);
    console.log('  samples in long tasks, inclusive:');
    for (const [f, n] of top(incl, 30)) console.log(`    ${n}\t${f}`);
  } finally {
    await context.close();
  }
}

const server = await startStaticServer({ root: DIST });
const chromium = await launchChromium();
try {
  const wanted = only && only !== 'all' ? only.split(',') : SOAKS.map((s) => s.widget);
  for (const soak of SOAKS.filter((s) => wanted.includes(s.widget)))
    await attribute(chromium.browser, server, soak);
} finally {
  await chromium.close();
  await server.close();
}
