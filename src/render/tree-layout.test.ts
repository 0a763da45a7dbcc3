import { describe, expect, it } from 'vitest';
import { layoutTree } from './tree-layout';

interface N {
  id: string;
  kids?: N[];
}

describe('layoutTree', () => {
  it('places children below their parent, in order, inside 0 … 1', () => {
    const root: N = { id: 'r', kids: [{ id: 'a', kids: [{ id: 'c' }, { id: 'd' }] }, { id: 'b' }] };
    const l = layoutTree(root, (n) => n.kids);
    const by = Object.fromEntries(l.map((p) => [p.node.id, p]));
    expect(l).toHaveLength(5);
    expect(by.r!.depth).toBe(0);
    expect(by.c!.depth).toBe(2);
    expect(by.a!.x).toBeLessThan(by.b!.x);
    expect(by.c!.x).toBeLessThan(by.d!.x);
    expect(by.c!.parent!.id).toBe('a');
    for (const p of l) expect(p.x >= 0 && p.x <= 1).toBe(true);
  });
});
