/**
 * The live formula's TeX, built from numbers only, so it is always valid KaTeX input. Colours
 * follow the picture: var(x) and σx in the î colour (the bar along the x-axis), var(y) and σy in
 * the ĵ colour, the covariance and correlation in the gradient colour (the tilt), the eigenvalues
 * and the ellipse's axes in the model colour, the sample (the points) in the data colour.
 */
import type { Analysis } from './model';
import { num } from './words';

export interface TexColors {
  readonly x: string;
  readonly y: string;
  readonly cov: string;
  readonly model: string;
  readonly data: string;
}

const col = (color: string, body: string): string => `\\textcolor{${color}}{${body}}`;
const bmatrix = (a: string, b: string, c: string, d: string): string =>
  `\\begin{bmatrix} ${a} & ${b} \\\\ ${c} & ${d} \\end{bmatrix}`;

export function covarianceTex(
  a: Analysis,
  s: { sdX: number; sdY: number; rho: number },
  c: TexColors,
  withSample: boolean,
): string {
  const [sxx, sxy, , syy] = a.covariance;
  const sigma = bmatrix(
    col(c.x, '\\sigma_x^2'),
    col(c.cov, '\\rho\\,\\sigma_x\\sigma_y'),
    col(c.cov, '\\rho\\,\\sigma_x\\sigma_y'),
    col(c.y, '\\sigma_y^2'),
  );
  const values = bmatrix(col(c.x, num(sxx)), col(c.cov, num(sxy)), col(c.cov, num(sxy)), col(c.y, num(syy)));
  const rows = [
    `\\Sigma = ${sigma}`,
    `= ${values}`,
    `\\rho = \\frac{${col(c.cov, '\\operatorname{cov}(x, y)')}}{${col(c.x, '\\sigma_x')}\\,${col(c.y, '\\sigma_y')}} = \\frac{${col(c.cov, num(sxy))}}{${col(c.x, num(s.sdX))} \\cdot ${col(c.y, num(s.sdY))}} = ${col(c.cov, num(s.rho))}`,
    `\\lambda_1 = ${col(c.model, num(a.ellipse.variances[0]))},\\ \\lambda_2 = ${col(c.model, num(a.ellipse.variances[1]))}`,
  ];
  if (withSample && a.sample) {
    const [qxx, qxy, , qyy] = a.sample.covariance;
    rows.push(
      `S = ${col(c.data, bmatrix(num(qxx), num(qxy), num(qxy), num(qyy)))},\\ r = ${col(c.data, num(a.sample.correlation))}`,
    );
  }
  return `\\begin{aligned} ${rows.map((r) => (r.startsWith('= ') ? `&${r}` : r.replace(' = ', ' &= '))).join(' \\\\[0.6em] ')} \\end{aligned}`;
}
