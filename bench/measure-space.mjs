/**
 * Frame times of `<lumen-space>` (three.js on WebGL; in headless Chromium here that is SwiftShader,
 * software WebGL on the CPU) at 1920x1080, and what it costs when nothing moves.
 *
 * - orbiting: real mouse drags (Chromium's input pipeline, from playwright) sweep the view back
 *   and forth across the empty part of the 3D view for `durationMs`;
 * - animating: Play from the identity to the matrix and back, over and over.
 * For each, in the page:
 *   - rAF interval: the difference between successive requestAnimationFrame timestamps (60 Hz
 *     pacing is 16.7 ms; a frame whose work runs long, on the main thread or in the GPU process
 *     that rasterises WebGL in software, delays the next one);
 *   - render(): the time inside the element's own render() (three.js issuing the frame);
 *   - render() + GPU: a second pass in which each render() is followed by a 1-pixel readPixels,
 *     which waits until SwiftShader has finished drawing the frame: the whole cost of a frame,
 *     without the overlap that the pipeline normally gives.
 *   - CPU per frame: the CPU time Chromium's GPU process (where SwiftShader draws) and renderer
 *     processes used during the run (CDP SystemInfo.getProcessInfo), divided by the frames drawn.
 *     Wall-clock figures above depend on how busy the machine is; this is the work itself: under
 *     16.7 ms, one free core keeps up with 60 frames a second.
 * Idle: the widget settled, nothing moving, for 2 s: WebGL draw calls, requestAnimationFrame
 * callbacks and main-thread task time (CDP Performance.getMetrics) in that window.
 */

import { cpus, loadavg } from 'node:os';
import { percentile, round } from './stats.mjs';

const MATRIX = '2 1 0; 0 1.5 0.5; 0.5 0 1';

/** The bench page: one widget; `?large` lets its 3D view grow to the viewport's height. */
export function spacePage(embedUrl) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lumen 3D frame benchmark</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; } lumen-space { margin: 0; } .large lumen-space { --lumen-space-max: 4000px; }</style>
<script>if (location.search.includes('large')) document.documentElement.classList.add('large');</script>
<script type="module" src="${embedUrl}"></script></head>
<body><lumen-space id="big" matrix="${MATRIX}" cross="ij"></lumen-space></body></html>`;
}

/** Counts rAF callbacks and WebGL draw calls made by the page, from before its scripts run. */
const INSTRUMENT = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const bench = { raf, rafCalls: 0, draws: 0, render: [], sync: false };
  window.__bench = bench;
  window.requestAnimationFrame = (cb) => { bench.rafCalls++; return raf(cb); };
  const proto = WebGL2RenderingContext.prototype;
  for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
    const f = proto[name];
    proto[name] = function (...args) { bench.draws++; return f.apply(this, args); };
  }
})();`;

async function openBench(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(async () => {
    await customElements.whenDefined('lumen-space');
    const el = document.getElementById('big');
    return !!el?.shadowRoot?.querySelector('canvas') && el.webgl;
  });
  // Time render(), and in the synced pass also wait for the GPU to finish each frame.
  await page.evaluate(() => {
    const bench = window.__bench;
    const el = document.getElementById('big');
    const proto = customElements.get('lumen-space').prototype;
    const original = proto.render;
    const pixel = new Uint8Array(4);
    proto.render = function (...args) {
      const t0 = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        if (bench.sync) {
          const gl = el.shadowRoot.querySelector('canvas')?.getContext('webgl2');
          gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        }
        bench.render.push(performance.now() - t0);
      }
    };
  });
  const size = await page.evaluate(() => {
    const c = document.getElementById('big').shadowRoot.querySelector('canvas');
    return { css: [c.clientWidth, c.clientHeight], backing: [c.width, c.height] };
  });
  return { context, page, size };
}

/**
 * Starts recording rAF timestamps in the page (with the unwrapped rAF, so it is not counted).
 * Each recording has its own number: the last callback of the previous one, still pending, must
 * not carry on into this one (two chains would record every frame twice).
 */
function startRecording(page, sync) {
  return page.evaluate((s) => {
    const bench = window.__bench;
    bench.sync = s;
    bench.render.length = 0;
    const stamps = [];
    bench.stamps = stamps;
    const id = (bench.recording = bench.recordings = (bench.recordings ?? 0) + 1);
    const loop = (now) => {
      if (bench.recording !== id) return;
      stamps.push(now);
      bench.raf(loop);
    };
    bench.raf(loop);
  }, sync);
}

function stopRecording(page) {
  return page.evaluate(() => {
    const bench = window.__bench;
    bench.recording = 0;
    bench.sync = false;
    const stamps = bench.stamps;
    return { intervals: stamps.slice(1).map((s, k) => s - stamps[k]), render: [...bench.render] };
  });
}

