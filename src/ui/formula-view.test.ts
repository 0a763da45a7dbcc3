import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FormulaView, LIVE_FORMULA_MS, pickTex, texPalette } from './formula-view';
import { PALETTES } from './tokens';

describe('pickTex', () => {
  const both = { wide: 'W', narrow: 'N' };
  it('picks the narrow variant only in a laid-out box narrower than the limit', () => {
    expect(pickTex(both, 300, 540)).toBe('N');
    expect(pickTex(both, 540, 540)).toBe('W');
    expect(pickTex(both, 0, 540)).toBe('W');
    expect(pickTex('T', 10, 540)).toBe('T');
  });
});

describe('texPalette', () => {
  it('passes theme colours through (rgb() as hex) and replaces what KaTeX would refuse', () => {
    const p = texPalette({ ...PALETTES.dark, data: 'rgb(1, 2, 3)', model: 'var(--x)' });
    expect(p.i).toBe(PALETTES.dark.i);
    expect(p.data).toBe('#010203');
    expect(p.model).toBe(PALETTES.light.model);
  });
});

const typeset = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock('./katex-shadow', () => ({
  renderTex: (_el: unknown, tex: string) => {
    typeset.calls.push(tex);
    return Promise.resolve();
  },
}));

describe('FormulaView', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', globalThis);
    // Fonts already loaded: the fit after typesetting measures at once.
    vi.stubGlobal('document', { fonts: { status: 'loaded' } });
    typeset.calls.length = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  // A formula box that fits its content (so the fit after typesetting changes nothing).
  const node = (): HTMLElement =>
    ({
      dataset: {},
      replaceChildren: () => undefined,
      style: { removeProperty: () => '' },
      parentElement: null,
      scrollWidth: 100,
      clientWidth: 100,
    }) as unknown as HTMLElement;

  it('typesets at once without a throttle, and never the same TeX twice', () => {
    const view = new FormulaView({ tex: node() });
    view.show('a', 'A');
    view.show('a', 'A');
    expect(typeset.calls).toEqual(['a']);
  });

  it('typesets a throttled formula in a later task, only the newest, at most once per throttle', () => {
    const view = new FormulaView({ tex: node() });
    view.show('n = 1', 'one', { throttleMs: LIVE_FORMULA_MS });
    expect(typeset.calls).toEqual([]); // not inside the frame that asked
    vi.advanceTimersByTime(0);
    expect(typeset.calls).toEqual(['n = 1']);
    view.show('n = 2', 'two', { throttleMs: LIVE_FORMULA_MS });
    view.show('n = 3', 'three', { throttleMs: LIVE_FORMULA_MS });
    vi.advanceTimersByTime(LIVE_FORMULA_MS - 1);
    expect(typeset.calls).toEqual(['n = 1']);
    vi.advanceTimersByTime(1);
    expect(typeset.calls).toEqual(['n = 1', 'n = 3']);
    // The run ends: the final formula comes now, and nothing stale follows it.
    view.show('n = 4', 'four', { throttleMs: LIVE_FORMULA_MS });
    view.show('done', 'done');
    vi.advanceTimersByTime(2 * LIVE_FORMULA_MS);
    expect(typeset.calls).toEqual(['n = 1', 'n = 3', 'done']);
  });
});
