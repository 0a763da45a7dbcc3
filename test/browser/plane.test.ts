/**
 * `<lumen-plane>` under a person's hands: mouse, finger and keyboard on the handles, typed
 * matrices, presets, Play and the scrubber, eigenvectors, the determinant readout, `setState`
 * and `change` events. Runs twice: in lesson 2 (`#main`, inside the site shell) and on a plain
 * page that only loads embed.js.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, type LumenPage } from './harness';
import {
  DEFAULT_MATRIX,
  det,
  dragMouse,
  dragTouch,
  expectMatrix,
  frames,
  handleCentre,
  messages,
  playAndSample,
  plotToClient,
  ready,
  setInputValue,
  setState,
  state,
  widgetText,
  type PlaneView,
} from './plane-driver';
import { LESSON2 } from './site-map';
import { useSite } from '../helpers/site';

const site = useSite({ '/hostile/': 'test/fixtures/embed/' });

const TARGETS = [
  { name: 'lesson 2 #main', path: LESSON2, selector: '#main' },
  { name: 'a plain page', path: '/hostile/plain.html', selector: '#p' },
];

describe.each(TARGETS)('<lumen-plane> in $name', ({ path, selector }) => {
  let page: LumenPage;
  const sel = (inner: string) => `${selector} ${inner}`;

  beforeAll(async () => {
    page = await site.open(path);
    await ready(page, selector);
  });
  afterAll(async () => {
    expectClean(page);
    await page.close();
  });

  async function reset(matrix: readonly number[] = DEFAULT_MATRIX): Promise<void> {
    // Leave any control first: a blur may apply what is typed there (see the typed-matrix tests).
    await page
      .locator(selector)
      .evaluate((el) => (el.shadowRoot?.activeElement as HTMLElement | null)?.blur());
    await setState(page, selector, { matrix, t: 1, eigen: false });
    await page.locator(selector).scrollIntoViewIfNeeded();
    await frames(page, 2);
  }

  it('drags the î tip with the mouse to (2, 1)', async () => {
    await reset();
    const from = await handleCentre(page, selector, 'i');
    const tip = await plotToClient(page, selector, [1, 0]);
    expect(Math.hypot(from.x - tip.x, from.y - tip.y), 'î handle sits on the tip of î').toBeLessThan(3);
    await dragMouse(page, from, await plotToClient(page, selector, [2, 1]));
    const m = (await state(page, selector)).matrix;
    expectMatrix([m[0], m[2]], [2, 1], 0.05);
    expectMatrix([m[1], m[3]], [1, 1], 0);
  });

  it('moves the focused ĵ handle with the arrow keys (0.1, Shift 1, Alt 0.01)', async () => {
    await reset();
    await page.locator(sel('[data-handle="j"]')).focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowRight');
    await frames(page, 1);
    expectMatrix((await state(page, selector)).matrix, [1, 2, 0, 1.3], 1e-9);
    await page.keyboard.press('Alt+ArrowLeft');
    await frames(page, 1);
    expectMatrix((await state(page, selector)).matrix, [1, 1.99, 0, 1.3], 1e-9);
  });

  it('applies a typed matrix in both spellings and rejects nonsense visibly', async () => {
    await reset();
    const input = page.locator(sel('input[name="matrix"]'));
    await input.fill('2 0; 0 0.5');
    await input.press('Enter');
    expectMatrix((await state(page, selector)).matrix, [2, 0, 0, 0.5], 0);
    await input.fill('[[1,2],[3,4]]');
    await input.press('Enter');
    expectMatrix((await state(page, selector)).matrix, [1, 2, 3, 4], 0);

    await input.fill('banana');
    await input.press('Enter');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect((await page.locator(sel('.input-error')).innerText()).trim().length).toBeGreaterThan(0);
    expectMatrix((await state(page, selector)).matrix, [1, 2, 3, 4], 0);

    await input.fill('1 0; 0 1');
    await input.press('Enter');
    expectMatrix((await state(page, selector)).matrix, [1, 0, 0, 1], 0);
    expect(await input.getAttribute('aria-invalid')).not.toBe('true');
    expect((await page.locator(sel('.input-error')).innerText()).trim()).toBe('');
  });

  it('a typed matrix is not applied again when the input loses focus after another change', async () => {
    await reset();
    const input = page.locator(sel('input[name="matrix"]'));
    await input.fill('3 0; 0 3');
    await input.press('Enter');
    expectMatrix((await state(page, selector)).matrix, [3, 0, 0, 3], 0);
    // While the input still has focus, the page (or a lesson step, or an attribute) changes it.
    await setState(page, selector, { matrix: [0, 1, 1, 0] });
    await page.locator(sel('input[type="checkbox"][name="eigen"]')).focus();
    await frames(page, 1);
    expectMatrix((await state(page, selector)).matrix, [0, 1, 1, 0], 0);
    expect(await input.inputValue()).toMatch(/^0\s+1\s*;\s*1\s+0$/);
  });

  it('presets: rotation by 90° and the determinant of each kind', async () => {
    await reset();
    const preset = page.locator(sel('select[name="preset"]'));
    await preset.selectOption('rotation');
    await setInputValue(page, sel('input[name="angle"]'), '90');
    expectMatrix((await state(page, selector)).matrix, [0, -1, 1, 0], 1e-12);
    const expectations: [string, (d: number) => boolean][] = [
      ['identity', (d) => d === 1],
      ['shear', (d) => Math.abs(d - 1) < 1e-12],
      ['reflection', (d) => d < 0],
      ['projection', (d) => Math.abs(d) < 1e-12],
      ['singular', (d) => Math.abs(d) < 1e-12],
      ['scale', (d) => d > 0],
    ];
    for (const [name, ok] of expectations) {
      await preset.selectOption(name);
      await frames(page, 1);
      const m = (await state(page, selector)).matrix;
      expect(ok(det(m)), `det of preset ${name}: [${m.join(', ')}]`).toBe(true);
    }
    expectMatrix(
      await (async () => {
        await preset.selectOption('identity');
        return (await state(page, selector)).matrix;
      })(),
      [1, 0, 0, 1],
      0,
    );
  });

  it('Play animates t from 0 to 1 over several frames; at the end one press replays; the scrubber sets t', async () => {
    await reset([2, 1, 1, 2]);
    await setState(page, selector, { t: 0 });
    const samples = await playAndSample(page, selector, 1);
    expect(samples.at(-1)).toBe(1);
    expect(samples[0], 'starts from the identity').toBe(0);
    const between = samples.filter((t) => t > 0 && t < 1);
    expect(between.length, `frames in between: ${samples.join(' ')}`).toBeGreaterThanOrEqual(3);
    for (let k = 1; k < samples.length; k++) expect(samples[k]!).toBeGreaterThanOrEqual(samples[k - 1]!);

    // At the end the button says Replay, and one press plays from the start again (D32).
    expect(await page.locator(sel('button[name="play"]')).innerText()).toBe('Replay');
    const again = await playAndSample(page, selector, 1);
    expect(again[0], 'Replay starts from the identity').toBe(0);
    expect(again.at(-1)).toBe(1);
    expect(again.filter((t) => t > 0 && t < 1).length).toBeGreaterThanOrEqual(3);

    await setInputValue(page, sel('input[type="range"][name="t"]'), '0.25');
    expect((await state(page, selector)).t).toBe(0.25);
    await setState(page, selector, { t: 0.5 });
    expect(await page.locator(sel('input[type="range"][name="t"]')).inputValue()).toBe('0.5');
  });

  it('eigenvectors: two for a symmetric matrix, none for a rotation, one for a shear', async () => {
    await reset([2, 1, 1, 2]);
    const box = page.locator(sel('input[type="checkbox"][name="eigen"]'));
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await frames(page, 2);
    expect((await state(page, selector)).eigen).toBe(true);
    const symmetric = await widgetText(page, selector);
    expect(symmetric).toMatch(/eigen|λ/i);
    expect(symmetric).toMatch(/(λ|eigenvalues?)[^\n]*\b3\b/i);
    expect(symmetric).toMatch(/(λ|eigenvalues?)[^\n]*\b1\b/i);

    await setState(page, selector, { matrix: [0, -1, 1, 0] });
    expect(await widgetText(page, selector)).toMatch(/no real eigenvectors/i);

    await setState(page, selector, { matrix: [1, 1, 0, 1] });
    expect(await widgetText(page, selector)).toMatch(/one (real )?(eigenvector|direction)|only one/i);
  });

  it('the determinant readout follows the matrix', async () => {
    for (const [m, shown] of [
      [[2, 1, 1, 2], /\b3\b/],
      [[1, 2, 3, 4], /-2\b/],
      [[0.5, 0, 0, 0.5], /0\.25\b/],
    ] as const) {
      await reset(m);
      const text = (await page.locator(sel('.readout-det')).innerText()).replace(/\u2212/g, '-');
      expect(text, `det of [${m.join(', ')}]`).toMatch(shown);
    }
  });

  it('setState rejects a NaN with a message and keeps the state; change events report every change', async () => {
    await reset([2, 0, 0, 1]);
    await page.$eval(selector, (el) => {
      const w = window as unknown as { lumenEvents: { matrix: number[]; source: string }[] };
      w.lumenEvents = [];
      el.addEventListener('change', (e) => {
        const d = (e as CustomEvent<{ state: { matrix: number[] }; source: string }>).detail;
        w.lumenEvents.push({ matrix: [...d.state.matrix], source: d.source });
      });
    });
    const before = await page.$eval(selector, (el) => (el as PlaneView).description);
    await setState(page, selector, { matrix: [NaN, 0, 0, 1] });
    expectMatrix((await state(page, selector)).matrix, [2, 0, 0, 1], 0);
    expect((await messages(page, selector)).join(' ')).toMatch(/matrix/);
    expect(await page.locator(sel('.messages')).isVisible()).toBe(true);

    await setState(page, selector, { matrix: [3, 0, 0, 1] });
    expect(await messages(page, selector)).toEqual([]);
    await page.locator(sel('[data-handle="i"]')).focus();
    await page.keyboard.press('ArrowUp');
    await frames(page, 1);
    const events = await page.evaluate(
      () => (window as unknown as { lumenEvents: { matrix: number[]; source: string }[] }).lumenEvents,
    );
    expect(events[0]).toEqual({ matrix: [3, 0, 0, 1], source: 'setState' });
    expect(events.at(-1)?.source).toBe('user');
    expectMatrix(events.at(-1)!.matrix, [3, 0, 0.1, 1], 1e-9);
    const after = await page.$eval(selector, (el) => (el as PlaneView).description);
    expect(after.length).toBeGreaterThan(10);
    expect(after).not.toBe(before);
  });
});

describe('<lumen-plane> with a finger', () => {
  it('drags ĵ by touch (touch-action must not steal the gesture)', async () => {
    const page = await site.open('/hostile/plain.html', {
      width: 412,
      height: 915,
      hasTouch: true,
    });
    await ready(page, '#p');
    await page.locator('#p').scrollIntoViewIfNeeded();
    await frames(page, 2);
    const before = await page.evaluate(() => scrollY);
    await dragTouch(page, await handleCentre(page, '#p', 'j'), await plotToClient(page, '#p', [-1, 2]));
    const m = (await state(page, '#p')).matrix;
    expectMatrix([m[1], m[3]], [-1, 2], 0.08);
    expectMatrix([m[0], m[2]], [1, 0], 0);
    expect(await page.evaluate(() => scrollY), 'the page did not scroll under the finger').toBe(before);
    expectClean(page);
    await page.close();
  });
});
