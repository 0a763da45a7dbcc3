/** Known values through each mode's pure functions: the numbers the lessons quote. */
import { describe, expect, it } from 'vitest';
import { defaults } from '../../../ui/props';
import { eigen2 } from '../../../math/eigen2';
import type { Mat2, Vec2 } from '../../../math/mat2';
import { PLANE_PROPS, type PlaneState } from '../props';
import { combine, legs, spanKind, spanMode, spanSentence, weightsFor } from './span';
import { compositionMode, orderSentence, products, stagedMatrix } from './composition';
import { inverseEnd, inverseMode, refusal, roundTrip } from './inverse';
import { dotInfo, dotMode, dotSentence } from './dot';
import { basisCoords, basisMode } from './basis';
import { FAN_SIZE, charPoly, eigenMode, fan, keptSentence } from './eigen';
import { spacesOf, spacesSentence } from './spaces-layer';
import { transformMode } from './transform';
import { feedback, niceDirection, scoreAgainst, signedSum } from './common';

const BASE = defaults(PLANE_PROPS);
const state = (p: Partial<PlaneState>): PlaneState => ({ ...BASE, ...p });
const near = (a: readonly number[], b: readonly number[], tol = 1e-12): void =>
  a.forEach((x, k) =>
    expect(Math.abs(x - (b[k] as number)), `[${a.join(', ')}] vs [${b.join(', ')}]`).toBeLessThanOrEqual(tol),
  );

describe('span', () => {
  it('does not widen the view toward the hidden sum while guessing', () => {
    const s = state({ v: [1, 0], w: [0, 1], a: 4, b: -3 });
    const hidden = spanMode.keep({ s, t: 0, hidden: true });
    expect(hidden).not.toContainEqual([4, -3]);
    expect(hidden).not.toContainEqual([4, 0]);
    expect(spanMode.keep({ s, t: 1, hidden: false })).toContainEqual([4, -3]);
  });

  it('mixes v and w, and knows a plane from a line from a point', () => {
    near(combine([1, 2], [2, 1], 1.5, -1), [-0.5, 2]);
    expect(spanKind([1, 2], [2, 1])).toBe('plane');
    expect(spanKind([1, 2], [-2, -4])).toBe('line');
    expect(spanKind([0, 0], [3, 1])).toBe('line');
    expect(spanKind([0, 0], [0, 0])).toBe('point');
    expect(spanSentence(state({ v: [1, 2], w: [2, 4] }))).toMatch(/line, along \(0\.5, 1\)/);
    expect(spanSentence(state({ v: [0, 0], w: [0, 0] }))).toMatch(/just the origin/);
    expect(spanSentence(state({}))).toMatch(/whole plane/);
  });

  it('builds the mix tip-to-tail: a·v on the first half of t, then b·w', () => {
    const s = state({ v: [1, 2], w: [2, 1], a: 2, b: -1 });
    near(legs(s, 0).tip, [0, 0]);
    near(legs(s, 0.5).tip, [2, 4]);
    near(legs(s, 0.5).first, [2, 4]);
    near(legs(s, 1).tip, [0, 3]);
  });

  it('dragging the mix solves for the weights (snapped), and refuses when v and w line up', () => {
    expect(weightsFor(state({ v: [1, 2], w: [2, 1] }), [3.02, 2.98], true)).toEqual({ a: 1, b: 1 });
    expect(weightsFor(state({ v: [1, 0], w: [0, 1] }), [0.333, -0.666], false)).toEqual({
      a: 0.33,
      b: -0.67,
    });
    expect(weightsFor(state({ v: [1, 0], w: [0, 1] }), [40, -40], true)).toEqual({ a: 5, b: -5 });
    expect(weightsFor(state({ v: [1, 2], w: [2, 4] }), [1, 1], true)).toBeUndefined();
    const handles = spanMode.handles({ s: state({ v: [1, 2], w: [2, 4] }), t: 1, hidden: false });
    expect(handles.map((h) => h.name)).toEqual(['v', 'w']);
  });

  it('says the sum with its signs and predicts where it lands', () => {
    expect(
      signedSum([
        [1.5, 'v'],
        [-0.5, 'w'],
      ]),
    ).toBe('1.5·v − 0.5·w');
    const s = state({ v: [1, 2], w: [2, 1], a: 1, b: 1 });
    const r = spanMode.predict.score(s, [3, 2]);
    expect(r.prediction.target).toEqual([3, 3]);
    expect(r.prediction.distance).toBe(1);
    expect(r.sentence).toMatch(/1 unit from where a·v \+ b·w lands, \(3, 3\)/);
  });
});

