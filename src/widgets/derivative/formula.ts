/**
 * The live formula of `<lumen-derivative>` as TeX, built from numbers only (never from text the
 * learner typed), so it is always valid KaTeX input. Colours match the picture: the point x0 like
 * the data, h and the secant like î, the exact slope like a gradient; in chain mode dx, du and dy
 * like their number lines, and dy/dx like a gradient.
 */
import type { ChainNumbers } from '../../math/calculus';
import { num, type TangentNumbers } from './model';
import { tex } from '../../math/number-text';
import type { TexPalette, TexVariants } from '../../ui/formula-view';

export interface DerivativeColors {
  readonly point: string;
  readonly secant: string;
  readonly slope: string;
  readonly x: string;
  readonly u: string;
  readonly y: string;
}

const c = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;

/** A number for TeX (powers of ten written out), "?" when undefined. */
export function texNum(x: number, digits = 4): string {
  return Number.isFinite(x) ? tex(x, digits) : '?';
}

/** A factor in a product: negative numbers and powers of ten in parentheses. */
function factor(x: number, digits = 4): string {
  const s = texNum(x, digits);
  return x < 0 || s.includes('\\times') ? `(${s})` : s;
}

/** x0 + h as an argument: "1 + 0.5". */
function shiftArg(x0: number, h: number, col: DerivativeColors): string {
  return `${c(col.point, texNum(x0))} + ${c(col.secant, texNum(h))}`;
}

/**
 * Tangent mode. `hidden`: predict-first before Reveal, the exact slope is a question mark.
 *
 *   (f(x0+h) − f(x0)) / h = (f(1 + 0.5) − f(1)) / 0.5 = 2.75
 *   f′(x0) = lim_{h→0} … = 1
 */
export function tangentTex(t: TangentNumbers, col: DerivativeColors, hidden: boolean): string {
  const secant =
    `\\frac{f(x_0 + h) - f(x_0)}{h} &= \\frac{f(${shiftArg(t.x0, t.h, col)}) - f(${c(col.point, texNum(t.x0))})}{${c(col.secant, texNum(t.h))}}` +
    ` = ${c(col.secant, texNum(t.secant, 6))}`;
  const exact = `f'(${c(col.point, texNum(t.x0))}) &= \\lim_{h \\to 0} \\frac{f(x_0 + h) - f(x_0)}{h} ${hidden ? '= \\,?' : exactTex(t, col)}`;
  return `\\begin{aligned} ${secant} \\\\ ${exact} \\end{aligned}`;
}

/** The same numbers for a slim column (a phone): x0 and h on their own line, no symbolic middle part. */
export function tangentTexNarrow(t: TangentNumbers, col: DerivativeColors, hidden: boolean): string {
  return (
    `\\begin{aligned} x_0 &= ${c(col.point, texNum(t.x0))},\\quad h = ${c(col.secant, texNum(t.h))} \\\\ ` +
    `\\frac{f(x_0 + h) - f(x_0)}{h} &= ${c(col.secant, texNum(t.secant, 6))} \\\\ ` +
    `f'(x_0) & ${hidden ? '= \\,?' : exactTex(t, col)} \\end{aligned}`
  );
}

/** "= 1", or at a corner "does not exist (left 0, right 1)": the limit has no value there. */
function exactTex(t: TangentNumbers, col: DerivativeColors): string {
  if (t.sides)
    return `\\text{ does not exist}\\ (\\text{left } ${c(col.slope, texNum(t.sides[0], 6))},\\ \\text{right } ${c(col.slope, texNum(t.sides[1], 6))})`;
  return `= ${c(col.slope, texNum(t.slope, 6))}`;
}

export function tangentWords(t: TangentNumbers, hidden: boolean): string {
  const secant = `(f(x0 + h) − f(x0)) / h = (f(${num(t.x0)} + ${num(t.h)}) − f(${num(t.x0)})) / ${num(t.h)} = ${num(t.secant, 6)}; `;
  if (!hidden && t.sides)
    return `${secant}as h shrinks to 0 this has no single limit: the slope is ${num(t.sides[0], 6)} from the left and ${num(t.sides[1], 6)} from the right, so f′(${num(t.x0)}) does not exist.`;
  return `${secant}as h shrinks to 0 this tends to f′(${num(t.x0)}) = ${hidden ? '?' : num(t.slope, 6)}.`;
}

