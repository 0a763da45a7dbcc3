import { describe, expect, it } from 'vitest';
import { TOUCH_SLOP, TurnGesture, touchIntent, type TurnView } from './turn-gesture';

describe('touchIntent', () => {
  it('waits inside the slop, then reads the larger component', () => {
    expect(touchIntent(3, 4)).toBe('undecided');
    expect(touchIntent(TOUCH_SLOP, 0)).toBe('turn');
    expect(touchIntent(-10, 4)).toBe('turn');
    expect(touchIntent(4, -10)).toBe('scroll');
    // A perfect diagonal is the page's: scrolling wins ties.
    expect(touchIntent(10, 10)).toBe('scroll');
    expect(touchIntent(NaN, 0)).toBe('undecided');
  });
});

/** Pointer events as plain objects, on a box that only records its listeners. */
function harness(start: TurnView = { azimuth: 30, elevation: 20, zoom: 1 }) {
  const listeners: Record<string, (e: unknown) => void> = {};
  const box = { addEventListener: (t: string, f: (e: unknown) => void) => (listeners[t] = f) };
  let view = start;
  const g = new TurnGesture(box as unknown as HTMLElement, {
    view: () => view,
    turn: (v) => (view = v),
  });
  // The first finger of a touch (here always pointer 1) is the primary one, as is every mouse.
  const ev = (pointerId: number, x: number, y: number, pointerType = 'touch') =>
    ({ pointerId, clientX: x, clientY: y, pointerType, isPrimary: pointerId === 1 }) as PointerEvent;
  return { g, view: () => view, ev, listeners };
}

describe('TurnGesture', () => {
  it('turns at once for a mouse, from the press', () => {
    const { g, view, ev } = harness();
    expect(g.down(ev(1, 100, 100, 'mouse'))).toBe(true);
    expect(g.turning).toBe(true);
    g.move(ev(1, 100, 110, 'mouse'));
    expect(view()).toEqual({ azimuth: 30, elevation: 24, zoom: 1 });
  });

  it('leaves a vertical finger swipe to the page and keeps the view', () => {
    const { g, view, ev } = harness();
    g.down(ev(1, 100, 100));
    expect(g.move(ev(1, 101, 96))).toBe(false);
    expect(g.move(ev(1, 102, 80))).toBe(false);
    expect(g.active).toBe(false);
    g.move(ev(1, 150, 60));
    expect(view()).toEqual({ azimuth: 30, elevation: 20, zoom: 1 });
  });

  it('turns under a finger that starts sideways, then follows it both ways', () => {
    const { g, view, ev } = harness();
    g.down(ev(1, 100, 100));
    g.move(ev(1, 104, 100));
    expect(g.turning).toBe(false);
    g.move(ev(1, 150, 100));
    expect(g.turning).toBe(true);
    expect(view().azimuth).toBeCloseTo(10, 9);
    g.move(ev(1, 150, 150));
    expect(view().elevation).toBeCloseTo(40, 9);
    g.up(ev(1, 150, 150));
    expect(g.active).toBe(false);
  });

  it('turns by the midpoint of two fingers and zooms by their spread', () => {
    const { g, view, ev } = harness();
    g.down(ev(1, 100, 100));
    g.down(ev(2, 200, 100));
    expect(g.turning).toBe(true);
    g.move(ev(1, 50, 150));
    g.move(ev(2, 250, 150));
    expect(view().elevation).toBeCloseTo(40, 9);
    expect(view().azimuth).toBeCloseTo(30, 9);
    expect(view().zoom).toBe(2);
    // Lifting one finger ends it: the other does not turn with a jump.
    g.up(ev(1, 50, 150));
    expect(g.active).toBe(false);
    g.move(ev(2, 400, 150));
    expect(view().zoom).toBe(2);
    expect(view().azimuth).toBeCloseTo(30, 9);
  });

  it('a new first press starts afresh when the end of the last one never came', () => {
    const { g, view, ev } = harness();
    // A swipe the browser took as a scroll, whose pointercancel the widget never saw.
    g.down(ev(1, 100, 100));
    g.down(ev(3, 300, 100));
    expect(g.active).toBe(true);
    const next = { ...ev(5, 100, 100), isPrimary: true } as PointerEvent;
    expect(g.down(next)).toBe(true);
    g.move({ ...ev(5, 150, 100), isPrimary: true } as PointerEvent);
    expect(g.turning).toBe(true);
    expect(view().azimuth).toBeCloseTo(10, 9);
  });

  it('keeps the page still under two fingers or a decided turn, not under an undecided finger', () => {
    const { g, ev, listeners } = harness();
    const touchmove = (touches: number) => {
      let prevented = false;
      listeners.touchmove!({
        cancelable: true,
        touches: { length: touches },
        preventDefault: () => (prevented = true),
      });
      return prevented;
    };
    g.down(ev(1, 100, 100));
    expect(touchmove(1)).toBe(false);
    expect(touchmove(2)).toBe(true);
    g.move(ev(1, 130, 100));
    expect(touchmove(1)).toBe(true);
  });
});
