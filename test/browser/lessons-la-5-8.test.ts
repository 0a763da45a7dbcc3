/**
 * Lessons 5-8 of the linear algebra track as a learner and a teacher use them: each page opens
 * with a clean console; its main plane answers a real drag, key press or typed matrix (state and
 * ARIA description follow); its predict-first checkpoint judges a guess and reveals the answer;
 * and presenter mode (`s`, then →) applies a step's settings to its widget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, settle, type LumenPage } from './harness';
import { dragMouse, expectMatrix, frames, plotToClient, ready, state, type PlaneView } from './plane-driver';
import type { PlaneState } from '../../src/widgets/plane/props';
import { useSite } from '../helpers/site';

const LESSONS = '/lessons/linear-algebra/';
const LESSON5 = `${LESSONS}05-inverse-rank-column-space-null-space.html`;
const LESSON6 = `${LESSONS}06-dot-product-projection-cosine.html`;
const LESSON7 = `${LESSONS}07-change-of-basis.html`;
const LESSON8 = `${LESSONS}08-eigenvectors-and-eigenvalues.html`;

const site = useSite();

/** Opens a lesson and waits until the planes `ids` have rendered. */
async function openLesson(url: string, ids: readonly string[]): Promise<LumenPage> {
  const page = await site.open(url);
  await settle(page);
  for (const id of ids) await ready(page, `#${id}`);
  return page;
}

async function show(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await frames(page, 2);
}

/** The centre of any handle (`i`, `u`, `b1`, `guess`, …) of a plane, in viewport pixels. */
async function handleAt(page: Page, id: string, handle: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`#${id} [data-handle="${handle}"]`).boundingBox();
  if (!box) throw new Error(`handle ${handle} of #${id} is not shown`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, id: string, handle: string, to: readonly [number, number]): Promise<void> {
  await show(page, id);
  await dragMouse(page, await handleAt(page, id, handle), await plotToClient(page, `#${id}`, to));
}

const describeOf = (page: Page, id: string): Promise<string> =>
  page.$eval(`#${id}`, (el) => (el as PlaneView).description.replace(/\u2212/g, '-'));

const predictionOf = (page: Page, id: string) => page.$eval(`#${id}`, (el) => (el as PlaneView).prediction);

/** Drags the predict-first ring of `#id` to `to`, presses Reveal, and returns what the widget scored. */
async function guessAndReveal(page: Page, id: string, to: readonly [number, number]) {
  await show(page, id);
  expect((await state(page, `#${id}`)).predict).toBe(true);
  expect(await predictionOf(page, id), 'nothing is scored before Reveal').toBeUndefined();
  await dragMouse(page, await handleAt(page, id, 'guess'), await plotToClient(page, `#${id}`, to));
  await page.locator(`#${id} button[name="reveal"]`).click();
  await frames(page, 2);
  const prediction = await predictionOf(page, id);
  expect(prediction).toBeDefined();
  return { prediction: prediction!, sentence: await page.locator(`#${id} .predict-result`).innerText() };
}

/** Presenter mode from the keyboard: `s` opens it at step 1, each → goes one step on. */
async function presentTo(page: Page, step: number): Promise<void> {
  // Keys pressed while a widget has focus belong to the widget, not to the shell.
  await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    (el as HTMLElement | null)?.blur();
  });
  await page.keyboard.press('s');
  for (let n = 1; n < step; n++) await page.keyboard.press('ArrowRight');
  await expect
    .poll(
      () => page.$$eval('.step[aria-current="step"]', (els) => els.map((el) => el.getAttribute('data-step'))),
      { timeout: 3000 },
    )
    .toEqual([String(step)]);
}

async function expectPlane(
  page: Page,
  id: string,
  check: (s: PlaneState) => boolean,
  what: string,
): Promise<void> {
  await expect
    .poll(async () => check(await state(page, `#${id}`)), { timeout: 3000, message: what })
    .toBe(true);
}

const near = (a: readonly number[], b: readonly number[], tol = 1e-9): boolean =>
  a.every((x, k) => Math.abs(x - b[k]!) <= tol);

