import { describe, expect, it } from 'vitest';
import { drawPca, drawSvd, type PcaScene, type SvdScene } from './view';
import { analyseCloud, factorsOf, seededCloud, shownMatrix } from './model';
import type { Mat2, Vec2 } from '../../math/mat2';
import { PALETTES } from '../../ui/tokens';
import type { DrawContext } from '../../render/canvas-kit';
import { makeView } from '../../render/view2d';
import { recordCanvas, type Op, type Recording } from '../../../test/helpers/canvas';

const colors = PALETTES.light;
const frame = { view: makeView(500, 500, 8), colors, lineScale: 1, fontPx: 18 };

function svdScene(m: Mat2, t: number, extra: Partial<SvdScene> = {}): SvdScene {
  const f = factorsOf(m);
  return {
    ...frame,
    matrix: m,
    factors: f,
    shown: f ? shownMatrix(f, t) : m,
    t,
    guessing: false,
    dial: undefined,
    ...extra,
  };
}

function pcaScene(points: readonly Vec2[], extra: Partial<PcaScene> = {}): PcaScene {
  return {
    ...frame,
    points,
    analysis: analyseCloud(points),
    projection: false,
    guessing: false,
    dial: undefined,
    ...extra,
  };
}

function svd(s: SvdScene): Recording {
  const r = recordCanvas();
  drawSvd(r.ctx as DrawContext, s);
  return r;
}
function pca(s: PcaScene): Recording {
  const r = recordCanvas();
  drawPca(r.ctx as DrawContext, s);
  return r;
}

function nonFinite(r: Recording): Op[] {
  return r.ops.filter((op) => op.args.some((a) => typeof a === 'number' && !Number.isFinite(a)));
}
const texts = (r: Recording): string[] => r.strings;
/** The circle's image: the only stroked path of 121 points in the data colour. */
const shape = (r: Recording) =>
  r.paths.filter((p) => p.action === 'stroke' && p.points.length === 121 && p.style === colors.data);
const ghost = (r: Recording) =>
  r.paths.filter((p) => p.action === 'stroke' && p.points.length === 121 && p.dashed);

