/**
 * Lessons 17 (The derivative) and 18 (The chain rule) with `<lumen-derivative>`, as a reader meets
 * them: the pages open with a clean console in the three themes and at phone width; the point is
 * dragged and keyed along the curve; a function is typed (and a broken one refused with the last
 * good curve kept); zoom by keys and buttons; h shrinks into the tangent; the derivative curve is
 * traced where the point went; the chain's nudge is keyed and x is dragged; presets; both
 * predict-first checkpoints say how close the guess was; bad attributes give a visible message.
 *
 * Reduced motion is asked for, so Shrink, Nudge and Reveal land at once (no timing waits).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, screenshot, settle, type LumenPage } from './harness';
import { frames } from './plane-driver';
import { useSite, readState, whenReady } from './widget-page';

const LESSON17 = '/lessons/calculus/17-the-derivative.html';
const LESSON18 = '/lessons/calculus/18-the-chain-rule.html';

interface DerivativeView extends HTMLElement {
  readonly state: Record<string, unknown>;
  setState(partial: Record<string, unknown>): void;
  readonly numbers: Record<string, number> | undefined;
  readonly prediction:
    { guess: number; answer: number; error: number; correct: boolean; sentence: string } | undefined;
  readonly swept: [number, number][];
  readonly messages: string[];
  readonly description: string;
}

const site = useSite({
  // Somebody else's page: one bad attribute of each kind.
  '/blog-derivative.html': {
    body:
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A post</title>' +
      '<script type="module" src="/embed.js"></script></head><body>' +
      '<lumen-derivative id="d" f="x^3 - 2x" x0="NaN" h="0" mode="integral"></lumen-derivative></body></html>',
    type: 'text/html; charset=utf-8',
  },
});

function open(path: string, width = 1280): Promise<LumenPage> {
  return site.open(path, { reducedMotion: 'reduce', width, height: 900 });
}

const numbers = (page: Page, sel: string): Promise<Record<string, number>> =>
  page.$eval(sel, (el) => ({ ...(el as DerivativeView).numbers }) as Record<string, number>);
const description = (page: Page, sel: string): Promise<string> =>
  page.$eval(sel, (el) => (el as DerivativeView).description);

/** The centre of a handle, in viewport pixels. */
async function handleCentre(page: Page, sel: string, name: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`${sel} [data-handle="${name}"]`).boundingBox();
  if (!box) throw new Error(`no handle ${name}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, dx: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let k = 1; k <= 5; k++) await page.mouse.move(from.x + (dx * k) / 5, from.y);
  await page.mouse.up();
  await frames(page, 2);
}

/** How many distinct colours the canvas shows (a blank canvas has one). */
function canvasColours(page: Page, sel: string): Promise<number> {
  return page.$eval(sel, (el) => {
    const c = el.shadowRoot!.querySelector('canvas')!;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4 * 97) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
    return seen.size;
  });
}

describe('lesson 17: The derivative', () => {
  it('secant, drag, keys, typed function, zoom, shrink and the traced derivative', async () => {
    const page = await open(LESSON17);
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('The derivative');
    await whenReady(page, '#main');
    expect(await canvasColours(page, '#main')).toBeGreaterThan(5);

    // The lesson's numbers: f = x³ − 2x, secant from 1 to 2 has slope 5, the exact slope is 1.
    expect(await readState(page, '#main')).toMatchObject({ mode: 'tangent', f: 'x^3 - 2*x', x0: 1, h: 1 });
    expect(await numbers(page, '#main')).toMatchObject({ fx0: -1, secant: 5, slope: 1 });
    expect(await page.locator('#main .formula .katex').count()).toBe(1);
    expect(await page.locator('#main .readout').innerText()).toBe(
      'The secant to x0 + h = 2 (h = 1) has slope 5. It misses the exact slope 1 by 4.',
    );

    // Drag the point to the left along the curve: x0 falls, the slope follows 3x² − 2, f′ is traced.
    const p = await handleCentre(page, '#main', 'point');
    await drag(page, p, -120);
    const dragged = (await readState(page, '#main')).x0 as number;
    expect(dragged).toBeLessThan(0.3);
    expect(dragged).toBeGreaterThan(-0.5);
    expect((await numbers(page, '#main')).slope).toBeCloseTo(3 * dragged * dragged - 2, 9);
    const swept = await page.$eval('#main', (el) => (el as DerivativeView).swept);
    expect(swept[0]![0]).toBeCloseTo(dragged, 9);
    expect(swept[0]![1]).toBeGreaterThanOrEqual(1);

    // Keys on the point: → moves by 1% of the window (0.06), Shift+→ by 10%.
    await page.locator('#main [data-handle="point"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await frames(page, 2);
    expect((await readState(page, '#main')).x0 as number).toBeCloseTo(dragged + 0.06 + 0.6, 3);

    // Type a function: x² at x0 = 1.5 has slope 3.
    await page.$eval('#main', (el) => (el as DerivativeView).setState({ x0: 1.5 }));
    const fInput = page.locator('#main input[name="f"]');
    await fInput.fill('x^2');
    await fInput.press('Enter');
    await frames(page, 2);
    expect((await readState(page, '#main')).f).toBe('x^2');
    expect((await numbers(page, '#main')).slope).toBe(3);
    // A broken one is refused where it is wrong; the curve stays.
    await fInput.fill('x^2 + 3x');
    await fInput.press('Enter');
    expect(await page.locator('#main .function-error').innerText()).toBe(
      'f(x): column 8: a name cannot follow a number directly; write * for multiplication, such as 3 * x. The picture keeps the last function that worked.',
    );
    expect(await fInput.getAttribute('aria-invalid')).toBe('true');
    expect((await readState(page, '#main')).f).toBe('x^2');

    // Zoom: the + key three times, then the button once; Reset.
    await page.locator('#main [data-handle="point"]').focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('+');
    await page.locator('#main button[name="zoom-in"]').click();
    await frames(page, 2);
    expect((await readState(page, '#main')).zoom).toBe(16);
    expect(await description(page, '#main')).toContain('Zoomed in 16 times.');
    await page.keyboard.press('-');
    expect((await readState(page, '#main')).zoom).toBe(8);

    // Shrink h: the secant lands on the tangent (reduced motion: at once).
    await page.locator('#main button[name="shrink"]').click();
    await frames(page, 2);
    const shrunk = await numbers(page, '#main');
    expect(shrunk.h).toBeLessThan(0.001);
    expect(Math.abs(shrunk.secant! - shrunk.slope!)).toBeLessThan(0.001);
    // The point is on top of the secant's end: a drag there moves x0, not h (review D2).
    const at = await handleCentre(page, '#main', 'point');
    expect(
      await page.$eval(
        '#main',
        (el, p) => (el.shadowRoot!.elementFromPoint(p.x, p.y) as HTMLElement | null)?.dataset['handle'],
        at,
      ),
    ).toBe('point');
    const before = await readState(page, '#main');
    await drag(page, at, -40);
    const moved = await readState(page, '#main');
    expect(moved.x0 as number).toBeLessThan(before.x0 as number);
    expect(moved.h).toBe(before.h);

    // A preset: relu at 0 has a corner; the derivative does not exist there, and the widget says
    // so with the two one-sided slopes (not the 0 a framework picks).
    await page.locator('#main select[name="f-presets"]').selectOption('relu(x)');
    await page.$eval('#main', (el) => (el as DerivativeView).setState({ x0: 0, h: 0.5 }));
    await frames(page, 2);
    const corner = await numbers(page, '#main');
    expect(corner).toMatchObject({ secant: 1, sides: [0, 1] });
    expect(corner.slope).toBeNaN();
    expect(await description(page, '#main')).toContain('f′(x0) does not exist');

    // Predict first: the sigmoid's slope at 0.
    await whenReady(page, '#guess');
    expect(await page.locator('#guess .formula').innerText()).not.toContain('0.25');
    expect(await description(page, '#guess')).toContain('Predict the slope');
    await page.locator('#guess input[name="guess"]').fill('0.5');
    await page.locator('#guess button[name="reveal"]').click();
    await frames(page, 2);
    const pr = await page.$eval('#guess', (el) => (el as DerivativeView).prediction);
    expect(pr).toMatchObject({ guess: 0.5, answer: 0.25, correct: false });
    expect(await page.locator('#guess .predict-result').innerText()).toBe(
      'Your guess 0.5 is 0.25 away from 0.25. That is f(0) = 0.5, the height of the curve there; the question asks for its slope, how fast the height changes.',
    );
    expect((await numbers(page, '#guess')).h).toBeLessThan(0.01);
    await screenshot(page, 'calc-17-light');
    expectClean(page);
    await page.close();
  });

  it('opens clean in the projector theme and applies a presenter step', async () => {
    const page = await open(`${LESSON17}?theme=projector`);
    await settle(page);
    await whenReady(page, '#main');
    expect(await canvasColours(page, '#main')).toBeGreaterThan(5);
    await page.locator('main#content').focus();
    await page.keyboard.press('s');
    await page.keyboard.press('End');
    await frames(page, 3);
    expect(await readState(page, '#main')).toMatchObject({ f: 'relu(x)', x0: 0, zoom: 1000 });
    expectClean(page);
    await page.close();
  });
});

describe('motion', () => {
  it('shrinks h and ripples the nudge frame by frame, then the frame loop goes idle; wheel and secant keys', async () => {
    const page = await site.open(LESSON17, { width: 1280, height: 900 });
    await settle(page);
    await whenReady(page, '#main');
    const idle = (): Promise<number> =>
      page.evaluate(
        () =>
          (globalThis as unknown as Record<symbol, { active: number }>)[Symbol.for('lumen.frameScheduler')]!
            .active,
      );

    // The secant's end by keys: ← makes h 1.25 times smaller.
    await page.locator('#main [data-handle="secant"]').focus();
    await page.keyboard.press('ArrowLeft');
    expect((await readState(page, '#main')).h).toBe(0.8);
    // The wheel zooms once the widget has the focus.
    const box = (await page.locator('#main canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.wheel(0, -100);
    await frames(page, 2);
    expect((await readState(page, '#main')).zoom).toBe(1.25);
    await page.locator('#main button[name="zoom-reset"]').click();

    // Shrink: h halves every 0.3 s down to 0.003 (a thousandth of the half-width).
    await page.locator('#main button[name="shrink"]').click();
    await frames(page, 3);
    const midway = (await readState(page, '#main')).h as number;
    expect(midway).toBeLessThan(0.8);
    expect(midway).toBeGreaterThan(0.003);
    await page.waitForFunction(
      () => ((document.querySelector('#main') as unknown as DerivativeView).state.h as number) <= 0.003,
      null,
      { timeout: 8000 },
    );
    await frames(page, 3);
    expect(await idle()).toBe(0);
    expectClean(page);
    await page.close();
  });
});

describe('lesson 18: The chain rule', () => {
  it('at phone width in the dark theme: factors, keyed nudge, dragged x, presets and the predict checkpoint', async () => {
    const page = await open(`${LESSON18}?theme=dark`, 390);
    await settle(page);
    expect(await page.locator('h1').innerText()).toBe('The chain rule');
    await whenReady(page, '#main');
    expect(await canvasColours(page, '#main')).toBeGreaterThan(5);
    const n = await numbers(page, '#main');
    expect(n).toMatchObject({ x: 1, u: 1, y: 1, gSlope: 2, fSlope: 3, slope: 6 });
    expect(await description(page, '#main')).toContain('dy/dx = 3 × 2 = 6.');
    expect(await page.locator('#main .formula-wrap .sr-only').textContent()).toContain(
      'dy/dx = f′(g(x)) · g′(x) = 3 × 2 = 6.',
    );

    // The nudge by keys: → makes dx 1.25 times bigger; du and dy follow, the factors do not.
    await page.locator('#main [data-handle="nudge"]').focus();
    await page.keyboard.press('ArrowRight');
    await frames(page, 2);
    const keyed = await numbers(page, '#main');
    expect(keyed.dx).toBeCloseTo(0.0625, 12);
    expect(keyed.du).toBeCloseTo(0.125, 12);
    expect(keyed.dy).toBeCloseTo(0.375, 12);
    expect(keyed.slope).toBe(6);

    // Drag x to the right: the factors change with where you are (g′ = 2x, f′ = 3x⁴).
    await drag(page, await handleCentre(page, '#main', 'x'), 40);
    const x = (await readState(page, '#main')).x0 as number;
    expect(x).toBeGreaterThan(1);
    const moved = await numbers(page, '#main');
    expect(moved.gSlope).toBeCloseTo(2 * x, 9);
    expect(moved.slope).toBeCloseTo(6 * x ** 5, 6);

    // A preset for f; the nudge button plays the ripple (at once under reduced motion).
    await page.locator('#main select[name="f-presets"]').selectOption('sigmoid(u)');
    await page.locator('#main button[name="nudge"]').click();
    await frames(page, 2);
    expect((await readState(page, '#main')).f).toBe('sigmoid(u)');
    expect((await numbers(page, '#main')).fSlope).toBeLessThanOrEqual(0.25);

    // Predict first: (2x + 1)² at x = 1 has dy/dx = 12.
    await whenReady(page, '#guess');
    expect(await page.locator('#guess .formula-wrap .sr-only').textContent()).not.toContain('12');
    await page.locator('#guess input[name="guess"]').fill('12');
    await page.locator('#guess input[name="guess"]').press('Enter');
    await frames(page, 2);
    expect(await page.$eval('#guess', (el) => (el as DerivativeView).prediction)).toMatchObject({
      guess: 12,
      answer: 12,
      correct: true,
    });
    expect(await page.locator('#guess .predict-result').innerText()).toBe('Exactly right: 12.');
    expect(await page.locator('#guess .formula-wrap .sr-only').textContent()).toContain('= 6 × 2 = 12.');
    // Nothing sticks out sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'calc-18-dark-phone');
    expectClean(page);
    await page.close();
  });
});

describe('<lumen-derivative> on somebody else’s page', () => {
  it('shows a message for each bad attribute and draws the defaults', async () => {
    const page = await open('/blog-derivative.html');
    await whenReady(page, '#d');
    const messages = await page.$eval('#d', (el) => (el as DerivativeView).messages);
    expect(messages).toHaveLength(4);
    expect(messages.join('\n')).toContain('f="x^3 - 2x" (attribute): column 8');
    expect(messages.join('\n')).toContain('mode="integral" (attribute): must be one of tangent, chain');
    expect(await readState(page, '#d')).toMatchObject({ mode: 'tangent', f: 'x^3 - 2*x', x0: 1, h: 1 });
    expect(await page.locator('#d .messages li').count()).toBe(4);
    expect(await canvasColours(page, '#d')).toBeGreaterThan(5);
    expectClean(page);
    await page.close();
  });
});
