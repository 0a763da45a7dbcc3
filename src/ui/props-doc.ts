/**
 * The Markdown table documenting a property table (name, type, range, default, meaning). The
 * README embeds one per widget; a unit test keeps them identical to the code.
 */
import { toKebab, type PropTable } from './props';

/** Said of a lesson-authored prop in the "accepts" column. */
const AUTHORED_NOTE = '; not from the page URL';

export function propsMarkdownTable(table: PropTable): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const rows = Object.entries(table).map(
    ([key, p]) =>
      `| \`${toKebab(key)}\` | ${cell(p.type)} | ${cell(p.range)}${p.authored ? AUTHORED_NOTE : ''} | \`${cell(p.format(p.default))}\` | ${cell(p.doc)} |`,
  );
  return [
    '| attribute | type | accepts | default | what it does |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
