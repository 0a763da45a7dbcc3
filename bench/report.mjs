/** Prints benchmark figures as an aligned table: name, value, target, PASS/MISS, note. */

export function printTable(figures) {
  const rows = figures.map((f) => [
    f.name,
    `${f.value} ${f.unit}`,
    f.target === null ? '' : `${f.higherIsBetter ? '>=' : '<='} ${f.target} ${f.unit}`,
    f.status,
    f.note ?? '',
  ]);
  const head = ['figure', 'value', 'target', '', 'note'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
