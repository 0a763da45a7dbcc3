/**
 * What the Markdown plugins share while one lesson is parsed: where its body starts in the file,
 * the problems found so far, and the widgets and steps defined so far (a step may only target a
 * widget defined above it). One context per lesson, passed through markdown-it's `env`.
 */
import type { Env } from 'markdown-it';
import type { LessonProblem } from './problems';

export interface WidgetUse {
  readonly id: string;
  /** Directive name, e.g. `plane`. */
  readonly name: string;
  /** 1-based file line. */
  readonly line: number;
  /** Whether it asks for a guess (a `:::reveal` may be bound to it). */
  readonly predict: boolean;
}

export interface StepUse {
  readonly n: number;
  readonly target: string;
  readonly title: string;
  /** Kebab-case setting names → the text written in the lesson; what `applySettings` receives. */
  readonly settings: Readonly<Record<string, string>>;
  readonly line: number;
  /** Speaker notes (plain text, whitespace collapsed), for the presenter window only. */
  readonly notes?: string;
}

export interface LessonContext {
  readonly file: string;
  /** 1-based file line of the body's first line (markdown-it counts body lines from 0). */
  readonly bodyLine: number;
  readonly problems: LessonProblem[];
  readonly widgets: WidgetUse[];
  readonly steps: StepUse[];
  /** `::practice` blocks: their ids share the page with the widgets'. */
  readonly practices: { readonly id: string; readonly line: number }[];
  /** Body line (0-based) of the inline token being parsed; set by the inline core rule. */
  inlineLine: number;
}

const KEY = 'lumenLesson';

export function newContext(file: string, bodyLine: number): LessonContext {
  return { file, bodyLine, problems: [], widgets: [], steps: [], practices: [], inlineLine: 0 };
}

export function envFor(ctx: LessonContext): Env {
  return { [KEY]: ctx };
}

export function contextOf(env: Env): LessonContext {
  const ctx = env[KEY] as LessonContext | undefined;
  if (!ctx) throw new Error('lesson Markdown rendered without a lesson context');
  return ctx;
}

/** Records a problem at a 0-based body line. */
export function report(ctx: LessonContext, bodyLine0: number, message: string): void {
  ctx.problems.push({ file: ctx.file, line: ctx.bodyLine + bodyLine0, message });
}

export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
