/**
 * Build-time conversion of the real data sets shipped from the npm registry (dev dependencies)
 * into the compact form the widgets load: plain number arrays, a few kilobytes, in their own
 * chunk that a page downloads only when the learner picks that data set. Pure; runs in Node
 * inside the vite plugin and in the unit tests.
 */

/** Anscombe's quartet: four data sets of 11 (x, y) pairs with the same means, variances and fit. */
export type Anscombe = readonly (readonly (readonly [number, number])[])[];

/** Iris: 150 flowers, four measurements in cm and the species number (0 setosa, 1 versicolor, 2 virginica). */
export interface Iris {
  readonly features: readonly ['sepal length', 'sepal width', 'petal length', 'petal width'];
  readonly species: readonly string[];
  /** Rows of [sepal length, sepal width, petal length, petal width, species number]. */
  readonly rows: readonly (readonly number[])[];
}

export function convertAnscombe(raw: unknown): Anscombe {
  if (!Array.isArray(raw) || raw.length !== 4) throw new Error('Anscombe: expected 4 data sets');
  return raw.map((set: unknown, k) => {
    if (!Array.isArray(set) || set.length !== 11)
      throw new Error(`Anscombe: set ${k + 1} should have 11 points`);
    return set.map((p: unknown) => {
      if (!Array.isArray(p) || p.length !== 2 || !p.every((v) => typeof v === 'number' && Number.isFinite(v)))
        throw new Error(`Anscombe: set ${k + 1} has a point that is not two numbers`);
      return [p[0] as number, p[1] as number] as const;
    });
  });
}

export function convertIris(rows: unknown): Iris {
  if (!Array.isArray(rows) || rows.length !== 150) throw new Error('Iris: expected 150 rows');
  const species: string[] = [];
  const out = rows.map((r: unknown, i) => {
    if (!Array.isArray(r) || r.length !== 5) throw new Error(`Iris: row ${i + 1} should have 5 fields`);
    const name = String(r[4]);
    let k = species.indexOf(name);
    if (k < 0) k = species.push(name) - 1;
    const nums = r.slice(0, 4).map(Number);
    if (!nums.every(Number.isFinite))
      throw new Error(`Iris: row ${i + 1} has a measurement that is not a number`);
    return [...nums, k];
  });
  if (species.length !== 3) throw new Error('Iris: expected 3 species');
  return { features: ['sepal length', 'sepal width', 'petal length', 'petal width'], species, rows: out };
}