describe('composition', () => {
  const A: Mat2 = [1, 1, 0, 1];
  const B: Mat2 = [0, -1, 1, 0];
  it('plays the first matrix, then the second, ending at the product', () => {
    near(stagedMatrix(A, B, 0), [1, 0, 0, 1]);
    near(stagedMatrix(A, B, 0.5), A);
    near(stagedMatrix(A, B, 1), [0, -1, 1, 1]);
    near(stagedMatrix(B, A, 1), [1, -1, 1, 0]);
  });

  it('BA ≠ AB for a shear and a rotation; two rotations commute', () => {
    const p = products(state({ matrix: A, second: B }));
    near(p.ba, [0, -1, 1, 1]);
    near(p.ab, [1, -1, 1, 0]);
    expect(p.commute).toBe(false);
    expect(orderSentence(state({ matrix: A, second: B }))).toMatch(/order matters/);
    const c = Math.cos(0.3);
    const s = Math.sin(0.3);
    expect(products(state({ matrix: [c, -s, s, c], second: B })).commute).toBe(true);
    expect(compositionMode.describe({ s: state({ matrix: A, second: B }), t: 1, hidden: false })).toMatch(
      /BA, with rows 0 -1 and 1 1/,
    );
  });

  it('asks where î lands after A then B', () => {
    expect(compositionMode.predict.score(state({ matrix: A, second: B }), [0, 1]).prediction).toMatchObject({
      target: [0, 1],
      distance: 0,
    });
  });
});

describe('inverse', () => {
  it('goes to A and back home when A is invertible; stays squashed when it is not', () => {
    const A: Mat2 = [2, 1, 1, 1];
    near(roundTrip(A, 0), [1, 0, 0, 1]);
    near(roundTrip(A, 0.5), A);
    near(roundTrip(A, 1), [1, 0, 0, 1]);
    expect(inverseEnd(A)).toBe(1);
    const S: Mat2 = [1, 2, 0.5, 1];
    near(roundTrip(S, 1), S);
    expect(inverseEnd(S)).toBe(0.5);
  });

  it('refuses a singular matrix in words, with rank, column space and null space', () => {
    const S: Mat2 = [1, 2, 0.5, 1];
    expect(refusal(S)).toMatch(/No inverse: det A = 0.*onto a line \(rank 1\)/);
    const r = inverseMode.readouts({ s: state({ matrix: S }), t: 0.5, hidden: false });
    expect(r[0]).toMatchObject({ tone: 'refusal' });
    expect(r[1]!.text).toMatch(
      /column space is the line along \(1, 0\.5\).*null space is the line along \(1, -0\.5\)/,
    );
    expect(inverseMode.predict.question(state({ matrix: S })).ok).toBe(false);
    expect(inverseMode.tex({ s: state({ matrix: S }), t: 1, hidden: false }, TEX)).toMatch(/does not exist/);
  });

  it('shows A⁻¹ and asks for the arrow A sends to î (the first column of A⁻¹)', () => {
    const s = state({ matrix: [2, 1, 1, 1] });
    expect(inverseMode.describe({ s, t: 1, hidden: false })).toMatch(/A⁻¹ has rows 1 -1 and -1 2/);
    expect(inverseMode.predict.score(s, [1, -1]).prediction).toMatchObject({ target: [1, -1], distance: 0 });
  });
});