describe('lesson 5: inverse, rank, column space, null space', () => {
  let page: LumenPage;
  beforeAll(async () => {
    page = await openLesson(LESSON5, ['undo', 'spaces', 'back']);
  });
  afterAll(async () => {
    if (page) {
      expectClean(page);
      await page.close();
    }
  });

  it('dragging Aî re-inverts; a key on ĵ lifts the squash from rank 1 to rank 2', async () => {
    expect(await describeOf(page, 'undo')).toMatch(/A⁻¹ has rows 1 -1 and -1 2/);
    await drag(page, 'undo', 'i', [3, 1]);
    const s = await state(page, '#undo');
    expectMatrix(s.matrix, [3, 1, 1, 1], 1e-9);
    expect(s.t, 'a drag shows A applied').toBe(0.5);
    expect(await describeOf(page, 'undo')).toMatch(
      /det A = 2, so A can be undone: A⁻¹ has rows 0\.5 -0\.5 and -0\.5 1\.5/,
    );

    await show(page, 'spaces');
    expect(await describeOf(page, 'spaces')).toMatch(
      /Rank 1: the column space is the line along \(1, 0\.5\).*null space is the line along \(1, -0\.5\)/,
    );
    await page.locator('#spaces [data-handle="j"]').focus();
    await page.keyboard.press('Shift+ArrowUp');
    await frames(page, 2);
    expectMatrix((await state(page, '#spaces')).matrix, [1, 2, 0.5, 2], 1e-9);
    expect(await describeOf(page, 'spaces')).toMatch(/Rank 2: the column space is the whole plane/);
  });

  it('predict first: the arrow that A sends to î is the first column of A⁻¹, (2, -1)', async () => {
    const { prediction, sentence } = await guessAndReveal(page, 'back', [2, -1]);
    expectMatrix(prediction.target, [2, -1], 1e-9);
    expect(prediction.distance).toBeLessThan(0.06);
    expect(sentence).toMatch(/Spot on/);
    await expectPlane(page, 'back', (s) => s.t === 1, 'Reveal plays A⁻¹ to the end');
    expect(await describeOf(page, 'back')).toMatch(/back home/);
  });

  it('presenter steps 1 and 2 drive the inverse plane; step 2 is refused with the reason', async () => {
    await presentTo(page, 1);
    await expectPlane(
      page,
      'undo',
      (s) => near(s.matrix, [2, 1, 1, 1]) && s.t === 1,
      'step 1: matrix 2 1; 1 1 at t = 1',
    );
    await page.keyboard.press('ArrowRight');
    await expectPlane(
      page,
      'undo',
      (s) => near(s.matrix, [1, 2, 0.5, 1]) && s.t === 0.5,
      'step 2: the squash at t = 0.5',
    );
    expect(await page.locator('#undo .readout-main .refusal').innerText()).toMatch(
      /No inverse: det A = 0.*rank 1/,
    );
    await page.keyboard.press('Escape');
  });
});

