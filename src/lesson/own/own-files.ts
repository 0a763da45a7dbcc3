/**
 * Finds and reads the lessons of a folder outside this repository (Node only): every `.md` file
 * under it, in sub-folders too, except inside `node_modules`, dot-folders and the `skip` folders
 * (the build's output when it sits inside the lesson folder).
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { OwnLessonSource } from './own-site';

const toSlash = (p: string): string => p.split(sep).join('/');

/** Paths relative to `dir` (with `/`) of the lesson files, sorted. */
export function findOwnLessonFiles(dir: string, skip: readonly string[] = []): string[] {
  const skipped = new Set(skip.map((s) => resolve(s)));
  const out: string[] = [];
  const walk = (abs: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(abs, e.name);
      if (e.isDirectory()) {
        if (e.name === 'node_modules' || e.name.startsWith('.') || skipped.has(full)) continue;
        walk(full);
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) out.push(toSlash(relative(dir, full)));
    }
  };
  walk(resolve(dir));
  return out.sort();
}

/** How a file is named in messages: relative to `cwd` when inside it (terminals link it), else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? toSlash(abs) : toSlash(rel);
}

export function readOwnLessonSources(
  dir: string,
  cwd: string,
  skip: readonly string[] = [],
): OwnLessonSource[] {
  const base = resolve(dir);
  return findOwnLessonFiles(base, skip).map((path) => {
    const abs = join(base, path);
    return { file: displayPath(abs, cwd), path, text: readFileSync(abs, 'utf8') };
  });
}
