/**
 * Random and hostile values through every widget's three doors (attribute, URL settings,
 * `setState`), property-based: values come from fast-check arbitraries derived from each
 * widget's property table (numbers around its range, its enum values, its own default spelling
 * with numbers swapped for hostile ones) plus null, NaN, ±Infinity, 1e308, -0, 5e-324, huge
 * arrays, very long strings, markup and a Proxy that throws. After each case: nothing thrown to
 * the caller, no page or console error, no NaN/undefined/Infinity newly shown as text, and the
 * next frame within 2 s. One seed (FC_SEED=random explores); 6 runs per widget and door (about 90 s in all).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './widget-page';
import { WIDGETS } from '../../src/widgets/catalog';
import { toKebab, type Prop } from '../../src/ui/props';

const SEED = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED || 20261207);
const RUNS = 6;
const site = useSite({ '/hostile/': 'test/fixtures/embed/' });

/** A value to make in the page (a Proxy or a 200,000-entry array cannot cross as JSON). */
type Hostile =
  | { kind: 'json'; value: unknown }
  | {
      kind: 'special';
      name:
        | 'NaN'
        | 'Infinity'
        | '-Infinity'
        | '-0'
        | 'undefined'
        | 'proxy'
        | 'hugeArray'
        | 'sparse'
        | 'longString'
        | 'deepArray';
    };

const SPECIALS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  'undefined',
  'proxy',
  'hugeArray',
  'sparse',
  'longString',
  'deepArray',
] as const;

const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  fc.constantFrom(...SPECIALS).map((name) => ({ kind: 'special' as const, name })),
  fc
    .constantFrom<unknown>(
      null,
      1e308,
      -1e308,
      5e-324,
      2 ** 53 + 2,
      '',
      ' ',
      '1e309',
      'NaN',
      'Infinity',
      '<img src=x onerror=alert(1)>',
      '0x10',
      '½',
      '[[[[1]]]]',
      {},
      [],
      [[1, 2], [3]],
      true,
      'x = ' + '('.repeat(1600) + '1' + ')'.repeat(1600),
    )
    .map((value) => ({ kind: 'json' as const, value })),
);

/** Numbers that a prop's "a … b" range suggests: inside, at the edges, just outside. */
function numbersFor(prop: Prop<unknown>): fc.Arbitrary<number> {
  const m = /^(-?[\d.e+]+) … (-?[\d.e+]+)/.exec(prop.range);
  const lo = m ? Number(m[1]) : -1e6;
  const hi = m ? Number(m[2]) : 1e6;
  return fc.oneof(
    fc.double({ min: lo, max: hi, noNaN: true }),
    fc.constantFrom(lo, hi, lo - 1, hi + 1, hi * 10, (lo + hi) / 2),
    prop.type === 'integer'
      ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
      : fc.double({ noNaN: false }),
  );
}

/** Values shaped like what the prop accepts, for `setState`. */
function valuesFor(prop: Prop<unknown>): fc.Arbitrary<Hostile> {
  const json = (a: fc.Arbitrary<unknown>): fc.Arbitrary<Hostile> =>
    a.map((value) => ({ kind: 'json', value }));
  switch (prop.type) {
    case 'number':
    case 'integer':
      return json(numbersFor(prop));
    case 'boolean':
      return json(fc.boolean());
    case 'one of':
      return json(fc.constantFrom(...prop.range.split(' | '), prop.range));
    default: {
      const d = prop.default;
      if (Array.isArray(d))
        return json(
          fc.array(fc.oneof(fc.double(), fc.array(fc.double(), { maxLength: 4 })), {
            maxLength: Math.max(4, d.length * 2),
          }),
        );
      return json(fc.oneof(fc.string({ maxLength: 80 }), textsFor(prop)));
    }
  }
}

/** The prop's own default spelling with its numbers swapped for random or hostile ones. */
function textsFor(prop: Prop<unknown>): fc.Arbitrary<string> {
  const spelled = prop.format(prop.default);
  const slots = spelled.split(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/);
  const number = fc.oneof(
    fc.double().map(String),
    fc.constantFrom('1e308', '-0', 'NaN', 'Infinity', '1e-320', '9'.repeat(400), ''),
  );
  return fc
    .array(number, { minLength: slots.length - 1, maxLength: slots.length - 1 })
    .map((nums) => slots.map((s, i) => s + (nums[i] ?? '')).join(''));
}

/** Text for attributes and URL settings: numbers, enum values, swapped spellings, junk. */
function textFor(prop: Prop<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    numbersFor(prop).map(String),
    textsFor(prop),
    fc.constantFrom('', 'true', 'false', 'auto', 'NaN', '-Infinity', '1e308', '<b>x</b>', '9'.repeat(20_000)),
    fc.string({ maxLength: 60 }),
  );
}

interface Outcome {
  thrown: string[];
  badText: string[];
  lateFrame: boolean;
}

