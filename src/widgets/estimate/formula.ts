/**
 * The live formula's TeX, built from numbers only (never from text a page supplied), so it is
 * always valid KaTeX input. Colours match the picture: the sample's numbers in the data colour,
 * the interval in the data colour (the error colour when it misses), the true value and the tried
 * parameter in the j colour, the maximum-likelihood estimate in the model colour.
 */
import { statisticOf, truth, type IntervalRow, type LikelihoodModel } from './model';
import type { EstimateNumbers } from './numbers';
import type { EstimateState, Method } from './props';
import { likelihoodWords, num } from './words';

export interface EstimateTexColors {
  readonly data: string;
  readonly truth: string;
  readonly model: string;
  readonly error: string;
}

const c = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;
/** A number in TeX: plain ASCII minus. */
const n = (x: number, d: number): string => num(x, d).replace('\u2212', '-');

/** The selected interval written out: x̄ ± t·s/√n = numbers = [lo, hi], and whether it holds the truth. */
export function intervalTex(o: {
  row: IntervalRow;
  method: Method;
  level: number;
  n: number;
  truth: number;
  sigma: number;
  decimals: number;
  colors: EstimateTexColors;
}): string {
  const { row, decimals: d, colors } = o;
  const ivColor = row.miss ? colors.error : colors.data;
  const q = n(1 - (1 - o.level / 100) / 2, 3);
  const crit = n(row.critical, 3);
  const ends = c(ivColor, `[\\,${n(row.lo, d)},\\ ${n(row.hi, d)}\\,]`);
  const truthName = o.method === 'wald' || o.method === 'wilson' ? 'p' : '\\mu';
  const holds = `${row.miss ? '\\not\\ni' : '\\ni'} ${c(colors.truth, `${truthName} = ${n(o.truth, d)}`)}`;
  let body: string;
  switch (o.method) {
    case 't':
      body =
        `${c(colors.data, '\\bar x')} \\pm t_{${q},\\,${o.n - 1}}\\,\\frac{${c(colors.data, 's')}}{\\sqrt{n}}` +
        ` = ${c(colors.data, n(row.estimate, d))} \\pm ${crit}\\cdot\\frac{${c(colors.data, n(row.spread, d))}}{\\sqrt{${o.n}}}`;
      break;
    case 'z':
      body =
        `${c(colors.data, '\\bar x')} \\pm z_{${q}}\\,\\frac{\\sigma}{\\sqrt{n}}` +
        ` = ${c(colors.data, n(row.estimate, d))} \\pm ${crit}\\cdot\\frac{${n(o.sigma, d)}}{\\sqrt{${o.n}}}`;
      break;
    case 'wald':
      body =
        `${c(colors.data, '\\hat p')} \\pm z_{${q}}\\sqrt{\\tfrac{\\hat p(1-\\hat p)}{n}}` +
        ` = ${c(colors.data, n(row.estimate, d))} \\pm ${crit}\\sqrt{\\tfrac{${n(row.estimate, d)}\\cdot ${n(1 - row.estimate, d)}}{${o.n}}}`;
      break;
    case 'wilson':
      body =
        `\\frac{${c(colors.data, '\\hat p')} + \\frac{z^2}{2n}}{1 + \\frac{z^2}{n}} \\pm \\frac{z}{1+\\frac{z^2}{n}}\\sqrt{\\tfrac{\\hat p(1-\\hat p)}{n} + \\tfrac{z^2}{4n^2}}` +
        ` = ${n(row.center, d)} \\pm ${n((row.hi - row.lo) / 2, d)}`;
      break;
  }
  return `${body} = ${ends} ${holds}`;
}

