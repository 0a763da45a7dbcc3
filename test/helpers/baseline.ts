/**
 * Screenshot baselines: a test's PNG is compared with the committed one in
 * test/browser/baselines/<name>.png, pixel by pixel with a shift radius (png.ts diffPng), and the
 * test fails when too much of the picture changed. The tolerance is measured against the
 * baseline's ink (pixels not of its most common colour), so a blank canvas or swapped theme
 * colours fail, while anti-aliasing and a one-pixel shift pass.
 *
 * Refresh after an intended change of look: `UPDATE_BASELINES=1 npx vitest run --project browser
 * <files>` writes the new PNGs (then LOOK at them and commit). On a mismatch the test writes what
 * it saw to test-results/screens/<name>-actual.png.
 *
 * @example
 * const png = await page.locator('#s').screenshot({ animations: 'disabled' });
 * await expectLooksLike(png, 'svd-dark-360');
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, SCREENS } from '../browser/harness';
import { decodePng, diffPng } from '../browser/png';

export const BASELINES = join(ROOT, 'test/browser/baselines');

export interface LookOptions {
  /** Share of the baseline's ink that may differ (default 0.1). */
  readonly inkShare?: number;
  /** Per-channel difference that still counts as the same colour (default 32). */
  readonly threshold?: number;
  /** Pixels a feature may move (default 1). */
  readonly radius?: number;
}

/** Pixels that differ from the image's most common colour by more than `threshold` in a channel. */
export function inkOf(png: Buffer, threshold = 32): number {
  const { rgba } = decodePng(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < rgba.length; i += 4) {
    const key = (rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let bg = 0;
  let most = -1;
  for (const [key, n] of counts) if (n > most) [bg, most] = [key, n];
  const [r, g, b] = [bg >> 16, (bg >> 8) & 255, bg & 255];
  let ink = 0;
  for (let i = 0; i < rgba.length; i += 4)
    if (
      Math.abs(rgba[i]! - r) > threshold ||
      Math.abs(rgba[i + 1]! - g) > threshold ||
      Math.abs(rgba[i + 2]! - b) > threshold
    )
      ink++;
  return ink;
}

/** Whether `png` matches baseline `name` within the tolerance (no update, no file written). */
export async function looksLike(png: Buffer, name: string, o: LookOptions = {}): Promise<boolean> {
  return (await compare(png, name, o)).ok;
}

async function compare(png: Buffer, name: string, o: LookOptions) {
  const base = await readFile(join(BASELINES, `${name}.png`)).catch(() => null);
  if (!base) return { ok: false, why: `no baseline ${name}.png: run with UPDATE_BASELINES=1 to write it` };
  const threshold = o.threshold ?? 32;
  const diff = diffPng(png, base, { threshold, radius: o.radius ?? 1 });
  const allowed = Math.floor((o.inkShare ?? 0.1) * inkOf(base, threshold));
  return {
    ok: diff.different <= allowed,
    why: `${diff.different} pixels differ from baseline ${name}.png (at most ${allowed} may)`,
  };
}

export async function expectLooksLike(png: Buffer, name: string, o: LookOptions = {}): Promise<void> {
  if (process.env.UPDATE_BASELINES === '1') {
    await mkdir(BASELINES, { recursive: true });
    await writeFile(join(BASELINES, `${name}.png`), png);
    return;
  }
  const { ok, why } = await compare(png, name, o);
  if (ok) return;
  await mkdir(SCREENS, { recursive: true });
  await writeFile(join(SCREENS, `${name}-actual.png`), png);
  throw new Error(`${why}; what the test saw is in test-results/screens/${name}-actual.png`);
}
