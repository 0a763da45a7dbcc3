import { describe, expect, it } from 'vitest';
import { RunCancelled, RunSlot, isCancelled, settle } from './run';

class FakeRun {
  cancelled = false;
  cancel(): void {
    this.cancelled = true;
  }
}

describe('isCancelled', () => {
  it('knows a cancellation by its name, and nothing else', () => {
    expect(isCancelled(new RunCancelled())).toBe(true);
    expect(isCancelled(Object.assign(new Error('x'), { name: 'SimCancelled' }))).toBe(true);
    expect(isCancelled(new DOMException('stop', 'AbortError'))).toBe(true);
    expect(isCancelled(new Error('cancelled by the user'))).toBe(false);
    expect(isCancelled('SimCancelled')).toBe(false);
  });
});

describe('RunSlot', () => {
  it('cancels the previous run and ignores its late callbacks', () => {
    const slot = new RunSlot<FakeRun>();
    const a = new FakeRun();
    const seen: string[] = [];
    const liveA = slot.start(a);
    const onA = liveA((x: string) => seen.push(`a:${x}`));
    onA('1');
    const b = new FakeRun();
    const liveB = slot.start(b);
    expect(a.cancelled).toBe(true);
    onA('2');
    liveB((x: string) => seen.push(`b:${x}`))('3');
    expect(seen).toEqual(['a:1', 'b:3']);
    expect(slot.current).toBe(b);
  });

  it('cancel keeps the run current; abandon forgets it', () => {
    const slot = new RunSlot<FakeRun>();
    const a = new FakeRun();
    const live = slot.start(a);
    let calls = 0;
    const f = live(() => calls++);
    slot.cancel();
    f();
    expect(a.cancelled).toBe(true);
    expect(calls).toBe(1);
    slot.abandon();
    f();
    expect(calls).toBe(1);
    expect(slot.current).toBeUndefined();
  });

  it('settle tells done, cancelled and failed apart', async () => {
    const slot = new RunSlot<FakeRun>();
    const out: string[] = [];
    const o = {
      done: (v: number) => out.push(`done ${v}`),
      cancelled: () => out.push('cancelled'),
      failed: (m: string) => out.push(`failed ${m}`),
    };
    settle(Promise.resolve(1), slot.start(new FakeRun()), o);
    await Promise.resolve();
    await Promise.resolve();
    settle(Promise.reject(new RunCancelled()), slot.start(new FakeRun()), o);
    await new Promise((r) => setTimeout(r, 0));
    settle(Promise.reject(new Error('no worker')), slot.start(new FakeRun()), o);
    await new Promise((r) => setTimeout(r, 0));
    const stale = slot.start(new FakeRun());
    slot.start(new FakeRun());
    settle(Promise.resolve(9), stale, o);
    await new Promise((r) => setTimeout(r, 0));
    expect(out).toEqual(['done 1', 'cancelled', 'failed no worker']);
  });
});
