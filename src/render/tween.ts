/**
 * One way to animate, for every widget: a `Motion` says how one frame advances and what the end
 * looks like; `runMotion` plays it on the element's frame loop, or, for a reader who prefers
 * reduced motion, jumps straight to the end. Widgets call it through the base element's
 * `runMotion(motion)`, so no widget checks the media query itself. The motions are pure functions
 * of time, so they are unit-tested in Node.
 */
import { advance, ease as easeInOut, PLAY_SECONDS, type Seconds } from './motion';

/** An animation: `step` advances one frame of `dt` seconds and says whether to go on. */
export interface Motion {
  step(dt: Seconds): boolean;
  /** Puts the end state at once (reduced motion). */
  finish(): void;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Plays `m` with `start` (the element's frame loop), or finishes it at once under reduced motion
 * (after `stop`, so no older animation keeps running). True when it is animating.
 */
export function runMotion(
  m: Motion,
  start: (step: (dt: Seconds) => boolean) => void,
  stop: () => void,
): boolean {
  if (prefersReducedMotion()) {
    stop();
    m.finish();
    return false;
  }
  start((dt) => m.step(dt));
  return true;
}

/**
 * A value that walks to `target` at a steady pace (`seconds` for the whole way from 0 to 1),
 * read afresh each frame, so a drag or a slider in between is taken up, not overwritten. Easing,
 * where wanted, belongs to the drawing of the value (`ease` in motion.ts).
 */
export function approach(
  get: () => number,
  set: (v: number) => void,
  target: number,
  seconds: Seconds = PLAY_SECONDS,
): Motion {
  return {
    step(dt) {
      const next = advance(get(), target, dt, seconds);
      set(next);
      return next !== target;
    },
    finish: () => set(target),
  };
}

/** Progress from 0 to 1 over `seconds`, eased (cubic in-out unless `ease` says otherwise). */
export function timeline(
  seconds: Seconds,
  frame: (k: number) => void,
  ease: (x: number) => number = easeInOut,
): Motion {
  let elapsed = 0;
  return {
    step(dt) {
      elapsed = Math.min(seconds, elapsed + Math.max(0, dt));
      const done = !(seconds > 0) || elapsed >= seconds;
      frame(done ? 1 : ease(elapsed / seconds));
      return !done;
    },
    finish: () => frame(1),
  };
}
