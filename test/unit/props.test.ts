import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  booleanProp,
  checkPartial,
  authored,
  authoredMessage,
  WHOLE_ARGUMENT,
  customProp,
  defaults,
  enumProp,
  numberProp,
  parseProps,
  quote,
  textProp,
  toCamel,
  toKebab,
  type Prop,
} from '../../src/ui/props';
import { PLANE_PROPS } from '../../src/widgets/plane/props';
import { propsMarkdownTable } from '../../src/ui/props-doc';

function value<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(`unexpected error: ${r.error}`);
  return r.value;
}
function error(r: { ok: true; value: unknown } | { ok: false; error: string }): string {
  if (r.ok) throw new Error(`unexpectedly accepted ${JSON.stringify(r.value)}`);
  return r.error;
}

const speed = numberProp({ default: 1, min: 0, max: 4, doc: 'Play speed' });
const count = numberProp({ default: 3, min: 1, max: 10, integer: true, doc: 'How many' });
const grid = booleanProp({ default: true, doc: 'Show the grid' });
const shape = enumProp({ default: 'circle', values: ['circle', 'square', 'spiral'], doc: 'Data set' });
const TABLE = { speed, count, showGrid: grid, shape, matrixMode: booleanProp({ default: false, doc: 'x' }) };

describe('numberProp', () => {
  it('parses plain decimals within the range', () => {
    expect(value(speed.parse('2.5'))).toBe(2.5);
    expect(value(speed.parse(' 0 '))).toBe(0);
    expect(value(speed.parse('4'))).toBe(4);
    expect(value(speed.parse('4e0'))).toBe(4);
  });

  it('refuses other text and out-of-range values with the reason', () => {
    expect(error(speed.parse(''))).toBe('expected a number such as 1.5');
    expect(error(speed.parse('fast'))).toBe('expected a number such as 1.5');
    expect(error(speed.parse('0x2'))).toBe('expected a number such as 1.5');
    expect(error(speed.parse('Infinity'))).toBe('expected a number such as 1.5');
    expect(error(speed.parse('9'))).toBe('must be between 0 and 4');
    expect(error(speed.parse('-0.1'))).toBe('must be between 0 and 4');
    expect(error(count.parse('2.5'))).toBe('must be a whole number');
    expect(value(count.parse('7'))).toBe(7);
  });

  it('check refuses NaN, Infinity, strings and out-of-range numbers', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, '2', null, undefined, [2], {}])
      expect(speed.check(bad).ok).toBe(false);
    expect(error(speed.check(5))).toBe('must be between 0 and 4');
    expect(value(speed.check(3.25))).toBe(3.25);
  });

  it('format → parse gives the value back', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 4, noNaN: true }), (x) => {
        const back = value(speed.parse(speed.format(x)));
        expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-11 * Math.abs(x));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (n) => {
        expect(value(count.parse(count.format(n)))).toBe(n);
      }),
    );
  });

  it('documents its type and range', () => {
    expect(speed.type).toBe('number');
    expect(count.type).toBe('integer');
    expect(speed.range).toBe('0 … 4');
  });
});

describe('booleanProp', () => {
  it('reads a bare attribute and the usual spellings', () => {
    for (const t of ['', 'true', 'TRUE', ' yes ', 'on', '1']) expect(value(grid.parse(t))).toBe(true);
    for (const t of ['false', 'False', 'no', 'off', '0']) expect(value(grid.parse(t))).toBe(false);
    expect(error(grid.parse('maybe'))).toBe('expected true or false');
  });

  it('format → parse round-trips, check wants a real boolean', () => {
    for (const b of [true, false]) expect(value(grid.parse(grid.format(b)))).toBe(b);
    for (const bad of ['true', 1, 0, null, undefined]) expect(grid.check(bad).ok).toBe(false);
    expect(value(grid.check(false))).toBe(false);
  });
});

describe('enumProp', () => {
  it('accepts exactly the listed values', () => {
    expect(value(shape.parse(' square '))).toBe('square');
    expect(error(shape.parse('Square'))).toBe('must be one of circle, square, spiral');
    expect(error(shape.parse('hexagon'))).toBe('must be one of circle, square, spiral');
    expect(shape.check(3).ok).toBe(false);
    for (const v of ['circle', 'square', 'spiral'] as const)
      expect(value(shape.parse(shape.format(v)))).toBe(v);
    expect(shape.range).toBe('circle | square | spiral');
  });

  it('does not accept names inherited from Object.prototype', () => {
    expect(shape.parse('constructor').ok).toBe(false);
    expect(shape.parse('toString').ok).toBe(false);
  });
});

