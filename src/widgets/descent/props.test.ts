import { describe, expect, it } from 'vitest';
import { checkPartial, parseProps } from '../../ui/props';
import { DESCENT_PROPS, MAX_RUNS } from './props';

describe('<lumen-descent> settings', () => {
  it('rates: a comma list of 1 to 4 positive numbers, written back the same way', () => {
    const { state, problems } = parseProps(DESCENT_PROPS, { rates: '0.02, 0.1 ,0.19;0.25' }, 'lesson');
    expect(problems).toEqual([]);
    expect(state.rates).toEqual([0.02, 0.1, 0.19, 0.25]);
    expect(DESCENT_PROPS.rates.format(state.rates!)).toBe('0.02, 0.1, 0.19, 0.25');
  });

  it('bad rates fall back to the default with a message', () => {
    for (const bad of ['', 'fast', '0.1, -1', '0', '1e300', 'NaN', '0.1,0.2,0.3,0.4,0.5']) {
      const { state, problems } = parseProps(DESCENT_PROPS, { rates: bad }, 'attribute');
      expect(problems, bad).toHaveLength(1);
      expect(state.rates).toEqual(DESCENT_PROPS.rates.default);
    }
    expect(checkPartial(DESCENT_PROPS, { rates: [0.1, NaN] }).problems).toHaveLength(1);
    expect(checkPartial(DESCENT_PROPS, { rates: new Array(MAX_RUNS + 1).fill(0.1) }).problems).toHaveLength(
      1,
    );
    expect(checkPartial(DESCENT_PROPS, { rates: [0.5] }).state.rates).toEqual([0.5]);
  });

  it('start: "x, y", (x, y), or auto; out of range or unreadable is refused', () => {
    expect(parseProps(DESCENT_PROPS, { start: '-1.5, 1' }, 'lesson').state.start).toEqual([-1.5, 1]);
    expect(parseProps(DESCENT_PROPS, { start: '(0.3 1.5)' }, 'lesson').state.start).toEqual([0.3, 1.5]);
    expect(parseProps(DESCENT_PROPS, { start: 'auto' }, 'lesson').state.start).toBeNull();
    expect(DESCENT_PROPS.start.format([-1.5, 1])).toBe('-1.5, 1');
    expect(DESCENT_PROPS.start.format(null)).toBe('auto');
    for (const bad of ['1', '9, 0', 'a, b', '1, 2, 3'])
      expect(parseProps(DESCENT_PROPS, { start: bad }, 'URL').problems, bad).toHaveLength(1);
    expect(checkPartial(DESCENT_PROPS, { start: [Infinity, 0] }).problems).toHaveLength(1);
  });

  it('unknown surfaces and out-of-range numbers are refused', () => {
    expect(parseProps(DESCENT_PROPS, { surface: 'saddle' }, 'lesson').problems[0]?.message).toMatch(
      /must be one of bowl, valley, twomin, rosenbrock/,
    );
    expect(parseProps(DESCENT_PROPS, { momentum: '1' }, 'lesson').problems).toHaveLength(1);
    expect(parseProps(DESCENT_PROPS, { steps: '2.5' }, 'lesson').problems).toHaveLength(1);
    expect(parseProps(DESCENT_PROPS, { steps: '501' }, 'lesson').problems).toHaveLength(1);
  });
});
