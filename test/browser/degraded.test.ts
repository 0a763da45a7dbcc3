/**
 * Hostile environments (../shared/RELIABILITY.md, issue 14): storage that throws (a third-party
 * iframe with storage blocked), no Worker, no WebGL, reduced motion. In each, a lesson (11; a
 * million draws where the worker or the tensors are missing) and embed.html (the 3D view, WebGL)
 * load, work when used and keep the console clean; without WebGL the 3D view says so in words.
 */
import { describe, expect, it } from 'vitest';
import { expectClean, settle, type PageOptions } from './harness';
import { useSite } from './widget-page';

const site = useSite();

/** Each environment as the page sees it from its first script on. */
const ENVIRONMENTS: Record<string, PageOptions> = {
  'storage that throws': {
    initScript: () => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
    },
  },
  'no Worker': {
    initScript: () => {
      delete (window as { Worker?: unknown }).Worker;
    },
  },
  'no WebGL': {
    initScript: () => {
      const gl = /^(webgl2?|experimental-webgl)$/;
      for (const proto of [HTMLCanvasElement.prototype, OffscreenCanvas.prototype] as {
        getContext(this: unknown, kind: string, ...rest: unknown[]): unknown;
      }[]) {
        const original = proto.getContext;
        proto.getContext = function (kind, ...rest) {
          return gl.test(kind) ? null : original.call(this, kind, ...rest);
        };
      }
    },
  },
  'reduced motion': { reducedMotion: 'reduce' },
};

interface SamplerView extends HTMLElement {
  readonly summary: { count: number; mean: number | undefined; running: boolean; path: string };
}
interface SpaceView {
  readonly webgl: boolean;
  readonly messages: string[];
  readonly state: { matrix: readonly number[] };
  setState(partial: Record<string, unknown>): void;
  readonly shadowRoot: ShadowRoot;
}

describe('a lesson and embed.html in a hostile environment', () => {
  for (const [name, options] of Object.entries(ENVIRONMENTS))
    it(`${name}: lesson 11 draws, the theme switches, embed.html's 3D view works`, async () => {
      const lesson = await site.open('/lessons/probability/11-chance-and-large-numbers.html', options);
      await settle(lesson);
      // A million draws go to a worker and to tensors: those two environments take the long path.
      const bulk = name === 'no Worker' || name === 'no WebGL';
      const count = bulk ? 1_000_000 : 100;
      await lesson.locator(`#main button[name="${bulk ? 'drawMillion' : 'draw100'}"]`).click();
      await lesson.waitForFunction(
        (n) => {
          const s = (document.querySelector('#main') as SamplerView | null)?.summary;
          return s !== undefined && !s.running && s.count === n;
        },
        count,
        { timeout: 30_000 },
      );
      const mean = await lesson.$eval('#main', (el) => (el as SamplerView).summary.mean!);
      expect(Math.abs(mean - 0.5)).toBeLessThan(bulk ? 0.002 : 0.25);
      // The theme key writes the choice to storage where it can; where it cannot, it still switches.
      const before = await lesson.locator('html').getAttribute('data-theme');
      await lesson.locator('h1').click();
      await lesson.keyboard.press('t');
      expect(await lesson.locator('html').getAttribute('data-theme')).not.toBe(before);
      expectClean(lesson, `lesson 11 with ${name}`);
      await lesson.close();

      const embed = await site.open('/embed.html?widget=space&matrix=2,0,0,0,1,0,0,0,1', options);
      await settle(embed);
      const sel = 'lumen-space';
      await embed.waitForFunction(
        (s) => {
          const el = document.querySelector(s) as unknown as SpaceView | null;
          const note = el?.shadowRoot.querySelector<HTMLElement>('.gl-message');
          return !!el && (el.webgl || (!!note && !note.hidden));
        },
        sel,
        { timeout: 15_000 },
      );
      const space = await embed.$eval(sel, (el) => {
        const v = el as unknown as SpaceView;
        v.setState({ matrix: [1, 0, 0, 0, 3, 0, 0, 0, 1] });
        const note = v.shadowRoot.querySelector<HTMLElement>('.gl-message')!;
        return {
          webgl: v.webgl,
          messages: v.messages,
          note: note.hidden ? '' : note.textContent,
          matrix: v.state.matrix,
        };
      });
      // The rest of the widget works either way: the matrix is taken, no input error.
      expect(space.matrix).toEqual([1, 0, 0, 0, 3, 0, 0, 0, 1]);
      expect(space.messages).toEqual([]);
      expect(space.webgl).toBe(name !== 'no WebGL');
      if (name === 'no WebGL') expect(space.note).toMatch(/could not start WebGL/);
      else expect(space.note).toBe('');
      expectClean(embed, `embed.html with ${name}`);
      await embed.close();
    });
});
