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
  private handle = 0;
  private last = 0;

  /** Calls `cb` every frame until the returned function is called. */
  subscribe(cb: FrameCallback): () => void {
    this.callbacks.add(cb);
    if (!this.handle) {
      this.last = performance.now();
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
    const dt = Math.min(MAX_DT, Math.max(0, (now - this.last) / 1000));
    this.last = now;
    for (const cb of [...this.callbacks]) {
      try {
        cb(dt, now);
      } catch (err) {
        // One broken widget must not stop every other animation on the page.
        this.callbacks.delete(cb);
        reportError(err);
      }
    }
    this.handle = this.callbacks.size ? requestAnimationFrame(this.tick) : 0;
  };
}

const KEY = Symbol.for('lumen.frameScheduler');
export function frameScheduler(): FrameScheduler {
  const g = globalThis as unknown as Record<symbol, FrameScheduler | undefined>;
  return (g[KEY] ??= new FrameScheduler());
}