/** Seconds of CPU used so far by the GPU process and by all renderer processes. */
async function cpuSeconds(cdp) {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  const sum = (type) => processInfo.filter((p) => p.type === type).reduce((a, p) => a + p.cpuTime, 0);
  return { gpu: sum('GPU'), renderer: sum('renderer') };
}

/** Runs `run`, and adds the CPU milliseconds per drawn frame it cost (GPU process, renderers). */
async function withCpu(cdp, run) {
  const before = await cpuSeconds(cdp);
  const result = await run();
  const after = await cpuSeconds(cdp);
  const frames = Math.max(1, result.render.length);
  return {
    ...result,
    cpuPerFrame: {
      gpu: ((after.gpu - before.gpu) * 1000) / frames,
      renderer: ((after.renderer - before.renderer) * 1000) / frames,
    },
  };
}

async function orbit(page, durationMs, sync) {
  const box = await page.evaluate(() => {
    const r = document.getElementById('big').shadowRoot.querySelector('.plot').getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  });
  // Low on the left: the floor, away from every tip (a press there turns the view).
  const x0 = box.x + box.w * 0.2;
  const y0 = box.y + box.h * 0.88;
  await page.evaluate(() => {
    const el = document.getElementById('big');
    const seen = new Set();
    window.__bench.azimuths = seen;
    el.addEventListener('change', () => seen.add(el.state.azimuth));
  });
  await startRecording(page, sync);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const start = Date.now();
  let k = 0;
  while (Date.now() - start < durationMs) {
    // A slow sweep right and back, with a little up and down: about 60 moves a second.
    const phase = (k++ % 120) / 120;
    const dx = Math.sin(phase * 2 * Math.PI) * box.w * 0.3;
    const dy = Math.sin(phase * 4 * Math.PI) * box.h * 0.05;
    await page.mouse.move(x0 + dx, y0 + dy);
  }
  await page.mouse.up();
  const result = await stopRecording(page);
  const turns = await page.evaluate(() => window.__bench.azimuths.size);
  if (turns < 5)
    throw new Error(`orbiting did not turn the view (azimuth took ${turns} values in ${k} moves)`);
  return { ...result, moves: k };
}

async function animate(page, durationMs, sync) {
  await startRecording(page, sync);
  const plays = await page.evaluate(async (duration) => {
    const el = document.getElementById('big');
    const play = el.shadowRoot.querySelector('button[name="play"]');
    const raf = window.__bench.raf;
    const ts = new Set();
    let plays = 0;
    let last = el.state.t;
    let since = 0;
    play.click();
    plays++;
    await new Promise((done) => {
      const start = performance.now();
      const loop = () => {
        const t = el.state.t;
        ts.add(t);
        since++;
        // Play again once an animation has finished: t rests at 0 or 1.
        if ((t === 0 || t === 1) && t === last && since > 2) {
          play.click();
          plays++;
          since = 0;
        }
        last = t;
        if (performance.now() - start < duration) raf(loop);
        else done();
      };
      raf(loop);
    });
    if (ts.size < 10) throw new Error(`the matrix did not animate (t took ${ts.size} values)`);
    return plays;
  }, durationMs);
  // Let the last animation end, so the next measurement starts from rest.
  await page.evaluate(() => {
    const el = document.getElementById('big');
    if (el.state.t !== 1) el.setState({ t: 1 });
  });
  return { ...(await stopRecording(page)), plays };
}

/**
 * What software WebGL costs before drawing anything: clear an empty canvas of the widget's size
 * and wait for it (1-pixel readPixels), once a frame. A floor under every frame figure above, and
 * a gauge of how busy the machine was while they were taken.
 */
function emptyFrameCost(page, side, frames = 40) {
  return page.evaluate(
    async ([size, count]) => {
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      canvas.style.cssText = `position:fixed;right:0;bottom:0;width:${size}px;height:${size}px;`;
      document.body.append(canvas);
      const gl = canvas.getContext('webgl2', { antialias: false, alpha: false });
      const pixel = new Uint8Array(4);
      const times = [];
      for (let k = 0; k < count; k++) {
        const t0 = performance.now();
        gl.clearColor(k / count, 0, 0, 1);
        gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        times.push(performance.now() - t0);
        await new Promise((r) => window.__bench.raf(r));
      }
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      canvas.remove();
      return times;
    },
    [side, frames],
  );
}

async function idle(page, windowMs) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  // Settle: two frames after the last change, then a quiet window.
  await page.evaluate(() => new Promise((r) => window.__bench.raf(() => window.__bench.raf(r))));
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => ({
    draws: window.__bench.draws,
    rafCalls: window.__bench.rafCalls,
    renders: window.__bench.render.length,
  }));
  const t0 = await task();
  await page.waitForTimeout(windowMs);
  const t1 = await task();
  const after = await page.evaluate(() => ({
    draws: window.__bench.draws,
    rafCalls: window.__bench.rafCalls,
    renders: window.__bench.render.length,
  }));
  await cdp.detach();
  return {
    draws: after.draws - before.draws,
    rafCalls: after.rafCalls - before.rafCalls,
    renders: after.renders - before.renders,
    taskMs: (t1 - t0) * 1000,
  };
}

