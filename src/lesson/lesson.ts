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
import { parseFrontMatter, parseLessonPath, splitFrontMatter, type FrontMatter } from './front-matter';
import { lessonMarkdown } from './markdown';
import { LessonBuildError, type LessonProblem } from './problems';
import { countProseWords, readingMinutes } from './reading-time';

export const MIN_STEPS = 3;
export const MAX_STEPS = 8;

export interface Lesson {
  readonly file: string;
  readonly meta: FrontMatter;
  readonly entry: CurriculumLesson;
  /** The rendered body (goes inside `<article class="lesson-body">`). */
  readonly html: string;
  readonly words: number;
  readonly minutes: number;
  readonly widgets: readonly WidgetUse[];
  readonly steps: readonly StepUse[];
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

  const ctx = newContext(file, split.value.bodyLine);
  const md = lessonMarkdown();
  const env = envFor(ctx);
  const tokens = md.parse(split.value.body, env);
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

  const problems = [...front.problems, ...ctx.problems].sort((a, b) => a.line - b.line);
  const entry = front.value ? lessonByNumber(front.value.order) : undefined;
  if (problems.length > 0 || !front.value || !entry) return { lesson: undefined, problems };
  const words = countProseWords(tokens);
  return {
    lesson: {
      file,
      meta: front.value,
      entry,
      html,
      words,
      minutes: readingMinutes(words),
      widgets: ctx.widgets,
      steps,
    },
    problems,
  };
}

export function parseLesson(file: string, source: string): Lesson {
  const { lesson, problems } = compileLesson(file, source);
  if (!lesson) throw new LessonBuildError(problems);
  return lesson;
}
