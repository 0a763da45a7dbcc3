import { describe, expect, it } from 'vitest';
import { SURFACES, type Point } from '../../math/descent';
import { contourLevels, contourSegments } from '../../math/contour';
import { computeRuns, fieldOf, viewAt } from './model';
import {
  drawContourMap,
  drawLossChart,
  fromPixel,
  mapBox,
  toPixel,
  type MapContext,
  type PathInput,
} from './maps';

/** A recording fake: every call and its numbers, failing on any non-finite coordinate. */
function recorder(): { ctx: MapContext; calls: { name: string; args: unknown[] }[]; texts: string[] } {
  const calls: { name: string; args: unknown[] }[] = [];
  const texts: string[] = [];
  const target: Record<string, unknown> = {};
  const ctx = new Proxy(target, {
    get(t, name: string) {
      if (name in t) return t[name];
      return (...args: unknown[]) => {
        for (const a of args)
          if (typeof a === 'number' && !Number.isFinite(a))
            throw new Error(`${name}(${args.join(', ')}): not finite`);
        if (name === 'fillText') texts.push(String(args[0]));
        calls.push({ name, args });
      };
    },
    set(t, name: string, value) {
      t[name] = value;
      return true;
    },
  }) as unknown as MapContext;
  return { ctx, calls, texts };
}

const COLORS = {
  bg: '#fff',
  fg: '#000',
  muted: '#555',
  grid: '#ddd',
  axis: '#444',
  model: '#0a6',
  gradient: '#a05',
  error: '#c00',
  focus: '#15b',
};
const RUN_COLORS = ['#b84a00', '#0060a8', '#007a55', '#6b3fa0'];

function paths(steps: number): PathInput[] {
  const runs = computeRuns({ surface: 'valley', start: null, rates: [0.02, 0.1, 0.19, 0.25], momentum: 0 });
  return runs.map((r, k) => {
    const v = viewAt(r, k, steps);
    return {
      points: r.points.slice(0, v.t + 1),
      losses: r.losses.slice(0, v.t + 1),
      color: RUN_COLORS[k]!,
      status: v.status,
      selected: k === 0,
      divergedAt: v.divergedAt,
      label: `Run ${k + 1}`,
    };
  });
}

describe('contour map and loss chart', () => {
  const field = fieldOf(SURFACES.valley);
  const levels = contourLevels(field.lo, field.hi, 14, 'square');
  const contours = levels.map((l) => contourSegments(field.grid, l));

  it('pixels and plane points map back and forth', () => {
    const box = mapBox(400, 400);
    const p: Point = [-1.25, 0.5];
    const q = toPixel(field, box, p);
    const back = fromPixel(field, box, q.x, q.y);
    expect(back[0]).toBeCloseTo(p[0], 12);
    expect(back[1]).toBeCloseTo(p[1], 12);
  });

  it('draws a diverged run with finite numbers only, and labels it', () => {
    const { ctx, texts, calls } = recorder();
    drawContourMap(ctx, {
      width: 380,
      height: 380,
      lineScale: 1,
      colors: COLORS,
      field,
      contours,
      paths: paths(40),
      start: [-1.8, 0.9],
      cursor: [0, 0],
      downhill: { at: [-1.8, 0.9], gradient: [-1.8, 9] },
    });
    expect(texts).toContain('Run 4 diverged');
    expect(calls.filter((c) => c.name === 'clip')).toHaveLength(2);
    const chart = recorder();
    drawLossChart(chart.ctx, {
      width: 500,
      height: 190,
      lineScale: 2,
      colors: COLORS,
      paths: paths(40),
      floor: 0,
      top: 100,
      stepsShown: 40,
    });
    expect(chart.texts).toContain('Run 4 diverged');
    expect(chart.texts).toContain('1e-6');
    // Review D20: the lesson's 0.01 is a labelled line, and steps are round numbers.
    expect(chart.texts).toContain('0.01');
    expect(chart.texts.filter((t) => /^\d+$/.test(t)).slice(-4)).toEqual(['0', '10', '20', '30']);
    const valley = recorder();
    drawLossChart(valley.ctx, {
      width: 500,
      height: 190,
      lineScale: 1,
      colors: COLORS,
      paths: paths(25),
      floor: 0,
      top: 1000,
      stepsShown: 25,
    });
    expect(valley.texts.filter((t) => /^\d+$/.test(t)).slice(-5)).toEqual(['0', '5', '10', '15', '20']);
    expect(valley.texts).toContain('0.01');
    expect(valley.texts).not.toContain('13');
  });

  it('before the runs start: no diverged label anywhere', () => {
    const { ctx, texts } = recorder();
    drawContourMap(ctx, {
      width: 300,
      height: 300,
      lineScale: 1,
      colors: COLORS,
      field,
      contours,
      paths: paths(0),
      start: [-1.8, 0.9],
      cursor: undefined,
      downhill: undefined,
    });
    expect(texts.some((t) => t.includes('diverged'))).toBe(false);
  });
});
