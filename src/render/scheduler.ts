/**
 * One requestAnimationFrame loop for every widget on the page. Widgets subscribe while they have
 * something to animate and are on screen; the loop stops by itself when nobody is subscribed, so
 * an idle page costs no frames at all.
 *
 * The scheduler is a per-window singleton (kept on a symbol of `globalThis`) because two copies of
 * the embed script on one blog page must still share one loop.
 */

/** Seconds since the previous frame, capped so a tab that wakes up does not jump a whole animation. */
export type Seconds = number;
export type FrameCallback = (dt: Seconds, now: number) => void;

const MAX_DT: Seconds = 0.1;

export class FrameScheduler {
  private readonly callbacks = new Set<FrameCallback>();
  /** The pending requestAnimationFrame, 0 when none is pending (idle, or inside a frame). */
  private handle = 0;
  /** True while a frame runs its callbacks: the frame itself asks for the next one when done. */
  private ticking = false;
  private last = 0;

  /**
   * Calls `cb` every frame until the returned function is called. A callback subscribed during a
   * frame first runs on the next frame. Subscribing the same function twice subscribes it once.
   */
  subscribe(cb: FrameCallback): () => void {
    this.callbacks.add(cb);
    if (!this.handle && !this.ticking) {
      // The time of the frame now on screen, the clock the next frame's timestamp uses: a
      // performance.now() taken late in a busy frame can be later than the next frame's
      // timestamp, and the first step of every animation would then get dt = 0 (no motion).
      const frameTime = typeof document === 'undefined' ? null : document.timeline?.currentTime;
      this.last = typeof frameTime === 'number' ? frameTime : performance.now();
      this.handle = requestAnimationFrame(this.tick);
    }
    return () => {
      this.callbacks.delete(cb);
      if (this.callbacks.size === 0 && this.handle) {
        cancelAnimationFrame(this.handle);
        this.handle = 0;
      }
    };
  }

  /** Calls `cb` once, on the next frame. */
  once(cb: FrameCallback): () => void {
    const off = this.subscribe((dt, now) => {
      off();
      cb(dt, now);
    });
    return off;
  }

  get active(): number {
    return this.callbacks.size;
  }

  private readonly tick = (now: number): void => {
    // This frame's request is used up; a subscribe() during the callbacks must not request
    // another one, or two loops would run and every callback would be called twice a frame.
    this.handle = 0;
    this.ticking = true;
    const dt = Math.min(MAX_DT, Math.max(0, (now - this.last) / 1000));
    this.last = now;
    try {
      for (const cb of [...this.callbacks]) {
        // Unsubscribed by an earlier callback of this frame (a widget removed by another one).
        if (!this.callbacks.has(cb)) continue;
        try {
          cb(dt, now);
        } catch (err) {
          // One broken widget must not stop every other animation on the page.
          this.callbacks.delete(cb);
          reportError(err);
        }
      }
    } finally {
      this.ticking = false;
      if (this.callbacks.size) this.handle = requestAnimationFrame(this.tick);
    }
  };
}

const KEY = Symbol.for('lumen.frameScheduler');
export function frameScheduler(): FrameScheduler {
  const g = globalThis as unknown as Record<symbol, FrameScheduler | undefined>;
  return (g[KEY] ??= new FrameScheduler());
}
