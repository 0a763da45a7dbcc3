/**
 * One player for every iterative algorithm (gradient descent, logistic regression, k-means, tree
 * growth): Rewind, Step −1, Play/Pause, Step +1 and a speed, with the iteration as the widget's
 * state (so `el.state`, `setState`, `shareUrl()` and presenter steps all carry it). Stepping back
 * goes to the exact previous state because the widget computes iteration k from iteration 0
 * (`src/math/run-history.ts`); randomness comes from a seed in the state, so a link replays the
 * same run. Play advances `speed` iterations a second on the shared frame loop, pauses off
 * screen, and stops by itself at the last iteration or when the algorithm says it is done.
 *
 * @example
 * this.run = this.use(new RunController({ dom: this.dom.run, iteration: () => this.s.iteration,
 *   setIteration: (k) => this.update({ iteration: k }), speed: () => this.s.speed,
 *   setSpeed: (v) => this.update({ speed: v }), limit: () => MAX_ITERATION }));
 */
import type { Controller } from './widget-element';
import { el, setText } from './dom';
import { numberProp, type Prop } from './props';
import { frameScheduler } from '../render/scheduler';

export const SPEEDS = [1, 4, 15, 60] as const;

/** The two settings a widget with a player adds to its property table. */
export function runProps(o: { limit: number; speed?: number }): {
  iteration: Prop<number>;
  speed: Prop<number>;
} {
  return {
    iteration: numberProp({
      default: 0,
      min: 0,
      max: o.limit,
      integer: true,
      doc: 'How many steps the algorithm has taken from its start; Play, Step and Rewind change it, and a link with it replays the same run.',
    }),
    speed: numberProp({
      default: o.speed ?? 15,
      min: 1,
      max: 60,
      doc: 'Steps per second while playing.',
    }),
  };
}

export interface RunDom {
  readonly group: HTMLDivElement;
  readonly rewind: HTMLButtonElement;
  readonly back: HTMLButtonElement;
  readonly play: HTMLButtonElement;
  readonly forward: HTMLButtonElement;
  readonly speed: HTMLSelectElement;
  readonly counter: HTMLSpanElement;
  /** What one step is called ("step", "half-step"), for the buttons' names. */
  readonly what: string;
}

export function buildRunDom(what = 'step'): RunDom {
  const group = el('div', { class: 'run', role: 'group', 'aria-label': 'Run the algorithm' });
  const rewind = el(
    'button',
    { type: 'button', name: 'rewind', 'aria-label': 'Rewind to the start' },
    'Rewind',
  );
  const back = el('button', { type: 'button', name: 'back', 'aria-label': `−1: back one ${what}` }, '−1');
  const play = el(
    'button',
    { type: 'button', name: 'play', class: 'primary', 'aria-pressed': 'false' },
    'Play',
  );
  const forward = el(
    'button',
    { type: 'button', name: 'forward', 'aria-label': `+1: forward one ${what}` },
    '+1',
  );
  const speed = el('select', { name: 'speed', 'aria-label': `Speed (${what}s per second)` });
  for (const s of SPEEDS) speed.append(el('option', { value: String(s) }, `${s}/s`));
  const counter = el('span', { class: 'counter', 'aria-live': 'off' });
  group.append(rewind, back, play, forward, speed, counter);
  return { group, rewind, back, play, forward, speed, counter, what };
}

export const RUN_CSS = `
.run { display: flex; flex-wrap: wrap; gap: 0.35em; align-items: center; }
.run .counter { margin-left: 0.3em; font-variant-numeric: tabular-nums; color: var(--w-muted); }
.run button[name=play] { min-width: 4.6em; }
`;

export interface RunOptions {
  readonly dom: RunDom;
  iteration(): number;
  setIteration(k: number): void;
  speed(): number;
  setSpeed(v: number): void;
  /** The last iteration the widget computes. */
  limit(): number;
  /** True when iteration k changes nothing any more (converged): Play stops there. */
  done?(k: number): boolean;
  /** False while the widget waits for a prediction. */
  enabled?(): boolean;
  /** The counter's words for iteration k, e.g. "step 12". */
  label?(k: number): string;
  /**
   * The forward button's words at iteration k when they say what comes next ("Assign +1"; "+1"
   * without this); its name starts with them (WCAG 2.5.3, label in name).
   */
  forward?(k: number): string;
}

