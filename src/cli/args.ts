/**
 * The command line of `lumen`, parsed without a library: one command (`build`), its folder, and
 * a few flags. Pure, so every wrong spelling is unit tested; `main.ts` does the work.
 */

export const USAGE = `Usage: lumen build <folder> --out <dir> [--title <text>]

Builds a static site of the Markdown lessons in <folder> (and its sub-folders) into <dir>:
a home page listing them, one page per lesson, Lumen's widgets and embed.js.

  <folder>          the lessons: .md files with front matter title, summary, aha
                    (required) and track, order (optional)
  --out <dir>       where the site goes; emptied first, so a new folder or an earlier build
  --title <text>    the site's name on every page (default: "Lessons")
  -h, --help        this help
  -v, --version     Lumen's version

Example: npx lumen build my-lessons --out my-site`;

export const DEFAULT_TITLE = 'Lessons';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'build'; readonly folder: string; readonly out: string; readonly title: string }
  | { readonly kind: 'error'; readonly message: string };

const VALUE_FLAGS = ['--out', '--title'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0)
    return { kind: 'error', message: 'no command given; expected "lumen build <folder> --out <dir>"' };
  if (argv.some((a) => a === '-h' || a === '--help') || argv[0] === 'help') return { kind: 'help' };
  if (argv.some((a) => a === '-v' || a === '--version')) return { kind: 'version' };
  const [command, ...rest] = argv as [string, ...string[]];
  if (command !== 'build')
    return {
      kind: 'error',
      message: command.startsWith('-')
        ? `unknown option ${JSON.stringify(command)}; expected a command first: "lumen build <folder> --out <dir>"`
        : `unknown command ${JSON.stringify(command)}; expected "build"`,
    };

  const values: Partial<Record<ValueFlag, string>> = {};
  const folders: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('-') || arg === '-') {
      folders.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!(VALUE_FLAGS as readonly string[]).includes(name))
      return { kind: 'error', message: `unknown option ${JSON.stringify(name)}; expected --out or --title` };
    const flag = name as ValueFlag;
    if (values[flag] !== undefined)
      return { kind: 'error', message: `${flag} is given twice; expected it once` };
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value.trim() === '' || (eq < 0 && value.startsWith('--')))
      return {
        kind: 'error',
        message: `${flag} needs a value; expected ${flag === '--out' ? '--out <dir>' : '--title <text>'}`,
      };
    values[flag] = value;
  }
  if (folders.length === 0)
    return { kind: 'error', message: 'no lesson folder given; expected "lumen build <folder> --out <dir>"' };
  if (folders.length > 1)
    return {
      kind: 'error',
      message: `one lesson folder expected, got ${folders.length} (${folders.map((f) => JSON.stringify(f)).join(', ')})`,
    };
  if (values['--out'] === undefined)
    return { kind: 'error', message: 'missing --out <dir>: where the site should go' };
  return {
    kind: 'build',
    folder: folders[0] as string,
    out: values['--out'],
    title: (values['--title'] ?? DEFAULT_TITLE).trim(),
  };
}
