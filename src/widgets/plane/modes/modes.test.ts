/**
 * Every mode, over ordinary and degenerate states: nothing non-finite is ever drawn, no sentence
 * or formula says NaN/undefined/Infinity, every formula is valid KaTeX (strict), handles are
 * finite, and moving a handle gives back a state its prop table accepts.
 */
import { describe, expect, it } from 'vitest';
import { expectValidTex } from '../../../../test/helpers/tex';
import { MODE_TABLE } from './index';
import { MODES, PLANE_PROPS, type PlaneState } from '../props';
import { defaults, checkPartial } from '../../../ui/props';
import { PALETTES } from '../../../ui/tokens';
import { pictureData } from '../pictures';
import type { DrawContext } from '../draw-kit';
import type { ModeFrame, ModeInput, TexPalette } from './types';
import { makeView } from '../../../render/view2d';

/** A fake 2D context: records every numeric argument and every text drawn. */
export function recorder(): { ctx: DrawContext; numbers: number[]; texts: string[]; calls: string[] } {
  const numbers: number[] = [];
  const texts: string[] = [];
  const calls: string[] = [];
  const props: Record<string, unknown> = {};
  const ctx = new Proxy(props, {
    get(_t, name: string) {
      if (name in props) return props[name];
      return (...args: unknown[]) => {
        calls.push(name);
        for (const a of args.flat()) if (typeof a === 'number') numbers.push(a);
        if (name === 'fillText') texts.push(String(args[0]));
      };
    },
    set(_t, name: string, value: unknown) {
      if (typeof value === 'number') numbers.push(value);
      props[name] = value;
      return true;
    },
  }) as unknown as DrawContext;
  return { ctx, numbers, texts, calls };
}

const TEX: TexPalette = {
  i: '#b84a00',
  j: '#0060a8',
  k: '#007a55',
  data: '#6b3fa0',
  model: '#00736a',
  gradient: '#a8005f',
  error: '#c0121f',
};

const BASE = defaults(PLANE_PROPS);
const STATES: Partial<PlaneState>[] = [
  {},
  { matrix: [0, 0, 0, 0], second: [0, 0, 0, 0] },
  { matrix: [1, 2, 0.5, 1], spaces: true, eigen: true },
  { matrix: [0, -1, 1, 0], second: [0, 1, -1, 0] },
  { matrix: [100, -100, 100, 100], second: [1e-9, 0, 0, 1e-9] },
  { matrix: [1e-12, 0, 0, 1e-12], spaces: true },
  { v: [0, 0], w: [0, 0], u: [0, 0], b1: [0, 0], b2: [0, 0] },
  { v: [1, 2], w: [2, 4], u: [0, 0], b1: [1, 1], b2: [-2, -2] },
  { v: [100, 100], w: [-100, 100], a: -5, b: 5, u: [1e-9, 0], b1: [100, 0], b2: [0, 1e-9] },
  { v: [0, 0], u: [3, 1], b1: [0, 0], b2: [1, 1] },
  { matrix: [3, 1, 1, 2], probe: [1, 1], box: true, layout: 'split' },
  { matrix: [1, 2, 2, 1], probe: [0, 0], box: true, eigen: true },
  { matrix: [100, -100, 100, 100], probe: [100, -100], box: true, layout: 'split', spaces: true },
  { matrix: [0, 0, 0, 0], probe: [1e-9, 0], box: true },
];
const TIMES = [0, 0.2, 0.5, 0.7, 1];

function frame(width: number): ModeFrame {
  return {
    view: makeView(width, width, 4),
    colors: PALETTES.light,
    lineScale: 1,
    fontPx: 18,
    picture: pictureData('house'),
    guess: [0.5, 0.5],
    answer: [1, 1],
  };
}

const clean = (text: string): void => {
  expect(text).not.toMatch(/NaN|undefined|Infinity|\[object/);
};

describe.each(MODES)('mode %s', (name) => {
  const mode = MODE_TABLE[name];

  it('draws, describes and writes TeX without NaN for ordinary and degenerate states', () => {
    for (const partial of STATES)
      for (const t of TIMES)
        for (const hidden of [false, true]) {
          const m: ModeInput = { s: { ...BASE, ...partial, mode: name }, t, hidden };
          for (const plot of (mode.plotsFor?.(m.s) ?? mode.plots) === 2
            ? ([0, 1] as const)
            : ([0] as const)) {
            const r = recorder();
            mode.draw(r.ctx, frame(360), m, plot);
            expect(r.calls.length).toBeGreaterThan(5);
            expect(
              r.numbers.filter((x) => !Number.isFinite(x)),
              `${JSON.stringify(partial)} t=${t}`,
            ).toEqual([]);
            r.texts.forEach(clean);
          }
          clean(mode.describe(m));
          clean(mode.texWords(m));
          mode.readouts(m).forEach((x) => clean(x.text));
          const tex = mode.tex(m, TEX);
          clean(tex);
          expectValidTex(tex, true);
          for (const h of mode.handles(m)) {
            expect(Number.isFinite(h.at[0]) && Number.isFinite(h.at[1]), h.name).toBe(true);
            clean(h.label);
          }
          for (const p of mode.keep(m)) expect(Number.isFinite(p[0]) && Number.isFinite(p[1])).toBe(true);
        }
  });

  it('moving any of its handles gives a state its property table accepts', () => {
    for (const partial of STATES) {
      const s = { ...BASE, ...partial, mode: name };
      for (const h of mode.handles({ s, t: mode.editT ?? 1, hidden: false }))
        for (const [to, dragged] of [
          [[1.234, -2.345], true],
          [[0, 0], true],
          [[-0.01, 0.01], false],
          [[150, -150], false],
        ] as const) {
          const next = mode.move(s, h.name, to, dragged);
          if (!next) continue;
          const { problems } = checkPartial(PLANE_PROPS, next as Record<string, unknown>);
          expect(problems, `${h.name} → ${to.join(', ')}`).toEqual([]);
        }
    }
  });

  it('has a predict-first question, and scores a guess with a finite distance when it asks one', () => {
    for (const partial of STATES) {
      const s = { ...BASE, ...partial, mode: name };
      const q = mode.predict.question(s);
      clean(q.text);
      expect(q.text.length).toBeGreaterThan(20);
      if (!q.ok) continue;
      const { prediction, sentence } = mode.predict.score(s, mode.predict.start(s));
      expect(Number.isFinite(prediction.distance)).toBe(true);
      expect(prediction.target.every(Number.isFinite)).toBe(true);
      clean(sentence);
    }
  });
});