export class RunController implements Controller {
  private off: (() => void) | undefined;
  private wantPlay = false;
  private carry = 0;
  private visible = true;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly o: RunOptions) {}

  get playing(): boolean {
    return this.wantPlay;
  }

  play(): void {
    if (!this.enabled()) return;
    if (this.atEnd(this.o.iteration())) this.o.setIteration(0);
    this.wantPlay = true;
    this.carry = 0;
    this.resume();
    this.sync();
  }

  pause(): void {
    this.wantPlay = false;
    this.off?.();
    this.off = undefined;
    this.sync();
  }

  stepForward(): void {
    if (!this.enabled()) return;
    this.pause();
    const k = this.o.iteration();
    if (!this.atEnd(k)) this.o.setIteration(k + 1);
  }

  stepBack(): void {
    if (!this.enabled()) return;
    this.pause();
    this.o.setIteration(Math.max(0, this.o.iteration() - 1));
  }

  rewind(): void {
    if (!this.enabled()) return;
    this.pause();
    this.o.setIteration(0);
  }

  hostConnected(): void {
    if (!this.cleanups.length) {
      const d = this.o.dom;
      const on = (b: HTMLElement, type: string, fn: () => void): void => {
        b.addEventListener(type, fn);
        this.cleanups.push(() => b.removeEventListener(type, fn));
      };
      on(d.play, 'click', () => (this.wantPlay ? this.pause() : this.play()));
      on(d.forward, 'click', () => this.stepForward());
      on(d.back, 'click', () => this.stepBack());
      on(d.rewind, 'click', () => this.rewind());
      on(d.speed, 'change', () => this.o.setSpeed(Number(d.speed.value)));
    }
    this.sync();
  }

  hostDisconnected(): void {
    this.pause();
    for (const c of this.cleanups.splice(0)) c();
  }

  hostVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.resume();
    else {
      this.off?.();
      this.off = undefined;
    }
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Buttons, speed and counter in step with the state. */
  sync(): void {
    const d = this.o.dom;
    const k = this.o.iteration();
    const enabled = this.enabled();
    d.play.textContent = this.wantPlay ? 'Pause' : 'Play';
    d.play.setAttribute('aria-pressed', String(this.wantPlay));
    d.play.disabled = !enabled;
    d.forward.disabled = !enabled || this.atEnd(k);
    d.back.disabled = !enabled || k === 0;
    d.rewind.disabled = !enabled || k === 0;
    const speed = String(this.o.speed());
    if (![...d.speed.options].some((o) => o.value === speed))
      d.speed.append(el('option', { value: speed }, `${speed}/s`));
    if (d.speed.value !== speed) d.speed.value = speed;
    setText(d.counter, this.o.label?.(k) ?? `step ${k}`);
    if (this.o.forward) {
      const words = this.o.forward(k);
      setText(d.forward, words);
      const name = `${words}: forward one ${d.what}`;
      if (d.forward.getAttribute('aria-label') !== name) d.forward.setAttribute('aria-label', name);
    }
  }

  private enabled(): boolean {
    return this.o.enabled?.() ?? true;
  }

  private atEnd(k: number): boolean {
    return k >= this.o.limit() || (this.o.done?.(k) ?? false);
  }

  private resume(): void {
    if (!this.wantPlay || this.off || !this.visible) return;
    this.off = frameScheduler().subscribe((dt) => {
      this.carry += dt * this.o.speed();
      const steps = Math.floor(this.carry);
      if (steps < 1) return;
      this.carry -= steps;
      let k = this.o.iteration();
      for (let s = 0; s < steps && !this.atEnd(k); s++) k++;
      if (k !== this.o.iteration()) this.o.setIteration(k);
      if (this.atEnd(k)) this.pause();
    });
  }
}
