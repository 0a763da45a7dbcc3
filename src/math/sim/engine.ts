/**
 * A value engine computes the values of items `first … first + count − 1` of a job: draws, sample
 * means or bootstrap statistics. Every path (typed arrays here, tfjs backends in
 * src/tensor/sim-tensor.ts) implements it; the runner folds the values into a histogram.
 * Item i always uses the uniforms of draws i·m … i·m + m − 1 (m = draws per item) of the job's
 * Philox stream, so every path sees the same random numbers.
 */
/** The GPU generator's start-up check (src/tensor/philox-webgl.ts `verifyGpuPhilox`). */
export interface GeneratorCheck {
  readonly identical: boolean;
  readonly checked: number;
  readonly mismatches: number;
  readonly knownAnswers: boolean;
}

export interface ValueEngine {
  /** Where the numbers are made, in words (e.g. "typed arrays"). */
  readonly path: string;
  values(first: number, count: number): Float64Array | Float32Array | Promise<Float64Array | Float32Array>;
  dispose(): void;
}
