/**
 * Ready-made data sets for the data editor: seeded generators (the same points on every device)
 * and real data sets converted at build time (`src/datasets`), each loaded only when picked.
 * A widget lists the ids that suit it.
 */
import { blobs, moons, noisyLine } from '../../math/ml/generators';
import type { Point } from '../../math/ml/points';

export interface Preset {
  readonly id: string;
  readonly label: string;
  load(): Promise<Point[]>;
}

const anscombe = (k: number): Preset => ({
  id: `anscombe-${k + 1}`,
  label: `Anscombe's quartet ${['I', 'II', 'III', 'IV'][k]}`,
  load: async () =>
    (await import('virtual:lumen-data/anscombe')).default[k]!.map(([x, y]) => ({ x, y, label: 0 })),
});

/** Iris petals (length, width in cm); `pair` keeps two species as classes 0 and 1. */
const iris = (id: string, label: string, keep: readonly number[]): Preset => ({
  id,
  label,
  load: async () =>
    (await import('virtual:lumen-data/iris')).default.rows
      .filter((r) => keep.includes(r[4] as number))
      .map((r) => ({ x: r[2] as number, y: r[3] as number, label: keep.indexOf(r[4] as number) })),
});

export const PRESETS: Readonly<Record<string, Preset>> = Object.fromEntries(
  [
    { id: 'line', label: 'Noisy line (30 points)', load: async () => noisyLine(30, 1) },
    { id: 'line-small', label: 'Noisy line (12 points)', load: async () => noisyLine(12, 4, 0.8, 1, 1.5) },
    { id: 'line-big', label: 'Noisy line (10,000 points)', load: async () => noisyLine(10_000, 2) },
    { id: 'blobs', label: 'Two blobs', load: async () => blobs(60, 1, 2, 1.1) },
    { id: 'blobs-apart', label: 'Two blobs, far apart (separable)', load: async () => blobs(40, 2, 2, 0.45) },
    { id: 'blobs-3', label: 'Three blobs', load: async () => blobs(90, 3, 3, 0.8) },
    { id: 'moons', label: 'Two moons', load: async () => moons(100, 1) },
    anscombe(0),
    anscombe(1),
    anscombe(2),
    anscombe(3),
    iris('iris', 'Iris petals, 3 species', [0, 1, 2]),
    iris('iris-2', 'Iris petals: versicolor vs virginica', [1, 2]),
  ].map((p) => [p.id, p]),
);