describe('drawing the svd', () => {
  it('labels v₁ and v₂ on the circle, then σ₁ = 3√5 and σ₂ = √5 on the ellipse', () => {
    const start = svd(svdScene([3, 0, 4, 5], 0));
    expect(texts(start)).toEqual(expect.arrayContaining(['v₁', 'v₂']));
    const end = svd(svdScene([3, 0, 4, 5], 3));
    expect(texts(end)).toEqual(expect.arrayContaining(['σ₁ = 6.71', 'σ₂ = 2.24']));
    expect(end.texts.find((t) => t.text === 'σ₁ = 6.71')?.color).toBe(colors.i);
    expect(end.texts.find((t) => t.text === 'σ₂ = 2.24')?.color).toBe(colors.j);
  });

  it('draws the unit circle at t = 0 and the ellipse of A at t = 3, in pixels', () => {
    const view = frame.view;
    const radius = (r: Recording) =>
      shape(r)[0]!.points.map(([x, y]) => Math.hypot(x - view.cx, y - view.cy) / view.scale);
    const circle = radius(svd(svdScene([3, 0, 4, 5], 0)));
    for (const d of circle) expect(d).toBeCloseTo(1, 9);
    const ellipse = radius(svd(svdScene([3, 0, 4, 5], 3)));
    expect(Math.max(...ellipse)).toBeCloseTo(3 * Math.sqrt(5), 2);
    expect(Math.min(...ellipse)).toBeCloseTo(Math.sqrt(5), 2);
  });

  it('shows the final ellipse as a dashed ghost until the motion arrives', () => {
    expect(ghost(svd(svdScene([2, 1, 0, 1], 1.5)))).toHaveLength(1);
    expect(ghost(svd(svdScene([2, 1, 0, 1], 3)))).toHaveLength(0);
    // …and never while the learner is guessing where the long axis goes.
    expect(ghost(svd(svdScene([2, 1, 0, 1], 0, { guessing: true })))).toHaveLength(0);
  });

  it('draws the u₁ and u₂ lines only during the last stage', () => {
    const uLines = (r: Recording) =>
      r.paths.filter(
        (p) => p.dashed && p.points.length === 2 && (p.style === colors.i || p.style === colors.j),
      );
    expect(uLines(svd(svdScene([3, 0, 4, 5], 1.5)))).toHaveLength(0);
    expect(uLines(svd(svdScene([3, 0, 4, 5], 2.5)))).toHaveLength(2);
  });

  it('explains a collapse to a segment (det 0) and to a point (zero matrix)', () => {
    const seg = svd(svdScene([1, 2, 0.5, 1], 3));
    expect(texts(seg)).toEqual(expect.arrayContaining(['det A = 0: σ₂ = 0, the circle', 'σ₂ = 0']));
    expect(nonFinite(seg)).toEqual([]);
    const zero = svd(svdScene([0, 0, 0, 0], 3));
    expect(texts(zero)).toContain('A = 0: the circle collapses onto a point');
    expect(nonFinite(zero)).toEqual([]);
  });

  it('shows the images of î and ĵ and the dial while guessing, not the singular vectors', () => {
    const r = svd(svdScene([3, 0, 4, 5], 0, { guessing: true, dial: { centre: [0, 0], degrees: 20 } }));
    expect(texts(r)).toEqual(expect.arrayContaining(['Aî', 'Aĵ', 'your guess']));
    expect(texts(r)).not.toContain('v₁');
  });

  it('never sends NaN or Infinity to the canvas, whatever the matrix and time', () => {
    const matrices: Mat2[] = [
      [3, 0, 4, 5],
      [1, 1, 0, 1],
      [-1, 0, 0, 1],
      [100, -100, 100, 100],
      [1e-9, 0, 0, 1e-9],
      [1, 2, 0.5, 1],
      [0, 0, 0, 0],
    ];
    for (const m of matrices)
      for (const t of [0, 0.5, 1, 1.7, 2, 2.5, 3])
        expect(nonFinite(svd(svdScene(m, t))), `${m} at ${t}`).toEqual([]);
    // A matrix that slipped through with NaN draws only the background.
    const bad = svd(svdScene([Number.NaN, 0, 0, 1], 3));
    expect(nonFinite(bad)).toEqual([]);
    expect(bad.ops.filter((o) => o.name === 'stroke').length).toBeGreaterThan(0);
    // A collapsed view (zero-size canvas) draws nothing but the background.
    const flat = svd({ ...svdScene([2, 0, 0, 1], 3), view: makeView(0, 0, 0) });
    expect(nonFinite(flat)).toEqual([]);
  });

  it('doubles its lines in the projector theme', () => {
    const width = (r: Recording) =>
      shape(r)[0] && r.ops.find((o) => o.name === 'stroke' && o.args[0] === colors.data)?.args[1];
    const normal = width(svd(svdScene([2, 0, 0, 1], 3)));
    const big = width(svd({ ...svdScene([2, 0, 0, 1], 3), lineScale: 2 }));
    expect(big).toBe(2 * (normal as number));
  });
});

describe('drawing the pca', () => {
  const line: Vec2[] = [
    [-2, -2],
    [-1, -1],
    [1, 1],
    [2, 2],
  ];

  it('labels the axes with their share of the variance, in the î and ĵ colours', () => {
    const r = pca(pcaScene(line));
    expect(texts(r)).toEqual(expect.arrayContaining(['PC1 · 100%', 'PC2 · 0%', 'mean']));
    expect(r.texts.find((t) => t.text === 'PC1 · 100%')?.color).toBe(colors.i);
    expect(nonFinite(r)).toEqual([]);
    // A small plot with big type keeps only the names (the shares are in the bars).
    const small = pca({ ...pcaScene(line), view: makeView(300, 300, 8), fontPx: 26 });
    expect(texts(small)).toEqual(expect.arrayContaining(['PC1', 'PC2']));
  });

  it('draws one dot per point in one path', () => {
    const cloud = seededCloud({ seed: 1, n: 120, spread1: 2, spread2: 1, angle: -20 });
    const r = pca(pcaScene(cloud));
    const dotsPath = r.paths.filter((p) => p.action === 'fill' && p.style === colors.data);
    expect(dotsPath.map((p) => p.arcs)).toContain(120);
  });

  it('drops every point onto the first axis when projection is on', () => {
    const cloud = seededCloud({ seed: 3, n: 30, spread1: 2, spread2: 1, angle: 10 });
    const off = pca(pcaScene(cloud));
    const on = pca(pcaScene(cloud, { projection: true }));
    const projected = (r: Recording) =>
      r.paths.filter((p) => p.action === 'fill' && p.style === colors.model && p.arcs === 30);
    expect(projected(off)).toHaveLength(0);
    expect(projected(on)).toHaveLength(1);
    expect(nonFinite(on)).toEqual([]);
  });

  it('hides the axes while guessing and shows the dial', () => {
    const r = pca(pcaScene(line, { guessing: true, dial: { centre: [0, 0], degrees: -30 } }));
    expect(texts(r).some((t) => t.startsWith('PC1'))).toBe(false);
    expect(texts(r)).toContain('your guess');
  });

  it('says what is missing instead of drawing axes for 0 or 1 point or a single place', () => {
    expect(texts(pca(pcaScene([])))).toContain('Click or tap to add points');
    expect(texts(pca(pcaScene([[1, 1]])))).toContain('Add at least one more point');
    const same = pca(
      pcaScene([
        [1, 1],
        [1, 1],
      ]),
    );
    expect(texts(same)).toContain('All the points coincide');
    for (const r of [pca(pcaScene([])), same]) expect(nonFinite(r)).toEqual([]);
  });
});

