/**
 * Every README example that scripts a widget runs as written: each ```js block that takes a
 * widget with `document.querySelector('lumen-…')` runs its `setState` lines on a fresh element
 * on a blank page (embed.js only). No exception, no message in the widget, a clean console, and
 * every key it set is in the state afterwards.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClean } from './harness';
import { useSite } from './widget-page';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

interface Example {
  readonly tag: string;
  readonly variable: string;
  readonly calls: string[];
}

/** The scripted examples: one per js block that names a widget, with its setState lines. */
function examples(): Example[] {
  const found: Example[] = [];
  for (const [, code] of README.matchAll(/```js\n([\s\S]*?)```/g)) {
    const taken = /const (\w+) = document\.querySelector\('(lumen-[a-z-]+)'\)/.exec(code!);
    if (!taken) continue;
    const [, variable, tag] = taken;
    const calls: string[] = [];
    // Each call whole, however many lines it spans: up to its balanced closing parenthesis.
    const start = `${variable}.setState(`;
    for (let at = code!.indexOf(start); at >= 0; at = code!.indexOf(start, at + 1)) {
      let depth = 0;
      let end = at + start.length - 1;
      for (; end < code!.length; end++) {
        if (code![end] === '(') depth++;
        else if (code![end] === ')' && --depth === 0) break;
      }
      calls.push(code!.slice(at, end + 1) + ';');
    }
    if (calls.length) found.push({ tag: tag!, variable: variable!, calls });
  }
  return found;
}

const site = useSite({
  '/readme.html': {
    body: `<!doctype html><meta charset="utf-8"><title>README examples</title><link rel="icon" href="data:,">
<script type="module" src="/embed.js"></script><main id="host" style="width: 800px"></main>`,
  },
});

describe('the README examples', () => {
  const all = examples();

  it('are found (one per scripted widget)', () => {
    expect(all.length).toBeGreaterThanOrEqual(7);
  });

  it('run as written through setState', async () => {
    const page = await site.open('/readme.html');
    for (const { tag, variable, calls } of all) {
      const result = await page.evaluate(
        async ([tag, variable, calls]) => {
          const host = document.getElementById('host')!;
          host.replaceChildren(document.createElement(tag));
          await customElements.whenDefined(tag);
          const el = host.firstElementChild as HTMLElement & {
            state: Record<string, unknown>;
            messages: string[];
          };
          const keys: string[] = [];
          let error = '';
          for (const call of calls) {
            try {
              // The README line itself, with its variable bound to the element.
              new Function(variable, call)(el);
              const args = call.slice(call.indexOf('(') + 1, call.lastIndexOf(')'));
              keys.push(...Object.keys(new Function(`return (${args});`)() as object));
            } catch (e) {
              error = `${call}: ${String(e)}`;
            }
          }
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const camel = (k: string): string => k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
          return {
            error,
            messages: el.messages,
            missing: keys.filter((k) => !(camel(k) in el.state)),
          };
        },
        [tag, variable, calls] as const,
      );
      expect(result, `${tag}: ${calls.join(' ')}`).toEqual({ error: '', messages: [], missing: [] });
    }
    await page.evaluate(() => document.getElementById('host')!.replaceChildren());
    expectClean(page);
    await page.close();
  });
});
