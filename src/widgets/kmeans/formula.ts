/**
 * The live formula's TeX, built from numbers only, so it is always valid KaTeX input. The points
 * x are in the data colour, the centroids μ in their cluster's colour (cluster 1 is written out),
 * the inertia J in the error colour: the same colours as the picture.
 */
import type { Data, RunState } from '../../math/ml/kmeans';
import { inertiaText, num } from './words';

export interface TexColors {
  readonly data: string;
  readonly err: string;
  /** Cluster 1's colour. */
  readonly first: string;
}

const col = (c: string, body: string): string => `\\textcolor{${c}}{${body}}`;

export function kmeansTex(
  st: RunState,
  data: Data,
  next: 'assign' | 'update' | 'done',
  c: TexColors,
): string {
  const x = col(c.data, 'x_i');
  const mu = (sub: string): string => col(c.first, `\\mu_{${sub}}`);
  const J = col(c.err, 'J');
  const rows: string[] = [];
  rows.push(
    `${J} &= \\sum_{i=1}^{${data.n}} \\lVert ${x} - \\mu_{c_i} \\rVert^2 \\\\ &= ${st.inertia === undefined ? '\\text{(not yet assigned)}' : col(c.err, inertiaText(st.inertia))}`,
  );
  const showUpdate = st.phase === 'update' || (st.phase === 'assign' && next === 'update');
  if (showUpdate && st.labels) {
    let count = 0;
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < data.n; i++)
      if (st.labels[i] === 0) {
        count++;
        sx += data.x[2 * i]!;
        sy += data.x[2 * i + 1]!;
      }
    const target =
      st.phase === 'update'
        ? [st.centroids[0]!, st.centroids[1]!]
        : count
          ? [sx / count, sy / count]
          : [st.centroids[0]!, st.centroids[1]!];
    // Two rows, so the widget's side panel never has to scroll the formula sideways.
    rows.push(
      `${mu('1')} &\\leftarrow \\frac{1}{\\lvert C_1 \\rvert} \\sum_{i \\in C_1} ${x} = \\frac{1}{${count}} (${num(sx)},\\ ${num(sy)})`,
      `&= ${col(c.first, `(${num(target[0]!)},\\ ${num(target[1]!)})`)}`,
    );
  } else {
    rows.push(
      `c_i &\\leftarrow \\arg\\min_j \\lVert ${x} - ${col(c.first, '\\mu_j')} \\rVert^2`,
      `${mu('1')} &= ${col(c.first, `(${num(st.centroids[0]!)},\\ ${num(st.centroids[1]!)})`)}`,
    );
  }
  return `\\begin{aligned} ${rows.join(' \\\\[0.5em] ')} \\end{aligned}`;
}