describe('names', () => {
  it('toKebab and toCamel are inverse on camelCase names', () => {
    expect(toKebab('matrixMode')).toBe('matrix-mode');
    expect(toCamel('matrix-mode')).toBe('matrixMode');
    expect(toKebab('t')).toBe('t');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]+([A-Z][a-z]+){0,3}$/), (name) => {
        expect(toCamel(toKebab(name))).toBe(name);
      }),
    );
  });
});

describe('parseProps', () => {
  it('puts good values under camelCase keys, from kebab-case names', () => {
    const r = parseProps(
      TABLE,
      { speed: '2', 'show-grid': 'false', 'matrix-mode': '', shape: 'spiral' },
      'attribute',
    );
    expect(r.problems).toEqual([]);
    expect(r.state).toEqual({ speed: 2, showGrid: false, matrixMode: true, shape: 'spiral' });
  });

  it('matches the example in its documentation', () => {
    expect(parseProps({ speed }, { speed: '9' }, 'attribute').problems[0]?.message).toBe(
      'speed="9" (attribute): must be between 0 and 4. Using "1".',
    );
  });

  it('reports a bad value with the name, the quoted text, the source and the fallback', () => {
    const r = parseProps(TABLE, { 'show-grid': 'sometimes' }, 'URL');
    expect(r.state).toEqual({ showGrid: true });
    expect(r.problems).toEqual([
      { prop: 'show-grid', message: 'show-grid="sometimes" (URL): expected true or false. Using "true".' },
    ]);
  });

  it('reports unknown names with the list of known ones, in kebab-case', () => {
    const r = parseProps(TABLE, { sped: '2', speed: '3' }, 'lesson');
    expect(r.state).toEqual({ speed: 3 });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toEqual({
      prop: 'sped',
      message:
        'Unknown setting "sped" (lesson); this widget knows: speed, count, show-grid, shape, matrix-mode. Ignored.',
    });
  });

  it('does not mistake Object.prototype members for settings', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'has-own-property']) {
      const r = parseProps(
        TABLE,
        JSON.parse(`{${JSON.stringify(name)}: "1"}`) as Record<string, string>,
        'URL',
      );
      expect(r.state).toEqual({});
      expect(r.problems[0]?.message).toMatch(/^Unknown setting/);
    }
  });

  it('keeps messages short and quoted, even for a 10 kB input', () => {
    const huge = '<b>' + 'x'.repeat(10_000) + '</b>';
    const inputs: Record<string, string> = { speed: huge, shape: huge, 'show-grid': huge, [huge]: '1' };
    const r = parseProps(TABLE, inputs, 'URL');
    expect(r.problems).toHaveLength(4);
    for (const p of r.problems) {
      expect(p.message.length).toBeLessThan(300);
      expect(p.message).toContain('"<b>xxxx');
      expect(p.message).toContain('…"');
    }
    const m = parseProps(PLANE_PROPS, { matrix: huge + ' 1; 2 3' }, 'attribute').problems[0]?.message ?? '';
    expect(m.length).toBeLessThan(300);
    expect(m).toMatch(/^matrix="<b>x+…" \(attribute\): /);
  });

  it('quote cuts long text and escapes quotes', () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('y'.repeat(100))).toBe(`"${'y'.repeat(40)}…"`);
  });
});

describe('checkPartial', () => {
  it('accepts typed values and refuses NaN, Infinity and text that is no number', () => {
    expect(checkPartial(TABLE, { speed: 2, showGrid: false })).toEqual({
      state: { speed: 2, showGrid: false },
      problems: [],
    });
    for (const bad of [Number.NaN, Infinity]) {
      const r = checkPartial(TABLE, { speed: bad });
      expect(r.state).toEqual({});
      expect(r.problems).toEqual([
        { prop: 'speed', message: 'speed (setState): must be a finite number. Value kept.' },
      ]);
    }
  });

  it('takes the attribute spelling of names and values too, as the README documents them', () => {
    expect(
      checkPartial(TABLE, { 'show-grid': false, 'matrix-mode': 'true', speed: '2.5', shape: 'square' }),
    ).toEqual({
      state: { showGrid: false, matrixMode: true, speed: 2.5, shape: 'square' },
      problems: [],
    });
    const r = checkPartial(TABLE, { 'no-such': 1, speed: '9' });
    expect(r.state).toEqual({});
    expect(r.problems.map((p) => p.prop)).toEqual(['no-such', 'speed']);
    expect(r.problems[1]?.message).toBe('speed (setState): must be between 0 and 4. Value kept.');
    expect(checkPartial(TABLE, { speed: 'fast' }).problems[0]?.message).toBe(
      'speed (setState): expected a number such as 1.5. Value kept.',
    );
  });

  it('never throws: null, undefined, text, numbers, arrays and throwing Proxies become one problem', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    for (const bad of [null, undefined, 'speed=2', 42, [1, 2], () => 1, Symbol('s'), 1n, throwing]) {
      const r = checkPartial(TABLE, bad);
      expect(r.state).toEqual({});
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]?.prop).toBe(WHOLE_ARGUMENT);
      expect(r.problems[0]?.message).toMatch(
        /^setState: (expected an object|the object could not be read).*Nothing changed\.$/,
      );
    }
  });

  it('a value that throws when read is a problem for that key only', () => {
    const list = customProp<number[]>({
      type: 'list',
      default: [],
      doc: 'd',
      range: 'r',
      parse: () => ({ ok: false, error: 'unused' }),
      format: (v) => v.join(','),
      check: (v) => ({ ok: true, value: [(v as number[])[0] ?? 0] }),
      equals: (a, b) => a.join() === b.join(),
    });
    const hostile = new Proxy([1, 2], {
      get() {
        throw new Error('no');
      },
    });
    const r = checkPartial({ speed, list }, { speed: 2, list: hostile });
    expect(r.state).toEqual({ speed: 2 });
    expect(r.problems).toEqual([
      { prop: 'list', message: 'list (setState): the value could not be read (Error: no). Value kept.' },
    ]);
    const getter = { speed: 2 };
    Object.defineProperty(getter, 'count', {
      enumerable: true,
      get: () => {
        throw new Error('x');
      },
    });
    expect(checkPartial(TABLE, getter).problems[0]?.prop).toBe(WHOLE_ARGUMENT);
  });

  it('reports unknown keys with the known ones', () => {
    const r = checkPartial(TABLE, { speeed: 1 });
    expect(r.problems[0]?.message).toBe(
      'Unknown setting "speeed" (setState); this widget knows: speed, count, show-grid, shape, matrix-mode. Ignored.',
    );
  });
});

