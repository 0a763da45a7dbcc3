/**
 * Presenter mode on lesson 2, driven from the keyboard as a teacher would: every step applies
 * its settings to its widget, the keys move forward and back, Escape leaves, and `?step=N`
 * opens at a step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, settle } from './harness';
import { frames, type PlaneView } from './plane-driver';
import { LESSON2 } from './site-map';
import { PLANE_PROPS } from '../../src/widgets/plane/props';
import { toCamel, type Prop } from '../../src/ui/props';
import { useSite } from '../helpers/site';

const site = useSite();

interface Step {
  n: number;
  target: string;
  settings: Record<string, string>;
}

function steps(page: Page): Promise<Step[]> {
  return page.$$eval('.step[data-step]', (els) =>
    els.map((el) => ({
      n: Number(el.getAttribute('data-step')),
      target: el.getAttribute('data-target') ?? '',
      settings: JSON.parse(el.getAttribute('data-settings') ?? '{}') as Record<string, string>,
    })),
  );
}

function currentStep(page: Page): Promise<number[]> {
  return page.$$eval('.step[aria-current="step"]', (els) =>
    els.map((el) => Number(el.getAttribute('data-step'))),
  );
}

/** Checks that the page shows step `step`: marked current, named in the bar, its settings applied. */
async function expectAt(page: Page, step: Step, total: number): Promise<void> {
  await expect.poll(() => currentStep(page), { timeout: 3000 }).toEqual([step.n]);
  expect(await page.locator('body').getAttribute('class')).toContain('presenting');
  await expect
    .poll(() => page.locator('body').innerText(), { timeout: 3000 })
    .toContain(`Step ${step.n} / ${total}`);
  await expect
    .poll(
      async () => {
        const state = await page.$eval(
          `#${step.target}`,
          (el) => JSON.parse(JSON.stringify((el as PlaneView).state)) as Record<string, unknown>,
        );
        return Object.entries(step.settings).every(([name, text]) => {
          const prop = (PLANE_PROPS as Record<string, Prop<unknown>>)[toCamel(name)];
          const parsed = prop?.parse(text);
          return !!parsed?.ok && prop!.equals(state[toCamel(name)], parsed.value);
        });
      },
      {
        timeout: 3000,
        message: `state of #${step.target} after step ${step.n}: ${JSON.stringify(step.settings)}`,
      },
    )
    .toBe(true);
  // What the class must see is the widget the step changes: its top lands on screen, above the
  // fixed bar (the bar names the step, so the marker may scroll away when both do not fit).
  const widgetTop = () =>
    page.$eval(`#${step.target}`, (el) => {
      const top = el.getBoundingClientRect().top;
      const bar = document.querySelector('.presenter-bar')?.getBoundingClientRect().top ?? innerHeight;
      return top >= 0 && top < Math.min(bar, innerHeight) - 100;
    });
  // The scroll may be smooth (no reduced-motion preference here), so give it time.
  await expect
    .poll(widgetTop, { timeout: 3000, message: `step ${step.n}: top of #${step.target} scrolled into view` })
    .toBe(true);
}

describe('presenter mode', () => {
  it('walks through the steps with the keyboard and leaves with Escape', async () => {
    const page = await site.open(LESSON2);
    await settle(page);
    const all = await steps(page);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.length).toBeLessThanOrEqual(8);
    expect(all.map((s) => s.n)).toEqual(all.map((_, k) => k + 1));
    for (const s of all) {
      expect(await page.locator(`#${s.target}`).evaluate((el) => el.localName), `target of step ${s.n}`).toBe(
        'lumen-plane',
      );
      expect(Object.keys(s.settings).length, `settings of step ${s.n}`).toBeGreaterThan(0);
    }
    const total = all.length;
    const at = (n: number) => all[n - 1]!;

    await page.keyboard.press('s');
    await expectAt(page, at(1), total);
    expect(await page.locator('#present-toggle').getAttribute('aria-pressed')).toBe('true');

    const forward = ['ArrowRight', 'Space', 'PageDown', 'ArrowDown'];
    for (let n = 2; n <= total; n++) {
      await page.keyboard.press(forward[(n - 2) % forward.length]!);
      await expectAt(page, at(n), total);
    }
    await page.keyboard.press('ArrowRight');
    await expectAt(page, at(total), total);
    await page.keyboard.press('PageUp');
    await expectAt(page, at(total - 1), total);
    await page.keyboard.press('ArrowLeft');
    await expectAt(page, at(total - 2), total);
    await page.keyboard.press('Home');
    await expectAt(page, at(1), total);
    await page.keyboard.press('End');
    await expectAt(page, at(total), total);

    await page.keyboard.press('Escape');
    await frames(page, 2);
    expect(await page.locator('body').getAttribute('class')).not.toContain('presenting');
    expect(await page.locator('#present-toggle').getAttribute('aria-pressed')).toBe('false');
    expectClean(page);
    await page.close();
  });

  it('the on-screen buttons move between steps too', async () => {
    const page = await site.open(LESSON2);
    await settle(page);
    const all = await steps(page);
    await page.locator('#present-toggle').click();
    await expectAt(page, all[0]!, all.length);
    await page.getByRole('button', { name: /next/i }).click();
    await expectAt(page, all[1]!, all.length);
    await page.getByRole('button', { name: /prev/i }).click();
    await expectAt(page, all[0]!, all.length);
    await page.locator('#present-toggle').click();
    expect(await page.locator('body').getAttribute('class')).not.toContain('presenting');
    expectClean(page);
    await page.close();
  });

  it('?step=2 opens presenter mode at step 2', async () => {
    const page = await site.open(`${LESSON2}?step=2`);
    await settle(page);
    const all = await steps(page);
    await expectAt(page, all[1]!, all.length);
    expectClean(page);
    await page.close();
  });
});
