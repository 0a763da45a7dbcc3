/**
 * The pure side of `<lumen-covariance>`: the handles (drag and keys) give back the shape they
 * promise, the state stays in range, bad settings are refused, and the drawing never gets a NaN.
 */
import { describe, expect, it } from 'vitest';
import { parseProps } from '../../ui/props';
import { covarianceFrom, sigmaEllipse } from '../../math/gaussian2';
import { PALETTES } from '../../ui/tokens';
import { COVARIANCE_PROPS } from './props';
import {
  analyse,
  dragMajor,
  dragMinor,
  extentFor,
  handleTips,
  keyMinor,
  scoreGuess,
  shapeState,
} from './model';
import { drawCovariance } from './view';
import { covarianceTex } from './formula';
import { predictSentence } from './words';
import { makeView } from '../../render/view2d';
import { overlap } from '../../render/label-layout';

function recorder(): { ctx: Parameters<typeof drawCovariance>[0]; numbers: number[] } {
  const numbers: number[] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (t, k: string) =>
      k in t ? t[k] : (...args: unknown[]) => args.forEach((a) => typeof a === 'number' && numbers.push(a)),
    set: (t, k: string, v) => ((t[k] = v), typeof v === 'number' && numbers.push(v), true),
  });
  return { ctx: ctx as unknown as Parameters<typeof drawCovariance>[0], numbers };
}

describe('covariance handles', () => {
  const e = sigmaEllipse(covarianceFrom(1.5, 1, 0.6), 1);

  it('puts the handles at the 2σ tips and drags the long axis where the pointer goes', () => {
    const tips = handleTips(e);
    expect(Math.hypot(...tips.major)).toBeCloseTo(2 * Math.sqrt(e.variances[0]), 12);
    const up = sigmaEllipse(dragMajor(e, [0, 3])!, 1);
    expect(up.angle).toBeCloseTo(90, 9);
    expect(up.radii[0]).toBeCloseTo(1.5, 12);
    expect(up.radii[1]).toBeCloseTo(e.radii[1], 12);
    // Never shorter than the short axis: the roles stay.
    const short = sigmaEllipse(dragMajor(e, [0.1, 0])!, 1);
    expect(short.radii[0]).toBeCloseTo(e.radii[1], 9);
    expect(dragMajor(e, [0, 0])).toBeUndefined();
  });

  it('sets the short axis from the pointer’s distance along it, and by keys', () => {
    const wide = sigmaEllipse(dragMinor(e, [-10, 10]), 1);
    expect(wide.radii[1]).toBeCloseTo(e.radii[0], 9);
    const longer = sigmaEllipse(keyMinor(e, 'ArrowUp', 0.1)!, 1);
    expect(longer.radii[1] * 2).toBeCloseTo(e.radii[1] * 2 + 0.1, 12);
    expect(sigmaEllipse(keyMinor(e, 'ArrowLeft', 100)!, 1).radii[1]).toBeCloseTo(0, 6);
    expect(keyMinor(e, 'Enter', 0.1)).toBeUndefined();
  });

  it('turns a covariance back into state within the table’s ranges', () => {
    expect(shapeState(covarianceFrom(1.5, 1, 0.6))).toEqual({ sdX: 1.5, sdY: 1, rho: 0.6 });
    expect(shapeState([100, 0, 0, 0])).toEqual({ sdX: 5, sdY: 0.1, rho: 0 });
    expect(extentFor(e)).toBe(6);
    expect(extentFor(sigmaEllipse(covarianceFrom(5, 5, 1), 1))).toBe(20);
  });

  it('scores a guess of the correlation', () => {
    expect(predictSentence(scoreGuess(-0.5, -0.4788))).toBe(
      'Your guess −0.5 was 0.02 from the cloud’s correlation r = −0.48. Spot on!',
    );
    expect(predictSentence(scoreGuess(0, 0.8))).toMatch(/Far off\.$/);
  });
});

