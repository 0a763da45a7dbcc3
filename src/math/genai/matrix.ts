/**
 * Small dense matrices as arrays of rows, for the attention lesson's matrices (a few words by a
 * few dimensions), with shape errors as sentences a learner can act on.
 */
export type Matrix = readonly (readonly number[])[];
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function shape(m: Matrix): [number, number] {
  return [m.length, m[0]?.length ?? 0];
}

export function shapeText(m: Matrix): string {
  const [r, c] = shape(m);
  return `${r}×${c}`;
}

export function transpose(m: Matrix): number[][] {
  const [r, c] = shape(m);
  return Array.from({ length: c }, (_, j) => Array.from({ length: r }, (_, i) => m[i]![j]!));
}

/** A·B, or a message naming both shapes when the inner sizes differ. */
export function matmul(a: Matrix, b: Matrix, names: [string, string] = ['A', 'B']): Result<number[][]> {
  const [ar, ac] = shape(a);
  const [br, bc] = shape(b);
  if (ac !== br)
    return {
      ok: false,
      error: `${names[0]} is ${ar}×${ac} and ${names[1]} is ${br}×${bc}: ${names[0]}${names[1]} needs ${names[0]}’s ${ac} columns to match ${names[1]}’s ${br} rows.`,
    };
  const out = Array.from({ length: ar }, () => new Array<number>(bc).fill(0));
  for (let i = 0; i < ar; i++)
    for (let k = 0; k < ac; k++) {
      const x = a[i]![k]!;
      for (let j = 0; j < bc; j++) out[i]![j]! += x * b[k]![j]!;
    }
  return { ok: true, value: out };
}

/**
 * Reads "1 0; 0 1" (rows separated by `;`, entries by spaces or commas) into a matrix; every row
 * must have the same length and every entry must be a finite number within ±`limit`.
 */
export function parseRows(text: string, limit = 100): Result<number[][]> {
  const rows = text.split(';').map((r) => r.trim());
  // One trailing ";" is forgiven; an empty row anywhere else is a mistake worth naming.
  if (rows.length > 1 && rows[rows.length - 1] === '') rows.pop();
  if (rows.length === 1 && rows[0] === '')
    return { ok: false, error: 'expected rows of numbers separated by “;”, like "1 0; 0 1"' };
  const empty = rows.findIndex((r) => r.length === 0);
  if (empty >= 0) return { ok: false, error: `row ${empty + 1} is empty: every row needs its numbers` };
  const out: number[][] = [];
  for (const [i, r] of rows.entries()) {
    const cells = r.split(/[\s,]+/).filter((c) => c.length > 0);
    const nums = cells.map((c) => (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(c) ? Number(c) : NaN));
    const bad = cells.find((_, k) => !Number.isFinite(nums[k]!) || Math.abs(nums[k]!) > limit);
    if (bad !== undefined)
      return { ok: false, error: `row ${i + 1}: “${bad}” is not a number within ±${limit}` };
    if (out.length > 0 && nums.length !== out[0]!.length)
      return {
        ok: false,
        error: `row ${i + 1} has ${nums.length} numbers but row 1 has ${out[0]!.length}: every row needs the same length`,
      };
    out.push(nums);
  }
  return { ok: true, value: out };
}