describe('column space and null space', () => {
  it('rank 2, 1 and 0', () => {
    expect(spacesSentence(spacesOf([1, 0, 0, 1]))).toMatch(/^Rank 2/);
    expect(spacesSentence(spacesOf([1, 1, 1, 1]))).toMatch(
      /^Rank 1: the column space is the line along \(1, 1\).*along \(1, -1\)/,
    );
    expect(spacesSentence(spacesOf([0, 0, 0, 0]))).toMatch(/^Rank 0/);
    expect(niceDirection([-0.5, -1])).toEqual([0.5, 1]);
    expect(
      transformMode.describe({ s: state({ matrix: [1, 1, 1, 1], spaces: true }), t: 1, hidden: false }),
    ).toMatch(/Rank 1/);
  });
});

describe('dot', () => {
  it('u·v, lengths, cosine, angle and the shadow for u = (3, 1), v = (1, 2)', () => {
    const d = dotInfo([3, 1], [1, 2]);
    expect(d.dot).toBe(5);
    expect(d.cos).toBeCloseTo(Math.SQRT1_2, 12);
    expect(d.degrees).toBeCloseTo(45, 10);
    near(d.shadow as Vec2, [1.5, 0.5]);
    expect(d.along).toBeCloseTo(5 / Math.sqrt(10), 12);
  });

  it('perpendicular, opposite and zero vectors are said in words', () => {
    expect(dotSentence([1, 0], [0, 2])).toMatch(/perpendicular.*u·v = 0/);
    expect(dotSentence([1, 0], [-2, 1])).toMatch(/against u: u·v = -2 < 0/);
    expect(dotSentence([0, 0], [1, 1])).toMatch(/u is the zero vector/);
    expect(dotSentence([1, 1], [0, 0])).toMatch(/v is the zero vector/);
    expect(dotInfo([0, 0], [1, 1]).shadow).toBeUndefined();
    expect(dotMode.predict.question(state({ u: [0, 0] })).ok).toBe(false);
  });
});

describe('basis', () => {
  it('coordinates of v in b₁, b₂ and the change-of-basis matrices', () => {
    const b = basisCoords(state({ b1: [2, 1], b2: [-1, 1], v: [1, 2] }));
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    near(b.coords, [1, 1]);
    near(b.p, [2, -1, 1, 1]);
    near(b.pInv, [1 / 3, 1 / 3, -1 / 3, 2 / 3], 1e-15);
    expect(
      basisMode.describe({ s: state({ b1: [2, 1], b2: [-1, 1], v: [3, 3] }), t: 1, hidden: false }),
    ).toMatch(/it is \(2, 1\): v = 2·b₁ \+ 1·b₂/);
  });

  it('refuses two vectors on one line, in words', () => {
    const s = state({ b1: [1, 1], b2: [-2, -2] });
    expect(basisCoords(s).ok).toBe(false);
    const r = basisMode.readouts({ s, t: 1, hidden: false });
    expect(r).toEqual([
      { tone: 'refusal', text: expect.stringMatching(/^Not a basis: the two basis vectors lie on one line/) },
    ]);
    expect(basisMode.predict.question(s).ok).toBe(false);
  });

  it('says negative coordinates as a signed sum, in every sentence', () => {
    const s = state({ b1: [1, 0], b2: [0, 1], v: [2, -1] });
    const m = { s, t: 1, hidden: false };
    const q = basisMode.predict.question(s);
    for (const text of [
      basisMode.describe(m),
      basisMode
        .readouts(m)
        .map((r) => r.text)
        .join(' '),
      q.text,
    ]) {
      expect(text).toMatch(/2·b₁ − 1·b₂/);
      expect(text).not.toMatch(/\+ -/);
    }
  });

  it('keeps the corner c₁·b₁ of the dashed path in view', () => {
    const s = state({ b1: [2, 1], b2: [-1, 1], v: [3, 3] });
    // v = 2·b₁ + 1·b₂: the path turns at 2·b₁ = (4, 2), outside the box of b₁, b₂ and v.
    expect(basisMode.keep({ s, t: 1, hidden: false })).toContainEqual([4, 2]);
    expect(basisMode.keep({ s, t: 1, hidden: true })).not.toContainEqual([4, 2]);
  });
});

