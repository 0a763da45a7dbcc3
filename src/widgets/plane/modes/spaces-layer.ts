/**
 * Column space and null space of A, in words and on the plot (mode transform with `spaces`, and
 * mode inverse). The column space is where every vector lands (palette "model": what the matrix
 * can output); the null space is the set of vectors that land on 0 (palette "error": what is
 * lost). The null space is drawn where those vectors start, plus a row of dots on it that ride
 * the animation and collapse into the origin as the squash completes.
 */
import { apply, type Mat2, type Vec2 } from '../../../math/mat2';
import { columnSpace2, nullSpace2, rank2 } from '../../../math/spaces';
import { dot, lineLabel, originLine, type DrawContext, type Frame } from '../draw-kit';
import { niceDirection, point } from './common';

export interface Spaces {
  readonly rank: 0 | 1 | 2;
  /** Unit direction of the column space when it is a line. */
  readonly column: Vec2 | undefined;
  /** Unit direction of the null space when it is a line. */
  readonly nullDir: Vec2 | undefined;
}

export function spacesOf(m: Mat2): Spaces {
  const rank = rank2(m);
  return {
    rank,
    column: rank === 1 ? columnSpace2(m)[0] : undefined,
    nullDir: rank === 1 ? nullSpace2(m)[0] : undefined,
  };
}

/** "Rank 1: the column space is the line along (1, 0.5) …" */
export function spacesSentence(sp: Spaces): string {
  if (sp.rank === 2)
    return 'Rank 2: the column space is the whole plane, and the null space is only the zero vector.';
  if (sp.rank === 0)
    return 'Rank 0: every vector lands on 0, so the null space is the whole plane and the column space is just 0.';
  const c = point(niceDirection(sp.column ?? [1, 0]));
  const n = point(niceDirection(sp.nullDir ?? [0, 1]));
  return `Rank 1: the column space is the line along ${c}, where every vector lands; the null space is the line along ${n}, and every vector on it lands on 0.`;
}

/** Multiples of the null direction that get a dot (in grid units along it). */
const NULL_DOTS = [-3, -2.5, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 2.5, 3];

/**
 * Draws both spaces of `a` on a plot currently showing `shown`. `landed` (0..1): how far the
 * squash has gone, which fades the column space line in. Returns the notes for the corner.
 */
export function drawSpaces(ctx: DrawContext, f: Frame, a: Mat2, shown: Mat2, landed: number): string[] {
  const sp = spacesOf(a);
  const { colors } = f;
  if (sp.rank === 2) return [];
  if (sp.rank === 0) {
    // Everything is in the null space: a faint wash over the whole plot, and every vector lands on 0.
    ctx.fillStyle = colors.error;
    ctx.globalAlpha = 0.08;
    ctx.fillRect(0, 0, f.view.width, f.view.height);
    ctx.globalAlpha = 1;
    dot(ctx, f, [0, 0], 6, colors.model);
    return ['rank 0: everything lands on 0'];
  }
  const col = sp.column as Vec2;
  const nul = sp.nullDir as Vec2;
  const fade = Math.min(1, Math.max(0, landed));
  originLine(ctx, f, col, colors.model, 5, 0.25 + 0.55 * fade, fade < 1 ? [12, 8] : undefined);
  lineLabel(ctx, f, col, 1, 'column space', colors.model);
  originLine(ctx, f, nul, colors.error, 2.5, 0.9, [3, 5]);
  lineLabel(ctx, f, nul, -1, 'null space → 0', colors.error);
  for (const k of NULL_DOTS) dot(ctx, f, apply(shown, [k * nul[0], k * nul[1]]), 3.5, colors.error);
  return ['rank 1'];
}
