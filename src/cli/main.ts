/**
 * `lumen build <folder> --out <dir>`: checks every lesson of the folder with the lesson engine
 * first (a broken lesson fails in a second, before any bundling, with the engine's
 * `file:line: …` lines), then runs Vite's `build()` with the site's own configuration
 * (src/build/vite-config.ts) pointed at the folder. Loaded by bin/lumen.mjs; returns the exit code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { lumenConfig, PACKAGE_ROOT } from '../build/vite-config';
import { displayPath, readOwnLessonSources } from '../lesson/own/own-files';
import { compileOwnSite } from '../lesson/own/own-site';
import { LessonBuildError } from '../lesson/problems';
import { parseArgs, USAGE } from './args';
import { outDirProblem } from './out-dir';

export interface Io {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
}

function listing(dir: string): string[] | undefined {
  try {
    return readdirSync(dir);
  } catch {
    return undefined;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const cmd = parseArgs(argv);
  if (cmd.kind === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  if (cmd.kind === 'version') {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    io.out(`lumen ${pkg.version}\n`);
    return 0;
  }
  if (cmd.kind === 'error') {
    io.err(`lumen: ${cmd.message}\n\n${USAGE}\n`);
    return 2;
  }

  const folder = resolve(io.cwd, cmd.folder);
  const out = resolve(io.cwd, cmd.out);
  if (!isDirectory(folder)) {
    io.err(`lumen: ${cmd.folder} is not a folder; expected the folder that holds your .md lessons\n`);
    return 1;
  }
  const outProblem = outDirProblem(folder, out, io.cwd, listing(out), displayPath(out, io.cwd));
  if (outProblem) {
    io.err(`lumen: ${outProblem}\n`);
    return 1;
  }
  const sources = readOwnLessonSources(folder, io.cwd, [out]);
  if (sources.length === 0) {
    io.err(
      `lumen: no lessons in ${displayPath(folder, io.cwd)}; expected .md files with front matter (title, summary, aha)\n`,
    );
    return 1;
  }
  let count: number;
  try {
    count = compileOwnSite(cmd.title, sources).groups.reduce((n, g) => n + g.lessons.length, 0);
  } catch (err) {
    if (!(err instanceof LessonBuildError)) throw err;
    io.err(err.message + '\n');
    return 1;
  }

  try {
    const config = lumenConfig({
      outDir: out,
      own: { dir: folder, title: cmd.title, cwd: io.cwd, skip: [out] },
    });
    // Quiet: the teacher gets one line, not Vite's chunk list (nor the gzip sizes it measures for it).
    await build({
      ...config,
      configFile: false,
      logLevel: 'error',
      build: { ...config.build, reportCompressedSize: false },
    });
  } catch (err) {
    // Vite's own message (a lesson changed between the check and the bundle, a disk error): no stack.
    io.err(`lumen: the build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const shown = displayPath(out, io.cwd);
  io.out(
    `Built ${count} lesson${count === 1 ? '' : 's'} into ${shown}/. Put that folder on any static host, or try it with: npx vite preview --outDir ${shown}\n`,
  );
  return 0;
}
