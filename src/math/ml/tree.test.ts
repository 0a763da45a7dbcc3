import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entropy, gini } from './impurity';
import {
  accuracy,
  bestSplit,
  candidates,
  growTree,
  leafBoxes,
  predict,
  trainTestSplit,
  type Labelled,
} from './tree';
import { PLAY_TENNIS, formatTable, growId3, parseTable, predictId3 } from './id3';
import { createRandom } from '../random';

describe('impurity', () => {
  it('known values', () => {
    expect(gini([5, 5])).toBe(0.5);
    expect(gini([10, 0])).toBe(0);
    expect(entropy([5, 5])).toBe(1);
    expect(entropy([9, 5])).toBeCloseTo(0.940286, 6);
    expect(gini([1, 1, 1])).toBeCloseTo(2 / 3, 12);
    expect(entropy([0, 0])).toBe(0);
  });
  it('is 0 for a pure set and at most its maximum (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 2, maxLength: 5 }), (c) => {
        const k = c.length;
        expect(gini(c)).toBeLessThanOrEqual(1 - 1 / k + 1e-12);
        expect(entropy(c)).toBeLessThanOrEqual(Math.log2(k) + 1e-12);
        expect(gini(c)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

const ds = (pts: number[][], y: number[]): Labelled => ({
  x: Float64Array.from(pts.flat()),
  d: pts[0]!.length,
  y: Int32Array.from(y),
  classes: Math.max(...y) + 1,
});

describe('numeric trees', () => {
  const data = ds(
    [
      [1, 5],
      [2, 1],
      [3, 4],
      [4, 2],
      [5, 3],
    ],
    [0, 0, 0, 1, 1],
  );
  it('every candidate threshold with its weighted impurity', () => {
    const c = candidates(data, [0, 1, 2, 3, 4], 0, 'gini');
    expect(c.map((k) => k.threshold)).toEqual([1.5, 2.5, 3.5, 4.5]);
    // x ≤ 3.5 separates the classes exactly.
    expect(c[2]!.impurity).toBe(0);
    // x ≤ 1.5: left {0}, right {0,0,1,1}: 4/5 · 0.5 = 0.4.
    expect(c[0]!.impurity).toBeCloseTo(0.4, 12);
    expect(bestSplit(data, [0, 1, 2, 3, 4], 'gini')).toMatchObject({ feature: 0, threshold: 3.5 });
  });
  it('grows to purity, predicts, and boxes tile the bounds', () => {
    const t = growTree(data, { maxDepth: 5, minSamples: 2, criterion: 'entropy' });
    expect(t.splits).toBe(1);
    expect(predict(t, [4.2, 0])).toBe(1);
    expect(accuracy(t, data)).toBe(1);
    const boxes = leafBoxes(t, [0, 6, 0, 6]);
    expect(boxes.map((b) => b.box)).toEqual([
      [0, 3.5, 0, 6],
      [3.5, 6, 0, 6],
    ]);
  });
  it('respects max depth and min samples', () => {
    const r = createRandom(4);
    const pts: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 60; i++) {
      pts.push([r.next(), r.next()]);
      y.push(r.int(2));
    }
    const d = ds(pts, y);
    const t1 = growTree(d, { maxDepth: 1, minSamples: 2, criterion: 'gini' });
    expect(t1.splits).toBe(1);
    const deep = growTree(d, { maxDepth: 30, minSamples: 2, criterion: 'gini' });
    expect(accuracy(deep, d)).toBe(1);
    const coarse = growTree(d, { maxDepth: 30, minSamples: 20, criterion: 'gini' });
    for (const n of coarse.nodes) if (n.split) expect(n.rows.length).toBeGreaterThanOrEqual(20);
  });
  it('every split lowers the impurity and the leaves partition the rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -5, max: 5 }),
            fc.integer({ min: -5, max: 5 }),
            fc.integer({ min: 0, max: 2 }),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        fc.constantFrom('gini' as const, 'entropy' as const),
        (rows, criterion) => {
          const d = ds(
            rows.map((r) => [r[0], r[1]]),
            rows.map((r) => r[2]),
          );
          const t = growTree(d, { maxDepth: 6, minSamples: 2, criterion });
          let leafRows = 0;
          for (const n of t.nodes) {
            if (n.split) expect(n.split.gain).toBeGreaterThan(0);
            else leafRows += n.rows.length;
          }
          expect(leafRows).toBe(rows.length);
          const acc = accuracy(t, d);
          expect(acc).toBeGreaterThanOrEqual(0);
          expect(acc).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
  it('a seeded train/test split', () => {
    const r = createRandom(1);
    const s = trainTestSplit(10, 0.3, () => r.next());
    expect(s.test.length).toBe(3);
    expect(new Set([...s.train, ...s.test]).size).toBe(10);
  });
});

describe('ID3 on play tennis', () => {
  const parsed = parseTable(PLAY_TENNIS);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const t = parsed.value;
  it('the textbook gains at the root (Mitchell, Machine Learning, ch. 3)', () => {
    const tree = growId3(t, 'entropy');
    const g = Object.fromEntries(tree.root.gains.map((x) => [t.header[x.attribute], x.gain]));
    expect(g.outlook).toBeCloseTo(0.2467, 4);
    expect(g.humidity).toBeCloseTo(0.1518, 4);
    expect(g.wind).toBeCloseTo(0.0481, 4);
    expect(g.temperature).toBeCloseTo(0.0292, 4);
    expect(tree.root.split!.attribute).toBe(0);
    const kids = tree.root.split!.children.map((c) => [
      c.value,
      c.node.split ? t.header[c.node.split.attribute] : c.node.prediction,
    ]);
    expect(kids).toEqual([
      ['sunny', 'humidity'],
      ['overcast', 'yes'],
      ['rain', 'wind'],
    ]);
    for (const r of t.rows) expect(predictId3(tree, r)).toBe(r[4]);
  });
  it('parses with ; between rows and reports bad lines', () => {
    expect(parseTable('a,b;x,y').ok).toBe(true);
    const bad = parseTable('a,b\nx,y,z\n\nx,');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors).toEqual([
        'line 2: 3 value(s); expected 2, one per column of the header',
        'line 4: an empty value; expected a value in every column',
      ]);
    expect(formatTable(t).split('\n')).toHaveLength(15);
  });
});
