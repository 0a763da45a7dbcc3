import { describe, expect, it } from 'vitest';
import { defaults } from '../../ui/props';
import { PALETTES } from '../../ui/tokens';
import { makeView } from '../../render/view2d';
import type { DrawContext } from '../../render/canvas-kit';
import { KMEANS_PROPS, type KmeansState } from './props';
import { analyse, dataPoints, lastStep, nextPhase, stateAt } from './model';
import { drawElbow, drawKmeans, drawSpread } from './view';
import { kmeansTex } from './formula';
import { num, roundLikeNumpy } from './words';

const base = defaults(KMEANS_PROPS) as KmeansState;

/** A context that records every call and fails on any number that is not finite. */
function recorder(): { ctx: DrawContext; calls: string[] } {
  const calls: string[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        for (const a of args)
          if (typeof a === 'number' && !Number.isFinite(a)) throw new Error(`${key} got ${String(a)}`);
        calls.push(key);
      };
    },
    set(target, key: string, value: unknown) {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${key} = ${String(value)}`);
      target[key] = value;
      return true;
    },
  }) as unknown as DrawContext;
  return { ctx, calls };
}

describe('kmeans model', () => {
  it('seeded points are the same for the same seed, hand points are used as given', () => {
    const a = dataPoints(base);
    expect(a.n).toBe(150);
    expect(Array.from(dataPoints(base).x)).toEqual(Array.from(a.x));
    expect(Array.from(dataPoints({ ...base, seed: 2 }).x)).not.toEqual(Array.from(a.x));
    const h = dataPoints({
      ...base,
      data: 'hand',
      points: [
        { x: 1, y: 2, label: 0 },
        { x: 3, y: 4, label: 1 },
      ],
    });
    expect(Array.from(h.x)).toEqual([1, 2, 3, 4]);
  });

  it('placed centroids set k and start the run; too few points is a message, not a throw', () => {
    const s: KmeansState = {
      ...base,
      data: 'hand',
      points: [
        { x: 0, y: 0, label: 0 },
        { x: 0, y: 1, label: 0 },
        { x: 5, y: 5, label: 0 },
      ],
      centroids: [
        [0, 0],
        [5, 5],
      ],
    };
    const a = analyse(s);
    expect(a.k).toBe(2);
    const run = a.run!;
    expect(nextPhase(run, 0)).toBe('assign');
    expect(nextPhase(run, 1)).toBe('update');
    expect(nextPhase(run, lastStep(run))).toBe('done');
    expect(stateAt(run, 999).step).toBe(lastStep(run));
    const few = analyse({ ...s, centroids: [], k: 5 });
    expect(few.run).toBeUndefined();
    expect(few.problem).toMatch(/at least 5 points/);
  });

  it('rounds like NumPy (half to even on the scaled value)', () => {
    expect(roundLikeNumpy(-1.125)).toBe(-1.12);
    expect(roundLikeNumpy(-1.975)).toBe(-1.98);
    expect(roundLikeNumpy(2.333333)).toBe(2.33);
    expect(num(-0.001)).toBe('0');
  });

  it('draws every state and the charts without a NaN reaching the canvas; the formula is finite TeX', () => {
    const a = analyse(base);
    const run = a.run!;
    for (const st of run.states) {
      const { ctx, calls } = recorder();
      drawKmeans(ctx, {
        view: makeView(400, 400, 5),
        colors: PALETTES.light,
        lineScale: 1,
        fontPx: 18,
        data: a.data,
        labels: st.labels,
        centroids: st.centroids,
        previous: st.phase === 'update' ? run.states[st.step - 1]!.centroids : undefined,
        cells: undefined,
        clusterColors: ['#111', '#222', '#333'],
        focus: 0,
        cross: [1, 1],
      });
      // One disc per point, one ring per centroid, and at an update one ring where each centroid was.
      expect(calls.filter((c) => c === 'arc')).toHaveLength(a.data.n + 3 + (st.phase === 'update' ? 3 : 0));
      const tex = kmeansTex(st, a.data, nextPhase(run, st.step), {
        data: '#000',
        err: '#f00',
        first: '#00f',
      });
      expect(tex).not.toMatch(/NaN|Infinity|undefined/);
    }
    const f = { width: 300, height: 150, colors: PALETTES.dark, lineScale: 2, fontPx: 20 };
    drawSpread(recorder().ctx, f, [3, 4, NaN, 5], 3);
    drawElbow(recorder().ctx, f, [10, 5, 2, Infinity], 3);
  });
});
