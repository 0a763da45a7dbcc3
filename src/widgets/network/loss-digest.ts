/**
 * A loss curve boiled down for drawing, kept up to date as epochs arrive. At max speed the widget
 * trains a thousand epochs a second, so after a few minutes a curve has hundreds of thousands of
 * points: redrawing them all every frame would make each frame slower than the last. The digest
 * keeps at most MAX_BLOCKS blocks of consecutive epochs, each with its lowest and highest finite
 * value (and where they were); when there are too many, neighbouring blocks merge in pairs. A
 * frame then costs the new epochs plus at most 2 · MAX_BLOCKS points, however long the run.
 * Up to MAX_BLOCKS epochs every block is one epoch: the curve is drawn point for point.
 *
 * The series is read, never copied: the engine appends to its arrays in place, so `update` only
 * reads the entries past the ones it has seen. A different array, a shorter one, or a changed
 * first entry means a new run (rewind, new settings), and the digest starts again.
 */
export const MAX_BLOCKS = 1024;

export class LossDigest {
  private block = 1;
  private count = 0;
  private max = 0;
  private source: readonly number[] | undefined;
  private first = NaN;
  private lo: number[] = [];
  private loAt: number[] = [];
  private hi: number[] = [];
  private hiAt: number[] = [];
  private out = new Float64Array(4 * MAX_BLOCKS + 8);

  /** Epochs read so far. */
  get length(): number {
    return this.count;
  }

  /** The largest finite value read (0 when none). */
  get largest(): number {
    return this.max;
  }

  /** Epochs per block (1 until the curve is longer than MAX_BLOCKS). */
  get blockSize(): number {
    return this.block;
  }

  reset(): void {
    this.block = 1;
    this.count = 0;
    this.max = 0;
    this.source = undefined;
    this.first = NaN;
    this.lo = [];
    this.loAt = [];
    this.hi = [];
    this.hiAt = [];
  }

  /** Reads the entries of `series` not read yet (all of them when it is a new run). */
  update(series: readonly number[]): void {
    if (
      series !== this.source ||
      series.length < this.count ||
      (this.count > 0 && !Object.is(series[0], this.first))
    )
      this.reset();
    this.source = series;
    if (this.count === 0 && series.length > 0) this.first = series[0] as number;
    for (let i = this.count; i < series.length; i++) this.add(i, series[i] as number);
    this.count = series.length;
    while (this.lo.length > MAX_BLOCKS) this.merge();
  }

  /**
   * The curve in a w × h box as x, y pairs (a view on a buffer reused by the next call): epoch i
   * at x = (i + 1) / epochs · w, the value v at y = h − min(v, ceiling) / ceiling · h; per block
   * its low and its high point, in the order they happened.
   */
  path(epochs: number, ceiling: number, w: number, h: number): Float64Array {
    const span = Math.max(1, epochs);
    const top = ceiling > 0 ? ceiling : 1;
    const out = this.out;
    let n = 0;
    const put = (at: number, v: number): void => {
      out[n++] = ((at + 1) / span) * w;
      out[n++] = h - (Math.min(v, top) / top) * h;
    };
    for (let b = 0; b < this.lo.length; b++) {
      const lo = this.lo[b] as number;
      if (Number.isNaN(lo)) continue;
      const loAt = this.loAt[b] as number;
      const hiAt = this.hiAt[b] as number;
      if (loAt === hiAt) put(loAt, lo);
      else if (loAt < hiAt) {
        put(loAt, lo);
        put(hiAt, this.hi[b] as number);
      } else {
        put(hiAt, this.hi[b] as number);
        put(loAt, lo);
      }
    }
    return out.subarray(0, n);
  }

  private add(i: number, v: number): void {
    const b = Math.floor(i / this.block);
    while (this.lo.length <= b) {
      this.lo.push(NaN);
      this.loAt.push(-1);
      this.hi.push(NaN);
      this.hiAt.push(-1);
    }
    if (!Number.isFinite(v)) return;
    if (v > this.max) this.max = v;
    const lo = this.lo[b] as number;
    if (Number.isNaN(lo) || v < lo) {
      this.lo[b] = v;
      this.loAt[b] = i;
    }
    const hi = this.hi[b] as number;
    if (Number.isNaN(hi) || v > hi) {
      this.hi[b] = v;
      this.hiAt[b] = i;
    }
  }

  /** Blocks twice as long: each pair of neighbours becomes one. */
  private merge(): void {
    const n = Math.ceil(this.lo.length / 2);
    for (let j = 0; j < n; j++) {
      const a = 2 * j;
      const b = a + 1;
      let lo = this.lo[a] as number;
      let loAt = this.loAt[a] as number;
      let hi = this.hi[a] as number;
      let hiAt = this.hiAt[a] as number;
      if (b < this.lo.length) {
        const lb = this.lo[b] as number;
        const hb = this.hi[b] as number;
        if (!Number.isNaN(lb) && (Number.isNaN(lo) || lb < lo)) {
          lo = lb;
          loAt = this.loAt[b] as number;
        }
        if (!Number.isNaN(hb) && (Number.isNaN(hi) || hb > hi)) {
          hi = hb;
          hiAt = this.hiAt[b] as number;
        }
      }
      this.lo[j] = lo;
      this.loAt[j] = loAt;
      this.hi[j] = hi;
      this.hiAt[j] = hiAt;
    }
    this.lo.length = this.loAt.length = this.hi.length = this.hiAt.length = n;
    this.block *= 2;
  }
}
