/**
 * Lesson 20 and `<lumen-descent>` under a learner's hands: Play until the too-large rate diverges
 * (a "diverged" label, no NaN), Step and the keys, a click on the contour map and the keyboard
 * cursor to choose a start, typed rates (and a bad list), the momentum slider, turning the 3D view
 * by drag and keys, the live formula's numbers, the predict-first checkpoint, a presenter step,
 * a bad attribute, a browser without WebGL, WebGL contexts given back on removal, and clean pages
 * in the three themes and at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { frames } from './plane-driver';
import { useSite, readState } from './widget-page';

const LESSON20 = '/lessons/calculus/20-gradient-descent.html';

interface RunReport {
  rate: number;
  momentum: number;
  step: number;
  theta: [number, number];
  loss: number;
  status: 'running' | 'converged' | 'diverged';
  divergedAt?: number;
}
interface DescentView extends HTMLElement {
  readonly state: {
    surface: string;
    start: [number, number] | null;
    rates: number[];
    momentum: number;
    steps: number;
    selected: number;
    azimuth: number;
    elevation: number;
    runs: RunReport[];
  };
  setState(partial: Record<string, unknown>): void;
  mapToClient(p: [number, number]): { x: number; y: number };
  readonly webgl: boolean;
  readonly messages: string[];
  readonly description: string;
}

/** A browser where WebGL is switched off: every WebGL context request fails. */
const NO_WEBGL = `(() => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return /webgl/i.test(String(type)) ? null : getContext.call(this, type, ...rest);
  };
})();`;

/** Counts WebGL contexts still alive. */
const GL_PROBE = `(() => {
  const made = [];
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && /webgl/i.test(String(type)) && !made.includes(ctx)) made.push(ctx);
    return ctx;
  };
  window.__glLive = () => made.filter((c) => !c.isContextLost()).length;
})();`;

const site = useSite();

const state = (page: Page, sel: string): Promise<DescentView['state']> => readState(page, sel);

