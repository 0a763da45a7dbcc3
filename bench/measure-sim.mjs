/**
 * Bulk simulation speed: the CLT job of issue 5 (uniform source, n = 30, 10^7 random numbers:
 * 333,334 sample means) through `<lumen-clt>` on every path, plus the path the widget picks.
 *
 * For each path the widget runs the job once to warm up (tfjs, the backend, the shaders), then
 * three times measured; the median run is reported from `el.runStats`:
 *   - draws/s: 10^7 / (start of the run → result in the page), worker messaging included;
 *   - compute draws/s: 10^7 / time inside the value engine (generator + source + means), for the
 *     webgl path the GPU kernel with the read-back of its means: "the GPU kernel's draws/s";
 * and, for the picked path, the longest main-thread task while it ran (PerformanceObserver
 * "longtask"; Chromium reports tasks over 50 ms only, so 0 means none over 50 ms). The same is
 * measured for the main-thread fallback (a page where no worker can start).
 */

const N = 30;
const MEANS = 333_334; // 333,334 × 30 = 10,000,020 draws
export const SIM_PATHS = ['typed', 'wasm', 'cpu', 'webgl', 'auto'];
/** Measured runs per path (after one warm-up): the median is reported, the longest task is the worst. */
const RUNS = 3;

/** The run with the median time, carrying the longest main-thread task of all runs. */
function medianRun(runs) {
  const done = runs.filter((r) => !r.timedOut);
  if (!done.length) return runs[0];
  const sorted = [...done].sort((a, b) => a.stats.ms - b.stats.ms);
  const mid = sorted[Math.floor(sorted.length / 2)];
  return {
    ...mid,
    longest: Math.max(...runs.map((r) => r.longest ?? 0)),
    all: done.map((r) => Math.round(r.stats.ms)),
  };
}

export function simPage(embedUrl) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lumen simulation benchmark</title>
<link rel="icon" href="data:,">
<script>
  window.__longest = 0; window.__measure = false;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (window.__measure) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask' });
  if (location.search.includes('noworker')) delete window.Worker;
</script>
<script type="module" src="${embedUrl}"></script></head>
<body><lumen-clt id="b" source="uniform" n="${N}" means="${MEANS}" path="typed" formula="false"></lumen-clt></body></html>`;
}

async function runPath(page, path, seed, timeoutMs) {
  return page.evaluate(
    ({ path, seed, timeoutMs }) =>
      new Promise((resolve) => {
        const el = document.getElementById('b');
        const timer = setTimeout(() => {
          el.cancel();
          resolve({ path, timedOut: true });
        }, timeoutMs);
        window.__longest = 0;
        window.__measure = true;
        el.addEventListener(
          'simulated',
          () => {
            clearTimeout(timer);
            window.__measure = false;
            const s = el.state;
            resolve({
              path,
              stats: el.runStats,
              done: s.done,
              used: s.pathInUse,
              reason: el.shadowRoot.querySelector('.reason')?.textContent ?? '',
              longest: window.__longest,
              sd: s.measuredSd,
              theory: s.theorySd,
            });
          },
          { once: true },
        );
        el.setState({ path, seed });
      }),
    { path, seed, timeoutMs },
  );
}

async function openSim(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  // The first run (typed, at load) must be over before anything is measured.
  await page.waitForFunction(
    () => {
      const el = document.getElementById('b');
      return el?.state && !el.state.running && el.state.done === el.state.means;
    },
    null,
    { timeout: 120_000 },
  );
  return { page, close: () => context.close() };
}

export async function measureSim(browser, url, { timeoutMs = 120_000 } = {}) {
  const details = { paths: {}, fallback: null };
  const figures = [];
  const { page, close } = await openSim(browser, url);
  try {
    let seed = 100;
    for (const path of SIM_PATHS) {
      await runPath(page, path, seed++, timeoutMs); // warm-up: tfjs, backend, shaders
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runPath(page, path, seed++, timeoutMs));
      details.paths[path] = medianRun(runs);
    }
  } finally {
    await close();
  }
  const fb = await openSim(browser, url + (url.includes('?') ? '&' : '?') + 'noworker');
  try {
    await runPath(fb.page, 'auto', 7, timeoutMs);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runPath(fb.page, 'auto', 8 + i, timeoutMs));
    details.fallback = medianRun(runs);
  } finally {
    await fb.close();
  }

  const rate = (r, key = 'ms') => (r?.stats ? r.stats.draws / (r.stats[key] / 1000) : NaN);
  const M = (x) => Math.round(x / 1e5) / 10; // millions, one decimal
  for (const path of ['typed', 'wasm', 'cpu', 'webgl']) {
    const r = details.paths[path];
    figures.push({
      name: `CLT 10^7 draws (uniform, n=30): ${path}`,
      value: r?.timedOut ? 0 : M(rate(r)),
      unit: 'M draws/s',
      target: null,
      note: r?.timedOut
        ? `did not finish in ${timeoutMs / 1000} s`
        : `${r.used}; compute ${M(rate(r, 'computeMs'))} M/s; runs ${r.all.join(', ')} ms`,
    });
  }
  const picked = details.paths.auto;
  figures.push(
    {
      name: 'CLT 10^7 draws: the path the widget picks',
      value: picked?.timedOut ? 0 : M(rate(picked)),
      unit: 'M draws/s',
      target: 100,
      higherIsBetter: true,
      note: picked?.timedOut
        ? 'timed out'
        : `${picked.used} ${picked.reason}; sd of means ${picked.sd?.toPrecision(4)} vs σ/√n ${picked.theory?.toPrecision(4)}`,
    },
    {
      name: 'CLT 10^7 draws, picked path: longest main-thread task',
      value: Math.round(picked?.longest ?? NaN),
      unit: 'ms',
      target: 50,
      note: 'PerformanceObserver longtask (reports tasks > 50 ms; 0 = none)',
    },
    {
      name: 'GPU Philox kernel (+ means read-back): draws/s',
      value: details.paths.webgl?.timedOut ? 0 : M(rate(details.paths.webgl, 'computeMs')),
      unit: 'M draws/s',
      target: null,
      note: `${details.paths.webgl?.used ?? '?'}: here WebGL is software, so this is SwiftShader on the CPU, not a GPU`,
    },
    {
      name: 'CLT 10^7 draws, no worker (main-thread chunks)',
      value: details.fallback?.timedOut ? 0 : M(rate(details.fallback)),
      unit: 'M draws/s',
      target: null,
      note: `${details.fallback?.used ?? '?'}; longest task ${Math.round(details.fallback?.longest ?? NaN)} ms`,
    },
    {
      name: 'CLT 10^7 draws, no worker: longest main-thread task',
      value: Math.round(details.fallback?.longest ?? NaN),
      unit: 'ms',
      target: 50,
    },
  );
  return { figures, details };
}
