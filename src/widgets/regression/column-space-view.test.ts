import { describe, expect, it } from 'vitest';
import { recordCanvas } from '../../../test/helpers/canvas';
import type { DrawContext } from '../../render/canvas-kit';
import { PALETTES } from '../../ui/tokens';
import { columnSpace } from '../../math/ml/column-space';
import { DEFAULT_CAMERA, drawColumnSpace, planeFrame, projector } from './column-space-view';

const pic = columnSpace([
  { x: 0, y: 1, label: 0 },
  { x: 1, y: 3, label: 0 },
  { x: 2, y: 2, label: 0 },
]);
if (!pic.ok) throw new Error(pic.reason);
const style = { palette: PALETTES.light, lineScale: 1, fontPx: 16 };

describe('the 3D picture of lesson 22', () => {
  it('lays the plane flat: 1, x and ŷ have height 0 in its frame, y and r stand on its upper side', () => {
    const frame = planeFrame(pic);
    for (const v of [pic.ones, pic.x, pic.yhat]) expect(frame(v)[2]).toBeCloseTo(0, 12);
    expect(frame(pic.y)[2]).toBeGreaterThan(0);
    expect(frame(pic.y)[2]).toBeCloseTo(Math.hypot(...pic.r), 12);
    // The residual is vertical: no part of it along the floor.
    const r = frame(pic.r);
    expect(Math.hypot(r[0], r[1])).toBeLessThan(1e-12);
  });

  it('draws every vector inside the canvas with finite numbers, in the palette colours, labelled', () => {
    for (const [width, height] of [
      [400, 320],
      [250, 210],
    ] as const) {
      const rec = recordCanvas<DrawContext>({ strict: true });
      drawColumnSpace(rec.ctx, width, height, style, pic, DEFAULT_CAMERA);
      expect(rec.bad).toEqual([]);
      const labels = rec.texts.map((t) => t.text);
      for (const l of ['1', 'x', 'y', 'ŷ', 'r', 'point 1', 'point 2', 'point 3']) expect(labels).toContain(l);
      for (const t of rec.texts) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x).toBeLessThanOrEqual(width);
        expect(t.y).toBeGreaterThanOrEqual(0);
        expect(t.y).toBeLessThanOrEqual(height);
      }
      for (const colour of [PALETTES.light.data, PALETTES.light.model, PALETTES.light.error])
        expect(rec.paths.some((p) => p.action === 'stroke' && p.style === colour)).toBe(true);
    }
  });

  it('turns the picture about the vertical: a quarter turn swaps the floor axes on screen', () => {
    const at = (yaw: number) => projector({ yaw, pitch: 0 }, [0, 0, 0], 10, 100, 100);
    expect(at(0)([1, 0, 0]).x).toBeCloseTo(60, 9);
    expect(at(Math.PI / 2)([0, -1, 0]).x).toBeCloseTo(60, 9);
    expect(at(0)([0, 0, 1]).y).toBeCloseTo(40, 9);
  });
});