/** Applies one case in the page and reports what went wrong. */
function apply(
  page: Page,
  tag: string,
  door: 'attribute' | 'URL' | 'setState' | 'whole',
  key: string,
  value: Hostile,
): Promise<Outcome> {
  return page.evaluate(
    async ({ tag, door, key, value }) => {
      const make = (v: typeof value): unknown => {
        if (v.kind === 'json') return v.value;
        switch (v.name) {
          case 'NaN':
            return Number.NaN;
          case 'Infinity':
            return Infinity;
          case '-Infinity':
            return -Infinity;
          case '-0':
            return -0;
          case 'undefined':
            return undefined;
          case 'proxy':
            return new Proxy([1, 2, 3, 4], {
              get() {
                throw new Error('hostile getter');
              },
              ownKeys() {
                throw new Error('hostile ownKeys');
              },
            });
          case 'hugeArray':
            return new Array(200_000).fill(1);
          case 'sparse': {
            const a: number[] = [];
            a[1_000_000] = 1;
            return a;
          }
          case 'longString':
            return '1 '.repeat(100_000);
          case 'deepArray': {
            let a: unknown = [1];
            for (let i = 0; i < 10_000; i++) a = [a];
            return a;
          }
        }
      };
      const el = document.querySelector(tag) as HTMLElement & {
        setState(p: unknown): void;
        applySettings(p: unknown, s: string): void;
      };
      const WORDS = /\bNaN\b|\bundefined\b|Infinity|\[object /g;
      const shown = (): string[] => {
        const out: string[] = [];
        const walk = (root: ShadowRoot | Element): void => {
          for (const n of root.querySelectorAll('*')) {
            if (n.closest('style, .messages, textarea')) continue;
            for (const c of n.childNodes) if (c.nodeType === 3 && c.textContent) out.push(c.textContent);
            const label = n.getAttribute('aria-label');
            if (label) out.push(label);
            if (n.shadowRoot) walk(n.shadowRoot);
          }
        };
        walk(el.shadowRoot!);
        return out.join('\n').match(WORDS) ?? [];
      };
      const before = new Set(shown());
      const thrown: string[] = [];
      const v = make(value);
      try {
        if (door === 'setState') el.setState({ [key]: v });
        else if (door === 'whole') el.setState(v);
        else if (door === 'URL') el.applySettings({ [key]: typeof v === 'string' ? v : String(v) }, 'URL');
        else el.setAttribute(key, typeof v === 'string' ? v : String(v));
      } catch (e) {
        thrown.push(String(e));
      }
      const frame = await Promise.race([
        new Promise<boolean>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))),
        new Promise<boolean>((done) => setTimeout(() => done(false), 2000)),
      ]);
      const input = typeof v === 'string' ? v : '';
      const badText = shown().filter((w) => !before.has(w) && !input.includes(w.trim()));
      return { thrown, badText, lateFrame: !frame };
    },
    { tag, door, key, value },
  );
}

describe('hostile values through attributes, URL settings and setState', () => {
  it.each(Object.keys(WIDGETS))('<lumen-%s>', async (name) => {
    const { tag, props } = WIDGETS[name]!;
    const page = await site.open('/hostile/empty.html');
    await page.evaluate(async (t) => {
      const el = document.createElement(t);
      el.id = 'w';
      document.body.append(el);
      await customElements.whenDefined(t);
    }, tag);
    await page.waitForFunction((t) => !!document.querySelector(t)?.shadowRoot?.childElementCount, tag);
    const keys = Object.keys(props);
    const report = (door: string, key: string, value: unknown, o: Outcome): void => {
      const what = `${door} ${key}=${String(JSON.stringify(value)).slice(0, 80)}`;
      expect(o.thrown, `${what}: thrown`).toEqual([]);
      expect(o.badText, `${what}: shown as text`).toEqual([]);
      expect(o.lateFrame, `${what}: no frame within 2 s`).toBe(false);
      expect(page.problems(), `${what}: page problems`).toEqual([]);
    };
    const key = fc.constantFrom(...keys);
    const settle = { seed: SEED, numRuns: RUNS, endOnFailure: true };
    await fc.assert(
      fc.asyncProperty(
        key.chain((k) => fc.tuple(fc.constant(k), fc.oneof(valuesFor(props[k]!), hostile))),
        async ([k, v]) => report('setState', k, v, await apply(page, tag, 'setState', k, v)),
      ),
      settle,
    );
    for (const door of ['attribute', 'URL'] as const)
      await fc.assert(
        fc.asyncProperty(
          key.chain((k) => fc.tuple(fc.constant(k), textFor(props[k]!))),
          async ([k, text]) =>
            report(door, k, text, await apply(page, tag, door, toKebab(k), { kind: 'json', value: text })),
        ),
        settle,
      );
    for (const v of [null, undefined, 'matrix=1', 42, 'proxy'] as const) {
      const value: Hostile =
        v === 'proxy' || v === undefined
          ? { kind: 'special', name: v === undefined ? 'undefined' : 'proxy' }
          : { kind: 'json', value: v };
      report('whole setState', '', v, await apply(page, tag, 'whole', '', value));
    }
    await page.close();
  });
});
