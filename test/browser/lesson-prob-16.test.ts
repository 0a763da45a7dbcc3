/**
 * Lesson 16 and `<lumen-estimate>` under a learner's hands: dragging and keying the parameter of
 * the likelihood, predicting how many of 100 intervals miss, drawing more batches, picking an
 * interval by key, changing the level, bad typed and scripted values, the bootstrap run (off the
 * main thread) finishing with its percentile interval, and clean pages in every theme and at
 * phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { frames } from './plane-driver';
import { useSite } from './widget-page';

const LESSON = '/lessons/probability/16-likelihood-confidence-bootstrap.html';

interface EstimateView extends HTMLElement {
  readonly state: Record<string, unknown> & {
    theta: number | null;
    rounds: number;
    level: number;
    sd: number;
    p: number;
  };
  setState(partial: Record<string, unknown>): void;
  readonly messages: string[];
  readonly description: string;
  readonly likelihood: { theta: number; logL: number; mle: number; maxLogL: number; range: [number, number] };
  readonly intervals: {
    misses: number;
    selected: number;
    truth: number;
    rows: { lo: number; hi: number; miss: boolean }[];
    tally: { intervals: number; misses: number };
  };
  readonly bootstrap: {
    estimate: number;
    done: number;
    total: number;
    interval: [number, number] | undefined;
    path: string;
    finished: boolean;
  };
  readonly prediction: { guess: number; actual: number; expected: number } | undefined;
}

const site = useSite();

/** Reads something off the widget in the page (the function runs there; its result is serialised). */
function read<T>(page: LumenPage, sel: string, f: (el: EstimateView) => T): Promise<T> {
  return page.$eval(sel, f as unknown as (el: Element) => T) as Promise<T>;
}

