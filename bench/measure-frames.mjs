/**
 * Frame times while a big `<lumen-plane picture="cloud">` (10,000 points) animates, replaying
 * Play whenever t reaches 1, for `durationMs`.
 *
 * What is measured, all in the page:
 *   - rAF interval: the difference between successive requestAnimationFrame timestamps. Headless
 *     Chromium paces frames at 60 Hz (16.7 ms) when the main thread keeps up; a frame whose
 *     main-thread work (scripts, style, layout, paint recording) runs long delays the next one,
 *     so intervals above 16.7 ms are dropped frames. GPU rasterisation (SwiftShader, software)
 *     runs off the main thread and only shows here if it backs up the pipeline.
 *   - rAF work: the time spent inside all requestAnimationFrame callbacks of one frame (the
 *     frame scheduler's tick: the widget's animation step and its render), by wrapping
 *     window.requestAnimationFrame in an init script. Excludes style/layout/paint.
 *   - render: the time inside the element's own `render()` (its prototype method, wrapped once
 *     the element is defined), when the widget has such a method.
 * The measuring loop itself uses the unwrapped requestAnimationFrame, so it is not counted.
 */

const INSTRUMENT = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const work = new Map();
  window.__bench = { raf, work, render: [] };
  window.requestAnimationFrame = (cb) => raf((ts) => {
    const t0 = performance.now();
    try { cb(ts); } finally { work.set(ts, (work.get(ts) || 0) + performance.now() - t0); }
  });
})();`;

export function framePage(embedUrl) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lumen frame benchmark</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; } lumen-plane { margin: 0; }</style>
<script type="module" src="${embedUrl}"></script></head>
<body><lumen-plane id="big" picture="cloud" matrix="2 1; 1 2"></lumen-plane></body></html>`;
}

export async function measureFrames(browser, url, viewport, durationMs = 4000, deviceScaleFactor = 1) {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(async () => {
    await customElements.whenDefined('lumen-plane');
    const el = document.getElementById('big');
    return !!el?.shadowRoot?.querySelector('button[name="play"]');
  });
  const result = await page.evaluate(async (duration) => {
    const bench = window.__bench;
    const el = document.getElementById('big');
    const proto = customElements.get('lumen-plane').prototype;
    const hasRender = typeof proto.render === 'function';
    if (hasRender) {
      const original = proto.render;
      proto.render = function (...args) {
        const t0 = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          bench.render.push(performance.now() - t0);
        }
      };
    }
    const surface = [...el.shadowRoot.querySelectorAll('canvas')].map((c) => ({
      css: [c.clientWidth, c.clientHeight],
      backing: [c.width, c.height],
    }));
    const play = el.shadowRoot.querySelector('button[name="play"]');
    const stamps = [];
    const ts = new Set();
    let plays = 0;
    await new Promise((r) => bench.raf(() => bench.raf(r)));
    bench.work.clear();
    bench.render.length = 0;
    play.click();
    plays++;
    let last = el.state.t;
    let sinceClick = 0;
    await new Promise((done) => {
      const start = performance.now();
      const loop = (now) => {
        stamps.push(now);
        const t = el.state.t;
        ts.add(t);
        sinceClick++;
        // Play again once an animation has finished: t rests at 0 or 1 (Play goes 0 → 1, then back).
        if ((t === 0 || t === 1) && t === last && sinceClick > 2) {
          play.click();
          plays++;
          sinceClick = 0;
        }
        last = t;
        if (performance.now() - start < duration) bench.raf(loop);
        else done();
      };
      bench.raf(loop);
    });
    const intervals = stamps.slice(1).map((s, k) => s - stamps[k]);
    const work = stamps.map((s) => bench.work.get(s)).filter((w) => typeof w === 'number');
    return { intervals, work, render: [...bench.render], plays, distinctT: ts.size, hasRender, surface };
  }, durationMs);
  await context.close();
  if (result.distinctT < 10) throw new Error(`the plane did not animate (t took ${result.distinctT} values)`);
  if (result.intervals.length < 30)
    throw new Error(`only ${result.intervals.length} frames in ${durationMs} ms`);
  return result;
}
