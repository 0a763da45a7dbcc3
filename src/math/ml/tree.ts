/**
 * Decision trees on numeric features (CART-style binary splits "feature ≤ threshold"), grown one
 * split at a time so the learner can watch the greedy choice: at the node in focus, every
 * candidate threshold on every feature gets the weighted impurity of the two children it would
 * make, and the lowest wins. Pure and DOM-free.
 *
 * @example
 * const ds = { x: Float64Array.of(1, 2, 3, 4), d: 1, y: Int32Array.of(0, 0, 1, 1), classes: 2 };
 * const t = growTree(ds, { maxDepth: 3, minSamples: 2, criterion: 'gini' });
 * predict(t, [3.5]); // 1
 */
import { impurity, type Criterion } from './impurity';

export interface Labelled {
  /** n rows of d features, row-major. */
  readonly x: ArrayLike<number>;
  readonly d: number;
  /** Class of each row, 0 … classes − 1. */
  readonly y: ArrayLike<number>;
  readonly classes: number;
}

export interface Candidate {
  readonly feature: number;
  /** The midpoint between two neighbouring distinct values: rows with x ≤ threshold go left. */
  readonly threshold: number;
  /** Weighted impurity of the two children: (nL·I(L) + nR·I(R)) / n. */
  readonly impurity: number;
  readonly left: number;
  readonly right: number;
}

export interface TreeOptions {
  readonly maxDepth: number;
  /** A node with fewer rows than this is not split. */
  readonly minSamples: number;
  readonly criterion: Criterion;
}

export interface TreeNode {
  readonly id: number;
  readonly depth: number;
  /** Row indices reaching this node. */
  readonly rows: Int32Array;
  readonly counts: Float64Array;
  readonly impurity: number;
  /** The majority class (ties: the lower class). */
  readonly prediction: number;
  split: { readonly feature: number; readonly threshold: number; readonly gain: number } | undefined;
  left: TreeNode | undefined;
  right: TreeNode | undefined;
}

export interface Tree {
  readonly root: TreeNode;
  /** Nodes in creation order (root first); ids are indices here. */
  readonly nodes: TreeNode[];
  /** Splits made so far. */
  readonly splits: number;
}

export function classCounts(y: ArrayLike<number>, rows: ArrayLike<number>, classes: number): Float64Array {
  const c = new Float64Array(classes);
  for (let i = 0; i < rows.length; i++) c[y[rows[i]!]!]!++;
  return c;
}

function majority(counts: Float64Array): number {
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c]! > counts[best]!) best = c;
  return best;
}

/**
 * Every candidate threshold on `feature` for the rows given, in increasing order, with the
 * weighted impurity of the children. One sort and one sweep: O(n log n).
 */
export function candidates(
  data: Labelled,
  rows: ArrayLike<number>,
  feature: number,
  criterion: Criterion,
): Candidate[] {
  const { x, d, y, classes } = data;
  const order = Array.from(rows).sort((a, b) => x[a * d + feature]! - x[b * d + feature]!);
  const n = order.length;
  const left = new Float64Array(classes);
  const right = classCounts(y, order, classes);
  const out: Candidate[] = [];
  for (let i = 0; i < n - 1; i++) {
    const r = order[i]!;
    left[y[r]!]!++;
    right[y[r]!]!--;
    const v = x[r * d + feature]!;
    const next = x[order[i + 1]! * d + feature]!;
    if (next === v) continue;
    const nl = i + 1;
    const nr = n - nl;
    out.push({
      feature,
      threshold: v + (next - v) / 2,
      impurity: (nl * impurity(left, criterion) + nr * impurity(right, criterion)) / n,
      left: nl,
      right: nr,
    });
  }
  return out;
}

/** The best split of the rows over every feature (lowest weighted impurity; ties: first feature, lowest threshold). */
export function bestSplit(
  data: Labelled,
  rows: ArrayLike<number>,
  criterion: Criterion,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (let f = 0; f < data.d; f++)
    for (const c of candidates(data, rows, f, criterion))
      if (!best || c.impurity < best.impurity - 1e-12) best = c;
  return best;
}

function makeNode(
  data: Labelled,
  rows: Int32Array,
  depth: number,
  id: number,
  criterion: Criterion,
): TreeNode {
  const counts = classCounts(data.y, rows, data.classes);
  return {
    id,
    depth,
    rows,
    counts,
    impurity: impurity(counts, criterion),
    prediction: majority(counts),
    split: undefined,
    left: undefined,
    right: undefined,
  };
}

/** A tree that is only its root: every row, no split yet. */
export function rootTree(data: Labelled, criterion: Criterion, rows?: ArrayLike<number>): Tree {
  const all = rows ? Int32Array.from(rows) : Int32Array.from({ length: data.y.length }, (_, i) => i);
  const root = makeNode(data, all, 0, 0, criterion);
  return { root, nodes: [root], splits: 0 };
}

