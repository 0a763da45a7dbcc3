import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameScheduler, frameScheduler } from '../../src/render/scheduler';

/**
 * A fake browser frame clock. Like a browser, a frame runs the callbacks that were requested
 * before it started; callbacks requested during a frame wait for the next one.
 */
function fakeFrames() {
  let clock = 1000;
  let nextId = 1;
  const pending = new Map<number, FrameRequestCallback>();
  const errors: unknown[] = [];
  const raf = vi.fn((cb: FrameRequestCallback) => {
    const id = nextId++;
    pending.set(id, cb);
    return id;
  });
  const caf = vi.fn((id: number) => {
    pending.delete(id);
  });
  vi.stubGlobal('requestAnimationFrame', raf);
  vi.stubGlobal('cancelAnimationFrame', caf);
  vi.stubGlobal('performance', { now: () => clock });
  vi.stubGlobal('reportError', (e: unknown) => errors.push(e));
  return {
    raf,
    caf,
    errors,
    get pending() {
      return pending.size;
    },
    /** Advances the clock by `ms` and runs one frame. */
    frame(ms: number) {
      clock += ms;
      const due = [...pending.values()];
      pending.clear();
      for (const cb of due) cb(clock);
    },
  };
}

let frames: ReturnType<typeof fakeFrames>;
beforeEach(() => {
  frames = fakeFrames();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('FrameScheduler', () => {
  it('runs a subscriber every frame with dt in seconds, and stops when it unsubscribes', () => {
    const s = new FrameScheduler();
    const seen: [number, number][] = [];
    const off = s.subscribe((dt, now) => seen.push([dt, now]));
    expect(frames.pending).toBe(1);
    expect(s.active).toBe(1);
    frames.frame(16);
    frames.frame(20);
    expect(seen).toEqual([
      [0.016, 1016],
      [0.02, 1036],
    ]);
    expect(frames.pending).toBe(1);
    off();
    expect(s.active).toBe(0);
    expect(frames.pending).toBe(0);
    expect(frames.caf).toHaveBeenCalledTimes(1);
    frames.frame(16);
    expect(seen).toHaveLength(2);
  });

  it('keeps the loop while anybody is subscribed, and runs one loop for all', () => {
    const s = new FrameScheduler();
    const a = vi.fn();
    const b = vi.fn();
    const offA = s.subscribe(a);
    const offB = s.subscribe(b);
    expect(frames.raf).toHaveBeenCalledTimes(1);
    frames.frame(16);
    offA();
    expect(frames.pending).toBe(1);
    frames.frame(16);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    offB();
    offB(); // a second call is harmless
    expect(frames.pending).toBe(0);
  });

  it('caps dt at 0.1 s after a long pause, and never gives a negative dt', () => {
    const s = new FrameScheduler();
    const dts: number[] = [];
    s.subscribe((dt) => dts.push(dt));
    frames.frame(5000);
    frames.frame(16);
    frames.frame(0);
    expect(dts).toEqual([0.1, 0.016, 0]);
  });

  it('once() runs exactly once, then the loop stops', () => {
    const s = new FrameScheduler();
    const cb = vi.fn();
    s.once(cb);
    frames.frame(16);
    frames.frame(16);
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb).toHaveBeenCalledWith(0.016, 1016);
    expect(s.active).toBe(0);
    expect(frames.pending).toBe(0);
  });

  it('once() can be cancelled before its frame', () => {
    const s = new FrameScheduler();
    const cb = vi.fn();
    const cancel = s.once(cb);
    cancel();
    frames.frame(16);
    expect(cb).not.toHaveBeenCalled();
    expect(frames.pending).toBe(0);
  });

  it('removes a throwing callback, reports its error, and keeps the others running', () => {
    const s = new FrameScheduler();
    const boom = new Error('broken widget');
    const bad = vi.fn(() => {
      throw boom;
    });
    const before = vi.fn();
    const after = vi.fn();
    s.subscribe(before);
    s.subscribe(bad);
    s.subscribe(after);
    frames.frame(16);
    frames.frame(16);
    expect(bad).toHaveBeenCalledTimes(1);
    expect(before).toHaveBeenCalledTimes(2);
    expect(after).toHaveBeenCalledTimes(2);
    expect(frames.errors).toEqual([boom]);
    expect(s.active).toBe(2);
  });

  it('stops the loop when the only callback throws', () => {
    const s = new FrameScheduler();
    s.subscribe(() => {
      throw new Error('x');
    });
    frames.frame(16);
    expect(frames.pending).toBe(0);
    expect(s.active).toBe(0);
    expect(frames.errors).toHaveLength(1);
  });

  it('keeps exactly one frame pending when a frame callback stops and starts work', () => {
    // The widget base does this: an animation's last frame unsubscribes itself and asks for
    // one more render with once(). Two pending frames would run every callback twice a frame.
    const s = new FrameScheduler();
    const render = vi.fn();
    const off = s.subscribe(() => {
      off();
      s.once(render);
    });
    frames.frame(16);
    expect(frames.pending).toBe(1);
    frames.frame(16);
    expect(render).toHaveBeenCalledTimes(1);
    expect(frames.pending).toBe(0);
  });

  it('runs a callback subscribed during a frame once per frame from the next frame on', () => {
    const s = new FrameScheduler();
    const later = vi.fn();
    let offLater: (() => void) | undefined;
    const offFirst = s.subscribe(() => {
      offFirst();
      offLater = s.subscribe(later);
    });
    frames.frame(16);
    expect(later).not.toHaveBeenCalled();
    frames.frame(16);
    frames.frame(16);
    expect(later).toHaveBeenCalledTimes(2);
    expect(later).toHaveBeenLastCalledWith(0.016, 1048);
    offLater?.();
    expect(frames.pending).toBe(0);
  });

  it('does not call a callback that another one unsubscribed earlier in the same frame', () => {
    const s = new FrameScheduler();
    const second = vi.fn();
    let offSecond = () => {};
    s.subscribe(() => offSecond());
    offSecond = s.subscribe(second);
    frames.frame(16);
    expect(second).not.toHaveBeenCalled();
  });

  it('restarts with a fresh dt after being idle', () => {
    const s = new FrameScheduler();
    s.once(() => {});
    frames.frame(16);
    const dts: number[] = [];
    frames.frame(3000); // idle: nothing subscribed
    s.subscribe((dt) => dts.push(dt));
    frames.frame(16);
    expect(dts).toEqual([0.016]);
  });
});

describe('frameScheduler()', () => {
  it('is one scheduler per window', () => {
    expect(frameScheduler()).toBe(frameScheduler());
    expect(frameScheduler()).toBeInstanceOf(FrameScheduler);
  });
});