/**
 * Measures at 1920x1080: the default layout (3D view at its default maximum, 640 px) and a large
 * one (the view as tall as the screen allows). Returns the figures for the report and the details.
 */
export async function measureSpace(browser, url, durationMs = 4000) {
  const viewport = { width: 1920, height: 1080 };
  const figures = [];
  const details = {};
  const cdp = await browser.newBrowserCDPSession();
  for (const variant of ['default', 'large']) {
    const { context, page, size } = await openBench(
      browser,
      variant === 'large' ? `${url}?large` : url,
      viewport,
    );
    const label = `3D ${variant === 'large' ? 'large ' : ''}${size.css.join('x')}`;
    const runs = {
      orbit: await withCpu(cdp, () => orbit(page, durationMs, false)),
      animate: await withCpu(cdp, () => animate(page, durationMs, false)),
    };
    if (variant === 'default') {
      runs.orbitSynced = await orbit(page, durationMs / 2, true);
      runs.animateSynced = await animate(page, durationMs / 2, true);
    }
    const rest = await idle(page, 2000);
    const floor = variant === 'default' ? await emptyFrameCost(page, size.backing[0]) : undefined;
    await context.close();
    details[variant] = {
      surface: size,
      loadAverage: loadavg().map((x) => round(x, 2)),
      ...(floor ? { emptyFrame: floor.map((x) => round(x, 2)) } : {}),
      idle: { ...rest, taskMs: round(rest.taskMs, 1) },
      ...Object.fromEntries(
        Object.entries(runs).map(([k, r]) => [
          k,
          {
            frames: r.intervals.length,
            intervals: r.intervals.map((x) => round(x, 2)),
            render: r.render.map((x) => round(x, 2)),
            plays: r.plays,
            moves: r.moves,
            cpuPerFrame: r.cpuPerFrame && {
              gpu: round(r.cpuPerFrame.gpu, 2),
              renderer: round(r.cpuPerFrame.renderer, 2),
            },
          },
        ]),
      ),
    };
    const canvas = `canvas ${size.backing.join('x')}`;
    for (const mode of ['orbit', 'animate']) {
      const r = runs[mode];
      const what = mode === 'orbit' ? 'orbiting' : 'animating';
      const dropped = r.intervals.filter((x) => x > 20).length;
      figures.push(
        {
          name: `${label} ${what}: rAF interval p95`,
          value: round(percentile(r.intervals, 95), 2),
          unit: 'ms',
          target: 16.7,
          note: `${r.intervals.length} frames, ${dropped} > 20 ms, p50 ${round(percentile(r.intervals, 50), 2)}, ${canvas}`,
        },
        {
          name: `${label} ${what}: render() p95`,
          value: round(percentile(r.render, 95), 2),
          unit: 'ms',
          target: 16.7,
          note: `${r.render.length} renders, p50 ${round(percentile(r.render, 50), 2)}`,
        },
        {
          name: `${label} ${what}: CPU per frame`,
          value: round(r.cpuPerFrame.gpu + r.cpuPerFrame.renderer, 2),
          unit: 'ms',
          target: 16.7,
          note: `GPU process (SwiftShader) ${round(r.cpuPerFrame.gpu, 2)} + renderers ${round(r.cpuPerFrame.renderer, 2)}, mean over ${r.render.length} frames`,
        },
      );
      const synced = runs[`${mode}Synced`];
      if (synced)
        figures.push({
          name: `${label} ${what}: render() + GPU p95`,
          value: round(percentile(synced.render, 95), 2),
          unit: 'ms',
          target: 16.7,
          note: `render then readPixels(1 px) each frame: ${synced.render.length} renders, p50 ${round(percentile(synced.render, 50), 2)}`,
        });
    }
    if (floor)
      figures.push({
        name: `${label} empty software-WebGL frame p95`,
        value: round(percentile(floor, 95), 2),
        unit: 'ms',
        target: 16.7,
        note: `clear + readPixels, no scene: the floor; p50 ${round(percentile(floor, 50), 2)}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
      });
    figures.push(
      {
        name: `${label} idle 2 s: frames drawn`,
        value: rest.renders,
        unit: 'frames',
        target: 0,
        note: `${rest.draws} WebGL draw calls, ${rest.rafCalls} rAF callbacks`,
      },
      {
        name: `${label} idle 2 s: main-thread tasks`,
        value: round(rest.taskMs, 1),
        unit: 'ms',
        target: 40,
        note: 'CDP TaskDuration over the 2 s (target: under 2% busy)',
      },
    );
  }
  await cdp.detach();
  return { figures, details };
}
