/**
 * Folds item values (draws, sample means, resample statistics) into the progress every path
 * reports: histogram, sum, sum of squares, the running-mean trace. Values arrive in item order,
 * whatever the chunk sizes, so the same values give the same sums to the last bit. With `tally`,
 * it also counts each exact value (for statistics with few possible values, such as a bootstrap
 * median, whose percentile bounds must be values it can take, not points inside a bin).
 */
import { tracePoints, type Bins, type SimProgress } from '../math/sim/job';

export class Accumulator {
  done = 0;
  sum = 0;
  sumSq = 0;
  readonly histogram: Float64Array;
  private readonly width: number;
  private readonly points: number[] | undefined;
  private readonly trace: number[] = [];
  private readonly tally: Map<number, number> | undefined;

  constructor(
    readonly total: number,
    private readonly bins: Bins,
    withTrace: boolean,
    tally = false,
  ) {
    this.tally = tally ? new Map() : undefined;
    this.histogram = new Float64Array(bins.n);
    this.width = (bins.hi - bins.lo) / bins.n;
    this.points = withTrace ? tracePoints(total) : undefined;
  }

  add(values: ArrayLike<number>, count = values.length): void {
    const { lo, hi, n } = this.bins;
    const w = this.width;
    const h = this.histogram;
    const points = this.points;
    const tally = this.tally;
    let sum = this.sum;
    let sumSq = this.sumSq;
    let done = this.done;
    for (let i = 0; i < count; i++) {
      const x = values[i] as number;
      sum += x;
      sumSq += x * x;
      done++;
      if (x >= lo && x <= hi) {
        const k = Math.floor((x - lo) / w);
        h[k < n ? k : n - 1]!++;
      }
      if (tally) tally.set(x, (tally.get(x) ?? 0) + 1);
      if (points && done === points[this.trace.length]) this.trace.push(sum / done);
    }
    this.sum = sum;
    this.sumSq = sumSq;
    this.done = done;
  }

  snapshot(): SimProgress {
    const p: SimProgress = {
      done: this.done,
      total: this.total,
      histogram: this.histogram.slice(),
      sum: this.sum,
      sumSq: this.sumSq,
    };
    if (this.points) p.trace = Float64Array.from(this.trace);
    if (this.tally) {
      const values = Float64Array.from(this.tally.keys()).sort();
      p.tally = { values, counts: Float64Array.from(values, (v) => this.tally!.get(v)!) };
    }
    return p;
  }
}
