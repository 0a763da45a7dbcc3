import { describe, expect, it } from 'vitest';
import { checkRules, defaults, type PropRule, type StateOf } from './props';
import { ATTENTION_PROPS, ATTENTION_RULES } from '../widgets/attention/props';

type S = { lo: number; hi: number; label: string };
const ordered: PropRule<S> = {
  name: 'lo-hi',
  keys: ['lo', 'hi'],
  check: (s) => (s.lo <= s.hi ? undefined : `lo (${s.lo}) must not exceed hi (${s.hi}).`),
};
const good: S = { lo: 0, hi: 1, label: 'a' };

describe('checkRules', () => {
  it('undoes only the keys of a broken rule and says why; other changes stay', () => {
    const r = checkRules([ordered], good, { lo: 5, hi: 1, label: 'b' }, new Set(['lo', 'label']));
    expect(r.state).toEqual({ lo: 0, hi: 1, label: 'b' });
    expect(r.problems).toEqual([{ prop: 'lo-hi', message: 'lo (5) must not exceed hi (1). Value kept.' }]);
    expect(r.met).toEqual([]);
  });

  it('keeps a change that meets the rule and reports the rule met (its old message can go)', () => {
    const r = checkRules([ordered], good, { ...good, lo: 1 }, new Set(['lo']));
    expect(r.state.lo).toBe(1);
    expect(r.problems).toEqual([]);
    expect(r.met).toEqual(['lo-hi']);
  });

  it('skips rules whose keys were not given, and turns a throwing check into a problem', () => {
    const throws: PropRule<S> = {
      name: 'bad',
      keys: ['label'],
      check: () => {
        throw new Error('boom');
      },
    };
    const r = checkRules([ordered, throws], good, { ...good, label: 'x' }, new Set(['label']));
    expect(r.state.label).toBe('a');
    expect(r.problems.map((p) => p.prop)).toEqual(['bad']);
    expect(r.problems[0]!.message).toMatch(/boom/);
  });
});

describe('the attention rule: typed Q, K, V must fit', () => {
  type A = StateOf<typeof ATTENTION_PROPS>;
  const base: A = {
    ...defaults(ATTENTION_PROPS),
    q: [
      [0, 2],
      [2, 0],
    ],
    k: [
      [2, 0],
      [0, 2],
    ],
    v: [
      [1, 0],
      [0, 1],
    ],
  };
  const apply = (partial: Partial<A>) =>
    checkRules(ATTENTION_RULES, base, { ...base, ...partial }, new Set(Object.keys(partial)));

  it('keeps the last good K when K of another width comes, and names both widths', () => {
    const r = apply({
      k: [
        [1, 0, 0],
        [0, 1, 0],
      ],
    });
    expect(r.state.k).toEqual(base.k);
    expect(r.problems[0]!.message).toMatch(/Q has 2 columns but K has 3.*Value kept/);
  });

  it('keeps the last good V when its rows do not match K', () => {
    expect(apply({ v: [[1, 0]] }).state.v).toEqual(base.v);
  });

  it('takes Q and K of a new width together, and an empty matrix (not typed yet) alone', () => {
    const wide = [
      [1, 0, 0],
      [0, 1, 0],
    ];
    expect(apply({ q: wide, k: wide }).state.k).toEqual(wide);
    expect(apply({ q: [] }).state.q).toEqual([]);
  });
});
