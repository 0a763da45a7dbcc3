import { describe, expect, it } from 'vitest';
import { checkPartial, parseProps, type Prop } from '../../ui/props';
import { DERIVATIVE_PROPS } from './props';

describe('<lumen-derivative> settings', () => {
  it('reads functions, numbers and modes from text, as a lesson or URL writes them', () => {
    const r = parseProps(
      DERIVATIVE_PROPS,
      { mode: 'chain', f: ' sigmoid(u) ', g: '2*x + 1', x0: '1.5', dx: '0.05' },
      'lesson',
    );
    expect(r.problems).toEqual([]);
    expect(r.state).toEqual({ mode: 'chain', f: 'sigmoid(u)', g: '2*x + 1', x0: 1.5, dx: 0.05 });
  });

  it('refuses a broken function with the column, and falls back to the default', () => {
    const r = parseProps(DERIVATIVE_PROPS, { f: 'x^3 - 2x' }, 'URL');
    expect(r.state.f).toBe('x^3 - 2*x');
    expect(r.problems[0]?.message).toBe(
      'f="x^3 - 2x" (URL): column 8: a name cannot follow a number directly; write * for multiplication, such as 2 * x. Using "x^3 - 2*x".',
    );
    expect(parseProps(DERIVATIVE_PROPS, { g: 'u^2' }, 'attribute').problems[0]?.message).toMatch(
      /"u" is not the variable/,
    );
  });

  it('refuses NaN, huge and out-of-range numbers and unknown modes', () => {
    for (const [k, v] of [
      ['x0', 'NaN'],
      ['x0', '1e300'],
      ['h', '0'],
      ['h', '-1'],
      ['zoom', '0.5'],
      ['dx', '5'],
      ['mode', 'integral'],
    ] as const) {
      const r = parseProps(DERIVATIVE_PROPS, { [k]: v }, 'attribute');
      expect(r.problems, `${k}=${v}`).toHaveLength(1);
      expect(r.state[k], `${k}=${v}`).toBe(DERIVATIVE_PROPS[k].default);
    }
  });

  it('checks values from setState and keeps the old value when one is bad', () => {
    expect(checkPartial(DERIVATIVE_PROPS, { f: 'exp(x)', x0: 2 }).problems).toEqual([]);
    const bad = checkPartial(DERIVATIVE_PROPS, { f: 42, zoom: Number.POSITIVE_INFINITY });
    expect(bad.state).toEqual({});
    expect(bad.problems.map((p) => p.prop)).toEqual(['f', 'zoom']);
  });

  it('writes back what it reads', () => {
    for (const [key, p] of Object.entries(DERIVATIVE_PROPS)) {
      const prop = p as Prop<unknown>;
      const r = prop.parse(prop.format(prop.default));
      expect(r, key).toEqual({ ok: true, value: prop.default });
    }
  });
});
