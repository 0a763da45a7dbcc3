/**
 * The pure side of `<lumen-tree>`: the labelled data, the seeded train/test split, the tree after
 * k splits (grown from scratch each time, so Step back is exact), every candidate split of the
 * node in focus, and the accuracies. Numbers come from src/math/ml/tree.ts and id3.ts.
 */
import { createRandom } from '../../math/random';
import {
  accuracy,
  candidates,
  growTree,
  leafBoxes,
  type Candidate,
  type Labelled,
  type Tree,
  type TreeNode,
} from '../../math/ml/tree';
import { growId3, parseTable, type Id3Tree } from '../../math/ml/id3';
import type { Point } from '../../math/ml/points';
import type { TreeState } from './props';

export interface PlaneAnalysis {
  readonly data: Labelled;
  readonly points: readonly Point[];
  readonly train: Int32Array;
  readonly test: Int32Array;
  readonly tree: Tree;
  /** Splits of the fully grown tree (where Play stops). */
  readonly total: number;
  readonly focus: TreeNode;
  /** Every candidate split of the focused node, per feature (x, then y). */
  readonly curves: readonly (readonly Candidate[])[];
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly bounds: readonly [number, number, number, number];
}

export function labelled(points: readonly Point[]): Labelled {
  const x = new Float64Array(points.length * 2);
  const y = new Int32Array(points.length);
  let classes = 1;
  points.forEach((p, i) => {
    x[2 * i] = p.x;
    x[2 * i + 1] = p.y;
    y[i] = p.label;
    classes = Math.max(classes, p.label + 1);
  });
  return { x, d: 2, y, classes };
}

/** A seeded split of the rows; with no test share (or fewer than 5 points) everything trains. */
export function split(n: number, share: number, seed: number): { train: Int32Array; test: Int32Array } {
  const idx = Array.from({ length: n }, (_, i) => i);
  const nTest = n >= 5 ? Math.round(n * share) : 0;
  const rng = createRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return {
    test: Int32Array.from(idx.slice(0, nTest)).sort(),
    train: Int32Array.from(idx.slice(nTest)).sort(),
  };
}

export function analysePlane(s: TreeState): PlaneAnalysis {
  const data = labelled(s.points);
  const { train, test } = split(s.points.length, s.test, s.seed);
  const o = { maxDepth: s.depth, minSamples: s.minSamples, criterion: s.criterion };
  const full = growTree(data, o, Infinity, train);
  const tree = growTree(data, o, s.iteration, train);
  const focus = tree.nodes[Math.min(s.node, tree.nodes.length - 1)]!;
  const curves = [0, 1].map((f) => candidates(data, focus.rows, f, s.criterion));
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const p of s.points) {
    xMin = Math.min(xMin, p.x);
    xMax = Math.max(xMax, p.x);
    yMin = Math.min(yMin, p.y);
    yMax = Math.max(yMax, p.y);
  }
  if (!s.points.length) [xMin, xMax, yMin, yMax] = [-1, 1, -1, 1];
  const px = Math.max(0.5, (xMax - xMin) * 0.08);
  const py = Math.max(0.5, (yMax - yMin) * 0.08);
  return {
    data,
    points: s.points,
    train,
    test,
    tree,
    total: full.splits,
    focus,
    curves,
    trainAccuracy: train.length ? accuracy(tree, data, train) : NaN,
    testAccuracy: test.length ? accuracy(tree, data, test) : NaN,
    bounds: [xMin - px, xMax + px, yMin - py, yMax + py],
  };
}

export { leafBoxes };

export type TableAnalysis = { ok: true; tree: Id3Tree } | { ok: false; errors: string[] };

export function analyseTable(s: TreeState): TableAnalysis {
  const t = parseTable(s.table);
  return t.ok ? { ok: true, tree: growId3(t.value, s.criterion) } : { ok: false, errors: t.errors };
}

/** The box of a node (the leaf boxes' union is the plane; an inner node's box is its leaves'). */
export function nodeBox(
  tree: Tree,
  target: TreeNode,
  bounds: readonly [number, number, number, number],
): [number, number, number, number] {
  let found: [number, number, number, number] = [...bounds];
  const walk = (node: TreeNode, box: [number, number, number, number]): void => {
    if (node === target) found = box;
    if (!node.split) return;
    const { feature: f, threshold: t } = node.split;
    const l: [number, number, number, number] = [...box];
    const r: [number, number, number, number] = [...box];
    if (f === 0) {
      l[1] = Math.min(box[1], t);
      r[0] = Math.max(box[0], t);
    } else {
      l[3] = Math.min(box[3], t);
      r[2] = Math.max(box[2], t);
    }
    walk(node.left!, l);
    walk(node.right!, r);
  };
  walk(tree.root, [...bounds]);
  return found;
}
