import { describe, expect, it } from 'vitest';
import {
  band,
  dragTo,
  keyStep,
  matchPreset,
  presetMatrix,
  rotationDegrees,
  scorePrediction,
  shownMatrix,
  PRESETS,
} from './model';
import { det, isSingular, type Mat2 } from '../../math/mat2';

const key = (k: string, mods: { shiftKey?: boolean; altKey?: boolean } = {}) => ({
  key: k,
  shiftKey: mods.shiftKey ?? false,
  altKey: mods.altKey ?? false,
});

describe('animation', () => {
  it('shows the identity at t = 0 and the matrix at t = 1', () => {
    const m: Mat2 = [2, -1, 0.5, 3];
    expect(shownMatrix(m, 0)).toEqual([1, 0, 0, 1]);
    expect(shownMatrix(m, 1)).toEqual(m);
    expect(shownMatrix(m, 0.5)).toEqual([1.5, -0.5, 0.25, 2]);
  });
});

describe('snapping and dragging', () => {
  it('keeps dragged entries within the matrix limits', () => {
    expect(dragTo([1, 0, 0, 1], 'i', [1e9, -1e9])).toEqual([100, 0, -100, 1]);
  });

  it('replaces only the dragged column', () => {
    const m: Mat2 = [1, 2, 3, 4];
    expect(dragTo(m, 'i', [2.04, -0.96])).toEqual([2, 2, -1, 4]);
    expect(dragTo(m, 'j', [0.51, 0.49])).toEqual([1, 0.5, 3, 0.5]);
  });
});

describe('keyboard steps', () => {
  const m: Mat2 = [1, 1, 0, 1];
  it('moves the focused tip by 0.1, Shift by 1, Alt by 0.01', () => {
    expect(keyStep(m, 'i', key('ArrowRight'))).toEqual([1.1, 1, 0, 1]);
    expect(keyStep(m, 'i', key('ArrowUp', { shiftKey: true }))).toEqual([1, 1, 1, 1]);
    expect(keyStep(m, 'j', key('ArrowLeft', { altKey: true }))).toEqual([1, 0.99, 0, 1]);
    expect(keyStep(m, 'j', key('ArrowDown'))).toEqual([1, 1, 0, 0.9]);
  });

  it('leaves no float noise after many steps', () => {
    let x: Mat2 = [0, 0, 0, 0];
    for (let k = 0; k < 7; k++) x = keyStep(x, 'i', key('ArrowRight')) as Mat2;
    expect(x[0]).toBe(0.7);
  });

  it('ignores other keys', () => {
    expect(keyStep(m, 'i', key('Enter'))).toBeUndefined();
    expect(keyStep(m, 'i', key('a'))).toBeUndefined();
  });
});

describe('presets', () => {
  it('rotates by θ degrees, with exact zeros', () => {
    expect(presetMatrix('rotation', 90)).toEqual([0, -1, 1, 0]);
    expect(presetMatrix('rotation', 180)).toEqual([-1, 0, 0, -1]);
    const r30 = presetMatrix('rotation', 30);
    expect(r30[0]).toBeCloseTo(Math.sqrt(3) / 2, 9);
    expect(r30[2]).toBeCloseTo(0.5, 9);
    expect(presetMatrix('rotation')).toEqual([0, -1, 1, 0]);
  });

  it('gives each preset its defining property', () => {
    expect(presetMatrix('identity')).toEqual([1, 0, 0, 1]);
    expect(det(presetMatrix('shear'))).toBe(1);
    expect(det(presetMatrix('reflection'))).toBe(-1);
    expect(det(presetMatrix('scale'))).toBeGreaterThan(1);
    const p = presetMatrix('projection');
    expect(isSingular(p)).toBe(true);
    // A projection applied twice is itself.
    expect([
      p[0] * p[0] + p[1] * p[2],
      p[0] * p[1] + p[1] * p[3],
      p[2] * p[0] + p[3] * p[2],
      p[2] * p[1] + p[3] * p[3],
    ]).toEqual([...p]);
    expect(isSingular(presetMatrix('singular'))).toBe(true);
    expect(presetMatrix('singular')).not.toEqual(p);
  });

  it('recognises every preset, any rotation, and nothing else', () => {
    for (const name of PRESETS) expect(matchPreset(presetMatrix(name, 45))).toBe(name);
    expect(matchPreset([2, 1, 1, 1])).toBe('custom');
    expect(rotationDegrees(presetMatrix('rotation', -120))).toBeCloseTo(-120, 6);
    expect(rotationDegrees([1, 0, 0, 1])).toBeUndefined();
    expect(rotationDegrees([2, 0, 0, 2])).toBeUndefined();
    expect(rotationDegrees([0, 1, 1, 0])).toBeUndefined();
  });
});

describe('predict-first scoring', () => {
  it('measures the distance from the guess to where î lands', () => {
    const p = scorePrediction([1.9, 1.1], [2, 1, 1, 1]);
    expect(p.target).toEqual([2, 1]);
    expect(p.distance).toBeCloseTo(Math.SQRT2 / 10, 12);
    expect(band(p.distance)).toBe('spot-on');
  });

  it('sorts distances into bands', () => {
    expect(band(0)).toBe('exact');
    expect(band(0.2)).toBe('spot-on');
    expect(band(0.6)).toBe('close');
    expect(band(1.2)).toBe('near');
    expect(band(4)).toBe('far');
  });
});
