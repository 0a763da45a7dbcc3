import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPoints, formatCsv, formatPoints, parseCsv, parsePoints, pointsEqual } from './points-text';
import { blobs, moons, noisyLine } from './generators';
import { MAX_POINTS, type Point } from './points';

const coord = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => Number(v.toPrecision(10)));
const point = fc.record({ x: coord, y: coord, label: fc.constantFrom(0, 1, 2) });
const points = fc.array(point, { maxLength: 40 });
const same = (a: readonly Point[], b: readonly Point[]): boolean => pointsEqual(a.map(norm), b.map(norm));
const norm = (p: Point): Point => ({ x: p.x === 0 ? 0 : p.x, y: p.y === 0 ? 0 : p.y, label: p.label });

describe('the points state form', () => {
  it('reads rows with and without classes', () => {
    expect(parsePoints('1 2; 3 4.5')).toEqual({
      ok: true,
      points: [
        { x: 1, y: 2, label: 0 },
        { x: 3, y: 4.5, label: 0 },
      ],
    });
    expect(parsePoints('1, 2, 1; -3 4 2')).toEqual({
      ok: true,
      points: [
        { x: 1, y: 2, label: 1 },
        { x: -3, y: 4, label: 2 },
      ],
    });
    expect(parsePoints('none')).toEqual({ ok: true, points: [] });
  });

  it('names the bad point', () => {
    const r = parsePoints('1 2; 3 x; 4 5');
    expect(r.ok || r.error).toMatch(/^point 2 "3 x": y "x" is not a number; expected points/);
    expect(parsePoints('1 2 7').ok).toBe(false);
    expect(parsePoints('1e300 2').ok).toBe(false);
    expect(parsePoints('1 2 3 4').ok).toBe(false);
    expect(
      parsePoints(
        Array(MAX_POINTS + 1)
          .fill('1 1')
          .join(';'),
      ).ok,
    ).toBe(false);
  });

  it('round-trips through format', () => {
    fc.assert(
      fc.property(points, (pts) => {
        const r = parsePoints(formatPoints(pts));
        expect(r.ok && same(r.points, pts)).toBe(true);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parsePoints(s)));
  });

  it('checks values from JavaScript', () => {
    expect(checkPoints([[1, 2], { x: 3, y: 4, label: 1 }])).toEqual({
      ok: true,
      points: [
        { x: 1, y: 2, label: 0 },
        { x: 3, y: 4, label: 1 },
      ],
    });
    expect(checkPoints([[1, NaN]]).ok).toBe(false);
    expect(checkPoints('1 2').ok).toBe(false);
    expect(checkPoints([{ x: 1, y: 2, label: 1.5 }]).ok).toBe(false);
  });
});

describe('CSV', () => {
  it('reads a header, names as classes, tabs and spaces', () => {
    const r = parseCsv('sepal,petal,species\n5.1,1.4,setosa\n7,4.7,versicolor\n\n6.3\t6\tsetosa');
    expect(r).toEqual({
      ok: true,
      header: ['sepal', 'petal', 'species'],
      classNames: ['setosa', 'versicolor'],
      points: [
        { x: 5.1, y: 1.4, label: 0 },
        { x: 7, y: 4.7, label: 1 },
        { x: 6.3, y: 6, label: 0 },
      ],
    });
  });

  it('reports every bad line with its number and what was expected', () => {
    const r = parseCsv('x,y\n1,2\n3,oops\n4\n5,6,7\n8,9');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'line 3: y "oops" is not a number in "3,oops"; expected "x,y" or "x,y,class" with numbers x and y',
      'line 4: 1 value where 2 or 3 belong in "4"; expected "x,y" or "x,y,class" with numbers x and y',
      'line 5: the class "7" is not 0 … 2 or one of at most 3 names in "5,6,7"; expected "x,y" or "x,y,class" with numbers x and y',
    ]);
    expect(parseCsv('\n\n').ok).toBe(false);
    expect(parseCsv('a,b,c,d,e\n1,2').ok).toBe(false);
  });

  it('refuses more than the limit with one message', () => {
    const r = parseCsv(
      Array(MAX_POINTS + 5)
        .fill('1,2')
        .join('\n'),
    );
    expect(r.ok || r.errors).toEqual([
      `line ${MAX_POINTS + 1}: more than 10,000 points; expected at most 10,000`,
    ]);
  });

  it('round-trips and reports exactly the corrupted lines', () => {
    fc.assert(
      fc.property(points, fc.array(fc.nat(), { maxLength: 4 }), (pts, hits) => {
        if (!pts.length) return;
        const lines = formatCsv(pts).split('\n');
        const ok = parseCsv(lines.join('\n'));
        expect(ok.ok && same(ok.points, pts)).toBe(true);
        const bad = new Set(hits.map((h) => 1 + (h % pts.length)));
        for (const k of bad) lines[k] = `${lines[k]},extra`;
        const r = parseCsv(lines.join('\n'));
        if (!bad.size) return;
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.errors.map((e) => Number(/^line (\d+):/.exec(e)?.[1]))).toEqual(
          [...bad].sort((a, b) => a - b).map((k) => k + 1),
        );
      }),
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseCsv(s)));
  });
});

describe('generators', () => {
  it('are seeded and labelled', () => {
    expect(noisyLine(10, 1)).toEqual(noisyLine(10, 1));
    expect(noisyLine(10, 1)).not.toEqual(noisyLine(10, 2));
    expect(blobs(9, 1, 3).map((p) => p.label)).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2]);
    const m = moons(11, 5);
    expect(m.filter((p) => p.label === 0)).toHaveLength(6);
    expect(m.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });
});
