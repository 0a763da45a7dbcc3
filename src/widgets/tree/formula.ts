/**
 * The live formula of the node in focus, built from numbers only (always valid KaTeX input): its
 * impurity from its class shares, and the weighted impurity of the split it makes (or would make
 * next), in the gradient colour like the split line on the plane and the dot on the curves.
 */
import type { Candidate, TreeNode } from '../../math/ml/tree';
import type { Criterion } from '../../math/ml/impurity';
import { formatNumber } from '../../math/number-text';

export function num(x: number, digits = 3): string {
  const k = 10 ** digits;
  const r = Math.round(x * k) / k;
  return formatNumber(r === 0 ? 0 : r);
}

const col = (c: string, body: string): string => `\\textcolor{${c}}{${body}}`;

export function nodeTex(
  node: TreeNode,
  cut: Candidate | undefined,
  criterion: Criterion,
  split: string,
): string {
  const n = node.rows.length;
  const shares = [...node.counts].map((c) => `\\tfrac{${c}}{${n}}`);
  const I = criterion === 'gini' ? 'G' : 'H';
  const def =
    criterion === 'gini'
      ? `1 - \\left(${shares.map((s) => `${s}^2`).join(' + ')}\\right)`
      : `-\\left(${shares.map((s) => `${s}\\log_2 ${s}`).join(' + ')}\\right)`;
  const rows = [`${I}(\\text{node}) &= ${def}`, `&= ${num(node.impurity)}`];
  if (cut) {
    const name = cut.feature === 0 ? 'x' : 'y';
    rows.push(
      `${col(split, `${name} \\le ${num(cut.threshold)}`)}:\\ &\\tfrac{${cut.left}}{${n}}\\,${I}_L + \\tfrac{${cut.right}}{${n}}\\,${I}_R`,
      `&= ${col(split, num(cut.impurity))}`,
      `\\text{gain} &= ${num(node.impurity)} - ${num(cut.impurity)} = ${col(split, num(node.impurity - cut.impurity))}`,
    );
  }
  return `\\begin{aligned} ${rows.join(' \\\\[0.4em] ')} \\end{aligned}`;
}