describe('lesson 6: dot product, projection and cosine similarity', () => {
  let page: LumenPage;
  beforeAll(async () => {
    page = await openLesson(LESSON6, ['dot', 'shadow']);
  });
  afterAll(async () => {
    if (page) {
      expectClean(page);
      await page.close();
    }
  });

  it('dragging v to (-1, 3) makes it perpendicular to u: u·v = 0, no shadow', async () => {
    expect(await describeOf(page, 'dot')).toMatch(
      /u·v = 5 > 0, cos θ = 0\.71, θ = 45°.*shadow of v on u ends at \(1\.5, 0\.5\)/,
    );
    await drag(page, 'dot', 'v', [-1, 3]);
    expectMatrix((await state(page, '#dot')).v, [-1, 3], 1e-9);
    expect(await describeOf(page, 'dot')).toMatch(/perpendicular \(θ = 90°\).*u·v = 0/);
    await page.locator('#dot [data-handle="u"]').focus();
    await page.keyboard.press('Shift+ArrowUp');
    await frames(page, 2);
    expectMatrix((await state(page, '#dot')).u, [3, 2], 1e-9);
    expect(await describeOf(page, 'dot')).toMatch(/u·v = 3 > 0/);
  });

  it('predict first: the shadow of (1, 3) on (4, 2) is (2, 1)', async () => {
    const { prediction, sentence } = await guessAndReveal(page, 'shadow', [2, 1]);
    expectMatrix(prediction.target, [2, 1], 1e-9);
    expect(prediction.distance).toBeLessThan(0.06);
    expect(sentence).toMatch(/Spot on/);
    expect(await page.locator('#shadow .readout-main').innerText()).toMatch(/Shadow of v on u: \(2, 1\)/);
  });

  it('presenter: step 1 restores the 45° pair, step 3 turns v against u', async () => {
    await presentTo(page, 1);
    await expectPlane(
      page,
      'dot',
      (s) => near(s.u, [3, 1]) && near(s.v, [1, 2]),
      'step 1: u = (3, 1), v = (1, 2)',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectPlane(page, 'dot', (s) => near(s.v, [-1, -2]), 'step 3: v = (-1, -2)');
    expect(await describeOf(page, 'dot')).toMatch(
      /v points against u: u·v = -5 < 0, cos θ = -0\.71, θ = 135°/,
    );
    await page.keyboard.press('Escape');
  });
});

describe('lesson 7: change of basis', () => {
  let page: LumenPage;
  beforeAll(async () => {
    page = await openLesson(LESSON7, ['grid', 'where']);
  });
  afterAll(async () => {
    if (page) {
      expectClean(page);
      await page.close();
    }
  });

  it('dragging v to (1, 2) gives the coordinates (1, 1) in the grid of b₁, b₂', async () => {
    expect(await describeOf(page, 'grid')).toMatch(
      /v = \(3, 3\)\. In the grid of b₁ = \(2, 1\) and b₂ = \(-1, 1\) it is \(2, 1\)/,
    );
    await drag(page, 'grid', 'v', [1, 2]);
    expectMatrix((await state(page, '#grid')).v, [1, 2], 1e-9);
    expect(await describeOf(page, 'grid')).toMatch(/In the standard grid v = \(1, 2\)\..* it is \(1, 1\)/);
  });

  it('predict first: coordinates (2, -1) in b₁ = (1, 1), b₂ = (-1, 2) are the arrow (3, 0)', async () => {
    expect(await page.locator('#where .predict').innerText()).toMatch(/coordinates \(2, -1\)/);
    const { prediction, sentence } = await guessAndReveal(page, 'where', [3, 0]);
    expectMatrix(prediction.target, [3, 0], 1e-9);
    expect(prediction.distance).toBeLessThan(0.06);
    expect(sentence).toMatch(/Spot on/);
  });

  it('presenter: step 1 is the standard grid, step 4 is refused as not a basis', async () => {
    await presentTo(page, 1);
    await expectPlane(
      page,
      'grid',
      (s) => near(s.b1, [1, 0]) && near(s.b2, [0, 1]) && near(s.v, [3, 3]),
      'step 1: the standard basis',
    );
    for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowRight');
    await expectPlane(
      page,
      'grid',
      (s) => near(s.b1, [2, 1]) && near(s.b2, [-2, -1]),
      'step 4: b₂ on the line of b₁',
    );
    expect(await page.locator('#grid .readout-main .refusal').innerText()).toMatch(/Not a basis/);
    await page.keyboard.press('Escape');
  });
});

describe('lesson 8: eigenvectors and eigenvalues', () => {
  let page: LumenPage;
  beforeAll(async () => {
    page = await openLesson(LESSON8, ['fan', 'kept', 'turn']);
  });
  afterAll(async () => {
    if (page) {
      expectClean(page);
      await page.close();
    }
  });

  it('typed matrices: a rotation keeps no direction (a complex pair), a shear keeps one', async () => {
    expect(await describeOf(page, 'fan')).toMatch(
      /arrows along \(1, 1\) are stretched by 3; arrows along \(1, -1\) are stretched by 1/,
    );
    await show(page, 'fan');
    const input = page.locator('#fan input[name="matrix"]');
    await input.fill('0 -1; 1 0');
    await input.press('Enter');
    await frames(page, 2);
    expectMatrix((await state(page, '#fan')).matrix, [0, -1, 1, 0], 0);
    expect(await describeOf(page, 'fan')).toMatch(/No arrow stays on its own span.*complex pair 0 ± 1i/);
    await input.fill('1 1; 0 1');
    await input.press('Enter');
    await frames(page, 2);
    expectMatrix((await state(page, '#fan')).matrix, [1, 1, 0, 1], 0);
    expect(await describeOf(page, 'fan')).toMatch(
      /Only one direction stays on its own span.*along \(1, 0\) are stretched by 1/,
    );
  });

  it('predict first: (1, -1) is an eigenvector of 3 1; 0 2', async () => {
    const { prediction, sentence } = await guessAndReveal(page, 'kept', [1, -1]);
    expect(prediction.distance).toBeLessThan(0.06);
    expect(
      Math.abs(prediction.target[0] + prediction.target[1]),
      'the nearest point is on the line along (1, -1)',
    ).toBeLessThan(1e-9);
    expect(sentence).toMatch(/Spot on/);
    await expectPlane(page, 'kept', (s) => s.t === 1, 'Reveal plays the transformation');
  });

  it('the choice checkpoint: a quarter turn keeps no direction, and the plane below turns', async () => {
    await show(page, 'turn');
    expect(await describeOf(page, 'turn')).toMatch(/Every arrow stays on its own span/);
    const q = page.locator('lumen-predict');
    await q.scrollIntoViewIfNeeded();
    await q.locator('input[name="choice"]').nth(1).check();
    await q.locator('button[name="lock"]').click();
    expect(await q.locator('.verdict').innerText()).toBe('Not quite: the answer is none.');
    await expectPlane(
      page,
      'turn',
      (s) => near(s.matrix, [0, -1, 1, 0]) && s.t === 1,
      'the reveal turns the plane a quarter turn',
    );
    expect(await describeOf(page, 'turn')).toMatch(/No arrow stays on its own span/);
    await q.locator('button[name="again"]').click();
    await q.locator('input[name="choice"]').first().check();
    await q.locator('button[name="lock"]').click();
    expect(await q.locator('.verdict').innerText()).toBe('Right: none.');
  });

  it('presenter: step 1 is the symmetric matrix, step 4 the rotation', async () => {
    await presentTo(page, 1);
    await expectPlane(
      page,
      'fan',
      (s) => near(s.matrix, [2, 1, 1, 2]) && s.t === 1,
      'step 1: matrix 2 1; 1 2',
    );
    for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowRight');
    await expectPlane(page, 'fan', (s) => near(s.matrix, [0, -1, 1, 0]), 'step 4: the quarter turn');
    expect(await describeOf(page, 'fan')).toMatch(
      /no real eigenvectors; the eigenvalues are the complex pair 0 ± 1i/,
    );
    await page.keyboard.press('Escape');
  });
});
