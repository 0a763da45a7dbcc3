/**
 * Lessons 1, 3 and 4 of the linear algebra track, used as a learner and a teacher would: each page
 * opens with a clean console, its main widget answers one real interaction (a drag, typing, keys)
 * with the `state` and ARIA description the prose promises, its predict-first checkpoint judges a
 * guess before showing the answer, and presenter mode applies a step to the widget it drives.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, openPage, settle } from './harness';
import {
  dragMouse,
  expectMatrix,
  frames,
  plotToClient,
  ready,
  state,
  type PlaneView,
  type Point,
} from './plane-driver';
import { useSite } from '../helpers/site';

const LESSON = (slug: string): string => `/lessons/linear-algebra/${slug}.html`;

const site = useSite();

async function handleAt(page: Page, id: string, handle: string): Promise<Point> {
  const box = await page.locator(`#${id} [data-handle="${handle}"]`).boundingBox();
  if (!box) throw new Error(`handle ${handle} of #${id} is not shown`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The ARIA sentence with typographic minus signs as ASCII, for matching numbers. */
const description = (page: Page, id: string): Promise<string> =>
  page.$eval(`#${id}`, (el) => (el as PlaneView).description.replace(/\u2212/g, '-'));

const planePrediction = (page: Page, id: string) =>
  page.$eval(`#${id}`, (el) => (el as PlaneView).prediction);

/** Plays until the widget's animation has landed at t = 1 (Reveal animates). */
async function landed(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (sel) => (document.querySelector(sel) as PlaneView | null)?.state.t === 1,
    `#${id}`,
    { timeout: 5000 },
  );
  await frames(page, 2);
}

/**
 * Starts presenter mode with `s` (step 1) and goes one step on with ArrowRight. The page keys
 * ignore events from inside a widget, so focus goes to the lesson's main element first, as a
 * teacher's click on the page would.
 */
async function presentStep2(page: Page): Promise<void> {
  await page.locator('#content').focus();
  await page.keyboard.press('s');
  await expect
    .poll(() => page.locator('.step[aria-current="step"]').getAttribute('data-step'), { timeout: 3000 })
    .toBe('1');
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.locator('.step[aria-current="step"]').getAttribute('data-step'), { timeout: 3000 })
    .toBe('2');
  expect(await page.locator('body').getAttribute('class')).toContain('presenting');
}

