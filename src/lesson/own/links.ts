/** Page paths and links of a site of own lessons (pure string work on `/` paths). */
import { posix } from 'node:path';

/** `lessons/<path without .md>.html`: pages never collide with index.html, embed.html or assets/. */
export function ownPagePath(path: string): string {
  return `lessons/${path.replace(/\.md$/i, '')}.html`;
}

/** A URL from one page of the site to another, each path segment percent-encoded. */
export function pageHref(fromPage: string, toPage: string): string {
  const rel = posix.relative(posix.dirname(fromPage), toPage);
  return rel
    .split('/')
    .map((s) => (s === '..' ? s : encodeURIComponent(s)))
    .join('/');
}
