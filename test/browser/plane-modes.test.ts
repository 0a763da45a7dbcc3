/**
 * The modes of `<lumen-plane>` in a real page (test/fixtures/plane-modes/index.html, one widget per
 * mode as a lesson embeds it): drags, keys and typing, then `state`, the ARIA description and the
 * readouts; predict-first in the new modes; bad settings; screenshots in every theme at desktop
 * and phone width (test-results/screens/plane-modes-*.png). Every page must keep a clean console.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectClean,
  launchChromium,
  openPage,
  screenshot,
  serveDist,
  settle,
  type LaunchedChromium,
  type LumenPage,
  type StaticServer,
} from './harness';
import {
  dragMouse,
  expectMatrix,
  frames,
  messages,
  playAndSample,
  plotToClient,
  ready,
  setInputValue,
  setState,
  state,
  type PlaneView,
} from './plane-driver';

let server: StaticServer;
let chromium: LaunchedChromium;
let page: LumenPage;

const PAGE = '/plane-modes/index.html';

beforeAll(async () => {
  server = await serveDist('dist', { '/plane-modes/': 'test/fixtures/plane-modes/' });
  chromium = await launchChromium();
  page = await openPage(chromium.browser, server.url(PAGE));
  for (const id of ['span', 'composition', 'inverse', 'dot', 'basis', 'eigen', 'spaces'])
    await ready(page, `#${id}`);
  await settle(page);
});

afterAll(async () => {
  if (page) {
    expectClean(page);
    await page.close();
  }
  await chromium?.close();
  await server?.close();
});

async function handleCentre(p: Page, id: string, handle: string): Promise<{ x: number; y: number }> {
  const box = await p.locator(`#${id} [data-handle="${handle}"]`).boundingBox();
  if (!box) throw new Error(`handle ${handle} of #${id} is not shown`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function show(id: string): Promise<void> {
  await page.locator(`#${id}`).evaluate((el) => (el.shadowRoot?.activeElement as HTMLElement | null)?.blur());
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await frames(page, 2);
}

async function key(id: string, handle: string, keys: string[]): Promise<void> {
  await page.locator(`#${id} [data-handle="${handle}"]`).focus();
  for (const k of keys) await page.keyboard.press(k);
  await frames(page, 1);
}

const describeOf = (id: string): Promise<string> =>
  page.$eval(`#${id}`, (el) => (el as PlaneView).description);
const readouts = (id: string): Promise<string> => page.locator(`#${id} .readout-main`).innerText();
const noNaN = async (id: string): Promise<void> => {
  const text = `${await describeOf(id)}\n${await page.locator(`#${id} .frame`).innerText()}`;
  expect(text).not.toMatch(/NaN|undefined|Infinity/);
};

describe('mode span (lesson 1)', () => {
  it('drag v, step w with keys, type a weight: the mix and the span follow', async () => {
    await show('span');
    expect(await describeOf('span')).toMatch(/1·v \+ 1·w = \(3, 3\).*whole plane/);
    await dragMouse(page, await handleCentre(page, 'span', 'v'), await plotToClient(page, '#span', [2, 0]));
    expectMatrix((await state(page, '#span')).v, [2, 0], 0.05);
    await key('span', 'w', ['Shift+ArrowUp', 'ArrowLeft']);
    expectMatrix((await state(page, '#span')).w, [1.9, 2], 1e-9);
    const a = page.locator('#span input[name="a-number"]');
    await a.fill('-1.5');
    await a.press('Enter');
    await frames(page, 1);
    const s = await state(page, '#span');
    expect(s.a).toBe(-1.5);
    expect(await readouts('span')).toMatch(/a·v \+ b·w = -1\.5·\(2, 0\) \+ 1·\(1\.9, 2\) = \(-1\.1, 2\)/);
    await noNaN('span');
  });

  it('dragging the mix sets the weights; a weight out of range is refused with a message', async () => {
    await setState(page, '#span', { v: [1, 0], w: [0, 1], a: 1, b: 1, t: 1 });
    await dragMouse(
      page,
      await handleCentre(page, 'span', 'sum'),
      await plotToClient(page, '#span', [2, -1]),
    );
    const s = await state(page, '#span');
    expect([s.a, s.b]).toEqual([2, -1]);
    const b = page.locator('#span input[name="b-number"]');
    await b.fill('9');
    await b.press('Enter');
    expect(await b.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#span .weight-error').innerText()).toMatch(/between -5 and 5/);
    expect((await state(page, '#span')).b).toBe(-1);
    await page.locator('#span input[type="range"][name="b"]').focus();
    await setInputValue(page, '#span input[type="range"][name="b"]', '0.5');
    expect((await state(page, '#span')).b).toBe(0.5);
    expect(await page.locator('#span .weight-error').isVisible()).toBe(false);
  });

  it('collapses to a line when v and w line up, and to the origin when both are 0', async () => {
    await setState(page, '#span', { v: [1, 2], w: [-2, -4] });
    expect(await describeOf('span')).toMatch(
      /lie on one line, so their span is just that line, along \(0\.5, 1\)/,
    );
    expect(await page.locator('#span [data-handle="sum"]').isHidden()).toBe(true);
    await setState(page, '#span', { v: [0, 0], w: [0, 0] });
    expect(await describeOf('span')).toMatch(/span is just the origin/);
    await noNaN('span');
  });
});

describe('mode composition (lesson 3)', () => {
  it('A then B beside B then A: BA ≠ AB for a shear and a rotation, equal for commuting ones', async () => {
    await show('composition');
    const [left, right] = await Promise.all(
      ['.plot-wrap', '.plot-wrap.second'].map((s) => page.locator(`#composition ${s}`).first().boundingBox()),
    );
    expect(left && right && right.x > left.x + left.width - 1, 'side by side on a wide page').toBe(true);
    expect(await describeOf('composition')).toMatch(
      /BA, with rows 0 -1 and 1 1.*AB, with rows 1 -1 and 1 0.*order matters/,
    );
    const second = page.locator('#composition input[name="second"]');
    await second.fill('2 0; 0 2');
    await second.press('Enter');
    expectMatrix((await state(page, '#composition')).second, [2, 0, 0, 2], 0);
    expect(await readouts('composition')).toMatch(/commute/);
    await second.fill('2 0');
    await second.press('Enter');
    expect(await second.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#composition .second-error').innerText()).toMatch(
      /Could not read that matrix/,
    );
    await page.locator('#composition select[name="second-preset"]').selectOption('reflection');
    expectMatrix((await state(page, '#composition')).second, [-1, 0, 0, 1], 0);
    expect(await second.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('plays both stages, every frame forward', async () => {
    await setState(page, '#composition', { t: 0 });
    const samples = await playAndSample(page, '#composition', 1);
    expect(samples.at(-1)).toBe(1);
    expect(samples.filter((t) => t > 0.05 && t < 0.45).length).toBeGreaterThan(2);
    expect(samples.filter((t) => t > 0.55 && t < 0.95).length).toBeGreaterThan(2);
    await noNaN('composition');
  });
});

describe('mode inverse (lesson 5)', () => {
  it('drags A, plays A⁻¹ back home', async () => {
    await show('inverse');
    await dragMouse(
      page,
      await handleCentre(page, 'inverse', 'i'),
      await plotToClient(page, '#inverse', [2, 0]),
    );
    const s = await state(page, '#inverse');
    expectMatrix(s.matrix, [2, 1, 0, 1], 0.05);
    expect(s.t).toBe(0.5);
    expect(await describeOf('inverse')).toMatch(/A⁻¹ has rows 0\.5 -0\.5 and 0 1/);
    const samples = await playAndSample(page, '#inverse', 1);
    expect(samples[0]).toBe(0.5);
    expect(samples.at(-1)).toBe(1);
    expect(await describeOf('inverse')).toMatch(/back home: A⁻¹A = I/);
  });

  it('refuses a singular matrix with the reason, the rank, the column space and the null space', async () => {
    const input = page.locator('#inverse input[name="matrix"]');
    await input.fill('1 2; 0.5 1');
    await input.press('Enter');
    const refusal = await page.locator('#inverse .readout-main .refusal').innerText();
    expect(refusal).toMatch(/No inverse: det A = 0.*rank 1/);
    expect(await readouts('inverse')).toMatch(
      /column space is the line along \(1, 0\.5\).*null space is the line along \(1, -0\.5\)/,
    );
    await setState(page, '#inverse', { t: 0 });
    const samples = await playAndSample(page, '#inverse', 1, 2500);
    expect(Math.max(...samples), 'Play stops where A⁻¹ would begin').toBe(0.5);
    await noNaN('inverse');
  });
});

describe('mode dot (lesson 6)', () => {
  it('u·v, the cosine and the shadow follow drags and keys; zero vectors are explained', async () => {
    await show('dot');
    expect(await describeOf('dot')).toMatch(
      /u·v = 5 > 0, cos θ = 0\.71, θ = 45°.*shadow of v on u ends at \(1\.5, 0\.5\)/,
    );
    await dragMouse(page, await handleCentre(page, 'dot', 'v'), await plotToClient(page, '#dot', [-1, 3]));
    expectMatrix((await state(page, '#dot')).v, [-1, 3], 0.05);
    expect(await describeOf('dot')).toMatch(/perpendicular.*u·v = 0/);
    await key('dot', 'u', ['Shift+ArrowDown']);
    expectMatrix((await state(page, '#dot')).u, [3, 0], 1e-9);
    expect(await readouts('dot')).toMatch(/u·v = -3; cos θ = -0\.32/);
    await setState(page, '#dot', { u: [0, 0] });
    expect(await describeOf('dot')).toMatch(/u is the zero vector: it has no direction/);
    await noNaN('dot');
    await setState(page, '#dot', { u: [3, 1], v: [1, 2] });
  });
});

describe('mode basis (lesson 7)', () => {
  it('coordinates in both grids, the change-of-basis matrix, and a refused basis', async () => {
    await show('basis');
    expect(await describeOf('basis')).toMatch(
      /standard grid v = \(1, 2\).*it is \(1, 1\): v = 1·b₁ \+ 1·b₂.*P, with columns b₁ and b₂, has rows 2 -1 and 1 1/,
    );
    await dragMouse(page, await handleCentre(page, 'basis', 'v'), await plotToClient(page, '#basis', [3, 3]));
    expect(await readouts('basis')).toMatch(/In b₁, b₂: v = \(2, 1\)/);
    // b₂ onto b₁ = (2, 1): no longer a basis.
    await key('basis', 'b2', ['Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight']);
    expectMatrix((await state(page, '#basis')).b2, [2, 1], 1e-9);
    expect(await page.locator('#basis .readout-main .refusal').innerText()).toMatch(/Not a basis/);
    expect(await describeOf('basis')).toMatch(/Not a basis/);
    await key('basis', 'b2', ['Alt+ArrowUp']);
    expect(await page.locator('#basis .readout-main .refusal').count()).toBe(0);
    await noNaN('basis');
  });
});

describe('mode eigen (lesson 8)', () => {
  it('symmetric: λ = 3 and 1; rotation: no real eigenvectors; shear: one direction', async () => {
    await show('eigen');
    expect(await readouts('eigen')).toMatch(/eigenvalues 3 and 1/);
    expect(await describeOf('eigen')).toMatch(
      /along \(1, 1\) are stretched by 3; arrows along \(1, -1\) are stretched by 1/,
    );
    await page.locator('#eigen select[name="preset"]').selectOption('rotation');
    await setInputValue(page, '#eigen input[name="angle"]', '90');
    expect(await describeOf('eigen')).toMatch(/No arrow stays on its own span.*complex pair 0 ± 1i/);
    await page.locator('#eigen select[name="preset"]').selectOption('shear');
    expect(await describeOf('eigen')).toMatch(
      /Only one direction stays on its own span.*along \(1, 0\) are stretched by 1/,
    );
    await setState(page, '#eigen', { t: 0 });
    const samples = await playAndSample(page, '#eigen', 1);
    expect(samples.at(-1)).toBe(1);
    await noNaN('eigen');
  });
});

describe('spaces in mode transform', () => {
  it('the check box draws the column and null space and says the rank', async () => {
    await show('spaces');
    expect(await describeOf('spaces')).toMatch(/Rank 1: the column space is the line along \(1, 0\.5\)/);
    await page.locator('#spaces input[name="spaces"]').uncheck();
    expect((await state(page, '#spaces')).spaces).toBe(false);
    expect(await describeOf('spaces')).not.toMatch(/Rank/);
    await page.locator('#spaces input[name="spaces"]').check();
    expect((await state(page, '#spaces')).spaces).toBe(true);
  });
});

describe('predict-first in the new modes', () => {
  it('span, dot and basis: guess, reveal, be scored against the right answer', async () => {
    const cases = [
      { id: 'span', set: { v: [1, 2], w: [2, 1], a: 1, b: 1 }, target: [3, 3] },
      { id: 'dot', set: { u: [3, 1], v: [1, 2] }, target: [1.5, 0.5] },
      { id: 'basis', set: { b1: [2, 1], b2: [-1, 1], v: [1, 2] }, target: [1, 2] },
    ] as const;
    for (const c of cases) {
      await setState(page, `#${c.id}`, { ...c.set, predict: true });
      await show(c.id);
      expect(await page.locator(`#${c.id} .predict-question`).innerText()).toMatch(/Predict first/);
      expect(await describeOf(c.id)).toMatch(/Your guess is at/);
      await dragMouse(
        page,
        await handleCentre(page, c.id, 'guess'),
        await plotToClient(page, `#${c.id}`, [2, 2]),
      );
      await page.locator(`#${c.id} button[name="reveal"]`).click();
      await frames(page, 2);
      const p = await page.$eval(`#${c.id}`, (el) => (el as PlaneView).prediction);
      expect(p, c.id).toBeDefined();
      expectMatrix(p!.target, c.target, 1e-9);
      expectMatrix(p!.guess, [2, 2], 0.05);
      expect(await page.locator(`#${c.id} .predict-result`).innerText()).toMatch(/Your guess \(2, 2\)/);
      await setState(page, `#${c.id}`, { predict: false });
    }
  });

  it('a singular inverse cannot be predicted: Reveal stays disabled and says why', async () => {
    await setState(page, '#inverse', { matrix: [1, 2, 0.5, 1], predict: true });
    expect(await page.locator('#inverse button[name="reveal"]').isDisabled()).toBe(true);
    expect(await page.locator('#inverse .predict-question').innerText()).toMatch(/Nothing to predict/);
    await setState(page, '#inverse', { predict: false, matrix: [2, 1, 1, 1], t: 0.5 });
  });
});

describe('bad settings', () => {
  it('a malformed vector or an unknown mode shows a message and falls back', async () => {
    await page.evaluate(() => {
      const el = document.createElement('lumen-plane');
      el.id = 'bad';
      el.setAttribute('mode', 'spin');
      el.setAttribute('v', '1 2 3');
      el.setAttribute('u', '(4, 5)');
      document.body.append(el);
    });
    await ready(page, '#bad');
    const s = await state(page, '#bad');
    expect(s.mode).toBe('transform');
    expectMatrix(s.v, [1, 2], 0);
    expectMatrix(s.u, [4, 5], 0);
    const text = (await messages(page, '#bad')).join(' ');
    expect(text).toMatch(/mode="spin".*must be one of transform, span/);
    expect(text).toMatch(/v="1 2 3".*expected 2 numbers/);
    await page.locator('#bad').evaluate((el) => el.setAttribute('mode', 'dot'));
    await frames(page, 2);
    expect((await state(page, '#bad')).mode).toBe('dot');
    await page.locator('#bad').evaluate((el) => el.remove());
  });
});

describe('looks', () => {
  it('every mode in light, dark and projector, at desktop and phone width', async () => {
    for (const theme of ['light', 'dark', 'projector'])
      for (const width of [1000, 360]) {
        const p = await openPage(chromium.browser, server.url(`${PAGE}?theme=${theme}`), {
          width,
          height: 900,
        });
        await settle(p);
        await frames(p, 2);
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow, `${theme} ${width}px: no sideways scrolling`).toBeLessThanOrEqual(0);
        await screenshot(p, `plane-modes-${theme}-${width}`);
        expectClean(p, `${theme} ${width}px`);
        await p.close();
      }
  });
});