describe('lesson 1: vectors, span and basis', () => {
  it('drags v and w until the span collapses, predicts a mix, presents a step', async () => {
    const page = await site.open(LESSON('01-vectors-span-and-basis'));
    await ready(page, '#mix');
    await ready(page, '#guess');
    await settle(page);

    const start = await state(page, '#mix');
    expect(start.mode).toBe('span');
    expect([start.a, start.b]).toEqual([-1, 2]);
    expect(await description(page, 'mix')).toMatch(
      /-1·v \+ 2·w = \(0, 3\)\. The span of v and w is the whole plane/,
    );

    // Drag v from (2, 1) to (3, 1): the mix follows, the span is still the plane.
    await page.locator('#mix').scrollIntoViewIfNeeded();
    await frames(page, 2);
    await dragMouse(page, await handleAt(page, 'mix', 'v'), await plotToClient(page, '#mix', [3, 1]));
    expectMatrix((await state(page, '#mix')).v, [3, 1], 0);
    expect(await description(page, 'mix')).toMatch(
      /v = \(3, 1\) and w = \(1, 2\)\. -1·v \+ 2·w = \(-1, 3\)\..*whole plane/,
    );

    // Drag w onto the line of v: the span is a line and the mix can no longer be dragged.
    await dragMouse(page, await handleAt(page, 'mix', 'w'), await plotToClient(page, '#mix', [-3, -1]));
    expectMatrix((await state(page, '#mix')).w, [-3, -1], 0);
    expect(await description(page, 'mix')).toMatch(
      /v and w lie on one line, so their span is just that line/,
    );
    expect(await page.locator('#mix [data-handle="sum"]').isHidden()).toBe(true);

    // Predict 2·v + 1·w for v = (2, 1), w = (-1, 1): the answer is not said before Reveal.
    await page.locator('#guess').scrollIntoViewIfNeeded();
    await frames(page, 2);
    expect(await planePrediction(page, 'guess')).toBeUndefined();
    expect(await description(page, 'guess')).not.toMatch(/\(3, 3\)/);
    await dragMouse(page, await handleAt(page, 'guess', 'guess'), await plotToClient(page, '#guess', [3, 3]));
    await page.locator('#guess button[name="reveal"]').click();
    await landed(page, 'guess');
    const p = await planePrediction(page, 'guess');
    expectMatrix(p!.target, [3, 3], 1e-12);
    expectMatrix(p!.guess, [3, 3], 0);
    expect(await page.locator('#guess .predict-result').innerText()).toMatch(
      /exactly where a·v \+ b·w lands\. Spot on!/,
    );
    expect(await description(page, 'guess')).toMatch(/2·v \+ 1·w = \(3, 3\)/);

    // Presenter: step 1 is 2·v alone, step 2 is v + w with the lesson's v and w back.
    await presentStep2(page);
    await expect
      .poll(
        async () => {
          const s = await state(page, '#mix');
          return [...s.v, ...s.w, s.a, s.b, s.t];
        },
        { timeout: 3000 },
      )
      .toEqual([2, 1, 1, 2, 1, 1, 1]);
    expect(await description(page, 'mix')).toMatch(/1·v \+ 1·w = \(3, 3\)/);
    expectClean(page);
    await page.close();
  });
});

describe('lesson 3: composition is multiplication', () => {
  it('types a second matrix that commutes, predicts î after A then B, presents a step', async () => {
    const page = await openPage(
      site.chromium.browser,
      site.server.url(LESSON('03-composition-is-multiplication')),
    );
    await ready(page, '#order');
    await ready(page, '#guess');
    await settle(page);

    expect(await description(page, 'order')).toMatch(
      /BA, with rows 0 -1 and 1 1: î lands at \(0, 1\).*AB, with rows 1 -1 and 1 0.*order matters/,
    );
    const second = page.locator('#order input[name="second"]');
    await second.fill('2 0; 0 2');
    await second.press('Enter');
    await frames(page, 2);
    const s = await state(page, '#order');
    expectMatrix(s.second, [2, 0, 0, 2], 0);
    expectMatrix(s.matrix, [1, 1, 0, 1], 0);
    expect(await description(page, 'order')).toMatch(
      /BA, with rows 2 2 and 0 2.*Both orders give the same matrix/,
    );
    expect(await page.locator('#order .readout-main').innerText()).toMatch(/commute \(BA = AB\)/);

    // Predict: î after the vertical shear A, then the mirror B lands at (-1, 1). The wrong order,
    // (-1, -1), is 2 units off.
    await page.locator('#guess').scrollIntoViewIfNeeded();
    await frames(page, 2);
    expect(await description(page, 'guess')).not.toMatch(/rows -1 0 and 1 1/);
    await dragMouse(
      page,
      await handleAt(page, 'guess', 'guess'),
      await plotToClient(page, '#guess', [-1, -1]),
    );
    await page.locator('#guess button[name="reveal"]').click();
    await landed(page, 'guess');
    const p = await planePrediction(page, 'guess');
    expectMatrix(p!.target, [-1, 1], 1e-12);
    expect(p!.distance).toBeCloseTo(2, 9);
    expect(await page.locator('#guess .predict-result').innerText()).toMatch(
      /was 2 units from where î lands after A then B, \(-1, 1\)/,
    );
    expect(await description(page, 'guess')).toMatch(/BA, with rows -1 0 and 1 1: î lands at \(-1, 1\)/);

    // Presenter: step 1 puts both plots halfway, step 2 finishes the moves.
    await presentStep2(page);
    await expect
      .poll(
        async () => {
          const o = await state(page, '#order');
          return [...o.matrix, ...o.second, o.t];
        },
        { timeout: 3000 },
      )
      .toEqual([1, 1, 0, 1, 0, -1, 1, 0, 1]);
    expect(await page.locator('#order .readout-main').innerText()).toMatch(/order matters/);
    expectClean(page);
    await page.close();
  });
});

