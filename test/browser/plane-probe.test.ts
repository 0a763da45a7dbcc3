/**
 * `<lumen-plane>`'s x → Ax probe in split layout and the determinant's box picture in a real page
 * (test/fixtures/plane-probe/index.html): the probe dragged by pointer and stepped by keys, with
 * the state, the readout and the ARIA sentence checked; the planes side by side at 1280 px and
 * stacked at 390 px; the box's subtraction, also for a negative determinant. One page for all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, type LumenPage } from './harness';
import {
  dragMouse,
  frames,
  handleCentre,
  plotToClient,
  ready,
  setState,
  state,
  type PlaneView,
} from './plane-driver';
import { useSite } from './widget-page';

const site = useSite({ '/plane-probe/': 'test/fixtures/plane-probe/' });
let page: LumenPage;

beforeAll(async () => {
  page = await site.open('/plane-probe/index.html');
  await ready(page, '#probe');
  await ready(page, '#box');
});

afterAll(async () => {
  if (page) {
    expectClean(page);
    await page.close();
  }
});

const readouts = (id: string): Promise<string> => page.locator(`#${id} .readout-main`).innerText();
const describeOf = (id: string): Promise<string> =>
  page.$eval(`#${id}`, (el) => (el as PlaneView).description);

async function keys(id: string, handle: string, presses: string[]): Promise<void> {
  await page.locator(`#${id} [data-handle="${handle}"]`).focus();
  for (const k of presses) await page.keyboard.press(k);
  await frames(page, 1);
}

async function plotBoxes(id: string): Promise<{ x: number; y: number; width: number; height: number }[]> {
  const boxes = await Promise.all(
    ['.plot-wrap', '.plot-wrap.second'].map((s) => page.locator(`#${id} ${s}`).first().boundingBox()),
  );
  return boxes.map((b) => {
    if (!b) throw new Error(`a plot of #${id} is not shown`);
    return b;
  });
}

describe('the x → Ax probe in split layout', () => {
  it('shows the input plane left of the output plane, with x to drag and no î, ĵ handles', async () => {
    await page.locator('#probe').scrollIntoViewIfNeeded();
    const [left, right] = await plotBoxes('probe');
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(await page.locator('#probe [data-handle="x"]').isVisible()).toBe(true);
    expect(await page.locator('#probe [data-handle="i"]').isHidden()).toBe(true);
    expect(await readouts('probe')).toContain(
      'x = (1, 0) lands at Ax = (2, 1), turned 27° off the line of x',
    );
  });

  it('a pointer drag of x onto (1, 1) finds the eigenvector with λ = 3', async () => {
    await dragMouse(
      page,
      await handleCentre(page, '#probe', 'x'),
      await plotToClient(page, '#probe', [1, 1]),
    );
    expect((await state(page, '#probe')).probe).toEqual([1, 1]);
    expect(await readouts('probe')).toContain('Ax = (3, 3) = 3.0·x: an eigenvector (eigenvalue 3)');
    expect(await describeOf('probe')).toMatch(/an eigenvector \(eigenvalue 3\).*input plane is on the left/);
  });

  it('arrow keys step x: onto (1, -1) (λ = 1), then off the line', async () => {
    await keys('probe', 'x', ['Shift+ArrowDown', 'Shift+ArrowDown']);
    expect((await state(page, '#probe')).probe).toEqual([1, -1]);
    expect(await readouts('probe')).toContain('Ax = (1, -1) = 1.0·x: an eigenvector (eigenvalue 1)');
    await keys('probe', 'x', ['ArrowLeft']);
    expect((await state(page, '#probe')).probe).toEqual([0.9, -1]);
    expect(await readouts('probe')).toMatch(
      /Ax = \(0\.8, -1\.1\), turned \d+° off the line of x: not an eigenvector/,
    );
    expect(await page.locator('#probe [data-handle="x"]').getAttribute('aria-label')).toMatch(
      /x tip at \(0\.9, -1\)/,
    );
  });

  it('probe=false hides it; a bad probe attribute says so and falls back to none, as every attribute does', async () => {
    await setState(page, '#probe', { probe: false });
    expect(await page.locator('#probe [data-handle="x"]').isHidden()).toBe(true);
    expect(await readouts('probe')).not.toContain('Ax');
    await page.$eval('#probe', (el) => el.setAttribute('probe', '1e300 2'));
    await frames(page, 2);
    expect((await state(page, '#probe')).probe).toBe(false);
    const messages = await page.$eval('#probe', (el) => (el as PlaneView).messages);
    expect(messages.join(' ')).toMatch(/probe/);
    expect(await describeOf('probe')).not.toMatch(/NaN|Infinity|undefined/);
    await page.$eval('#probe', (el) => el.setAttribute('probe', '2 1'));
    await frames(page, 2);
    expect((await state(page, '#probe')).probe).toEqual([2, 1]);
    expect(await page.$eval('#probe', (el) => (el as PlaneView).messages)).toEqual([]);
  });

  it('stacks the two planes on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await frames(page, 3);
    const [top, bottom] = await plotBoxes('probe');
    expect(bottom!.y).toBeGreaterThanOrEqual(top!.y + top!.height - 1);
    expect(Math.abs(bottom!.width - top!.width)).toBeLessThan(2);
    await page.setViewportSize({ width: 1280, height: 800 });
    await frames(page, 3);
  });
});

describe('the determinant box (lesson 4)', () => {
  it('spells out the box minus its pieces, and follows a dragged column to a negative determinant', async () => {
    await page.locator('#box').scrollIntoViewIfNeeded();
    // Back on screen (the phone width before hid its handles), it places them at its next frame.
    await frames(page, 2);
    expect(await readouts('box')).toContain('Box 4 × 3 = 12');
    expect(await readouts('box')).toContain('leaves 5 = ad − bc = det A');
    // î from (3, 1) to (1, 3): above ĵ = (1, 2), so the columns turn clockwise.
    await dragMouse(page, await handleCentre(page, '#box', 'i'), await plotToClient(page, '#box', [1, 3]));
    expect((await state(page, '#box')).matrix).toEqual([1, 1, 3, 2]);
    expect(await readouts('box')).toContain(
      'det A = ad − bc = -1, the same area with a minus sign for the flip',
    );
    await keys('box', 'j', ['Shift+ArrowLeft', 'Shift+ArrowLeft']);
    expect(await readouts('box')).toMatch(/needs every entry ≥ 0/);
  });
});
