/** `lumen`'s command line: what it accepts, and a clear message for everything else. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_TITLE, parseArgs } from '../../src/cli/args';
import { outDirProblem } from '../../src/cli/out-dir';

describe('parseArgs', () => {
  test('build with a folder and --out, in either spelling, title optional', () => {
    expect(parseArgs(['build', 'my-lessons', '--out', 'site'])).toEqual({
      kind: 'build',
      folder: 'my-lessons',
      out: 'site',
      title: DEFAULT_TITLE,
    });
    expect(parseArgs(['build', '--out=site', 'my-lessons', '--title', 'Ms Rivera: vectors'])).toEqual({
      kind: 'build',
      folder: 'my-lessons',
      out: 'site',
      title: 'Ms Rivera: vectors',
    });
  });

  test('help and version anywhere', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['build', 'x', '-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });

  test.each([
    [[], 'no command given; expected "lumen build <folder> --out <dir>"'],
    [['serve', 'x'], 'unknown command "serve"; expected "build"'],
    [['--out', 'x'], 'unknown option "--out"; expected a command first: "lumen build <folder> --out <dir>"'],
    [['build', 'x', '--out', 'y', '--watch'], 'unknown option "--watch"; expected --out or --title'],
    [['build', 'x', '--outdir=y'], 'unknown option "--outdir"; expected --out or --title'],
    [['build', 'x', '--out'], '--out needs a value; expected --out <dir>'],
    [['build', 'x', '--out', '--title', 't'], '--out needs a value; expected --out <dir>'],
    [['build', 'x', '--title='], '--title needs a value; expected --title <text>'],
    [['build', 'x', '--out', 'a', '--out', 'b'], '--out is given twice; expected it once'],
    [['build', '--out', 'a'], 'no lesson folder given; expected "lumen build <folder> --out <dir>"'],
    [['build', 'a', 'b', '--out', 'c'], 'one lesson folder expected, got 2 ("a", "b")'],
    [['build', 'a'], 'missing --out <dir>: where the site should go'],
  ])('%j → %s', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'error', message });
  });
});

describe('outDirProblem: --out is emptied, so it must be a folder of its own', () => {
  const cwd = '/home/t';
  test('a new folder, an empty one, or an earlier build is fine', () => {
    expect(outDirProblem('/home/t/lessons', '/home/t/site', cwd, undefined, 'site')).toBeUndefined();
    expect(outDirProblem('/home/t/lessons', '/home/t/site', cwd, [], 'site')).toBeUndefined();
    expect(
      outDirProblem(
        '/home/t/lessons',
        '/home/t/lessons/site',
        cwd,
        ['index.html', 'embed.html', 'assets'],
        'x',
      ),
    ).toBeUndefined();
  });
  test('the lesson folder, a folder above it, the current folder or a foreign folder are refused', () => {
    expect(outDirProblem('/home/t/lessons', '/home/t/lessons', cwd, ['a.md'], 'lessons')).toMatch(
      /^--out lessons holds the lesson folder/,
    );
    expect(outDirProblem('/home/t/lessons', '/home', cwd, ['t'], '/home')).toMatch(/holds the lesson folder/);
    expect(outDirProblem('/tmp/l', '/home/t', cwd, ['x'], '.')).toMatch(/^--out \. holds the current folder/);
    expect(outDirProblem('/home/t/lessons', '/home/t/docs', cwd, ['notes.txt'], 'docs')).toBe(
      '--out docs is not empty and is not an earlier Lumen build, and building empties it first; expected a new or empty folder',
    );
  });
});
