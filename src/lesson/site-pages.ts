/**
 * The generated HTML pages of the site from the lesson sources: one page per lesson, embed.html
 * and presenter.html (index.html is vite's entry, filled by `fillHome` in templates/home-page.ts).
 * Pure (no file system, no Vite), so unit tests build the whole site in memory.
 * Problems from every lesson are gathered before failing, so one build lists them all.
 */
import { THEME_BOOT_SCRIPT } from '../ui/shell/theme-boot';
import { lessonPagePath } from './curriculum';
import { compileLesson, type Lesson } from './lesson';
import { LessonBuildError, type LessonProblem } from './problems';
import type { PageFile, SiteAssets } from './templates/assets';
import { embedPage } from './templates/embed-page';
import { lessonPage } from './templates/lesson-page';
import { PRESENTER_PAGE, presenterPage } from './templates/presenter-page';

export interface LessonSource {
  /** Repository-relative path with forward slashes, e.g. `lessons/calculus/17-the-derivative.md`. */
  readonly file: string;
  readonly text: string;
}

export function compileLessons(sources: readonly LessonSource[]): Lesson[] {
  const problems: LessonProblem[] = [];
  const lessons: Lesson[] = [];
  const byNumber = new Map<number, string>();
  for (const s of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    const r = compileLesson(s.file, s.text);
    problems.push(...r.problems);
    if (!r.lesson) continue;
    const other = byNumber.get(r.lesson.entry.number);
    if (other)
      problems.push({
        file: s.file,
        line: 1,
        message: `lesson ${r.lesson.entry.number} is also written in ${other}; expected one file per lesson`,
      });
    byNumber.set(r.lesson.entry.number, s.file);
    lessons.push(r.lesson);
  }
  if (problems.length > 0) throw new LessonBuildError(problems);
  return lessons.sort((a, b) => a.entry.number - b.entry.number);
}

/** The written lessons by curriculum number. */
export function writtenLessons(lessons: readonly Lesson[]): ReadonlyMap<number, Lesson> {
  return new Map(lessons.map((l) => [l.entry.number, l] as const));
}

export function buildPages(
  sources: readonly LessonSource[],
  assets: SiteAssets,
  bootScript: string = THEME_BOOT_SCRIPT,
): PageFile[] {
  return sitePages(compileLessons(sources), assets, bootScript);
}

/** The pages of lessons already compiled. */
export function sitePages(
  lessons: readonly Lesson[],
  assets: SiteAssets,
  bootScript: string = THEME_BOOT_SCRIPT,
): PageFile[] {
  const written = writtenLessons(lessons);
  return [
    ...lessons.map((l) => ({
      fileName: lessonPagePath(l.entry),
      source: lessonPage(l, written, assets, bootScript),
    })),
    { fileName: 'embed.html', source: embedPage(assets) },
    { fileName: PRESENTER_PAGE, source: presenterPage(assets, bootScript) },
  ];
}
