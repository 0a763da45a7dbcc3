/**
 * Drives a `<lumen-plane>` from a test through its documented contract only: the element API
 * (`state`, `setState`, `plotToClient`, `prediction`, `description`, `messages`) and the parts of
 * its open shadow root that the brief names (handles, inputs, readouts).
 */
import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { PlaneState } from '../../src/widgets/plane/props';

export type Point = { x: number; y: number };
export type Prediction = { guess: [number, number]; target: [number, number]; distance: number } | undefined;

/** What a test may touch on the element (the shape `page.evaluate` callbacks see). */
export interface PlaneView extends HTMLElement {
  readonly state: PlaneState;
  setState(partial: Partial<Record<keyof PlaneState, unknown>>): void;
  plotToClient(p: readonly [number, number]): Point;
  readonly prediction: Prediction;
  readonly description: string;
  readonly messages: string[];
}

/** Waits until the element is upgraded and has rendered once. */
export async function ready(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(async (sel) => {
    await customElements.whenDefined('lumen-plane');
    const el = document.querySelector(sel) as PlaneView | null;
    return !!el?.shadowRoot?.querySelector('[data-handle="i"]') && typeof el.plotToClient === 'function';
  }, selector);
  await frames(page, 2);
}

export function state(page: Page, selector: string): Promise<PlaneState> {
  return page.$eval(selector, (el) => JSON.parse(JSON.stringify((el as PlaneView).state)) as PlaneState);
}

export async function setState(
  page: Page,
  selector: string,
  partial: Record<string, unknown>,
): Promise<void> {
  await page.$eval(selector, (el, p) => (el as PlaneView).setState(p), partial);
  await frames(page, 2);
}

export function messages(page: Page, selector: string): Promise<string[]> {
  return page.$eval(selector, (el) => (el as PlaneView).messages);
}

/** The text a reader sees in the widget (visible messages, readouts, formula) plus its ARIA sentence. */
export function widgetText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => {
    const v = el as PlaneView;
    const shown = (v.shadowRoot?.querySelector('.frame') as HTMLElement | null)?.innerText ?? '';
    return `${shown}\n${v.description}`.replace(/\u2212/g, '-');
  });
}

export function plotToClient(page: Page, selector: string, p: readonly [number, number]): Promise<Point> {
  return page.$eval(selector, (el, q) => (el as PlaneView).plotToClient(q), p);
}

/** The centre of a handle's box, in viewport pixels. */
export async function handleCentre(page: Page, selector: string, handle: string): Promise<Point> {
  const box = await page.locator(`${selector} [data-handle="${handle}"]`).boundingBox();
  if (!box) throw new Error(`handle ${handle} of ${selector} is not rendered`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Resolves after `n` animation frames of the page. */
export function frames(page: Page, n = 1): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count;
        const tick = (): void => void (--left <= 0 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

export async function dragMouse(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await frames(page, 2);
}

/**
 * A finger drag through Chromium's real touch pipeline (so `touch-action` matters, as on a
 * phone), not synthetic PointerEvents. Needs a context opened with `hasTouch`.
 */
export async function dragTouch(page: Page, from: Point, to: Point): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const point = (p: Point) => [{ x: p.x, y: p.y, id: 1, radiusX: 2, radiusY: 2, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let k = 1; k <= 8; k++) {
    const p = { x: from.x + ((to.x - from.x) * k) / 8, y: from.y + ((to.y - from.y) * k) / 8 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await frames(page, 2);
}

/** Sets a range or number input the way a user's edit does: value, then `input` and `change`. */
export async function setInputValue(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).evaluate((input, v) => {
    (input as HTMLInputElement).value = v;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }, value);
  await frames(page, 2);
}

/** The plane's default matrix (a shear), from its property table. */
export const DEFAULT_MATRIX: readonly number[] = [1, 1, 0, 1];

/** Entry-wise |actual − expected| ≤ tolerance, for matrices and vectors alike. */
export function expectMatrix(
  actual: readonly number[],
  expected: readonly number[],
  tolerance: number,
): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, k) =>
    expect(
      Math.abs(v - expected[k]!),
      `entry ${k} of [${actual.join(', ')}] vs [${expected.join(', ')}]`,
    ).toBeLessThanOrEqual(tolerance),
  );
}

export const det = (m: readonly number[]): number => m[0]! * m[3]! - m[1]! * m[2]!;

/**
 * Values of `state.t` sampled once a frame (in the page) from a click on Play until t reaches
 * `end` (Play runs towards 1; from the end it replays from 0).
 */
export function playAndSample(page: Page, selector: string, end: 0 | 1, limitMs = 6000): Promise<number[]> {
  return page.$eval(
    selector,
    (el, [limit, stop]) =>
      new Promise<number[]>((done) => {
        const v = el as PlaneView;
        const samples: number[] = [];
        const start = performance.now();
        (v.shadowRoot!.querySelector('button[name="play"]') as HTMLButtonElement).click();
        const tick = (): void => {
          samples.push(v.state.t);
          if ((v.state.t === stop && samples.length > 1) || performance.now() - start > limit) done(samples);
          else requestAnimationFrame(tick);
        };
        samples.push(v.state.t);
        requestAnimationFrame(tick);
      }),
    [limitMs, end] as const,
  );
}
