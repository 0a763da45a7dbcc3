/**
 * The site of lessons outside the curriculum (`lumen build <folder>`): the lessons of a folder,
 * ordered by `order` then file name, grouped by `track` (missing: one "Lessons" group), each
 * group's lessons numbered on from the previous group's. Pure (no file system, no Vite), like
 * site-pages.ts, whose lesson engine, page markup and embed page it shares.
 */
import { THEME_BOOT_SCRIPT } from '../../ui/shell/theme-boot';
import { compileOwnLesson, type OwnLesson } from '../lesson';
import { LessonBuildError, type LessonProblem } from '../problems';
import type { PageFile, SiteAssets } from '../templates/assets';
import { embedPage } from '../templates/embed-page';
import { PRESENTER_PAGE, presenterPage } from '../templates/presenter-page';
import { lessonPageHtml, type LessonPageView } from '../templates/lesson-page';
import { ownPagePath, pageHref } from './links';
import { OWN_FOOTER_LEAD, ownHomePage } from './own-home-page';

export interface OwnLessonSource {
  /** The path shown in build errors (relative to where the command runs), e.g. `my-lessons/a.md`. */
  readonly file: string;
  /** The path inside the lesson folder with forward slashes, e.g. `vectors/intro.md`. */
  readonly path: string;
  readonly text: string;
}

export const DEFAULT_GROUP = 'Lessons';

export interface PlacedLesson {
  readonly lesson: OwnLesson;
  /** 1-based, in site order. */
  readonly number: number;
  /** Page path inside the output folder, e.g. `lessons/vectors/intro.html`. */
  readonly page: string;
}

export interface LessonGroup {
  readonly title: string;
  /** Id of the group's section on the home page. */
  readonly id: string;
  readonly lessons: readonly PlacedLesson[];
}

export interface OwnSite {
  readonly title: string;
  readonly groups: readonly LessonGroup[];
}

const byName = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** Lessons with an `order` first (ascending), then the others; ties by file path ("lesson-2" < "lesson-10"). */
export function compareLessons(
  a: { order: number | undefined; path: string },
  b: { order: number | undefined; path: string },
): number {
  const oa = a.order ?? Infinity;
  const ob = b.order ?? Infinity;
  return oa !== ob ? (oa < ob ? -1 : 1) : byName(a.path, b.path);
}

function slugId(title: string, taken: Set<string>): string {
  const base = `track-${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'lessons'
  }`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Orders, groups and numbers compiled lessons; `paths` maps each lesson's file to its folder path. */
export function arrangeSite(title: string, lessons: readonly { lesson: OwnLesson; path: string }[]): OwnSite {
  const sorted = [...lessons].sort((a, b) =>
    compareLessons(
      { order: a.lesson.meta.order, path: a.path },
      { order: b.lesson.meta.order, path: b.path },
    ),
  );
  const groups = new Map<string, { lesson: OwnLesson; path: string }[]>();
  for (const l of sorted) {
    const key = l.lesson.meta.track ?? DEFAULT_GROUP;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const ids = new Set<string>();
  let number = 0;
  return {
    title,
    groups: [...groups].map(([group, members]) => ({
      title: group,
      id: slugId(group, ids),
      lessons: members.map((m) => ({ lesson: m.lesson, number: ++number, page: ownPagePath(m.path) })),
    })),
  };
}

/** Compiles every lesson, gathering all problems before failing (one build lists them all). */
export function compileOwnSite(title: string, sources: readonly OwnLessonSource[]): OwnSite {
  const problems: LessonProblem[] = [];
  const lessons: { lesson: OwnLesson; path: string }[] = [];
  for (const s of [...sources].sort((a, b) => byName(a.path, b.path))) {
    const r = compileOwnLesson(s.file, s.text);
    problems.push(...r.problems);
    if (r.lesson) lessons.push({ lesson: r.lesson, path: s.path });
  }
  if (problems.length > 0) throw new LessonBuildError(problems);
  return arrangeSite(title, lessons);
}

function view(
  site: OwnSite,
  group: LessonGroup,
  at: PlacedLesson,
  all: readonly PlacedLesson[],
): LessonPageView {
  const root = '../'.repeat(at.page.split('/').length - 1);
  const i = all.indexOf(at);
  const link = (p: PlacedLesson | undefined): { title: string; href: string } | undefined =>
    p && { title: p.lesson.meta.title, href: pageHref(at.page, p.page) };
  return {
    root,
    pageTitle: `${at.lesson.meta.title} · ${site.title}`,
    trackTitle: group.title,
    // "Lessons lessons" for the default group otherwise.
    tocLabel: group.title === DEFAULT_GROUP ? DEFAULT_GROUP : `${group.title} lessons`,
    trackHref: `index.html#${group.id}`,
    number: at.number,
    tocStart: group.lessons[0]?.number ?? 1,
    toc: group.lessons.map((p) => ({
      title: p.lesson.meta.title,
      href: pageHref(at.page, p.page),
      current: p === at,
    })),
    prev: link(all[i - 1]),
    next: link(all[i + 1]),
    brand: site.title,
    footerLead: OWN_FOOTER_LEAD,
  };
}

/**
 * index.html, one page per lesson, embed.html (so the site's widgets embed like Lumen's) and
 * presenter.html (the speaker view a teacher opens from presenter mode).
 */
export function ownSitePages(
  site: OwnSite,
  assets: SiteAssets,
  bootScript: string = THEME_BOOT_SCRIPT,
): PageFile[] {
  const all = site.groups.flatMap((g) => g.lessons);
  return [
    { fileName: 'index.html', source: ownHomePage(site, assets, bootScript) },
    ...site.groups.flatMap((g) =>
      g.lessons.map((p) => ({
        fileName: p.page,
        source: lessonPageHtml(p.lesson, view(site, g, p, all), assets, bootScript),
      })),
    ),
    { fileName: 'embed.html', source: embedPage(assets) },
    { fileName: PRESENTER_PAGE, source: presenterPage(assets, bootScript) },
  ];
}

/** The pages of a site from the lesson sources (compiled first: see `compileOwnSite`). */
export function buildOwnPages(
  title: string,
  sources: readonly OwnLessonSource[],
  assets: SiteAssets,
  bootScript: string = THEME_BOOT_SCRIPT,
): PageFile[] {
  return ownSitePages(compileOwnSite(title, sources), assets, bootScript);
}
