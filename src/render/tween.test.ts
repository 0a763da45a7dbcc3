import { afterEach, describe, expect, it, vi } from 'vitest';
import { approach, runMotion, timeline } from './tween';

afterEach(() => vi.unstubAllGlobals());

const reduced = (on: boolean) =>
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: on && q.includes('reduce') }));

describe('tween', () => {
  it('approach walks at a steady pace and lands exactly on the target', () => {
    let t = 0;
    const m = approach(
      () => t,
      (v) => (t = v),
      1,
      1,
    );
    expect(m.step(0.25)).toBe(true);
    expect(t).toBeCloseTo(0.25, 12);
    t = 0.9; // a drag in between is taken up
    expect(m.step(0.5)).toBe(false);
    expect(t).toBe(1);
  });

  it('timeline eases from 0 to 1 and ends on 1', () => {
    const seen: number[] = [];
    const m = timeline(1, (k) => seen.push(k));
    expect(m.step(0.5)).toBe(true);
    expect(seen[0]).toBeCloseTo(0.5, 12);
    expect(m.step(0.1)).toBe(true);
    expect(m.step(1)).toBe(false);
    expect(seen.at(-1)).toBe(1);
  });

  it('plays on the frame loop, or jumps to the end under reduced motion', () => {
    for (const on of [false, true]) {
      reduced(on);
      let t = 0;
      let started = false;
      let stopped = false;
      const animating = runMotion(
        approach(
          () => t,
          (v) => (t = v),
          1,
        ),
        () => (started = true),
        () => (stopped = true),
      );
      expect(animating).toBe(!on);
      expect(started).toBe(!on);
      expect(stopped).toBe(on);
      expect(t).toBe(on ? 1 : 0);
    }
  });
});