/** The log-likelihood with its numbers at the tried parameter, and the maximum. */
export function likelihoodTex(o: {
  coin: boolean;
  profile: boolean;
  model: LikelihoodModel;
  theta: number;
  decimals: number;
  colors: EstimateTexColors;
}): string {
  const { model: m, decimals: d, colors } = o;
  const th = n(o.theta, d);
  const logL = n(m.logL(o.theta), 2);
  const mle = c(colors.model, n(m.mle, d));
  if (o.coin) {
    const k = m.heads;
    const tails = m.n - k;
    const tried = c(colors.truth, th);
    return (
      `\\begin{gathered}\\log L(${c(colors.truth, 'p')}) = ${c(colors.data, String(k))}\\log p + ${c(colors.data, String(tails))}\\log(1-p)` +
      ` \\\\ \\log L(${tried}) = ${c(colors.data, String(k))}\\log ${tried} + ${c(colors.data, String(tails))}\\log(1 - ${tried}) = ${logL}` +
      `,\\quad ${c(colors.model, '\\hat p')} = \\tfrac{${c(colors.data, String(k))}}{${m.n}} = ${mle}\\end{gathered}`
    );
  }
  const mu = c(colors.truth, '\\mu');
  const general = o.profile
    ? `\\log L(${mu}) = -\\tfrac{n}{2}\\left(\\log 2\\pi\\hat\\sigma(${mu})^2 + 1\\right),\\ \\hat\\sigma(${mu})^2 = \\tfrac{1}{n}\\textstyle\\sum_i (${c(colors.data, 'x_i')} - ${mu})^2`
    : `\\log L(${mu}) = -\\tfrac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{\\sum_i (${c(colors.data, 'x_i')} - ${mu})^2}{2\\sigma^2},\\ \\sigma = ${n(m.sigma, d)}`;
  return (
    `\\begin{gathered}${general} \\\\ \\log L(${c(colors.truth, th)}) = ${logL},\\quad ` +
    `${c(colors.model, '\\hat\\mu')} = ${c(colors.data, '\\bar x')} = ${mle},\\ \\log L(${mle}) = ${n(m.maxLogL, 2)}\\end{gathered}`
  );
}

/** The bootstrap percentile interval with its numbers. */
export function bootstrapTex(o: {
  statistic: 'mean' | 'median';
  estimate: number;
  lo: number;
  hi: number;
  level: number;
  resamples: number;
  decimals: number;
  colors: EstimateTexColors;
}): string {
  const { decimals: d, colors } = o;
  const a = n((100 - o.level) / 2, 1);
  const b = n(100 - (100 - o.level) / 2, 1);
  const stat = o.statistic === 'median' ? '\\operatorname{med}' : '\\bar x';
  return (
    `\\begin{gathered}${c(colors.truth, `${stat} = ${n(o.estimate, d)}`)} \\\\ ` +
    `[\\,q_{${a}\\%},\\ q_{${b}\\%}\\,] \\text{ of ${o.resamples.toLocaleString('en-US')} } ${c(colors.data, `${stat}^{*}`)}` +
    ` = ${c(colors.model, `[\\,${n(o.lo, d)},\\ ${n(o.hi, d)}\\,]`)}\\end{gathered}`
  );
}

/**
 * The formula beside each mode's picture, with its words: the likelihood at θ, the selected
 * interval's construction, or the bootstrap's percentile interval (empty until it can be read).
 */
export function modeFormula(
  s: Readonly<EstimateState>,
  n: EstimateNumbers,
  colors: EstimateTexColors,
  o: {
    selected: number;
    interval: readonly [number, number] | undefined;
    resamples: number;
    bootWords: string;
  },
): { tex: string; words: string } | undefined {
  const d = n.decimals();
  if (s.mode === 'likelihood') {
    const coin = s.source === 'coin';
    const tex = likelihoodTex({
      coin,
      profile: s.profile,
      model: n.model(),
      theta: n.theta(),
      decimals: d,
      colors,
    });
    return { tex, words: likelihoodWords(coin, n) };
  }
  if (s.mode === 'intervals') {
    const row = n.rows()[o.selected];
    if (!row) return undefined;
    const t = truth(s);
    const tex = intervalTex({
      row,
      method: n.method(),
      level: s.level,
      n: s.n,
      truth: t,
      sigma: s.sd,
      decimals: d,
      colors,
    });
    const words = `Interval ${o.selected + 1}: ${num(row.lo, d)} to ${num(row.hi, d)}; it ${row.miss ? 'misses' : 'contains'} the true value ${num(t, d)}.`;
    return { tex, words };
  }
  const iv = o.interval;
  const estimate = statisticOf(n.sample(), s.statistic);
  const tex = iv
    ? bootstrapTex({
        statistic: s.statistic,
        estimate,
        lo: iv[0],
        hi: iv[1],
        level: s.level,
        resamples: o.resamples,
        decimals: d,
        colors,
      })
    : '';
  return { tex, words: o.bootWords };
}
