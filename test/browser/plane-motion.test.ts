/**
 * `<lumen-plane>` animation lifecycle: reduced motion, one render a frame, no frames after
 * removal, and a pause while scrolled off screen.
 */
import { describe, expect, it } from 'vitest';
import { expectClean } from './harness';
import { playAndSample, ready, setState, state, type PlaneView } from './plane-driver';
import { useSite } from '../helpers/site';

const site = useSite({ '/hostile/': 'test/fixtures/embed/' });

describe('<lumen-plane> motion', () => {
  it('honours prefers-reduced-motion: Play jumps to the end', async () => {
    const page = await site.open('/hostile/plain.html', {
      reducedMotion: 'reduce',
    });
    await ready(page, '#p');
    await setState(page, '#p', { t: 0 });
    const samples = await playAndSample(page, '#p', 1, 2000);
    expect(samples.at(-1)).toBe(1);
    expect(
      samples.filter((t) => t > 0 && t < 1),
      `no frames in between: ${samples.join(' ')}`,
    ).toEqual([]);
    expect(samples.length).toBeLessThanOrEqual(3);
    expectClean(page);
    await page.close();
  });

  it('renders at most once a frame while it animates (the LumenElement contract)', async () => {
    // Tag every requestAnimationFrame callback with its frame, then count render() calls per frame.
    const tagFrames = `(() => { const raf = window.requestAnimationFrame.bind(window); window.__frame = 0;
      window.requestAnimationFrame = (cb) => raf((ts) => { window.__frame = ts; cb(ts); }); })();`;
    const page = await site.open('/hostile/plain.html', {
      initScript: tagFrames,
    });
    await ready(page, '#p');
    await setState(page, '#p', { t: 0 });
    const perFrame = await page.$eval('#p', async (el) => {
      const v = el as PlaneView;
      const w = window as unknown as { __frame: number };
      const proto = Object.getPrototypeOf(v) as { render(): void };
      const render = proto.render;
      const counts = new Map<number, number>();
      proto.render = function (this: unknown) {
        counts.set(w.__frame, (counts.get(w.__frame) ?? 0) + 1);
        render.call(this);
      };
      (v.shadowRoot!.querySelector('button[name="play"]') as HTMLButtonElement).click();
      while (v.state.t < 1) await new Promise((r) => setTimeout(r, 50));
      proto.render = render;
      return [...counts.values()];
    });
    expect(perFrame.length, 'frames with a render').toBeGreaterThan(10);
    expect(Math.max(...perFrame), `renders per frame: ${perFrame.join(' ')}`).toBe(1);
    expectClean(page);
    await page.close();
  });

  it('removing the element stops its animation frames', async () => {
    const counter = `(() => { const raf = window.requestAnimationFrame.bind(window); window.__rafCalls = 0;
      window.requestAnimationFrame = (cb) => { window.__rafCalls++; return raf(cb); }; })();`;
    const page = await site.open('/hostile/plain.html', {
      initScript: counter,
    });
    await ready(page, '#p');
    await setState(page, '#p', { t: 0 });
    const result = await page.$eval('#p', async (el) => {
      const v = el as PlaneView;
      // The page's single frame loop (src/render/scheduler.ts), shared through this symbol.
      const sched = (globalThis as unknown as Record<symbol, { active: number }>)[
        Symbol.for('lumen.frameScheduler')
      ]!;
      const w = window as unknown as { __rafCalls: number };
      (v.shadowRoot!.querySelector('button[name="play"]') as HTMLButtonElement).click();
      // The motion's first frame only stamps its start time: wait until t has moved.
      for (let i = 0; i < 30 && v.state.t === 0; i++) await new Promise((r) => requestAnimationFrame(r));
      const playing = { active: sched.active, t: v.state.t };
      v.remove();
      await new Promise((r) => setTimeout(r, 100));
      const calls = w.__rafCalls;
      await new Promise((r) => setTimeout(r, 400));
      return { playing, activeAfter: sched.active, moreCalls: w.__rafCalls - calls };
    });
    expect(result.playing.active, 'it was animating').toBeGreaterThan(0);
    expect(result.playing.t).toBeLessThan(1);
    expect(result.playing.t).toBeGreaterThan(0);
    expect(result.activeAfter).toBe(0);
    expect(result.moreCalls, 'no animation frames after removal').toBe(0);
    expectClean(page);
    await page.close();
  });

  it('scrolling it off screen pauses a running animation; scrolling back resumes it', async () => {
    const page = await site.open('/hostile/plain.html');
    await ready(page, '#p');
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '5000px';
      document.body.append(spacer);
    });
    await setState(page, '#p', { t: 0 });
    const paused = await page.$eval('#p', async (el) => {
      const v = el as PlaneView;
      // The page's single frame loop (src/render/scheduler.ts), shared through this symbol.
      const sched = (globalThis as unknown as Record<symbol, { active: number }>)[
        Symbol.for('lumen.frameScheduler')
      ]!;
      (v.shadowRoot!.querySelector('button[name="play"]') as HTMLButtonElement).click();
      // Leave the screen only once the animation has drawn a frame past its start: on a busy
      // machine the first frame can come after the scroll, and a paused t = 0 proves nothing.
      while (v.state.t === 0) await new Promise((r) => requestAnimationFrame(r));
      scrollTo(0, document.scrollingElement!.scrollHeight);
      await new Promise((r) => setTimeout(r, 250));
      const t1 = v.state.t;
      await new Promise((r) => setTimeout(r, 400));
      return { t1, t2: v.state.t, active: sched.active };
    });
    expect(paused.t1, 'still mid-animation when it left the screen').toBeLessThan(1);
    expect(paused.t1, 'it had started').toBeGreaterThan(0);
    expect(paused.t2).toBe(paused.t1);
    expect(paused.active).toBe(0);
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(async () => (await state(page, '#p')).t, { timeout: 5000 }).toBe(1);
    expectClean(page);
    await page.close();
  });
});
