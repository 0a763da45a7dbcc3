/**
 * How a presenter step (or a step marker, or leaving presenter mode) moves a widget from what it
 * shows to what the step prescribes: the settings whose meaning is a position in the picture (a
 * matrix, a vector, the time of a transformation, an SVD stage) glide there number by number;
 * everything else (a mode, a switch, a count of draws) is set at once. One place for every
 * widget, so that no widget animates its steps its own way. Reduced motion jumps (`runMotion`).
 */
import { frameScheduler } from '../../render/scheduler';
import { runMotion, timeline } from '../../render/tween';

/**
 * The settings that tween, by element: geometric ones only. A count (draws, iterations) would
 * replay a simulation every frame, and a mode has no halfway.
 */
const TWEENED: Readonly<Record<string, ReadonlySet<string>>> = {
  'lumen-plane': new Set(['matrix', 'second', 't', 'v', 'w', 'a', 'b', 'u', 'b1', 'b2']),
  'lumen-space': new Set(['matrix', 't']),
  'lumen-svd': new Set(['matrix', 't']),
};

/** How long a step's glide takes: long enough to follow, short enough not to wait for. */
export const STEP_SECONDS = 0.9;

const NUMBER = /([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/i;

/** A setting's text split into its numbers and the text between them ("1 0; 0 1" → [1,0,0,1]). */
function split(text: string): { numbers: number[]; between: string[] } | undefined {
  const parts = text.trim().split(NUMBER);
  const numbers: number[] = [];
  const between: string[] = [];
  parts.forEach((p, i) => {
    if (i % 2) numbers.push(Number(p));
    else between.push(p.replace(/\s+/g, ' '));
  });
  if (numbers.length === 0 || numbers.some((n) => !Number.isFinite(n))) return undefined;
  // Only separators between the numbers: a word ("auto", "sin(x)") is not a position.
  if (between.some((b) => !/^[\s;,]*$/.test(b))) return undefined;
  return { numbers, between };
}

function formatNumber(x: number): string {
  const r = Math.round(x * 1e4) / 1e4;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * A function from progress k (0 to 1) to the setting's text, when `from` and `to` are lists of
 * numbers of the same shape; undefined when the setting cannot glide.
 */
export function interpolator(from: string, to: string): ((k: number) => string) | undefined {
  const a = split(from);
  const b = split(to);
  if (!a || !b || a.numbers.length !== b.numbers.length) return undefined;
  if (a.between.join('|') !== b.between.join('|')) return undefined;
  return (k) => {
    if (k >= 1) return to;
    if (k <= 0) return from;
    let out = '';
    b.numbers.forEach((end, i) => {
      const start = a.numbers[i]!;
      out += b.between[i]! + formatNumber(start + (end - start) * k);
    });
    return out + b.between[b.numbers.length]!;
  };
}

export interface StepMove {
  /** Settings set at once, before the glide starts. */
  readonly jump: Record<string, string>;
  /** Settings that glide, with their text at progress k. */
  readonly glide: ReadonlyMap<string, (k: number) => string>;
  /** The final text of every gliding setting (what a jump would have set). */
  readonly end: Record<string, string>;
}

/** Splits a step's settings for element `tag`, shown now with `current`, into jump and glide. */
export function planMove(
  tag: string,
  current: Readonly<Record<string, string>>,
  target: Readonly<Record<string, string>>,
): StepMove {
  const tweened = TWEENED[tag];
  const jump: Record<string, string> = {};
  const glide = new Map<string, (k: number) => string>();
  const end: Record<string, string> = {};
  for (const [key, to] of Object.entries(target)) {
    const from = current[key];
    const f = tweened?.has(key) && from !== undefined && from !== to ? interpolator(from, to) : undefined;
    if (f) {
      glide.set(key, f);
      end[key] = to;
    } else jump[key] = to;
  }
  return { jump, glide, end };
}

/** What the step mover needs of a `lumen-*` element (LumenElement has it). */
export interface Settable extends HTMLElement {
  applySettings(input: Record<string, string>, source: 'lesson'): void;
  settings(): Record<string, string>;
  readonly messages: readonly string[];
}

interface Running {
  stop(): void;
  /** Where the glide was going. */
  readonly end: Record<string, string>;
}

const running = new WeakMap<Element, Running>();

/**
 * Takes `el` to `target`: jumps for the settings that cannot glide, glides the others over
 * STEP_SECONDS (or jumps, for a reader who prefers reduced motion). A new move of the same
 * element takes over from wherever the previous one had got to (what the new one does not set
 * lands where the old one was going). Should a halfway value be refused by the widget (a message
 * appears), the move finishes at once rather than flash it.
 */
export function moveTo(el: Settable, target: Readonly<Record<string, string>>): void {
  const previous = running.get(el);
  if (previous) {
    previous.stop();
    running.delete(el);
    const rest = Object.fromEntries(Object.entries(previous.end).filter(([k]) => !(k in target)));
    if (Object.keys(rest).length) el.applySettings(rest, 'lesson');
  }
  const move = planMove(el.localName, el.settings(), target);
  if (Object.keys(move.jump).length) el.applySettings(move.jump, 'lesson');
  if (move.glide.size === 0) return;
  const messages = el.messages.length;
  let off: (() => void) | undefined;
  const stop = (): void => {
    off?.();
    off = undefined;
    if (running.get(el)?.stop === stop) running.delete(el);
  };
  const frame = (k: number): void => {
    const at: Record<string, string> = {};
    for (const [key, f] of move.glide) at[key] = f(k);
    el.applySettings(at, 'lesson');
    if (k < 1 && el.messages.length > messages) {
      stop();
      el.applySettings(move.end, 'lesson');
    }
  };
  running.set(el, { stop, end: move.end });
  runMotion(
    timeline(STEP_SECONDS, frame),
    (step) => {
      off = frameScheduler().subscribe((dt) => {
        if (!step(dt)) stop();
      });
    },
    stop,
  );
}

/** True while a step glides `el` (for tests and for callers that set the widget themselves). */
export function moving(el: Element): boolean {
  return running.has(el);
}
