/**
 * Whether `--out` is safe to empty: Vite removes everything in the output folder first, so it must
 * not hold the lessons or the folder the command runs in, and an existing folder must be empty or
 * an earlier Lumen build (it has `index.html` and `embed.html`). Pure: the caller lists the folder.
 */
import { relative, isAbsolute } from 'node:path';

/** True when `inner` is `outer` or inside it. */
export function isWithin(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * A message when `out` must not be emptied; undefined when it may.
 * `listing`: the names in `out`, or undefined when it does not exist yet.
 */
export function outDirProblem(
  folder: string,
  out: string,
  cwd: string,
  listing: readonly string[] | undefined,
  shown: string,
): string | undefined {
  if (isWithin(out, folder))
    return `--out ${shown} holds the lesson folder, and building empties it first; expected a folder of its own, like --out site`;
  if (isWithin(out, cwd))
    return `--out ${shown} holds the current folder, and building empties it first; expected a folder of its own, like --out site`;
  if (listing && listing.length > 0 && !(listing.includes('index.html') && listing.includes('embed.html')))
    return `--out ${shown} is not empty and is not an earlier Lumen build, and building empties it first; expected a new or empty folder`;
  return undefined;
}