describe('canonical drawings (the op log, kept as a file; `npx vitest run -u` after an intended change)', () => {
  it('A = [3 0; 4 5] half-way and at the end of its three steps', async () => {
    await expect(svd(svdScene([3, 0, 4, 5], 1.5)).log()).toMatchFileSnapshot('__snapshots__/svd-midway.ops');
    await expect(svd(svdScene([3, 0, 4, 5], 3)).log()).toMatchFileSnapshot('__snapshots__/svd-end.ops');
  });
});

describe('label placement (review Part 1, D27)', () => {
  const inside = (b: { x: number; y: number; w: number; h: number }, size: number): boolean =>
    b.x >= 0 && b.y >= 0 && b.x + b.w <= size && b.y + b.h <= size;
  const meet = (a: (typeof boxes)[number], b: (typeof boxes)[number]): boolean =>
    Math.min(a.x + a.w, b.x + b.w) > Math.max(a.x, b.x) &&
    Math.min(a.y + a.h, b.y + b.h) > Math.max(a.y, b.y);
  let boxes: ReturnType<typeof drawSvd> = [];

  function expectApart(placed: ReturnType<typeof drawSvd>, what: string): void {
    for (const [i, a] of placed.entries()) {
      expect(inside(a, 500), `${what}: label ${i} inside the plot`).toBe(true);
      for (const b of placed.slice(i + 1)) expect(meet(a, b), `${what}: two labels meet`).toBe(false);
    }
  }

  it('keeps the svd labels, "your guess" included, off each other and inside the plot', () => {
    for (const m of [
      [3, 0, 4, 5],
      [1, 1, 0, 1],
      [1, 2, 0.5, 1],
      [-2, 0.3, 0.1, 0.2],
    ] as Mat2[])
      for (const t of [0, 0.5, 1, 1.5, 2, 2.5, 3]) {
        // The view the widget uses: scaled to the stage, as in element.ts.
        const reach = Math.max(1, ...[m[0], m[1], m[2], m[3]].map(Math.abs)) * 1.5;
        boxes = drawSvd(recordCanvas().ctx as DrawContext, {
          ...svdScene(m, t),
          view: makeView(500, 500, reach),
          dial: { centre: [0, 0], degrees: 35 },
        });
        expect(boxes.length).toBeGreaterThanOrEqual(2);
        expectApart(boxes, `[${m.join(' ')}] at t = ${t}`);
      }
  });

  it('keeps the PCA labels off the points and inside the plot, even for two points', () => {
    for (const points of [
      [
        [0, 0],
        [3, 0.2],
      ],
      seededCloud({ seed: 7, n: 40, spread1: 2, spread2: 0.6, angle: 30 }),
    ] as Vec2[][]) {
      const placed = drawPca(recordCanvas().ctx as DrawContext, pcaScene(points));
      expect(placed.length).toBe(2);
      expectApart(placed, `${points.length} points`);
      for (const p of points) {
        const [x, y] = [250 + p[0] * frame.view.scale, 250 - p[1] * frame.view.scale];
        for (const b of placed)
          expect(x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h, 'a label on a point').toBe(false);
      }
    }
  });
});
