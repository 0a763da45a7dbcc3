/**
 * The `points` setting every classic-ML widget has: the learner's data as state, so attributes,
 * lesson directives (`points="1 2; 3 4"`, a class as a third column), the URL, `setState` and
 * `shareUrl()` all carry it. Pure; the lesson builder checks directives with it.
 */
import { customProp, type Prop } from '../props';
import { checkPoints, formatPoints, parsePoints, pointsEqual } from '../../math/ml/points-text';
import { MAX_POINTS, type Point } from '../../math/ml/points';

export function pointsProp(o: { default: readonly Point[]; doc: string }): Prop<readonly Point[]> {
  return customProp<readonly Point[]>({
    type: 'points',
    default: o.default,
    doc: o.doc,
    range: `"x y; x y; …" or "x y class; …" (class 0, 1 or 2), up to ${MAX_POINTS.toLocaleString('en')} points within ±1e6`,
    parse: (text) => {
      const r = parsePoints(text);
      return r.ok ? { ok: true, value: r.points } : { ok: false, error: r.error };
    },
    format: formatPoints,
    check: (v) => {
      const r = checkPoints(v);
      return r.ok ? { ok: true, value: r.points } : { ok: false, error: r.error };
    },
    equals: pointsEqual,
  });
}