describe('lesson 16 in the light theme, desktop', () => {
  let page: LumenPage;

  beforeAll(async () => {
    page = await site.open(LESSON);
    await settle(page);
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  it('likelihood: arrow keys and a drag move μ; log L rises towards the maximum at x̄', async () => {
    const lik = '#lik';
    await page.locator(lik).scrollIntoViewIfNeeded();
    const before = await read(page, lik, (el) => el.likelihood);
    expect(before.theta).toBeLessThan(before.mle);
    expect(before.logL).toBeLessThan(before.maxLogL);
    const xs = await read(page, lik, (el) => (el as unknown as { sampleValues: number[] }).sampleValues);
    expect(before.mle).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 10);

    const handle = page.locator(`${lik} .handle`);
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    const keyed = await read(page, lik, (el) => el.likelihood);
    expect(keyed.theta).toBeGreaterThan(before.theta);
    expect(keyed.logL).toBeGreaterThan(before.logL);
    expect((await read(page, lik, (el) => el.state)).theta).toBe(keyed.theta);

    // Drag the handle 80 px to the right.
    const box = await handle.boundingBox();
    if (!box) throw new Error('no handle on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 40, y, { steps: 4 });
    await page.mouse.move(x + 80, y, { steps: 4 });
    await page.mouse.up();
    await frames(page, 2);
    const dragged = await read(page, lik, (el) => el.likelihood);
    expect(dragged.theta).toBeGreaterThan(keyed.theta);
    const text = await page.locator(`${lik} .readout`).textContent();
    expect(text).toContain(`μ = ${dragged.theta.toFixed(2)}`);
    expect(await read(page, lik, (el) => el.description)).toMatch(/^At μ = [\d.]+: log L = −[\d.]+/);
  });

  it('predict first: the intervals wait for the guess; Reveal says how close it was', async () => {
    const g = '#guess';
    await page.locator(g).scrollIntoViewIfNeeded();
    expect(await page.locator(`${g} .readout`).textContent()).toBe(
      'The intervals are drawn after your guess.',
    );
    expect(await page.locator(`${g} .formula-wrap`).isHidden()).toBe(true);
    await page.locator(`${g} input[name="guess"]`).fill('half');
    await page.locator(`${g} button[name="reveal"]`).click();
    expect(await page.locator(`${g} .input-error`).first().textContent()).toMatch(
      /whole number from 0 to 100/,
    );
    expect(await read(page, g, (el) => el.prediction)).toBeUndefined();

    await page.locator(`${g} input[name="guess"]`).fill('5');
    await page.keyboard.press('Enter');
    await frames(page, 2);
    const p = await read(page, g, (el) => el.prediction);
    const info = await read(page, g, (el) => el.intervals);
    expect(p).toEqual({ guess: 5, actual: info.misses, expected: 5 });
    expect(info.misses).toBe(info.rows.filter((r) => r.miss).length);
    for (const r of info.rows) expect(r.miss).toBe(!(r.lo <= info.truth && info.truth <= r.hi));
    expect(await page.locator(`${g} .predict-result`).textContent()).toMatch(
      new RegExp(`^You guessed 5\\. This batch: ${info.misses} missed`),
    );
    expect(await page.locator(`${g} .formula-wrap`).isVisible()).toBe(true);
  });

  it('100 intervals: draw more, pick by key, change the level; the formula shows t(0.975, 9) = 2.262', async () => {
    const m = '#many';
    await page.locator(m).scrollIntoViewIfNeeded();
    expect(await page.locator(`${m} .formula`).textContent()).toContain('2.262');
    const first = await read(page, m, (el) => el.intervals);
    expect(first.tally).toEqual({ intervals: 100, misses: first.misses });
    const more = page.locator(`${m} button[name="more"]`);
    await more.click();
    await more.click();
    // The tally of earlier batches is counted in slices between frames.
    await page.waitForFunction(
      (sel) => (document.querySelector(sel) as EstimateView).intervals.tally.intervals === 300,
      m,
    );
    const after = await read(page, m, (el) => el.intervals);
    expect((await read(page, m, (el) => el.state)).rounds).toBe(3);
    expect(after.tally.intervals).toBe(300);
    expect(await page.locator(`${m} .readout`).textContent()).toMatch(/All 300 so far: \d+ misses/);

    const handle = page.locator(`${m} .handle`);
    await handle.focus();
    const sel0 = after.selected;
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('PageDown');
    expect((await read(page, m, (el) => el.intervals)).selected).toBe(Math.min(99, sel0 + 11));
    expect(await handle.getAttribute('aria-valuetext')).toMatch(
      /^Interval \d+: [\d.]+ to [\d.]+, (misses|contains) the true value$/,
    );

    await page.locator(`${m} select[name="level"]`).selectOption('80');
    await page.waitForFunction(
      (sel) => (document.querySelector(sel) as EstimateView).intervals.tally.intervals === 300,
      m,
    );
    const at80 = await read(page, m, (el) => el.intervals);
    expect(at80.tally.intervals).toBe(300);
    // 80% intervals miss about 60 times in 300; a wide binomial band around it.
    expect(Math.abs(at80.tally.misses - 60)).toBeLessThan(4 * Math.sqrt(300 * 0.2 * 0.8));
    expect(await page.locator(`${m} .formula`).textContent()).toContain('1.383'); // t(0.9, 9)
  });

  it('bad input: σ ≤ 0 typed, p > 1 and an unknown level from script are refused with a message', async () => {
    const m = '#many';
    const sd = page.locator(`${m} input[name="sd"]`);
    await sd.fill('-1');
    await sd.press('Enter');
    expect(await page.locator(`${m} #input-error`).textContent()).toMatch(
      /^σ must be positive.*Kept σ = 2\.$/,
    );
    expect((await read(page, m, (el) => el.state)).sd).toBe(2);
    await sd.fill('1e300');
    await sd.press('Enter');
    expect(await page.locator(`${m} #input-error`).textContent()).toMatch(/between 0.01 and 1000/);
    await sd.fill('3');
    await sd.press('Enter');
    expect((await read(page, m, (el) => el.state)).sd).toBe(3);
    expect(await page.locator(`${m} #input-error`).isHidden()).toBe(true);

    await page.$eval(m, (el) => {
      (el as EstimateView).setState({ p: 1.5 });
      el.setAttribute('level', '97');
    });
    const msgs = await read(page, m, (el) => el.messages);
    expect(msgs.some((t) => /p \(setState\): must be between 0 and 1/.test(t))).toBe(true);
    expect(msgs.some((t) => /level="97".*80, 90, 95, 99/.test(t))).toBe(true);
    expect((await read(page, m, (el) => el.state)).level).toBe(95);
    expect(await page.locator(`${m} .messages`).isVisible()).toBe(true);
    const desc = await read(page, m, (el) => el.description);
    expect(desc).not.toMatch(/NaN|undefined/);
    await page.$eval(m, (el) => el.removeAttribute('level'));
  });

  it('bootstrap: 100,000 resampled medians off the main thread, the percentile interval around the median', async () => {
    const b = '#boot';
    await page.locator(b).scrollIntoViewIfNeeded();
    await page.waitForFunction((sel) => (document.querySelector(sel) as EstimateView).bootstrap.finished, b, {
      timeout: 20_000,
    });
    const info = await read(page, b, (el) => el.bootstrap);
    expect(info.done).toBe(100_000);
    expect(info.path).toMatch(/\S/);
    if (!info.interval) throw new Error('no interval');
    expect(info.interval[0]).toBeLessThan(info.estimate);
    expect(info.interval[1]).toBeGreaterThan(info.estimate);
    // Review D8: the lower bound is a median some resample had (9.5115), not a bin's 9.47.
    expect(info.interval[0]).toBeCloseTo(9.5115, 4);
    expect(await page.locator(`${b} .readout`).textContent()).toMatch(
      /^Sample median [\d.]+; the 95% bootstrap percentile interval is [\d.]+ to [\d.]+\.$/,
    );
    await page.locator(`${b} select[name="statistic"]`).selectOption('mean');
    await page.waitForFunction(
      (sel) => {
        const el = document.querySelector(sel) as EstimateView;
        return el.bootstrap.finished && el.state.statistic === 'mean';
      },
      b,
      { timeout: 20_000 },
    );
    expect((await read(page, b, (el) => el.bootstrap)).interval).toBeDefined();
    await screenshot(page, 'lesson-prob-16-light');
  });
});

describe('lesson 16 in the other themes and on a phone', () => {
  for (const [theme, width] of [
    ['dark', 390],
    ['projector', 1280],
  ] as const) {
    it(`${theme} at ${width} px: clean console, readable widgets`, async () => {
      const page = await site.open(`${LESSON}?theme=${theme}`, { width, height: 860 });
      await settle(page);
      const lik = page.locator('#lik');
      await lik.scrollIntoViewIfNeeded();
      const box = await page.locator('#lik canvas').boundingBox();
      expect(box?.width).toBeLessThanOrEqual(width);
      // The handle shows (and takes focus) once the widget has drawn on screen.
      await page.locator('#lik .handle').waitFor({ state: 'visible' });
      await page.locator('#lik .handle').focus();
      await page.keyboard.press('ArrowLeft');
      expect(await page.$eval('#lik', (el) => (el as EstimateView).state.theta)).not.toBeNull();
      await page.locator('#many').scrollIntoViewIfNeeded();
      await page.locator('#many button[name="more"]').click();
      await page.waitForFunction(
        () => (document.querySelector('#many') as EstimateView).intervals.tally.intervals === 200,
      );
      await frames(page, 2);
      await screenshot(page, `lesson-prob-16-${theme}-${width}`, false);
      expectClean(page);
      await page.close();
    });
  }
});
