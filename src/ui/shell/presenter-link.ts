/**
 * The messages between a lesson page in presenter mode (the projected page) and its presenter
 * window (the teacher's laptop), over a BroadcastChannel named after the lesson, so two lessons
 * presented at once do not mix. Either side may send at any time, so every message is read
 * defensively: anything not exactly of this shape is ignored.
 */

/** What the presenter window shows: the lesson page's current step. */
export interface StepView {
  /** Whether the lesson page is presenting (false: it left presenter mode). */
  readonly active: boolean;
  /** 1-based. */
  readonly step: number;
  readonly count: number;
  readonly title: string;
  /** Speaker notes of the step ('' when it has none). */
  readonly notes: string;
  /** The next step's title, or null at the last step. */
  readonly next: string | null;
  /** The lesson's title. */
  readonly lesson: string;
}

export type Move = 'next' | 'previous' | 'first' | 'last';

export type LinkMessage =
  | { readonly kind: 'state'; readonly view: StepView }
  | { readonly kind: 'hello' }
  | { readonly kind: 'go'; readonly to: Move }
  | { readonly kind: 'bye' };

const MOVES: readonly string[] = ['next', 'previous', 'first', 'last'];

/** The channel of the lesson at `path` (a URL path on this origin). */
export function channelName(path: string): string {
  return `lumen-presenter:${path}`;
}

function isText(x: unknown, max = 2000): x is string {
  return typeof x === 'string' && x.length <= max;
}

function readView(v: unknown): StepView | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  const { active, step, count, title, notes, next, lesson } = o;
  if (typeof active !== 'boolean') return undefined;
  if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > 100) return undefined;
  if (!Number.isInteger(step) || (step as number) < 1 || (step as number) > (count as number))
    return undefined;
  if (!isText(title) || !isText(notes) || !isText(lesson)) return undefined;
  if (next !== null && !isText(next)) return undefined;
  return {
    active,
    step: step as number,
    count: count as number,
    title,
    notes,
    next: next as string | null,
    lesson,
  };
}

/** The message in `data`, or undefined when it is not one of ours. */
export function readMessage(data: unknown): LinkMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const o = data as Record<string, unknown>;
  switch (o.kind) {
    case 'hello':
    case 'bye':
      return { kind: o.kind };
    case 'go':
      return typeof o.to === 'string' && MOVES.includes(o.to) ? { kind: 'go', to: o.to as Move } : undefined;
    case 'state': {
      const view = readView(o.view);
      return view ? { kind: 'state', view } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The lesson a presenter window follows, from its `?lesson=` parameter: a path on this origin
 * ending in .html, else undefined (the window then says how it is meant to be opened).
 */
export function lessonPathParam(text: string | null): string | undefined {
  if (!text || text.length > 500 || !/^\/[^\s?#]*\.html$/.test(text) || text.includes('//')) return undefined;
  return text;
}

/** "12:05" (minutes may pass 59: a lesson is not a film). */
export function clockText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
