/**
 * Lesson 13 and `<lumen-clt>` under a learner's hands: the n slider by keys (Shift for 10), the
 * source picker, painting the hand-drawn density with the pointer and the keys, the sample-means
 * sd against σ/√n, predict-first, Cancel on ten million means, bad settings, the main-thread
 * fallback where no worker may start (with its longest task), and clean pages in the three
 * themes and at phone width.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshotElement, settle } from './harness';
import { useSite } from './widget-page';

const LESSON = '/lessons/probability/13-central-limit-theorem.html';

interface CltView extends HTMLElement {
  readonly state: {
    source: string;
    n: number;
    means: number;
    seed: number;
    density: number[];
    done: number;
    running: boolean;
    measuredSd: number | null;
    measuredMean: number | null;
    theorySd: number;
    mu: number;
    sigma: number;
    pathInUse: string;
  };
  setState(partial: Record<string, unknown>): void;
  readonly prediction: { guess: number; actual: number; relError: number; sentence: string } | undefined;
  readonly messages: string[];
  readonly description: string;
}

const site = useSite();

/** Waits until widget `id` has finished a run of all its means. */
async function finished(page: Page, id: string, timeout = 30_000): Promise<CltView['state']> {
  await page.waitForFunction(
    (id) => {
      const el = document.getElementById(id) as CltView | null;
      return !!el && !el.state.running && el.state.done === el.state.means && el.state.done > 0;
    },
    id,
    { timeout },
  );
  return page.evaluate((id) => ({ ...(document.getElementById(id) as CltView).state }), id);
}

const stateOf = (page: Page, id: string): Promise<CltView['state']> =>
  page.evaluate((id) => ({ ...(document.getElementById(id) as CltView).state }), id);

