import { describe, expect, it } from 'vitest';
import { DATASET_SOURCES } from './vite-plugin';
import type { Anscombe, Iris } from './convert';
import { convertAnscombe, convertIris } from './convert';

describe('data sets converted at build time', () => {
  it("Anscombe's quartet: four sets of 11 points with the same means", () => {
    const a = DATASET_SOURCES.anscombe!() as Anscombe;
    expect(a).toHaveLength(4);
    for (const set of a) {
      expect(set).toHaveLength(11);
      expect(set.reduce((s, p) => s + p[0], 0) / 11).toBeCloseTo(9, 10);
      expect(set.reduce((s, p) => s + p[1], 0) / 11).toBeCloseTo(7.5, 2);
    }
    expect(JSON.stringify(a).length).toBeLessThan(1000);
  });

  it('Iris: 150 rows, 3 species, 50 each', () => {
    const iris = DATASET_SOURCES.iris!() as Iris;
    expect(iris.species).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(iris.rows).toHaveLength(150);
    expect(iris.rows[0]).toEqual([5.1, 3.5, 1.4, 0.2, 0]);
    expect(iris.rows.filter((r) => r[4] === 2)).toHaveLength(50);
    expect(JSON.stringify(iris).length).toBeLessThan(4000);
  });

  it('refuses malformed packages with a reason', () => {
    expect(() => convertAnscombe([[1, 2]])).toThrow(/4 data sets/);
    expect(() => convertIris([])).toThrow(/150 rows/);
  });
});