/** Whether a leaf may be split under the options (and has a split that lowers the impurity). */
export function splittable(data: Labelled, node: TreeNode, o: TreeOptions): Candidate | undefined {
  if (node.split || node.depth >= o.maxDepth || node.rows.length < o.minSamples || node.impurity === 0)
    return undefined;
  const c = bestSplit(data, node.rows, o.criterion);
  return c && c.impurity < node.impurity - 1e-12 ? c : undefined;
}

/**
 * The next leaf to split: breadth-first (shallowest first, then left to right by creation),
 * the order in which the learner sees the tree grow level by level.
 */
export function nextLeaf(
  data: Labelled,
  tree: Tree,
  o: TreeOptions,
): { node: TreeNode; split: Candidate } | undefined {
  const queue: TreeNode[] = [tree.root];
  while (queue.length) {
    const node = queue.shift()!;
    if (node.split) {
      queue.push(node.left!, node.right!);
      continue;
    }
    const split = splittable(data, node, o);
    if (split) return { node, split };
  }
  return undefined;
}

/** Splits the next leaf (mutating `tree`); false when the tree is fully grown under the options. */
export function growOne(data: Labelled, tree: Tree, o: TreeOptions): Tree | undefined {
  const next = nextLeaf(data, tree, o);
  if (!next) return undefined;
  const { node, split } = next;
  const l: number[] = [];
  const r: number[] = [];
  for (const i of node.rows) (data.x[i * data.d + split.feature]! <= split.threshold ? l : r).push(i);
  node.split = { feature: split.feature, threshold: split.threshold, gain: node.impurity - split.impurity };
  node.left = makeNode(data, Int32Array.from(l), node.depth + 1, tree.nodes.length, o.criterion);
  tree.nodes.push(node.left);
  node.right = makeNode(data, Int32Array.from(r), node.depth + 1, tree.nodes.length, o.criterion);
  tree.nodes.push(node.right);
  return { root: tree.root, nodes: tree.nodes, splits: tree.splits + 1 };
}

/** Grows a tree on `rows` (default: all) for at most `maxSplits` splits (all of them by default). */
export function growTree(
  data: Labelled,
  o: TreeOptions,
  maxSplits = Infinity,
  rows?: ArrayLike<number>,
): Tree {
  let tree = rootTree(data, o.criterion, rows);
  while (tree.splits < maxSplits) {
    const next = growOne(data, tree, o);
    if (!next) break;
    tree = next;
  }
  return tree;
}

/** The leaf a point falls into. */
export function leafOf(tree: Tree, point: ArrayLike<number>): TreeNode {
  let node = tree.root;
  while (node.split) node = point[node.split.feature]! <= node.split.threshold ? node.left! : node.right!;
  return node;
}

export function predict(tree: Tree, point: ArrayLike<number>): number {
  return leafOf(tree, point).prediction;
}

/** Share of the rows (all, or the ones given) the tree classifies correctly; NaN for no rows. */
export function accuracy(tree: Tree, data: Labelled, rows?: ArrayLike<number>): number {
  const idx = rows ?? Array.from({ length: data.y.length }, (_, i) => i);
  if (!idx.length) return NaN;
  let right = 0;
  const p = new Array<number>(data.d);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    for (let f = 0; f < data.d; f++) p[f] = data.x[i * data.d + f]!;
    if (predict(tree, p) === data.y[i]) right++;
  }
  return right / idx.length;
}

/** The leaves of a tree with the box each covers (for d = 2 pictures), within the bounds given. */
export function leafBoxes(
  tree: Tree,
  bounds: readonly [number, number, number, number],
): { node: TreeNode; box: [number, number, number, number] }[] {
  const out: { node: TreeNode; box: [number, number, number, number] }[] = [];
  const walk = (node: TreeNode, box: [number, number, number, number]): void => {
    if (!node.split) {
      out.push({ node, box });
      return;
    }
    const { feature: f, threshold: t } = node.split;
    const l: [number, number, number, number] = [...box];
    const r: [number, number, number, number] = [...box];
    // box = [xMin, xMax, yMin, yMax]
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
  return out;
}

/** A seeded split of 0 … n − 1 into train and test rows (a share `testShare` held out). */
export function trainTestSplit(
  n: number,
  testShare: number,
  next: () => number,
): { train: Int32Array; test: Int32Array } {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  const nTest = Math.round(n * testShare);
  return {
    test: Int32Array.from(idx.slice(0, nTest)).sort(),
    train: Int32Array.from(idx.slice(nTest)).sort(),
  };
}
