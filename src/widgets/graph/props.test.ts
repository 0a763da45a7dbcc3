import { describe, expect, it } from 'vitest';
import { checkPartial, parseProps, type Prop } from '../../ui/props';
import { DEFAULT_PROGRAM, GRAPH_PROPS, STEP_ALL } from './props';

describe('<lumen-graph> settings', () => {
  it('a program from an attribute or a lesson: "; " separated, kept one statement per line', () => {
    const { state, problems } = parseProps(
      GRAPH_PROPS,
      { program: 'x = 2; y = x * x  ;z = y + 3 * x' },
      'lesson',
    );
    expect(problems).toEqual([]);
    expect(state.program).toBe('x = 2\ny = x * x\nz = y + 3 * x');
    expect(GRAPH_PROPS.program.format(state.program as string)).toBe('x = 2; y = x * x; z = y + 3 * x');
  });

  it('a broken program fails with its line and column and falls back to the default', () => {
    const { state, problems } = parseProps(GRAPH_PROPS, { program: 'a = 1; b = a +' }, 'lesson');
    expect(state.program).toBe(DEFAULT_PROGRAM);
    expect(problems[0]?.message).toBe(
      'program="a = 1; b = a +" (lesson): Line 1, column 15: expected a number, a name, "(" or a function such as exp(…), but found the end of the line. Using "a = 3; b = -2; c = a * b; d = c + a; e =…".',
    );
    expect(checkPartial(GRAPH_PROPS, { program: 'x = y' }).problems[0]?.message).toMatch(
      /^program \(setState\): Line 1, column 5: y is not defined/,
    );
    expect(checkPartial(GRAPH_PROPS, { program: 42 }).problems).toHaveLength(1);
  });

  it('step: a whole number or all', () => {
    expect(parseProps(GRAPH_PROPS, { step: 'all' }, 'lesson').state.step).toBe(STEP_ALL);
    expect(parseProps(GRAPH_PROPS, { step: '4' }, 'lesson').state.step).toBe(4);
    expect(parseProps(GRAPH_PROPS, { step: '2.5' }, 'lesson').problems).toHaveLength(1);
    expect(checkPartial(GRAPH_PROPS, { step: -1 }).problems).toHaveLength(1);
    expect(GRAPH_PROPS.step.format(STEP_ALL)).toBe('all');
  });

  it('node references: a, c_2, c₂, τ1, or auto', () => {
    for (const ok of ['a', 'c_2', 'c₂', 'τ1', 'τ₁₂', 'loss'])
      expect(parseProps(GRAPH_PROPS, { focus: ok }, 'URL').problems, ok).toEqual([]);
    expect(parseProps(GRAPH_PROPS, { focus: 'auto' }, 'URL').state.focus).toBe('');
    expect(GRAPH_PROPS.focus.format('')).toBe('auto');
    for (const bad of ['1a', 'a b', '<b>', 'c__2'])
      expect(parseProps(GRAPH_PROPS, { ask: bad }, 'URL').problems, bad).toHaveLength(1);
  });

  it('every default formats and parses back to itself', () => {
    for (const [key, prop] of Object.entries(GRAPH_PROPS) as [string, Prop<unknown>][]) {
      const r = prop.parse(prop.format(prop.default));
      expect(r.ok && prop.equals(r.value, prop.default), key).toBe(true);
    }
  });
});