describe('<lumen-descent> in lesson 20', () => {
  let page: LumenPage;
  const main = '#main';
  const $ = (inner: string): string => `${main} ${inner}`;

  beforeAll(async () => {
    page = await site.open(LESSON20);
    await settle(page);
    await page.locator(main).scrollIntoViewIfNeeded();
    await frames(page, 3);
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  it('opens on the valley with four rates, nothing run yet, the 3D view drawn with WebGL', async () => {
    const s = await state(page, main);
    expect(s.surface).toBe('valley');
    expect(s.rates).toEqual([0.02, 0.1, 0.19, 0.25]);
    expect(s.steps).toBe(0);
    expect(s.runs.map((r) => r.status)).toEqual(['running', 'running', 'running', 'running']);
    expect(s.runs[0]!.theta).toEqual([-1.8, 0.9]);
    expect(await page.$eval(main, (el) => (el as DescentView).webgl)).toBe(true);
    await expect.poll(() => page.locator($('.runs li')).count()).toBe(4);
  });

  it('Play walks the runs; the too-large rate stops with "diverged", never NaN', async () => {
    await page.$eval(main, (el) => (el as DescentView).setState({ speed: 30 }));
    await page.locator($('button[name="play"]')).click();
    await expect.poll(() => page.locator($('button[name="play"]')).textContent()).toBe('Pause');
    await page.waitForFunction(
      (sel) => (document.querySelector(sel) as DescentView).state.steps >= 14,
      main,
      { timeout: 10_000 },
    );
    await page.locator($('button[name="play"]')).click(); // pause
    const s = await state(page, main);
    const at = s.steps;
    await frames(page, 6);
    expect((await state(page, main)).steps).toBe(at); // paused
    expect(s.runs[3]).toMatchObject({ rate: 0.25, status: 'diverged', divergedAt: 12, step: 11 });
    for (const r of s.runs) {
      expect(Number.isFinite(r.loss)).toBe(true);
      expect(r.theta.every(Number.isFinite)).toBe(true);
    }
    expect(s.runs[1]!.theta[1]).toBe(0); // η = 0.1: one step wipes out y
    const text = page.locator($('.runs li[data-run="4"] .run-text'));
    expect(await text.textContent()).toBe(
      'Run 4, η = 0.25: diverged at step 12 (the steps grew without limit).',
    );
    expect(await text.getAttribute('class')).toContain('diverged');
  });

  it('Step and the keys n, r, e move one step, back to the start, to the end', async () => {
    const before = (await state(page, main)).steps;
    await page.locator($('button[name="step"]')).click();
    expect((await state(page, main)).steps).toBe(before + 1);
    await page.keyboard.press('n');
    expect((await state(page, main)).steps).toBe(before + 2);
    await page.keyboard.press('r');
    expect((await state(page, main)).steps).toBe(0);
    await page.keyboard.press('e');
    const s = await state(page, main);
    // η = 0.02 is still crawling at the 500-step limit; the others have arrived.
    expect(s.steps).toBe(500);
    expect(s.runs.map((r) => r.status)).toEqual(['running', 'converged', 'converged', 'diverged']);
    expect(s.runs[0]!.loss).toBeLessThan(1e-8);
    await expect.poll(() => page.locator($('button[name="step"]')).isDisabled()).toBe(true);
    await page.keyboard.press('r');
  });

  it('the live formula shows the selected run’s step with its numbers', async () => {
    await page.$eval(main, (el) => (el as DescentView).setState({ steps: 0, selected: 2 }));
    await frames(page, 3);
    const words = await page.locator($('.formula-text')).textContent();
    expect(words).toBe(
      'Run 2, step 0: theta (−1.8, 0.9) minus 0.1 times the gradient (−1.8, 9) gives (−1.62, 0); loss 5.67.',
    );
    await expect.poll(() => page.locator($('.formula .katex')).count(), { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator($('.formula')).textContent()).toContain('−1.62');
    await expect.poll(() => page.locator($('.formula .katex-error')).count()).toBe(0);
    // Colour-matched: θ in run 2's colour (ĵ blue, as its path), the gradient in the gradient colour.
    expect(await page.locator($('.formula [style*="rgb(0, 96, 168)"]')).count()).toBeGreaterThan(0);
    expect(await page.locator($('.formula [style*="rgb(168, 0, 95)"]')).count()).toBeGreaterThan(0);
    await page.locator($('.runs li[data-run="1"] input')).check();
    expect((await state(page, main)).selected).toBe(1);
  });

  it('a click on the contour map starts every run there and plays', async () => {
    const at = await page.$eval(main, (el) => (el as DescentView).mapToClient([1, -1]));
    await page.mouse.click(at.x, at.y);
    const s = await state(page, main);
    expect(s.start![0]).toBeCloseTo(1, 1);
    expect(s.start![1]).toBeCloseTo(-1, 1);
    await page.waitForFunction((sel) => (document.querySelector(sel) as DescentView).state.steps >= 2, main, {
      timeout: 5000,
    });
    await page.keyboard.press('p'); // pause
    const paused = await state(page, main);
    await page.keyboard.press('r');
    expect((await state(page, main)).runs[0]!.theta).toEqual(paused.start);
  });

  it('keyboard: arrows move the cursor on the map, Enter starts there', async () => {
    await page.$eval(main, (el) => (el as DescentView).setState({ start: [0, 0.5], steps: 0 }));
    await page.locator($('.map canvas')).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowDown');
    expect((await state(page, main)).start).toEqual([0, 0.5]); // not yet: only the cursor moved
    await page.keyboard.press('Enter');
    expect((await state(page, main)).start).toEqual([-0.2, -0.3]);
    await page.keyboard.press('p'); // Enter also plays: pause, back to step 0
    await page.keyboard.press('r');
    expect((await state(page, main)).runs[0]!.theta).toEqual([-0.2, -0.3]);
  });

  it('typed rates apply on Enter; a bad list is refused with a message and changes nothing', async () => {
    const input = page.locator($('input[name="rates"]'));
    await input.fill('0.05, 1.2');
    await input.press('Enter');
    expect((await state(page, main)).rates).toEqual([0.05, 1.2]);
    await expect.poll(() => page.locator($('.runs li')).count()).toBe(2);
    await input.fill('0.1, fast');
    await input.press('Enter');
    await expect
      .poll(() => page.locator($('.error')).textContent())
      .toMatch(/^Could not read those rates: expected 1 to 4 numbers/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect((await state(page, main)).rates).toEqual([0.05, 1.2]);
    await input.press('Escape');
    expect(await input.inputValue()).toBe('0.05, 1.2');
  });

  it('the momentum slider by keys; the surface menu', async () => {
    await page.locator($('input[name="momentum"]')).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await state(page, main)).momentum).toBeCloseTo(0.1, 12);
    expect((await state(page, main)).runs[0]!.momentum).toBeCloseTo(0.1, 12);
    await page.locator($('select[name="surface"]')).selectOption('twomin');
    const s = await state(page, main);
    expect(s.surface).toBe('twomin');
    expect(s.start).toBeNull();
    expect(s.runs[0]!.theta).toEqual([0.3, 1.5]);
  });

  it('the 3D view turns by drag and by arrow keys', async () => {
    const before = await state(page, main);
    const box = (await page.locator($('.stage')).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 50, box.y + box.height / 2 + 20, { steps: 4 });
    await page.mouse.up();
    const after = await state(page, main);
    expect(after.azimuth).toBeCloseTo(before.azimuth - 20, 6);
    expect(after.elevation).toBeCloseTo(before.elevation + 8, 6);
    await page.keyboard.press('ArrowLeft');
    expect((await state(page, main)).azimuth).toBeCloseTo(after.azimuth + 5, 6);
    await page.keyboard.press('Home');
    expect((await state(page, main)).azimuth).toBe(-60);
  });

  it('a bad attribute shows a message and falls back; the ARIA description has the numbers', async () => {
    await page.$eval(main, (el) => el.setAttribute('rates', '1e300'));
    const msgs = await page.$eval(main, (el) => (el as DescentView).messages);
    expect(msgs[0]).toMatch(
      /^rates="1e300" \(attribute\): each learning rate must be a number from 0.0001 to 5\. Using "0.02, 0.1, 0.25"\.$/,
    );
    expect((await state(page, main)).rates).toEqual([0.02, 0.1, 0.25]);
    await expect.poll(() => page.locator($('.messages')).isVisible()).toBe(true);
    await page.$eval(main, (el) => el.setAttribute('rates', '0.1'));
    expect(await page.$eval(main, (el) => (el as DescentView).messages)).toEqual([]);
    expect(await page.$eval(main, (el) => (el as DescentView).description)).toMatch(
      /^Gradient descent on the two minima surface from \(0\.3, 1\.5\), momentum 0\.1, after 0 steps\. Run 1, η = 0\.1: step 0/,
    );
  });

  it('predict first: the guess is judged, then the widget shows step 25', async () => {
    await page.locator('#ask').scrollIntoViewIfNeeded();
    expect((await state(page, '#guess')).steps).toBe(0);
    const input = page.locator('#ask input[name="guess"]');
    await input.fill('40');
    await input.press('Enter');
    await expect.poll(() => page.locator('#ask .verdict').innerText()).toMatch(/15 away from 25/);
    const g = await state(page, '#guess');
    expect(g.steps).toBe(25);
    expect(g.runs[0]!.loss).toBeLessThan(0.01);
  });

  it('a lost WebGL context shows a message, and the picture comes back with it', async () => {
    await page.locator(main).scrollIntoViewIfNeeded();
    const lose = (how: 'loseContext' | 'restoreContext'): Promise<void> =>
      page.$eval(
        main,
        (el, h) => {
          // A lost context hands out no extensions: keep the one taken before the loss.
          const w = window as unknown as { __lose?: WEBGL_lose_context };
          const canvas = el.shadowRoot!.querySelector('.stage canvas') as HTMLCanvasElement;
          w.__lose ??= (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension(
            'WEBGL_lose_context',
          )!;
          if (h === 'loseContext') w.__lose.loseContext();
          else w.__lose.restoreContext();
        },
        how,
      );
    const message = page.locator($('.gl-message'));
    await lose('loseContext');
    await expect.poll(() => message.isVisible(), { timeout: 3000 }).toBe(true);
    expect(await message.textContent()).toMatch(/^The 3D picture lost its WebGL context/);
    await lose('restoreContext');
    await expect.poll(() => message.isVisible(), { timeout: 3000 }).toBe(false);
    expect(await page.$eval(main, (el) => (el as DescentView).webgl)).toBe(true);
  });

  it('a presenter step drives the widget', async () => {
    await page.locator('#content').focus();
    await page.keyboard.press('s');
    await expect
      .poll(() => page.locator('.step[aria-current="step"]').getAttribute('data-step'), { timeout: 3000 })
      .toBe('1');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await state(page, main)).rates.join(','), { timeout: 3000 })
      .toBe('0.05,0.3,1.2');
    const s = await state(page, main);
    expect(s.surface).toBe('bowl');
    expect(s.steps).toBe(30);
    expect(s.runs[2]).toMatchObject({ status: 'diverged', divergedAt: 13 });
    await page.keyboard.press('Escape');
  });
});

describe('<lumen-descent> without WebGL, and giving its context back', () => {
  it('without WebGL (and with reduced motion): a message where the 3D view was; the map, runs and formula still work', async () => {
    const page = await site.open(LESSON20, { initScript: NO_WEBGL, reducedMotion: 'reduce' });
    await settle(page);
    await page.locator('#main').scrollIntoViewIfNeeded();
    await frames(page, 3);
    expect(await page.$eval('#main', (el) => (el as DescentView).webgl)).toBe(false);
    await expect.poll(() => page.locator('#main .gl-message').textContent()).toMatch(/could not start WebGL/);
    const at = await page.$eval('#main', (el) => (el as DescentView).mapToClient([-1, 1]));
    await page.mouse.click(at.x, at.y);
    const s = await state(page, '#main');
    expect(s.start).toEqual([-1, 1]);
    // Reduced motion (asked for by this page): no walk, the finished picture at once.
    expect(s.steps).toBeGreaterThan(10);
    expect(s.runs[3]!.status).toBe('diverged');
    await expect
      .poll(() => page.locator('#main .formula-text').textContent())
      .toMatch(/^Run 1, step \d+: theta/);
    expectClean(page);
    await page.close();
  });

  it('eight widgets added and removed leave at most two WebGL contexts alive', async () => {
    const page = await site.open(LESSON20, { initScript: GL_PROBE });
    await settle(page);
    for (let k = 0; k < 8; k++) {
      await page.evaluate(() => {
        const el = document.createElement('lumen-descent');
        el.id = 'extra';
        document.querySelector('#content')!.prepend(el);
        el.scrollIntoView();
      });
      await frames(page, 3);
      expect(await page.$eval('#extra', (el) => (el as DescentView).webgl)).toBe(true);
      await page.evaluate(() => document.querySelector('#extra')!.remove());
    }
    await frames(page, 2);
    expect(
      await page.evaluate(() => (window as unknown as { __glLive: () => number }).__glLive()),
    ).toBeLessThanOrEqual(2);
    expectClean(page);
    await page.close();
  });
});

describe('lesson 20 looks right in every theme and on a phone', () => {
  const cases = [
    { name: 'light', width: 1280, height: 900 },
    { name: 'dark', width: 1280, height: 900 },
    { name: 'projector', width: 1600, height: 1000 },
    { name: 'light', width: 390, height: 800 },
  ] as const;
  it.each(cases)(
    '$name at $width px: clean, nothing sideways, a diverged run labelled',
    async ({ name, width, height }) => {
      const page = await site.open(`${LESSON20}?theme=${name}`, { width, height });
      await settle(page);
      await page.$eval('#main', (el) => (el as DescentView).setState({ steps: 30 }));
      await page.locator('#main').scrollIntoViewIfNeeded();
      await frames(page, 4);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const overflow = await page.$eval('#main', (el) => {
        const frame = el.shadowRoot!.querySelector('.frame') as HTMLElement;
        const right = frame.getBoundingClientRect().right;
        return [...el.shadowRoot!.querySelectorAll('.controls *')].filter(
          (n) => n.getBoundingClientRect().right > right + 1,
        ).length;
      });
      expect(overflow, 'controls stay inside the widget').toBe(0);
      // The map canvas is drawn: not a single flat colour.
      const distinct = await page.$eval('#main', (el) => {
        const c = el.shadowRoot!.querySelector('.map canvas') as HTMLCanvasElement;
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        const seen = new Set<number>();
        for (let k = 0; k < d.length; k += 397 * 4) seen.add((d[k]! << 16) | (d[k + 1]! << 8) | d[k + 2]!);
        return seen.size;
      });
      expect(distinct).toBeGreaterThan(3);
      expect(await page.locator('#main .runs li[data-run="4"]').getAttribute('data-status')).toBe('diverged');
      await page
        .locator('#main')
        .screenshot({ path: `test-results/screens/descent-lesson20-${name}-${width}.png` })
        .catch(() => screenshot(page, `descent-lesson20-${name}-${width}`));
      expectClean(page);
      await page.close();
    },
  );
});