describe('covariance settings, formula and drawing', () => {
  it('refuses σ ≤ 0, ρ > 1, NaN and 1e300 with a message and the default', () => {
    const r = parseProps(COVARIANCE_PROPS, { 'sd-x': '0', 'sd-y': '1e300', rho: '1.5', n: 'NaN' }, 'URL');
    expect(r.state).toEqual({ sdX: 1.5, sdY: 1, rho: 0.6, n: 400 });
    expect(r.problems).toHaveLength(4);
  });

  it('draws every shape without a NaN, degenerate ones included', () => {
    for (const [sdX, sdY, rho] of [
      [1.5, 1, 0.6],
      [0.1, 5, 1],
      [5, 5, -1],
      [0.1, 0.1, 0],
    ] as const) {
      const a = analyse({ sdX, sdY, rho, n: 500, seed: 3 });
      for (const guessing of [false, true]) {
        const rec = recorder();
        drawCovariance(rec.ctx, {
          view: makeView(400, 400, extentFor(a.ellipse)),
          colors: PALETTES.projector,
          lineScale: 2,
          fontPx: 26,
          points: a.points,
          ellipse: a.ellipse,
          sdX,
          sdY,
          sigmas: 3,
          guessing,
        });
        expect(rec.numbers.every(Number.isFinite)).toBe(true);
      }
    }
  });

  it('writes Σ, ρ, the eigenvalues and S with the numbers, coloured like the picture', () => {
    const a = analyse({ sdX: 1.5, sdY: 1, rho: 0.6, n: 400, seed: 3 });
    const c = { x: '#b84a00', y: '#0060a8', cov: '#a8005f', model: '#00736a', data: '#6b3fa0' };
    const tex = covarianceTex(a, { sdX: 1.5, sdY: 1, rho: 0.6 }, c, true);
    expect(tex).toContain('\\textcolor{#b84a00}{2.25}');
    expect(tex).toContain('\\textcolor{#a8005f}{0.9}');
    expect(tex).toContain('\\lambda_1 &= \\textcolor{#00736a}{2.72}');
    expect(tex).toContain('r = \\textcolor{#6b3fa0}{0.59}');
    expect(covarianceTex(a, { sdX: 1.5, sdY: 1, rho: 0.6 }, c, false)).not.toContain('S =');
  });
});

describe('covariance labels (review Part 2, D11)', () => {
  it('keeps the bracket and ellipse labels apart, off the handles and inside the plot', () => {
    for (const [sdX, sdY, rho] of [
      [1.5, 1, 0.6],
      [2, 0.5, -0.3],
      [1, 1, 0],
    ] as const)
      for (const [size, fontPx, lineScale] of [
        [500, 18, 1],
        [330, 15, 1],
        [330, 26, 2],
      ] as const) {
        const a = analyse({ sdX, sdY, rho, n: 500, seed: 3 });
        const view = makeView(size, size, extentFor(a.ellipse));
        const boxes = drawCovariance(recorder().ctx, {
          view,
          colors: PALETTES.light,
          lineScale,
          fontPx,
          points: a.points,
          ellipse: a.ellipse,
          sdX,
          sdY,
          sigmas: 3,
          guessing: false,
        });
        const what = `σ ${sdX}, ${sdY}, ρ ${rho} at ${size} px`;
        // Two brackets and three ellipses.
        expect(boxes.length, what).toBe(5);
        for (const [i, b] of boxes.entries()) {
          expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= size && b.y + b.h <= size, `${what}: inside`).toBe(
            true,
          );
          for (const c of boxes.slice(i + 1))
            expect(overlap(b, c), `${what}: labels ${i} and ${boxes.indexOf(c)} meet`).toBe(0);
          for (const tip of Object.values(handleTips(a.ellipse))) {
            const [x, y] = [view.cx + tip[0] * view.scale, view.cy - tip[1] * view.scale];
            expect(
              x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h,
              `${what}: a label under a handle`,
            ).toBe(false);
          }
        }
      }
  });
});