describe('lesson 13: the central limit theorem', () => {
  it('draws sample means whose sd is σ/√n, driven by keys, the source picker and painting', async () => {
    const page = await site.open(LESSON);
    await settle(page);
    let s = await finished(page, 'main');
    expect(s.source).toBe('die');
    expect(s.n).toBe(1);
    // SwiftShader is WebGL without a GPU: the widget says so and uses typed arrays in a worker.
    expect(s.pathInUse).toBe('typed arrays + wasm Philox (worker)');
    expect(await page.locator('#main .reason').textContent()).toMatch(/software \(SwiftShader\), not a GPU/i);

    // The n slider: four arrow presses, then Shift+→ adds ten.
    const slider = page.locator('#main input[name="n"]');
    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    s = await finished(page, 'main');
    expect(s.n).toBe(15);
    expect(s.measuredSd! / s.theorySd).toBeGreaterThan(0.97);
    expect(s.measuredSd! / s.theorySd).toBeLessThan(1.03);
    expect(Math.abs(s.measuredMean! - s.mu)).toBeLessThan((5 * s.theorySd) / Math.sqrt(s.means));

    // A skewed source: the means still have sd σ/√n.
    await page.locator('#main select[name="source"]').selectOption('exponential');
    s = await finished(page, 'main');
    expect(s.sigma).toBeCloseTo(1, 6);
    expect(s.theorySd).toBeCloseTo(1 / Math.sqrt(15), 6);
    expect(Math.abs(s.measuredSd! / s.theorySd - 1)).toBeLessThan(0.03);

    // Paint the hand-drawn density: a drag across the left of the plot raises the first bars.
    await page.locator('#main select[name="source"]').selectOption('drawn');
    const before = (await finished(page, 'main')).density;
    const canvas = page.locator('#main canvas.source-plot');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.03, box.y + box.height * 0.3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3, { steps: 6 });
    await page.mouse.up();
    const painted = (await stateOf(page, 'main')).density;
    expect(painted[0]).toBeGreaterThan(before[0]!);
    expect(painted[1]).toBeGreaterThan(before[1]!);
    // Keys: the canvas has focus after the drag; → picks the next bar, ↑ raises it by 0.5, Shift+↓ lowers by 2.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    let d = (await stateOf(page, 'main')).density;
    expect(d[d.length - 1]).toBeCloseTo(painted[painted.length - 1]! + 0.5, 6);
    await page.keyboard.press('Shift+ArrowDown');
    d = (await stateOf(page, 'main')).density;
    expect(d[d.length - 1]).toBeCloseTo(Math.max(0, painted[painted.length - 1]! - 1.5), 6);
    s = await finished(page, 'main');
    expect(Math.abs(s.measuredSd! / s.theorySd - 1)).toBeLessThan(0.03);
    expect(await page.evaluate(() => (document.getElementById('main') as CltView).description)).toMatch(
      /hand-drawn density.*n = 15/,
    );
    await screenshotElement(page, '#main', 'clt-lesson13-main-light');
    expectClean(page);
    await page.close();
  });

  it('predict-first hides the answer until the guess, then says how close; presenter steps drive the widget', async () => {
    const page = await site.open(LESSON);
    await settle(page);
    const guess = page.locator('#guess input[name="guess"]');
    expect(await page.locator('#guess .formula').textContent()).toContain('?');
    await guess.fill('0.289'); // σ itself: the common mistake
    await guess.press('Enter');
    const p = await page.evaluate(() => (document.getElementById('guess') as CltView).prediction);
    expect(p!.actual).toBeCloseTo(Math.sqrt(1 / 12) / 5, 6);
    expect(p!.sentence).toMatch(/about σ itself/);
    await page.locator('#guess button[name="again"]').click();
    await guess.fill('0.058');
    await page.locator('#guess button[name="reveal"]').click();
    expect(
      (await page.evaluate(() => (document.getElementById('guess') as CltView).prediction))!.sentence,
    ).toMatch(/spot on/);
    const s = await finished(page, 'guess');
    expect(Math.abs(s.measuredSd! / s.theorySd - 1)).toBeLessThan(0.03);

    // Presenter mode: the steps drive the main widget (s, then →).
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('s');
    await page.waitForFunction(() => (document.getElementById('main') as CltView).state.n === 1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (document.getElementById('main') as CltView).state.n === 25);
    await page.keyboard.press('ArrowRight');
    const step4 = await finished(page, 'main');
    expect([step4.source, step4.n, step4.means]).toEqual(['exponential', 30, 1_000_000]);
    expect(Math.abs(step4.measuredSd! / step4.theorySd - 1)).toBeLessThan(0.01);
    await page.keyboard.press('Escape');
    expectClean(page);
    await page.close();
  });

  it('cancels ten million means (reduced motion: the histogram appears when it stops); refuses bad settings', async () => {
    const page = await site.open(LESSON + '?theme=dark', { colorScheme: 'dark', reducedMotion: 'reduce' });
    await settle(page);
    await finished(page, 'main');
    await page.evaluate(() =>
      (document.getElementById('main') as CltView).setState({ means: 10_000_000, n: 100 }),
    );
    await page.waitForFunction(() => (document.getElementById('main') as CltView).state.done > 0, null, {
      timeout: 20_000,
    });
    // Reduced motion: no growing histogram while it runs (the plot's label has no measured sd yet).
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect((await stateOf(page, 'main')).running).toBe(true);
    expect(await page.locator('#main canvas.means-plot').getAttribute('aria-label')).not.toMatch(
      /measured over/,
    );
    await page.locator('#main button[name="cancel"]').click();
    await page.waitForFunction(() => !(document.getElementById('main') as CltView).state.running, null, {
      timeout: 10_000,
    });
    const s = await stateOf(page, 'main');
    expect(s.done).toBeGreaterThan(0);
    expect(s.done).toBeLessThan(10_000_000);
    expect(await page.locator('#main .status').textContent()).toMatch(/^Stopped at/);
    await page.waitForFunction(() =>
      /measured over/.test(
        document
          .getElementById('main')!
          .shadowRoot!.querySelector('canvas.means-plot')!
          .getAttribute('aria-label') ?? '',
      ),
    );

    const messages = await page.evaluate(() => {
      const el = document.getElementById('main') as CltView;
      el.setState({ n: 0 });
      el.setAttribute('p', '2');
      el.setAttribute('density', '0 0 0');
      el.setAttribute('means', '1e9');
      return el.messages;
    });
    expect(messages.join('\n')).toMatch(/n \(setState\): must be between 1 and 400/);
    expect(messages.join('\n')).toMatch(/p="2".*between 0 and 1/);
    expect(messages.join('\n')).toMatch(/density="0 0 0".*all zero/);
    expect(messages.join('\n')).toMatch(/means="1e9".*between 1 and 10000000/);
    const after = await stateOf(page, 'main');
    expect(after.n).toBe(100);
    expect(after.means).toBe(100_000); // the default, as the message says
    await screenshotElement(page, '#main', 'clt-lesson13-main-dark');
    expectClean(page);
    await page.close();
  });

  it('runs on the main thread in short chunks where no worker can start (phone, projector)', async () => {
    const page = await site.open(LESSON + '?theme=projector', {
      width: 390,
      height: 844,
      hasTouch: true,
      // A host that forbids workers: startWorker gets nothing to start.
      initScript: `delete window.Worker;
        window.__longest = 0;
        new PerformanceObserver((l) => { for (const e of l.getEntries()) if (window.__measure) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' });`,
    });
    await settle(page);
    await finished(page, 'main');
    await page.evaluate(() => {
      (window as unknown as { __measure: boolean }).__measure = true;
      (document.getElementById('main') as CltView).setState({ source: 'uniform', n: 30, means: 20_000 });
    });
    const s = await finished(page, 'main');
    expect(s.pathInUse).toBe('typed arrays + wasm Philox (main thread)');
    expect(Math.abs(s.measuredSd! / s.theorySd - 1)).toBeLessThan(0.04);
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    expect(longest).toBeLessThan(200); // a long task is > 50 ms; the bench reports the exact figure
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshotElement(page, '#main', 'clt-lesson13-main-projector-phone');
    expectClean(page);
    await page.close();
  });
});
