/**
 * Finds and reads the lesson sources on disk (Node only): every `.md` file under `lessons/`.
 * A Markdown file there that is not a proper lesson is a build error, not something skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { LessonSource } from './site-pages';

export const LESSONS_DIR = 'lessons';

/** Absolute paths of all `.md` files under `<root>/lessons`, sorted. */
export function findLessonFiles(root: string): string[] {
  const dir = join(root, LESSONS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.md'))
    .map((n) => join(dir, n))
    .sort();
}

export function readLessonSources(root: string): LessonSource[] {
  return findLessonFiles(root).map((abs) => ({
    file: relative(root, abs).split(sep).join('/'),
    text: readFileSync(abs, 'utf8'),
  }));
}
