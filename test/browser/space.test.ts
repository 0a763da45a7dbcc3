/**
 * `<lumen-space>` under a person's hands, on a plain page that only loads embed.js
 * (test/fixtures/space/index.html): the tips dragged with the mouse and keyed, the view turned by
 * mouse, finger, pinch and keys, typed matrices and their volume, Play, the cross product, ARIA;
 * then what it costs: frames only after a change, none off screen, WebGL contexts given back on
 * removal; then a browser without WebGL; then screenshots in the three themes and at 360 px.
 *
 * `LUMEN_DIST=/tmp/x-dist` serves another build than dist/ (for working on the widget while
 * someone else builds dist/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { expectClean, screenshot, type LumenPage } from './harness';
import type { SpaceState } from '../../src/widgets/space/props';
import { useSite } from '../helpers/site';
import { expectLooksLike, looksLike } from '../helpers/baseline';

type Point = { x: number; y: number };
type Vec3 = [number, number, number];

interface SpaceView extends HTMLElement {
  readonly state: SpaceState;
  setState(partial: Record<string, unknown>): void;
  spaceToClient(p: readonly [number, number, number]): Point;
  readonly webgl: boolean;
  readonly description: string;
  readonly messages: string[];
}

interface GlProbe {
  made: WebGL2RenderingContext[];
  draws: () => number;
  live: () => number;
}

/** Counts WebGL contexts (and which are still alive) and draw calls, from before any page script. */
const GL_PROBE = `(() => {
  const made = [];
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && /webgl/i.test(String(type)) && !made.includes(ctx)) made.push(ctx);
    return ctx;
  };
  let draws = 0;
  const proto = WebGL2RenderingContext.prototype;
  for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
    const f = proto[name];
    proto[name] = function (...args) { draws++; return f.apply(this, args); };
  }
  window.__gl = { made, draws: () => draws, live: () => made.filter((c) => !c.isContextLost()).length };
})();`;

/** A browser where WebGL is switched off: every WebGL context request fails. */
const NO_WEBGL = `(() => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return /webgl/i.test(String(type)) ? null : getContext.call(this, type, ...rest);
  };
})();`;

const DIST = process.env.LUMEN_DIST || 'dist';
const PAGE = '/space/index.html';
const SEL = '#s';
const sel = (inner: string): string => `${SEL} ${inner}`;

const site = useSite({ '/space/': 'test/fixtures/space/' }, DIST);

// ---- driving the element ------------------------------------------------------------------------

function frames(page: Page, n = 1): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count;
        const tick = (): void => void (--left <= 0 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

async function ready(page: Page, expectWebgl = true): Promise<void> {
  await page.waitForFunction(async (sel) => {
    await customElements.whenDefined('lumen-space');
    const el = document.querySelector(sel) as SpaceView | null;
    return !!el?.shadowRoot?.querySelector('[data-handle="i"]');
  }, SEL);
  await frames(page, 3);
  expect(await page.$eval(SEL, (el) => (el as SpaceView).webgl)).toBe(expectWebgl);
}

function state(page: Page): Promise<SpaceState> {
  return page.$eval(SEL, (el) => JSON.parse(JSON.stringify((el as SpaceView).state)) as SpaceState);
}

async function setState(page: Page, partial: Record<string, unknown>): Promise<void> {
  await page.$eval(SEL, (el, p) => (el as SpaceView).setState(p), partial);
  await frames(page, 2);
}

function toClient(page: Page, p: Vec3): Promise<Point> {
  return page.$eval(SEL, (el, q) => (el as SpaceView).spaceToClient(q), p);
}

function text(page: Page, inner: string): Promise<string> {
  return page
    .locator(sel(inner))
    .innerText()
    .then((t) => t.replace(/\u2212/g, '-'));
}

async function dragMouse(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await frames(page, 2);
}

/** Fingers through Chromium's real touch pipeline (so `touch-action` matters, as on a phone). */
async function touch(page: Page, paths: Point[][]): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const at = (k: number) =>
    paths.map((p, id) => ({ x: p[k]!.x, y: p[k]!.y, id, radiusX: 2, radiusY: 2, force: 1 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let k = 1; k < paths[0]!.length; k++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await frames(page, 2);
}

function line(from: Point, to: Point, steps = 8): Point[] {
  return Array.from({ length: steps + 1 }, (_, k) => ({
    x: from.x + ((to.x - from.x) * k) / steps,
    y: from.y + ((to.y - from.y) * k) / steps,
  }));
}

/** A point on the 3D view away from every tip: where a press turns the view. */
async function emptySpot(page: Page): Promise<Point> {
  const box = (await page.locator(sel('.plot')).boundingBox())!;
  return { x: box.x + box.width * 0.15, y: box.y + box.height * 0.85 };
}

function expectClose(actual: readonly number[], expected: readonly number[], tolerance = 1e-9): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, k) =>
    expect(
      Math.abs(v - expected[k]!),
      `entry ${k} of [${actual.join(', ')}] vs [${expected.join(', ')}]`,
    ).toBeLessThanOrEqual(tolerance),
  );
}

