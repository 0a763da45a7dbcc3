/**
 * axe-core over every page of the built site in each of the three themes, Shadow DOM included
 * (axe walks open shadow roots): no serious or critical finding. One Chromium, one page at a
 * time; each page loads once and switches theme in place (the `t` key), so the test stays short.
 * Also embed.html (landmarks, heading) and a widget showing a message (the alert wraps a list).
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, settle } from './harness';
import { showTheme, THEMES, useSite } from './widget-page';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const DIST = resolve(ROOT, process.env.LUMEN_DIST || 'dist');
const PAGES = [
  '/index.html',
  ...readdirSync(join(DIST, 'lessons'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => '/' + relative(DIST, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort(),
];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

const site = useSite();

interface Finding {
  rule: string;
  impact: string;
  targets: string[];
}

/**
 * axe's serious and critical violations on the page as it is now. Only the colour rules depend
 * on the theme, so the other themes run just those (`only`): the whole set once per page.
 */
async function serious(page: Page, only?: readonly string[]): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    interface AxeViolation {
      id: string;
      impact: string;
      nodes: { target: unknown[] }[];
    }
    const r = await axe.run(
      only ? { runOnly: [...only], resultTypes: ['violations'] } : { resultTypes: ['violations'] },
    );
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, only);
}

describe('axe: 0 serious or critical findings', () => {
  it(`on every page (${PAGES.length}) in every theme`, { timeout: 900_000 }, async () => {
    const found: string[] = [];
    for (const path of PAGES) {
      const page = await site.open(`${path}?theme=light`, { waitUntil: 'load' });
      await settle(page);
      for (const t of THEMES) {
        await showTheme(page, t);
        for (const f of await serious(page, t === 'light' ? undefined : COLOUR_RULES))
          found.push(`${path} (${t}): ${f.rule} [${f.impact}] ${f.targets.join(' ')}`);
      }
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it('on embed.html, and on a widget that shows a message', async () => {
    const found: string[] = [];
    for (const path of ['/embed.html?widget=clt', '/embed.html?widget=plane&matrix=oops']) {
      const page = await site.open(path, { waitUntil: 'load' });
      await settle(page);
      for (const f of await serious(page)) found.push(`${path}: ${f.rule} ${f.targets.join(' ')}`);
      // embed.html's moderate landmark rules too (probe F13).
      const landmarks = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string }[] }> } }
        ).axe;
        const r = await axe.run({
          runOnly: ['landmark-one-main', 'page-has-heading-one', 'region', 'listitem', 'aria-allowed-role'],
        });
        return r.violations.map((v) => v.id);
      });
      for (const rule of landmarks) found.push(`${path}: ${rule}`);
      await page.close();
    }
    expect(found).toEqual([]);
  });
});
