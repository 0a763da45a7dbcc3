import { describe, expect, it } from 'vitest';
import { defaults } from '../../ui/props';
import { NETWORK_PROPS } from './props';
import {
  addLayer,
  allEdges,
  boundaryPixels,
  dataKey,
  edgeExists,
  lossCeiling,
  moveCursor,
  nextEdge,
  removeLayer,
  resizeLayer,
  runKey,
  toPixel,
  toPlane,
  weightIndex,
  withAdded,
} from './model';

describe('network model rules', () => {
  it('adds and removes layers and neurons within 1-4 × 1-8', () => {
    expect(addLayer([4, 2])).toEqual([4, 2, 2]);
    expect(addLayer([1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
    expect(removeLayer([4])).toEqual([]);
    expect(removeLayer([])).toEqual([]);
    expect(removeLayer([4, 2])).toEqual([4]);
    expect(resizeLayer([4, 2], 1, 1)).toEqual([4, 3]);
    expect(resizeLayer([8, 2], 0, 1)).toEqual([8, 2]);
    expect(resizeLayer([1, 2], 0, -1)).toEqual([1, 2]);
  });

  it('lists every weight once, in the row-major order of the weight matrices', () => {
    const sizes = [2, 3, 1];
    const edges = allEdges(sizes);
    expect(edges).toHaveLength(2 * 3 + 3 * 1);
    expect(edges.map((e) => weightIndex(sizes, e)).slice(0, 6)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(edges.every((e) => edgeExists(sizes, e))).toBe(true);
    expect(edgeExists(sizes, { layer: 3, to: 1, from: 1 })).toBe(false);
  });

  it('moves between weights with the arrow keys and stays on the network', () => {
    const sizes = [2, 4, 2, 1];
    const start = { layer: 1, to: 1, from: 1 };
    expect(nextEdge(sizes, start, 'ArrowDown')).toEqual({ layer: 1, to: 1, from: 2 });
    expect(nextEdge(sizes, start, 'ArrowUp')).toEqual({ layer: 1, to: 4, from: 2 }); // wraps around
    expect(nextEdge(sizes, { layer: 1, to: 4, from: 2 }, 'ArrowRight')).toEqual({ layer: 2, to: 2, from: 2 });
    expect(nextEdge(sizes, start, 'ArrowLeft')).toEqual(start);
    expect(nextEdge(sizes, start, 'End')).toEqual({ layer: 3, to: 1, from: 2 });
    for (const e of allEdges(sizes))
      for (const k of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const)
        expect(edgeExists(sizes, nextEdge(sizes, e, k))).toBe(true);
  });

  it('maps the plane to the plot and back; the cursor moves by 0.5, 2 (Shift) or 0.1 (Alt) and stays inside', () => {
    expect(toPixel(-6, 6, 300)).toEqual([0, 0]);
    expect(toPixel(0, 0, 300)).toEqual([150, 150]);
    const [x, y] = toPlane(...toPixel(1.25, -3.5, 420), 420);
    expect(x).toBeCloseTo(1.25, 12);
    expect(y).toBeCloseTo(-3.5, 12);
    expect(moveCursor([0, 0], 'ArrowRight', { shift: false, alt: false })).toEqual([0.5, 0]);
    expect(moveCursor([0, 0], 'ArrowUp', { shift: true, alt: false })).toEqual([0, 2]);
    expect(moveCursor([0, 0], 'ArrowDown', { shift: false, alt: true })).toEqual([0, -0.1]);
    expect(moveCursor([5.9, 0], 'ArrowRight', { shift: true, alt: false })).toEqual([6, 0]);
    expect(moveCursor([0, 0], 'a', { shift: false, alt: false })).toBeUndefined();
  });

  it('keeps at most the allowed number of added points, dropping the oldest', () => {
    let added = withAdded([], { x: 1.234, y: 0, label: 1 }, 2);
    expect(added).toEqual([{ x: 1.23, y: 0, label: 1 }]);
    added = withAdded(withAdded(added, { x: 2, y: 0, label: -1 }, 2), { x: 3, y: 0, label: 1 }, 2);
    expect(added.map((p) => p.x)).toEqual([2, 3]);
  });

  it('restarts the run for data and network settings, draws new points only for data settings', () => {
    const s = defaults(NETWORK_PROPS);
    expect(dataKey({ ...s, rate: 0.1 })).toBe(dataKey(s));
    expect(runKey({ ...s, rate: 0.1 })).not.toBe(runKey(s));
    expect(dataKey({ ...s, seed: 2 })).not.toBe(dataKey(s));
    expect(runKey({ ...s, play: true, edge: { layer: 1, to: 1, from: 1 }, controls: false })).toBe(runKey(s));
  });

  it('colours the heat map from the background towards the class colours by |output|, and NaN as background', () => {
    const out = new Uint8ClampedArray(4 * 4);
    boundaryPixels([1, -1, 0, NaN], 2, [0, 0, 255], [255, 0, 0], [255, 255, 255], out);
    expect([...out.slice(0, 4)]).toEqual([128, 128, 255, 255]);
    expect([...out.slice(4, 8)]).toEqual([255, 128, 128, 255]);
    expect([...out.slice(8, 12)]).toEqual([255, 255, 255, 255]);
    expect([...out.slice(12, 16)]).toEqual([255, 255, 255, 255]);
  });

  it('scales loss curves to a round ceiling and skips values that are not finite', () => {
    expect(lossCeiling([0.49, 0.3])).toBe(0.5);
    expect(lossCeiling([], [])).toBe(1);
    expect(lossCeiling([0.51, NaN, Infinity])).toBe(1);
    expect(lossCeiling([42])).toBe(100);
  });
});
