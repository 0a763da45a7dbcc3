import { describe, expect, it } from 'vitest';
import { drawPlane, type DrawContext, type Scene } from './view';
import { shownMatrix } from './model';
import { pictureData } from './pictures';
import { eigen2 } from '../../math/eigen2';
import type { Mat2 } from '../../math/mat2';
import { PALETTES } from '../../ui/tokens';
import { boxHitsRing, ringRadius, textWidth } from './label-place';
import { makeView } from '../../render/view2d';
import { recordCanvas, type Op, type Recording } from '../../../test/helpers/canvas';

const colors = PALETTES.light;

function scene(m: Mat2, extra: Partial<Scene> = {}): Scene {
  return {
    view: makeView(500, 500, 4),
    shown: m,
    picture: undefined,
    eigen: undefined,
    determinant: true,
    guess: undefined,
    answer: undefined,
    colors,
    lineScale: 1,
    fontPx: 18,
    ...extra,
  };
}

function draw(s: Scene): Recording {
  const r = recordCanvas();
  drawPlane(r.ctx as DrawContext, s);
  return r;
}

function nonFinite(r: Recording): Op[] {
  return r.ops.filter((op) => op.args.some((a) => typeof a === 'number' && !Number.isFinite(a)));
}

const texts = (r: Recording): string[] => r.strings;

/** The orientation arc: the only stroked path of exactly 17 points. Returns its turning sign. */
function arcTurn(r: Recording): number {
  const arc = r.paths.filter((p) => p.action === 'stroke' && p.points.length === 17);
  expect(arc).toHaveLength(1);
  const pts = arc[0]!.points;
  let area = 0;
  for (let k = 0; k < pts.length; k++) {
    const [x0, y0] = pts[k]!;
    const [x1, y1] = pts[(k + 1) % pts.length]!;
    area += x0 * y1 - x1 * y0;
  }
  return Math.sign(area);
}