const IDENTITY = [1, 0, 0, 0, 1, 0, 0, 0, 1];

// ---- the widget under a person's hands --------------------------------------------------------------

describe('<lumen-space> on a plain page', () => {
  let page: LumenPage;

  beforeAll(async () => {
    page = await site.open(PAGE, { initScript: GL_PROBE });
    await ready(page);
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  async function reset(partial: Record<string, unknown> = {}): Promise<void> {
    await page.locator(SEL).evaluate((el) => (el.shadowRoot?.activeElement as HTMLElement | null)?.blur());
    await setState(page, {
      matrix: IDENTITY,
      t: 1,
      azimuth: 30,
      elevation: 20,
      zoom: 1,
      cross: 'none',
      predict: false,
      ...partial,
    });
    await page.locator(SEL).scrollIntoViewIfNeeded();
    await frames(page, 2);
  }

  it('starts from its attribute and says what it shows', async () => {
    const s = await state(page);
    expect(s.matrix).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 1]);
    expect(s).toMatchObject({ t: 1, determinant: true, cross: 'none', azimuth: 30, elevation: 20, zoom: 1 });
    const description = await page.$eval(SEL, (el) => (el as SpaceView).description);
    expect(description).toContain('î lands at (1, 0, 0), ĵ at (1, 1, 0) and k̂ at (0, 0, 1).');
    expect(description).toContain('volume 1');
    expect(await page.locator(sel('.stage')).getAttribute('aria-label')).toContain('î lands at (1, 0, 0)');
    expect(await page.locator(sel('[data-handle="j"]')).getAttribute('aria-label')).toBe(
      'ĵ tip at (1, 1, 0)',
    );
    expect(await page.locator(sel('.formula .katex')).count()).toBeGreaterThan(0);
  });

  it('handles sit on the drawn tips', async () => {
    await reset();
    for (const [name, tip] of [
      ['i', [1, 0, 0]],
      ['j', [0, 1, 0]],
      ['k', [0, 0, 1]],
    ] as const) {
      const box = (await page.locator(sel(`[data-handle="${name}"]`)).boundingBox())!;
      const p = await toClient(page, [...tip]);
      expect(Math.hypot(box.x + box.width / 2 - p.x, box.y + box.height / 2 - p.y), name).toBeLessThan(1.5);
    }
  });

  it('drags a tip with the mouse in the plane facing the camera', async () => {
    // Seen from the side (elevation 0) the screen plane through î contains the vertical: a drag
    // straight up lifts î to exactly (1, 0, 1.5).
    await reset({ elevation: 0 });
    await dragMouse(page, await toClient(page, [1, 0, 0]), await toClient(page, [1, 0, 1.5]));
    expectClose((await state(page)).matrix, [1, 0, 0, 0, 1, 0, 1.5, 0, 1]);
    expect(await page.locator(sel('[data-handle="i"]')).getAttribute('aria-label')).toBe(
      'î tip at (1, 0, 1.5)',
    );
    expect(await text(page, '.readout-det')).toContain('Determinant 1:');
  });

  it('moves a focused tip with the keys: arrows in x/y, PageUp/PageDown in z, Shift and Alt', async () => {
    await reset();
    await page.locator(sel('[data-handle="k"]')).focus();
    for (let n = 0; n < 3; n++) await page.keyboard.press('PageUp');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Alt+ArrowDown');
    await frames(page, 1);
    expectClose((await state(page)).matrix, [1, 0, 1, 0, 1, -0.01, 0, 0, 1.3]);
    await page.keyboard.press('PageDown');
    await frames(page, 1);
    expectClose((await state(page)).matrix, [1, 0, 1, 0, 1, -0.01, 0, 0, 1.2]);
  });

  it('turns the view with a mouse drag on empty space, not moving any tip', async () => {
    await reset();
    const from = await emptySpot(page);
    await dragMouse(page, from, { x: from.x + 50, y: from.y - 25 });
    const s = await state(page);
    // 0.4° per pixel: right turns the scene right (azimuth down), up lowers the viewpoint.
    expect(s.azimuth).toBe(10);
    expect(s.elevation).toBe(10);
    expect(s.matrix).toEqual(IDENTITY);
    // The handles follow the new view.
    const box = (await page.locator(sel('[data-handle="i"]')).boundingBox())!;
    const p = await toClient(page, [1, 0, 0]);
    expect(Math.hypot(box.x + box.width / 2 - p.x, box.y + box.height / 2 - p.y)).toBeLessThan(1.5);
  });

  it('turns and zooms the focused view with the keys; Home goes back to the page’s view', async () => {
    await reset();
    await page.locator(sel('.stage')).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('+');
    await frames(page, 1);
    expect(await state(page)).toMatchObject({ azimuth: 35, elevation: 35, zoom: 1.25 });
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect((await state(page)).zoom).toBe(0.8);
    await page.keyboard.press('Home');
    await frames(page, 1);
    expect(await state(page)).toMatchObject({ azimuth: 30, elevation: 20, zoom: 1 });
    await page.locator(sel('button[name="zoom-in"]')).click();
    expect((await state(page)).zoom).toBe(1.25);
    await page.locator(sel('button[name="reset-view"]')).click();
    expect((await state(page)).zoom).toBe(1);
  });

  it('applies a typed 3x3 in both spellings, with the volume of a known box, and rejects nonsense', async () => {
    await reset();
    const input = page.locator(sel('input[name="matrix"]'));
    await input.fill('2 0 0; 0 3 0; 0 0 4');
    await input.press('Enter');
    await frames(page, 2);
    expect((await state(page)).matrix).toEqual([2, 0, 0, 0, 3, 0, 0, 0, 4]);
    expect(await text(page, '.readout-det')).toBe(
      'Determinant 24: the unit cube becomes a box of volume 24, orientation kept.',
    );
    expect(await page.locator(sel('.formula')).innerText()).toContain('24');

    await input.fill('[[1,2,3],[4,5,6],[7,8,9]]');
    await input.press('Enter');
    await frames(page, 2);
    expect((await state(page)).matrix).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await text(page, '.readout-det')).toBe(
      'Determinant 0: space is flattened onto a plane, so the unit cube has volume 0.',
    );

    await input.fill('-1 0 0; 0 1 0; 0 0 1');
    await input.press('Enter');
    expect(await text(page, '.readout-det')).toContain('orientation flipped');

    for (const bad of ['banana', '1 2; 3 4', '1 0 0; 0 1 0; 0 0 101']) {
      await input.fill(bad);
      await input.press('Enter');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect((await text(page, '#matrix-error')).length).toBeGreaterThan(10);
      expect((await state(page)).matrix).toEqual([-1, 0, 0, 0, 1, 0, 0, 0, 1]);
    }
    expect(await text(page, '#matrix-error')).toContain('between -100 and 100');
    await input.fill('1 0 0; 0 1 0; 0 0 1');
    await input.press('Enter');
    expect((await state(page)).matrix).toEqual(IDENTITY);
    expect(await input.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('presets, and the cross product of the chosen columns with its area', async () => {
    await reset();
    await page.locator(sel('select[name="preset"]')).selectOption('scale');
    expect((await state(page)).matrix).toEqual([2, 0, 0, 0, 1.5, 0, 0, 0, 0.5]);
    await page.locator(sel('select[name="cross"]')).selectOption('ij');
    await frames(page, 2);
    expect((await state(page)).cross).toBe('ij');
    expect(await text(page, '.readout-cross')).toBe(
      'î × ĵ = (0, 0, 3): length 3, the area of the parallelogram spanned by î and ĵ.',
    );
    await page.$eval(SEL, (el) => el.setAttribute('cross', 'jk'));
    await frames(page, 2);
    expect(await text(page, '.readout-cross')).toContain('ĵ × k̂ = (0.75, 0, 0)');
    await page.$eval(SEL, (el) => el.setAttribute('cross', ''));
    expect((await state(page)).cross).toBe('ij');
    await page.$eval(SEL, (el) => el.removeAttribute('cross'));
    expect((await state(page)).cross).toBe('none');
    expect(await page.locator(sel('.readout-cross')).isVisible()).toBe(false);
  });

  it('Replay moves from the identity to the matrix, eased; reduced motion jumps', async () => {
    await reset({ matrix: [2, 0, 0, 0, 3, 0, 0, 0, 4] });
    // At the end (t = 1) the button is Replay: one press plays from the identity again (D32).
    expect(await text(page, 'button[name="play"]')).toBe('Replay');
    const samples = await page.$eval(
      SEL,
      (el) =>
        new Promise<number[]>((done) => {
          const v = el as SpaceView;
          const out: number[] = [v.state.t];
          (v.shadowRoot!.querySelector('button[name="play"]') as HTMLButtonElement).click();
          const start = performance.now();
          const tick = (): void => {
            out.push(v.state.t);
            const back = out.slice(1).some((t) => t < 1);
            if ((back && v.state.t === 1) || performance.now() - start > 5000) done(out);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(samples[0]).toBe(1);
    expect(Math.min(...samples), 'Replay starts from the identity').toBeLessThan(0.1);
    expect(samples.at(-1)).toBe(1);
    expect(new Set(samples).size).toBeGreaterThan(10);
    expect(await text(page, 'button[name="play"]')).toBe('Replay');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator(sel('button[name="play"]')).click();
    expect((await state(page)).t).toBe(1);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.locator(sel('input[name="t"]')).fill('0.25');
    expect((await state(page)).t).toBe(0.25);
    expect(await page.$eval(SEL, (el) => (el as SpaceView).description)).toContain('25% of the way');
  });

  it('predict-first: the learner guesses det A before the cube moves, then sees how close it was', async () => {
    await reset({ matrix: [2, 0, 0, 0, 3, 0, 0, 0, 4], predict: true });
    expect((await state(page)).t).toBe(0);
    expect(await page.locator(sel('[data-handle="i"]')).isVisible()).toBe(false);
    expect(await page.locator(sel('.readout-det')).isVisible()).toBe(false);
    expect(await page.locator(sel('button[name="play"]')).isDisabled()).toBe(true);
    const formula = await page.locator(sel('.formula')).innerText();
    expect(formula).toContain('?');
    expect(formula).not.toContain('24');
    expect(await page.$eval(SEL, (el) => (el as SpaceView).description)).not.toContain('24');

    const guess = page.locator(sel('input[name="guess"]'));
    await guess.fill('lots');
    await guess.press('Enter');
    expect(await guess.getAttribute('aria-invalid')).toBe('true');
    expect(await text(page, '#guess-error')).toContain('Type a number');
    expect(
      await page.$eval(SEL, (el) => (el as unknown as { prediction: unknown }).prediction),
    ).toBeUndefined();

    await guess.fill('20');
    await page.locator(sel('button[name="reveal"]')).click();
    expect(await page.$eval(SEL, (el) => (el as unknown as { prediction: unknown }).prediction)).toEqual({
      guess: 20,
      target: 24,
      distance: 4,
    });
    expect(await text(page, '.predict-result')).toBe('Your guess 20 was 4 from det A = 24. Close!');
    await page.waitForFunction((s) => (document.querySelector(s) as SpaceView).state.t === 1, SEL);
    await frames(page, 2);
    expect(await text(page, '.readout-det')).toContain('volume 24');
    expect(await page.locator(sel('[data-handle="i"]')).isVisible()).toBe(true);

    await page.locator(sel('button[name="again"]')).click();
    await frames(page, 2);
    expect((await state(page)).t).toBe(0);
    expect(await guess.inputValue()).toBe('');
    await setState(page, { predict: false });
    expect(await page.locator(sel('.predict')).isVisible()).toBe(false);
    expect(await page.locator(sel('button[name="play"]')).isDisabled()).toBe(false);
  });

  it('reports bad settings in the widget and keeps going', async () => {
    await reset();
    await setState(page, { matrix: [1, 2, 3] });
    expect((await state(page)).matrix).toEqual(IDENTITY);
    await page.$eval(SEL, (el) => el.setAttribute('matrix', '1 2 3; 4 5 6'));
    await frames(page, 1);
    const messages = await page.$eval(SEL, (el) => (el as SpaceView).messages);
    expect(messages.join('\n')).toContain('expected 3 rows of 3 numbers');
    expect(await page.locator(sel('.messages')).isVisible()).toBe(true);
    await page.$eval(SEL, (el) => el.setAttribute('matrix', '1 0 0; 0 1 0; 0 0 1'));
    expect(await page.$eval(SEL, (el) => (el as SpaceView).messages)).toEqual([]);
  });

  it('draws frames only after a change: none while idle, none off screen', async () => {
    await reset();
    const draws = (): Promise<number> =>
      page.evaluate(() => (window as unknown as { __gl: GlProbe }).__gl.draws());
    await frames(page, 3);
    const before = await draws();
    await page.waitForTimeout(1000);
    expect(await draws(), 'draw calls over 1 s of nothing happening').toBe(before);
    await page.locator(sel('.stage')).focus();
    await page.keyboard.press('ArrowLeft');
    await frames(page, 2);
    const afterKey = await draws();
    expect(afterKey).toBeGreaterThan(before);
    // Scrolled out of sight, a change draws nothing until the widget is back.
    await page.evaluate(() => {
      document.body.style.paddingBottom = '3000px';
      window.scrollTo(0, document.body.scrollHeight);
    });
    await frames(page, 3);
    const hidden = await draws();
    await setState(page, { matrix: [2, 0, 0, 0, 2, 0, 0, 0, 2] });
    await frames(page, 3);
    expect(await draws(), 'draw calls while off screen').toBe(hidden);
    await page.locator(SEL).scrollIntoViewIfNeeded();
    await frames(page, 3);
    expect(await draws()).toBeGreaterThan(hidden);
    await page.evaluate(() => (document.body.style.paddingBottom = ''));
  });
});

describe('<lumen-space> resources', () => {
  it('gives its WebGL context back when removed: 20 widgets added and removed leave none alive', async () => {
    const page = await site.open(PAGE, { initScript: GL_PROBE });
    await ready(page);
    const result = await page.evaluate(async () => {
      const gl = (window as unknown as { __gl: GlProbe }).__gl;
      const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
      document.getElementById('s')!.remove();
      const drewEach: boolean[] = [];
      for (let n = 0; n < 20; n++) {
        const el = document.createElement('lumen-space') as SpaceView;
        el.setAttribute('matrix', `${n + 1} 0 0; 0 1 0; 0 0 1`);
        document.body.prepend(el);
        await frame();
        await frame();
        drewEach.push(el.webgl);
        el.remove();
      }
      await frame();
      return { made: gl.made.length, live: gl.live(), drewEach };
    });
    expect(result.drewEach.every(Boolean), 'every copy drew with WebGL').toBe(true);
    // At least one context per copy (two on a software renderer: see SpaceScene.create).
    expect(result.made).toBeGreaterThanOrEqual(21);
    expect(result.live).toBe(0);
    // Chromium warns "Too many active WebGL contexts" when a page holds more than 16.
    expectClean(page);
    await page.close();
  });

  it('moved within the page, it draws again on a fresh context and holds only one', async () => {
    const page = await site.open(PAGE, { initScript: GL_PROBE });
    await ready(page);
    const live = await page.evaluate(async () => {
      const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
      const el = document.getElementById('s')!;
      for (let n = 0; n < 3; n++) {
        document.body.append(el);
        el.scrollIntoView();
        await frame();
        await frame();
      }
      return (window as unknown as { __gl: GlProbe }).__gl.live();
    });
    expect(live).toBe(1);
    expect(await page.$eval(SEL, (el) => (el as SpaceView).webgl)).toBe(true);
    expectClean(page);
    await page.close();
  });
});

describe('<lumen-space> losing its context', () => {
  it('says so when the browser takes the WebGL context away, and draws again when it comes back', async () => {
    const page = await site.open(PAGE, { initScript: GL_PROBE });
    await ready(page);
    // The extension object must be taken while the context is alive (a lost one hands out none).
    await page.$eval(SEL, (el) => {
      const ext = el
        .shadowRoot!.querySelector('canvas')!
        .getContext('webgl2')!
        .getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: unknown }).__lose = ext;
    });
    const lose = (how: 'loseContext' | 'restoreContext') =>
      page.evaluate((h) => (window as unknown as { __lose: Record<string, () => void> }).__lose[h]!(), how);
    await lose('loseContext');
    await page.waitForFunction(
      (s) => !(document.querySelector(s)!.shadowRoot!.querySelector('.gl-message') as HTMLElement).hidden,
      SEL,
    );
    expect(await text(page, '.gl-message')).toContain('lost its WebGL context');
    const before = await page.evaluate(() => (window as unknown as { __gl: GlProbe }).__gl.draws());
    await lose('restoreContext');
    await page.waitForFunction(
      (s) => (document.querySelector(s)!.shadowRoot!.querySelector('.gl-message') as HTMLElement).hidden,
      SEL,
    );
    await frames(page, 3);
    expect(await page.evaluate(() => (window as unknown as { __gl: GlProbe }).__gl.draws())).toBeGreaterThan(
      before,
    );
    await setState(page, { matrix: [2, 0, 0, 0, 3, 0, 0, 0, 4] });
    expect(await text(page, '.readout-det')).toContain('volume 24');
    expectClean(page);
    await page.close();
  });
});

describe('<lumen-space> without WebGL', () => {
  it('says so inside the widget; numbers, formula and matrix input still work; the page is fine', async () => {
    const page = await site.open(PAGE, { initScript: NO_WEBGL });
    await ready(page, false);
    const message = page.locator(sel('.gl-message'));
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toContain('could not start WebGL');
    expect(await page.locator(sel('canvas')).count()).toBe(0);
    expect(await page.locator(sel('[data-handle="i"]')).isVisible()).toBe(false);
    const input = page.locator(sel('input[name="matrix"]'));
    await input.fill('2 0 0; 0 3 0; 0 0 4');
    await input.press('Enter');
    await frames(page, 2);
    expect((await state(page)).matrix).toEqual([2, 0, 0, 0, 3, 0, 0, 0, 4]);
    expect(await text(page, '.readout-det')).toContain('volume 24');
    expect(await page.locator(sel('.formula .katex')).count()).toBeGreaterThan(0);
    expect(await page.locator(sel('.formula')).innerText()).toContain('24');
    expect(await page.locator('body > p').last().innerText()).toBe('After the widget.');
    await screenshot(page, 'space-no-webgl');
    expectClean(page);
    await page.close();
  });
});

describe('<lumen-space> looks', () => {
  for (const theme of ['light', 'dark', 'projector'] as const) {
    it(`renders in the ${theme} theme with a clean console, as its baseline shows`, async () => {
      const page = await site.open(`${PAGE}?theme=${theme}`, {
        width: 1280,
        height: 900,
        reducedMotion: 'reduce',
      });
      await ready(page);
      await setState(page, { matrix: [1, 0.5, 0, 0, 1, 0.5, 0.5, 0, -1], cross: 'ij' });
      await frames(page, 2);
      await screenshot(page, `space-${theme}`);
      if (theme !== 'projector') {
        const png = await page.locator(SEL).screenshot({ animations: 'disabled' });
        await expectLooksLike(png, `space-${theme}`);
        if (!process.env.UPDATE_BASELINES)
          expect(await looksLike(png, `space-${theme === 'light' ? 'dark' : 'light'}`)).toBe(false);
      }
      expectClean(page);
      await page.close();
    });
  }

  it('fits a 360 px phone, and a finger turns the view and pinches to zoom', async () => {
    const page = await site.open(PAGE, {
      width: 360,
      height: 740,
      hasTouch: true,
    });
    await ready(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const plot = (await page.locator(sel('.plot')).boundingBox())!;
    expect(plot.width).toBeGreaterThan(280);
    const from = await emptySpot(page);
    await touch(page, [line(from, { x: from.x + 50, y: from.y })]);
    expect((await state(page)).azimuth).toBe(10);
    const c = { x: plot.x + plot.width / 2, y: plot.y + plot.height / 2 };
    await touch(page, [
      line({ x: c.x - 30, y: c.y }, { x: c.x - 60, y: c.y }),
      line({ x: c.x + 30, y: c.y }, { x: c.x + 60, y: c.y }),
    ]);
    // Fingers twice as far apart: twice as close.
    expect((await state(page)).zoom).toBe(2);
    await screenshot(page, 'space-phone-360');
    expectClean(page);
    await page.close();
  });
});