describe('eigen', () => {
  const lit = (m: Mat2) => fan(eigen2(m)).filter((a) => a.lambda !== undefined);
  it('a symmetric matrix lights two lines (four arrows) with λ = 3 and 1', () => {
    const on = lit([2, 1, 1, 2]);
    expect(on).toHaveLength(4);
    expect(on.map((a) => a.lambda).sort()).toEqual([1, 1, 3, 3]);
    expect(keptSentence(eigen2([2, 1, 1, 2]))).toMatch(
      /along \(1, 1\) are stretched by 3; arrows along \(1, -1\) are stretched by 1/,
    );
  });

  it('a rotation lights none (complex pair), a shear one line, a multiple of I every arrow', () => {
    expect(lit([0, -1, 1, 0])).toHaveLength(0);
    expect(keptSentence(eigen2([0, -1, 1, 0]))).toMatch(
      /no real eigenvectors; the eigenvalues are the complex pair 0 ± 1i/,
    );
    const shear = lit([1, 1, 0, 1]);
    expect(shear).toHaveLength(2);
    shear.forEach((a) => expect(Math.abs(a.dir[1])).toBeLessThan(1e-12));
    expect(lit([2, 0, 0, 2])).toHaveLength(FAN_SIZE);
  });

  it('scores a guess by its distance to the nearest eigenvector line', () => {
    const r = eigenMode.predict.score(state({ matrix: [2, 1, 1, 2] }), [1, 0]);
    near(r.prediction.target, [0.5, 0.5], 1e-12);
    expect(r.prediction.distance).toBeCloseTo(Math.SQRT1_2, 12);
    expect(eigenMode.predict.score(state({ matrix: [0, -1, 1, 0] }), [1, 0]).sentence).toMatch(
      /Trick question/,
    );
    expect(eigenMode.predict.score(state({ matrix: [2, 1, 1, 2] }), [2, 2]).sentence).toMatch(
      /\(2, 2\) lies exactly on an eigenvector line\. Spot on!$/,
    );
  });

  it('a guess at the origin is not an eigenvector: no praise, a way out', () => {
    for (const guess of [
      [0, 0],
      [0.01, -0.02],
    ] as Vec2[]) {
      const sentence = eigenMode.predict.score(state({ matrix: [2, 1, 1, 2] }), guess).sentence;
      expect(sentence).not.toMatch(/Spot on|Close/);
      expect(sentence).toMatch(/zero vector, which has no direction.*drag the ring away from the origin/);
    }
  });

  it('the characteristic polynomial drops zero terms and folds signs', () => {
    expect(charPoly(0, 1)).toBe('\\lambda^2 + 1');
    expect(charPoly(0, -1)).toBe('\\lambda^2 - 1');
    expect(charPoly(4, 3)).toBe('\\lambda^2 - 4\\lambda + 3');
    expect(charPoly(-1, 0)).toBe('\\lambda^2 + \\lambda');
    expect(charPoly(2.5, -0.5)).toBe('\\lambda^2 - 2.5\\lambda - 0.5');
    const tex = eigenMode.tex({ s: state({ matrix: [0, -1, 1, 0] }), t: 1, hidden: false }, TEX);
    expect(tex).toContain('\\lambda^2 + 1 = 0');
  });
});