describe('drawPlane', () => {
  const awkward: Record<string, Mat2> = {
    identity: [1, 0, 0, 1],
    singular: [1, 2, 0.5, 1],
    zero: [0, 0, 0, 0],
    huge: [100, -100, 100, 100],
    tiny: [1e-12, 0, 0, 1e-12],
    'nearly singular': [1, 1, 1, 1 + 1e-9],
    'huge and flat': [100, 0, 0, 0.01],
    projection: [1, 0, 0, 0],
  };
  for (const [name, m] of Object.entries(awkward)) {
    it(`never draws NaN or Infinity (${name})`, () => {
      for (const picture of ['house', 'face', 'cloud'] as const) {
        const r = draw(
          scene(m, { picture: pictureData(picture), eigen: eigen2(m), guess: [1, 0], answer: [m[0], m[2]] }),
        );
        expect(nonFinite(r)).toEqual([]);
        expect(r.ops.length).toBeGreaterThan(10);
      }
    });
  }

  it('draws nothing but the background for a non-finite matrix, instead of NaN', () => {
    const r = draw(scene([Number.NaN, 0, 0, 1]));
    expect(nonFinite(r)).toEqual([]);
    expect(r.ops.map((o) => o.name)).toEqual(['setLineDash', 'fillRect']);
  });

  it('keeps the number of grid lines bounded when the matrix packs them tight', () => {
    const r = draw(scene([100, 0, 0, 0.01]));
    const moves = r.ops.filter((o) => o.name === 'moveTo').length;
    // 500 px plot: at most one line every 5 px per family, plus a handful of other paths.
    expect(moves).toBeLessThan((2 * (2 * 360)) / 5 + 80);
  });

  it('labels î, ĵ and the area in their colours', () => {
    const r = draw(scene([2, 1, 1, 1]));
    expect(r.texts).toContainEqual(expect.objectContaining({ text: 'î', color: colors.i }));
    expect(r.texts).toContainEqual(expect.objectContaining({ text: 'ĵ', color: colors.j }));
    expect(texts(r)).toContain('area 1');
    expect(texts(r)).not.toContain('orientation flipped');
  });

  it('shades a flipped square in the error colour and says so', () => {
    const r = draw(scene([-1, 0, 0, 2]));
    expect(r.texts).toContainEqual(
      expect.objectContaining({ text: 'orientation flipped', color: colors.error }),
    );
    expect(texts(r)).toContain('area 2');
    expect(
      r.paths.some((p) => p.action === 'fill' && p.style === colors.error && p.points.length === 4),
    ).toBe(true);
  });

  it('turns the orientation arrow the other way when det < 0', () => {
    const kept = arcTurn(draw(scene([2, 0, 0, 1.5])));
    const flipped = arcTurn(draw(scene([-2, 0, 0, 1.5])));
    expect(kept).not.toBe(0);
    expect(flipped).toBe(-kept);
  });

  it('says where a squash goes', () => {
    expect(texts(draw(scene([1, 2, 0.5, 1])))).toContain('squashed onto a line');
    expect(texts(draw(scene([0, 0, 0, 0])))).toContain('squashed onto a point');
    expect(texts(draw(scene([1, 2, 0.5, 1])))).not.toContain('area 0');
  });

  it('keeps the labels of î and ĵ apart when both sit at the origin', () => {
    const r = draw(scene([0, 0, 0, 0]));
    const at = (t: string) => r.ops.find((o) => o.name === 'fillText' && o.args[0] === t)!.args.slice(1);
    expect(at('î')).not.toEqual(at('ĵ'));
  });

  it('keeps a tip label inside the plot when the tip is at the edge', () => {
    const r = draw(scene([3.99, 0, 0, 1]));
    const [x] = r.ops.find((o) => o.name === 'fillText' && o.args[0] === 'î')!.args.slice(1) as number[];
    expect(x).toBeLessThan(500);
  });

  it('skips the square when the determinant is off', () => {
    const r = draw(scene([2, 1, 1, 1], { determinant: false }));
    expect(texts(r).some((t) => t.startsWith('area'))).toBe(false);
  });

  it('labels real eigenvector lines with their eigenvalues', () => {
    const m: Mat2 = [3, 0, 0, 1];
    const r = draw(scene(m, { eigen: eigen2(m) }));
    expect(r.texts).toContainEqual(expect.objectContaining({ text: 'λ = 3', color: colors.k }));
    expect(r.texts).toContainEqual(expect.objectContaining({ text: 'λ = 1', color: colors.k }));
    const shear: Mat2 = [1, 1, 0, 1];
    expect(texts(draw(scene(shear, { eigen: eigen2(shear) }))).filter((t) => t.startsWith('λ'))).toEqual([
      'λ = 1',
    ]);
  });

  it('explains rotations and multiples of the identity instead of drawing lines', () => {
    const rot: Mat2 = [0, -1, 1, 0];
    expect(texts(draw(scene(rot, { eigen: eigen2(rot) })))).toContain('no real eigenvectors: λ = 0 ± 1i');
    const twice: Mat2 = [2, 0, 0, 2];
    expect(texts(draw(scene(twice, { eigen: eigen2(twice) })))).toContain(
      'every vector is an eigenvector (λ = 2)',
    );
  });

  it('draws the whole cloud as one path with one fill', () => {
    const pic = pictureData('cloud');
    const r = draw(scene([1, 0, 0, 1], { picture: pic }));
    const cloud = r.paths.filter((p) => p.rects > 0);
    expect(cloud).toHaveLength(1);
    expect(cloud[0]!.rects).toBe(10_000);
    expect(cloud[0]!.action).toBe('fill');
    // Points pushed off the plot are skipped, not drawn.
    const far = draw(scene([60, 0, 0, 60], { picture: pic })).paths.filter((p) => p.rects > 0);
    expect(far[0]!.rects).toBeLessThan(10_000);
  });

  it('hands the cloud to a point plotter, with the matrix and view folded into one map', () => {
    const calls: { n: number; map: unknown; size: number; color: string }[] = [];
    const points = {
      plotPoints: (p: Float32Array, map: unknown, size: number, color: string) =>
        calls.push({ n: p.length / 2, map, size, color }),
    };
    const r = draw(scene([2, 1, -1, 3], { picture: pictureData('cloud'), points }));
    expect(calls).toHaveLength(1);
    const v = makeView(500, 500, 4);
    expect(calls[0]).toEqual({
      n: 10_000,
      map: { a: 2 * v.scale, b: v.scale, c: v.scale, d: -3 * v.scale, e: v.cx, f: v.cy },
      size: 1.8,
      color: colors.data,
    });
    expect(r.ops.filter((o) => o.name === 'rect')).toHaveLength(0);
  });

  it('moves the picture with the matrix', () => {
    const pic = pictureData('house');
    const a = draw(scene(shownMatrix([0, -1, 1, 0], 0), { picture: pic }));
    const b = draw(scene(shownMatrix([0, -1, 1, 0], 1), { picture: pic }));
    const outline = (r: Recording) =>
      r.paths.filter((p) => p.style === colors.data && p.action === 'stroke')[0]!.points;
    expect(outline(a)).not.toEqual(outline(b));
    // Rotating by 90°: the first vertex (-0.7, -0.9) goes to (0.9, -0.7).
    const v = makeView(500, 500, 4);
    const [x, y] = outline(b)[0]!;
    expect(x).toBeCloseTo(v.cx + 0.9 * v.scale, 6);
    expect(y).toBeCloseTo(v.cy + 0.7 * v.scale, 6);
  });

  it('scales line widths with the theme', () => {
    const widths = (lineScale: number) =>
      draw(scene([1, 0, 0, 1], { lineScale }))
        .ops.filter((o) => o.name === 'stroke')
        .map((o) => o.args[1] as number);
    const one = widths(1);
    const two = widths(2);
    expect(two).toEqual(one.map((w) => 2 * w));
  });

  it('draws the guess, and the miss once revealed', () => {
    const r = draw(scene([2, 1, 1, 1], { guess: [1.5, 0.5], answer: [2, 1] }));
    expect(texts(r)).toContain('your guess');
    expect(r.ops.some((o) => o.name === 'setLineDash' && o.args.length === 2)).toBe(true);
  });

  it('puts a background halo behind every label', () => {
    const r = draw(scene([2, 1, 1, 1], { eigen: eigen2([2, 1, 1, 1]) }));
    const fills = r.ops.filter((o) => o.name === 'fillText').length;
    const halos = r.ops.filter((o) => o.name === 'strokeText').length;
    expect(halos).toBe(fills);
  });

  describe('labels keep clear of the handles', () => {
    const ops = (r: Recording, text: string) =>
      r.ops
        .filter((o) => o.name === 'fillText' && o.args[0] === text)
        .map((o) => o.args.slice(1) as [number, number]);
    const view = makeView(500, 500, 4);
    const ring = (x: number, y: number) => ({
      x: view.cx + x * view.scale,
      y: view.cy - y * view.scale,
      r: ringRadius(1),
    });

    it('skips axis numbers under a handle ring, and only those', () => {
      const r = draw(
        scene([1, 0, 0, 1], {
          rings: [
            [1, 0],
            [0, 1],
          ],
        }),
      );
      // Plain "1" sits under the rings of î and ĵ on both axes ("-1" is another text).
      expect(ops(r, '1')).toHaveLength(0);
      expect(ops(r, '2')).toHaveLength(2);
      expect(ops(draw(scene([1, 0, 0, 1])), '1')).toHaveLength(2);
    });

    it('moves the area label off the rings of î and ĵ and off the orientation arc', () => {
      for (const m of [
        [1, 2, 2, 1],
        [1, 0, 0, 1],
        [2, 0, 0, 2],
        [1, 0, 0, -1],
        [3, 1, 0, 2.5],
      ] as Mat2[]) {
        const r = draw(scene(m));
        const size = Math.round(18 * 0.72);
        const rings = [ring(m[0], m[2]), ring(m[1], m[3])];
        const arc = r.paths.filter((p) => p.action === 'stroke' && p.points.length === 17)[0]?.points ?? [];
        for (const text of ['area ' + String(Math.abs(m[0] * m[3] - m[1] * m[2])), 'orientation flipped'])
          for (const [x, y] of ops(r, text)) {
            const box = { x, y, hw: textWidth(text, size) / 2, hh: size / 2 };
            for (const c of rings)
              expect(boxHitsRing(box, c, 0), `${text} vs ring, matrix ${m.join(' ')}`).toBe(false);
            for (const [px, py] of arc)
              expect(
                Math.abs(px - x) < box.hw && Math.abs(py - y) < box.hh,
                `${text} vs arc, matrix ${m.join(' ')}`,
              ).toBe(false);
          }
        expect(ops(r, 'orientation flipped')).toHaveLength(m[0] * m[3] - m[1] * m[2] < 0 ? 1 : 0);
      }
    });
  });
});

describe('canonical drawings (the op log, kept as a file; `npx vitest run -u` after an intended change)', () => {
  it('a shear with the house picture and its determinant', async () => {
    const m: Mat2 = [1, 1, 0, 1];
    const r = draw(scene(m, { picture: pictureData('house') }));
    await expect(r.log()).toMatchFileSnapshot('__snapshots__/plane-shear.ops');
  });
});