describe('lesson 4: the determinant', () => {
  it('moves ĵ with keys through a flip, predicts the area factor, presents a step', async () => {
    const page = await site.open(LESSON('04-the-determinant'));
    await ready(page, '#main');
    await ready(page, '#guess');
    await page.waitForFunction(() => customElements.get('lumen-predict'));
    await settle(page);

    const det = (id: string): Promise<string> =>
      page
        .locator(`#${id} .readout-det`)
        .innerText()
        .then((t) => t.replace(/\u2212/g, '-'));
    expect(await det('main')).toMatch(/Determinant 5: areas grow 5 times and orientation is kept/);

    // ĵ from (1, 2) one step left to (0, 2): det 6.
    const j = page.locator('#main [data-handle="j"]');
    await j.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await frames(page, 2);
    expectMatrix((await state(page, '#main')).matrix, [3, 0, 1, 2], 1e-12);
    expect(await det('main')).toMatch(/Determinant 6:/);
    expect(await description(page, 'main')).toMatch(/ĵ at \(0, 2\)\. Determinant 6: areas grow 6 times/);

    // On across the line of î, to (6, 1): det = 3·1 − 6·1 = −3, the plane is flipped.
    for (let k = 0; k < 6; k++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await frames(page, 2);
    expectMatrix((await state(page, '#main')).matrix, [3, 6, 1, 1], 1e-12);
    expect(await det('main')).toMatch(/Determinant -3: areas grow 3 times and orientation is flipped/);

    // Predict: the target plane waits at the identity until the guess is locked in.
    const guess = page.locator('#area input[name="guess"]');
    await guess.scrollIntoViewIfNeeded();
    expectMatrix((await state(page, '#guess')).matrix, [1, 0, 0, 1], 0);
    expect((await state(page, '#guess')).formula).toBe(false);
    expect(await det('guess')).toMatch(/Determinant 1:/);
    await guess.fill('6');
    await page.locator('#area button[name="lock"]').click();
    expect(
      await page.locator('#area').evaluate((el) => (el as unknown as { prediction: unknown }).prediction),
    ).toEqual({
      guess: 6,
      answer: 4,
      correct: false,
      error: 2,
    });
    expect(await page.locator('#area .verdict').innerText()).toMatch(/Your guess 6 is 2 away from 4\./);
    expect(await page.locator('#area .explain').innerText()).toMatch(/6 − 2 = 4/);
    await expect
      .poll(async () => (await state(page, '#guess')).matrix, { timeout: 3000 })
      .toEqual([3, 1, 2, 2]);
    expect((await state(page, '#guess')).formula).toBe(true);
    await frames(page, 2);
    expect(await det('guess')).toMatch(/Determinant 4: areas grow 4 times and orientation is kept/);
    await page.locator('#area button[name="again"]').click();
    await guess.fill('4');
    await guess.press('Enter');
    expect(await page.locator('#area .verdict').innerText()).toMatch(/Exactly right: 4/);

    // Presenter: step 1 is the 3 by 2 stretch, step 2 the shear.
    await presentStep2(page);
    await expect
      .poll(async () => (await state(page, '#main')).matrix, { timeout: 3000 })
      .toEqual([1, 1, 0, 1]);
    expect(await det('main')).toMatch(/Determinant 1: areas are kept/);
    expectClean(page);
    await page.close();
  });
});