/**
 * Chain mode.
 *
 *   du ≈ g′(x) dx = 3 · 0.1 = 0.3          (scale factor of the first stage)
 *   dy ≈ f′(u) du = 0.2 · 0.3 = 0.06       (scale factor of the second)
 *   dy/dx = f′(g(x)) · g′(x) = 0.2 · 3 = 0.6
 */
export function chainTex(n: ChainNumbers, col: DerivativeColors, hidden: boolean): string {
  const a = c(col.y, factor(n.fSlope));
  const b = c(col.u, factor(n.gSlope));
  const du = `${c(col.u, 'du')} &\\approx ${c(col.u, "g'(x)")}\\,${c(col.x, 'dx')} = ${b} \\cdot ${c(col.x, factor(n.dx))} = ${c(col.u, texNum(n.du))}`;
  const dy = `${c(col.y, 'dy')} &\\approx ${c(col.y, "f'(u)")}\\,${c(col.u, 'du')} = ${a} \\cdot ${c(col.u, factor(n.du))} = ${c(col.y, texNum(n.dy))}`;
  const total = hidden
    ? `\\frac{dy}{dx} &= ${c(col.y, "f'(g(x))")} \\cdot ${c(col.u, "g'(x)")} = \\,?`
    : `\\frac{dy}{dx} &= ${c(col.y, "f'(g(x))")} \\cdot ${c(col.u, "g'(x)")} = ${a} \\cdot ${b} = ${c(col.slope, texNum(n.slope))}`;
  return hidden
    ? `\\begin{aligned} ${total} \\end{aligned}`
    : `\\begin{aligned} ${du} \\\\ ${dy} \\\\ ${total} \\end{aligned}`;
}

/** The chain for a slim column: the numbers only, coloured the same way. */
export function chainTexNarrow(n: ChainNumbers, col: DerivativeColors, hidden: boolean): string {
  const a = c(col.y, factor(n.fSlope));
  const b = c(col.u, factor(n.gSlope));
  if (hidden) return `\\frac{dy}{dx} = ${c(col.y, "f'")} \\cdot ${c(col.u, "g'")} = \\,?`;
  return (
    `\\begin{aligned} ${c(col.u, 'du')} &\\approx ${b} \\cdot ${c(col.x, factor(n.dx))} = ${c(col.u, texNum(n.du))} \\\\ ` +
    `${c(col.y, 'dy')} &\\approx ${a} \\cdot ${c(col.u, factor(n.du))} = ${c(col.y, texNum(n.dy))} \\\\ ` +
    `\\frac{dy}{dx} &= ${a} \\cdot ${b} = ${c(col.slope, texNum(n.slope))} \\end{aligned}`
  );
}

export function chainWords(n: ChainNumbers, hidden: boolean): string {
  if (hidden) return 'dy/dx = f′(g(x)) · g′(x) = ? (make your guess first).';
  return (
    `du ≈ g′(x) dx = ${num(n.gSlope)} × ${num(n.dx)} = ${num(n.du)}; ` +
    `dy ≈ f′(u) du = ${num(n.fSlope)} × ${num(n.du)} = ${num(n.dy)}; ` +
    `dy/dx = f′(g(x)) · g′(x) = ${num(n.fSlope)} × ${num(n.gSlope)} = ${num(n.slope)}.`
  );
}

/** The formula's colours from the theme's TeX palette: x0 like the data, h like î, f′ like a gradient. */
export function derivativeColors(p: TexPalette): DerivativeColors {
  return { point: p.data, secant: p.i, slope: p.gradient, x: p.i, u: p.j, y: p.k };
}

/** What the formula shows: the TeX (wide and narrow) and its words. */
export interface FormulaShown {
  readonly tex: TexVariants | string;
  readonly words: string;
}

export function tangentFormula(t: TangentNumbers, col: DerivativeColors, hidden: boolean): FormulaShown {
  return {
    tex: { wide: tangentTex(t, col, hidden), narrow: tangentTexNarrow(t, col, hidden) },
    words: tangentWords(t, hidden),
  };
}

export function chainFormula(
  n: ChainNumbers | undefined,
  col: DerivativeColors,
  hidden: boolean,
  overflow = false,
): FormulaShown {
  if (!n && overflow)
    return { tex: '\\text{too large to compute here}', words: 'f(g(x)) is too large to compute here.' };
  if (!n) return { tex: '\\text{not defined here}', words: 'f(g(x)) is not defined here.' };
  return {
    tex: { wide: chainTex(n, col, hidden), narrow: chainTexNarrow(n, col, hidden) },
    words: chainWords(n, hidden),
  };
}
