/** Mode transform's probe, split layout and box: what it shows, hides, moves and writes. */
import { describe, expect, it } from 'vitest';
import { defaults } from '../../../ui/props';
import { PLANE_PROPS, type PlaneState } from '../props';
import { transformMode as mode } from './transform';
import type { ModeInput, TexPalette } from './types';

const TEX: TexPalette = {
  i: '#b84a00',
  j: '#0060a8',
  k: '#007a55',
  data: '#6b3fa0',
  model: '#00736a',
  gradient: '#a8005f',
  error: '#c0121f',
};
const input = (partial: Partial<PlaneState>, hidden = false): ModeInput => ({
  s: { ...defaults(PLANE_PROPS), ...partial },
  t: 1,
  hidden,
});

describe('mode transform: the x → Ax probe', () => {
  it('adds a handle on x, moved into the probe state (snapped from a pointer, exact from keys)', () => {
    const m = input({ matrix: [2, 1, 1, 2], probe: [1, 0] });
    expect(mode.handles(m).map((h) => h.name)).toEqual(['i', 'j', 'x']);
    expect(mode.handles(m).find((h) => h.name === 'x')?.label).toBe('x tip at (1, 0)');
    expect(mode.move(m.s, 'x', [0.97, 1.04], true)).toEqual({ probe: [1, 1] });
    expect(mode.move(m.s, 'x', [1.01, 0], false)).toEqual({ probe: [1.01, 0] });
    expect(mode.handles(input({ probe: false })).map((h) => h.name)).toEqual(['i', 'j']);
  });

  it('writes Ax with its numbers in the formula and says when x is an eigenvector', () => {
    const m = input({ matrix: [2, 1, 1, 2], probe: [1, 1] });
    expect(mode.tex(m, TEX)).toContain('\\mathbf{x}');
    expect(mode.tex(m, TEX)).toContain('3.0\\,\\mathbf{x}');
    expect(mode.readouts(m).map((r) => r.text)).toContain(
      'x = (1, 1) lands at Ax = (3, 3) = 3.0·x: an eigenvector (eigenvalue 3).',
    );
    expect(mode.describe(m)).toContain('an eigenvector (eigenvalue 3)');
    expect(mode.keep(m)).toEqual(
      expect.arrayContaining([
        [1, 1],
        [3, 3],
      ]),
    );
  });

  it('shows nothing of the probe while a prediction is open (Ax would give the answer away)', () => {
    const m = input({ matrix: [2, 1, 1, 2], probe: [1, 0] }, true);
    expect(mode.tex(m, TEX)).not.toContain('\\mathbf{x}');
    expect(mode.readouts(m)).toEqual([]);
    expect(mode.handles(m).map((h) => h.name)).not.toContain('x');
  });
});

describe('mode transform: split layout and box', () => {
  it('has two plots in split, with only x to drag (the left plot is before A)', () => {
    expect(mode.plotsFor?.(input({ layout: 'split' }).s)).toBe(2);
    expect(mode.plotsFor?.(input({}).s)).toBe(1);
    expect(mode.handles(input({ layout: 'split', probe: [1, 2] })).map((h) => h.name)).toEqual(['x']);
    expect(mode.captions?.(input({ layout: 'split' }).s)).toEqual(['Input: before A', 'Output: after A']);
  });

  it('writes the box subtraction in the formula and the readout, and the reason when it has no picture', () => {
    const m = input({ matrix: [3, 1, 1, 2], box: true });
    expect(mode.tex(m, TEX)).toContain('12 - 3 - 2 - 2 = 5');
    expect(
      mode
        .readouts(m)
        .map((r) => r.text)
        .join(' '),
    ).toContain('leaves 5 = ad − bc = det A');
    const neg = input({ matrix: [1, -1, 1, 1], box: true });
    expect(
      mode
        .readouts(neg)
        .map((r) => r.text)
        .join(' '),
    ).toContain('every entry ≥ 0');
    const flip = input({ matrix: [1, 2, 2, 1], box: true });
    expect(mode.tex(flip, TEX)).toContain('|\\det A|');
  });
});
