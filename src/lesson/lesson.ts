/**
 * One lesson file → a checked, rendered lesson. `compileLesson` returns every problem it found;
 * `parseLesson` throws them as one `LessonBuildError` (what the build uses).
 *
 * @example
 * const lesson = parseLesson('lessons/linear-algebra/02-matrices-are-transformations.md', text);
 * lesson.html; // the body: prose, KaTeX, <lumen-plane …>, step markers
 */
import { lessonByNumber, type CurriculumLesson } from './curriculum';
import { envFor, newContext, type StepUse, type WidgetUse } from './context';
import {
  OWN_FIELDS,
  parseFrontMatter,
  parseLessonPath,
  parseOwnFrontMatter,
  splitFrontMatter,
  type FrontMatter,
  type OwnFrontMatter,
  type SplitLesson,
} from './front-matter';
import { lessonMarkdown } from './markdown';
import { LessonBuildError, type LessonProblem } from './problems';
import { countProseWords, readingMinutes } from './reading-time';

export const MIN_STEPS = 3;
export const MAX_STEPS = 8;

/** What every lesson has, in the curriculum or not. */
export interface LessonBody {
  readonly file: string;
  /** The rendered body (goes inside `<article class="lesson-body">`). */
  readonly html: string;
  readonly words: number;
  readonly minutes: number;
  readonly widgets: readonly WidgetUse[];
  readonly steps: readonly StepUse[];
}

export interface Lesson extends LessonBody {
  readonly meta: FrontMatter;
  readonly entry: CurriculumLesson;
}

/** A lesson outside the curriculum (`lumen build <folder>`): any file name, looser front matter. */
export interface OwnLesson extends LessonBody {
  readonly meta: OwnFrontMatter;
}

/** Renders the body and checks its directives, math and steps. */
function compileBody(
  file: string,
  split: SplitLesson,
): { body: Omit<LessonBody, 'file'>; problems: LessonProblem[] } {
  const ctx = newContext(file, split.bodyLine);
  const md = lessonMarkdown();
  const env = envFor(ctx);
  const tokens = md.parse(split.body, env);
  const html = md.renderer.render(tokens, md.options, env);

  const steps = ctx.steps;
  if (steps.length > 0 && steps.length < MIN_STEPS)
    ctx.problems.push({
      file,
      line: steps[0]!.line,
      message: `the lesson has ${steps.length} presenter step${steps.length === 1 ? '' : 's'}; expected ${MIN_STEPS} to ${MAX_STEPS} (or none)`,
    });
  if (steps.length > MAX_STEPS)
    ctx.problems.push({
      file,
      line: steps[MAX_STEPS]!.line,
      message: `the lesson has ${steps.length} presenter steps; expected at most ${MAX_STEPS}`,
    });
  const words = countProseWords(tokens);
  return {
    body: { html, words, minutes: readingMinutes(words), widgets: ctx.widgets, steps },
    problems: ctx.problems,
  };
}

export function compileLesson(
  file: string,
  source: string,
): { lesson: Lesson | undefined; problems: LessonProblem[] } {
  const text = source.replace(/\r\n?/g, '\n');
  const path = parseLessonPath(file);
  if (!path)
    return {
      lesson: undefined,
      problems: [
        {
          file,
          line: 1,
          message:
            'a lesson file must be named lessons/<track>/<nn>-<slug>.md; expected e.g. lessons/linear-algebra/02-matrices-are-transformations.md',
        },
      ],
    };
  const split = splitFrontMatter(file, text);
  if (!split.ok) return { lesson: undefined, problems: [split.problem] };
  const front = parseFrontMatter(file, split.value);

  const body = compileBody(file, split.value);
  const problems = [...front.problems, ...body.problems].sort((a, b) => a.line - b.line);
  const entry = front.value ? lessonByNumber(front.value.order) : undefined;
  if (problems.length > 0 || !front.value || !entry) return { lesson: undefined, problems };
  return { lesson: { file, meta: front.value, entry, ...body.body }, problems };
}

/** A lesson outside the curriculum: `file` is only used in messages (any name ending in .md). */
export function compileOwnLesson(
  file: string,
  source: string,
): { lesson: OwnLesson | undefined; problems: LessonProblem[] } {
  const text = source.replace(/\r\n?/g, '\n');
  const split = splitFrontMatter(file, text, OWN_FIELDS);
  if (!split.ok) return { lesson: undefined, problems: [split.problem] };
  const front = parseOwnFrontMatter(file, split.value);
  const body = compileBody(file, split.value);
  const problems = [...front.problems, ...body.problems].sort((a, b) => a.line - b.line);
  if (problems.length > 0 || !front.value) return { lesson: undefined, problems };
  return { lesson: { file, meta: front.value, ...body.body }, problems };
}

export function parseLesson(file: string, source: string): Lesson {
  const { lesson, problems } = compileLesson(file, source);
  if (!lesson) throw new LessonBuildError(problems);
  return lesson;
}
