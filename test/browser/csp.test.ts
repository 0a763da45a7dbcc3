/**
 * A host page under a strict Content Security Policy (probe F3): `style-src 'self'` and no
 * 'unsafe-inline'. The widgets must work, declare KaTeX's fonts without an inline <style> (so a
 * matrix's tall brackets are drawn with KaTeX_Size fonts, not collapsed to text height), and
 * cause no CSP violation at all.
 */
import { describe, expect, it } from 'vitest';
import { expectClean, screenshotElement, settle } from './harness';
import { useSite } from './widget-page';
import { frames, ready } from './plane-driver';

const site = useSite({ '/hostile/': 'test/fixtures/embed/' });

/** Every securitypolicyviolation, from the very start (the event is composed, so one listener sees shadow roots too). */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI), true);
`;

describe('strict CSP host page', () => {
  it('widgets work, formulas use KaTeX fonts, and nothing is blocked', async () => {
    const page = await site.open('/hostile/strict-csp.html', { initScript: RECORD_VIOLATIONS });
    await ready(page, '#p');
    await page.waitForFunction(
      () => {
        const c = document.querySelector('#c') as (HTMLElement & { state: { done: number } }) | null;
        return c?.state?.done === 10000;
      },
      undefined,
      { timeout: 30_000 },
    );
    await settle(page);
    // The formula asks for KaTeX_Main and the tall bracket faces; they must load from font-src 'self'.
    await page.locator('#p').evaluate((el) => el.shadowRoot!.querySelector('.katex')?.scrollIntoView());
    await frames(page, 2);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((f) => f.status === 'loaded')
        .map((f) => f.family.replace(/["']/g, ''));
    });
    expect(fonts).toContain('KaTeX_Main');
    expect(fonts).toContain('KaTeX_Math');
    // Every face the formula's glyphs ask for is usable (document.fonts.check is false for a
    // family that is declared but failed, and for one that was never declared at all).
    const families = await page.locator('#p').evaluate((el) => {
      const used = new Set<string>();
      for (const n of el.shadowRoot!.querySelectorAll('.katex *'))
        if (n.childElementCount === 0 && n.textContent)
          used.add(getComputedStyle(n).fontFamily.split(',')[0]!);
      return [...used].map((f) => ({ f, ok: document.fonts.check(`16px ${f}`) }));
    });
    expect(families.length).toBeGreaterThan(1);
    for (const { f, ok } of families) expect(ok, `${f} is declared and loaded`).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    await screenshotElement(page, '#p', 'csp-strict-plane');
    expectClean(page);
    await page.close();
  });
});