describe('authored props (lesson text a link cannot rewrite)', () => {
  it('keep the prop and say so in the docs table', () => {
    const q = authored(textProp({ default: 'Why?', maxLength: 10, doc: 'The question.' }));
    expect(q.authored).toBe(true);
    expect(value(q.parse('How?'))).toBe('How?');
    expect(textProp({ default: '', maxLength: 1, doc: '' }).authored).toBeUndefined();
    expect(propsMarkdownTable({ question: q })).toContain('| up to 10 characters; not from the page URL |');
    expect(authoredMessage('question')).toBe(
      'question (URL): this text belongs to the lesson, and a link cannot change it. Ignored.',
    );
  });
});

describe('customProp and defaults', () => {
  it('customProp keeps the given functions', () => {
    const p = customProp<number[]>({
      type: 'list',
      default: [],
      doc: 'd',
      range: 'r',
      parse: (t) => ({ ok: true, value: t.split(',').map(Number) }),
      format: (v) => v.join(','),
      check: (v) =>
        Array.isArray(v) ? { ok: true, value: v as number[] } : { ok: false, error: 'must be a list' },
      equals: (a, b) => a.join() === b.join(),
    });
    expect(value(p.parse('1,2'))).toEqual([1, 2]);
    expect(p.format([3, 4])).toBe('3,4');
    expect(error(p.check('x'))).toBe('must be a list');
  });

  it('defaults collects every default under its key', () => {
    expect(defaults(TABLE)).toEqual({
      speed: 1,
      count: 3,
      showGrid: true,
      shape: 'circle',
      matrixMode: false,
    });
  });
});

describe('PLANE_PROPS', () => {
  const table = PLANE_PROPS as unknown as Record<string, Prop<unknown>>;

  it('every default round-trips through format → parse and passes check', () => {
    for (const [name, prop] of Object.entries(table)) {
      const back = value(prop.parse(prop.format(prop.default)));
      expect(prop.equals(back, prop.default), name).toBe(true);
      expect(prop.check(prop.default).ok, name).toBe(true);
    }
  });

  it('the whole default state survives parseProps of its own formatted attributes', () => {
    const attrs: Record<string, string> = {};
    for (const [name, prop] of Object.entries(table)) attrs[toKebab(name)] = prop.format(prop.default);
    const r = parseProps(PLANE_PROPS, attrs, 'attribute');
    expect(r.problems).toEqual([]);
    expect(r.state).toEqual(defaults(PLANE_PROPS));
  });

  it('matrix accepts both spellings and checks arrays from JavaScript', () => {
    const m = PLANE_PROPS.matrix;
    expect(value(m.parse('0 -1; 1 0'))).toEqual([0, -1, 1, 0]);
    expect(value(m.parse('[[2,0],[0,0.5]]'))).toEqual([2, 0, 0, 0.5]);
    expect(value(m.check([1, 2, 3, 4]))).toEqual([1, 2, 3, 4]);
    for (const bad of [[1, 2, 3], [1, 2, 3, Number.NaN], [1, 2, 3, '4'], '1 2; 3 4', [1, 2, 3, 400]])
      expect(m.check(bad).ok).toBe(false);
  });
});