describe('transform words without the formula', () => {
  const input = (p: Partial<PlaneState>, t: number) => ({ s: state(p), t, hidden: false });
  it('say what is shown, not the hidden matrix, while formula is off', () => {
    const m = input({ matrix: [3, 0, 0, 2], formula: false }, 0);
    expect(transformMode.describe(m)).toMatch(/Determinant 1: areas are kept/);
    expect(transformMode.describe(m)).not.toMatch(/6|grow/);
    expect(transformMode.detMatrix?.(m)).toEqual([1, 0, 0, 1]);
    expect(transformMode.describe(input({ matrix: [3, 0, 0, 2], formula: false }, 1))).toMatch(
      /Determinant 6: areas grow 6 times/,
    );
  });

  it('keep speaking of the matrix itself with the formula on', () => {
    const m = input({ matrix: [3, 0, 0, 2], formula: true }, 0);
    expect(transformMode.describe(m)).toMatch(/î lands at \(3, 0\) and ĵ at \(0, 2\)\. Determinant 6/);
    expect(transformMode.detMatrix?.(m)).toEqual([3, 0, 0, 2]);
  });
});

describe('feedback', () => {
  it('adds the hint only when the guess was not close', () => {
    expect(feedback(scoreAgainst([1, 1], [1, 1]), 'X', 'HINT')).toMatch(/exactly X\. Spot on!$/);
    expect(feedback(scoreAgainst([1, 1.2], [1, 1]), 'X', 'HINT')).not.toMatch(/HINT/);
    expect(feedback(scoreAgainst([3, 1], [1, 1]), 'X', 'HINT')).toMatch(/Quite far\. HINT$/);
  });
});

const TEX = {
  i: '#b84a00',
  j: '#0060a8',
  k: '#007a55',
  data: '#6b3fa0',
  model: '#00736a',
  gradient: '#a8005f',
  error: '#c0121f',
};

describe('predict-first feedback names the classic slip (review D3)', () => {
  it('lesson 02: the first row read as the first column', () => {
    const s = state({ matrix: [2, 1, -1, 1] });
    expect(transformMode.predict!.score(s, [2, 1]).sentence).toMatch(/That is the first row of the matrix/);
    expect(transformMode.predict!.score(s, [2, -1]).sentence).toMatch(/Spot on!$/);
  });

  it('lesson 03: the first column of AB instead of BA', () => {
    const s = state({ matrix: [1, 0, 1, 1], second: [-1, 0, 0, 1] });
    expect(compositionMode.predict!.score(s, [-1, -1]).sentence).toMatch(/That is the first column of AB/);
    expect(compositionMode.predict!.score(s, [0, 1]).sentence).not.toMatch(/AB/);
  });

  it('lesson 05: Aî instead of A⁻¹î', () => {
    const s = state({ mode: 'inverse', matrix: [1, 1, 1, 2] });
    expect(inverseMode.predict!.score(s, [1, 1]).sentence).toMatch(/That is Aî, where A sends î/);
  });

  it('lesson 06: the shadow of u on v instead of v on u', () => {
    const s = state({ mode: 'dot', u: [4, 2], v: [1, 3] });
    const other = dotInfo([1, 3], [4, 2]).shadow!;
    expect(dotMode.predict!.score(s, other).sentence).toMatch(/the other way round/);
  });

  it('lesson 07: the coordinates read as the point (P instead of P⁻¹)', () => {
    const s = state({ mode: 'basis', b1: [1, 1], b2: [-1, 2], v: [3, 0] });
    expect(basisMode.predict!.score(s, [2, -1]).sentence).toMatch(/the P \/ P⁻¹ slip/);
  });

  it('lesson 08: a direction is judged by its angle, not its distance', () => {
    const s = state({ mode: 'eigen', matrix: [3, 1, 0, 2] });
    // (0, 2) is 1.41 from the line y = −x but 45° off both lines: quite far, whatever the distance.
    expect(eigenMode.predict!.score(s, [0, 2]).sentence).toMatch(
      /points 45° away .* Quite far: a direction counts by its angle/,
    );
    // Far out along the x-axis but a hair above it: right in direction.
    expect(eigenMode.predict!.score(s, [5, 0.1]).sentence).toMatch(/points 1\.1° away .* Spot on!$/);
  });
});
