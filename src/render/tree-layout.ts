/**
 * Positions of a tree's nodes for a diagram (the tidy layout of Reingold and Tilford): the one
 * place d3-hierarchy is imported. Coordinates are in [0, 1] across and by depth down.
 */
import { hierarchy, tree } from 'd3-hierarchy';

export interface LaidOut<T> {
  readonly node: T;
  /** 0 … 1 across. */
  readonly x: number;
  /** Depth (0 at the root). */
  readonly depth: number;
  readonly parent: T | undefined;
}

export function layoutTree<T>(root: T, children: (n: T) => readonly T[] | undefined): LaidOut<T>[] {
  const h = hierarchy(root, (n) => {
    const c = children(n);
    return c && c.length ? [...c] : null;
  });
  const laid = tree<T>().size([1, 1])(h);
  const out: LaidOut<T>[] = [];
  laid.each((d) => out.push({ node: d.data, x: d.x, depth: d.depth, parent: d.parent?.data }));
  return out;
}
