/**
 * Runs a job in chunks on one value engine, in a worker or on the main thread: the same code, so
 * the same seed gives the same result wherever it runs. Chunks grow or shrink to take about
 * `chunkMs`; between chunks the loop yields (a worker hears "cancel", a page stays responsive).
 *
 * Path choice ("auto"): sampling goes to the GPU only when WebGL runs on a real GPU (a software
 * rasteriser such as SwiftShader is WebGL without a GPU), the GPU's Philox passes the bit-identity
 * check, and a measured trial chunk beats the typed arrays; otherwise plain typed arrays, which
 * on a CPU beat every tfjs backend for one number per draw (bench/measure-sim.mjs).
 */
import { Accumulator } from './accumulate';
import type { GeneratorCheck, ValueEngine } from '../math/sim/engine';
import { drawsPerItem, itemCount, jobProblem, type SimJob, type SimProgress } from '../math/sim/job';
import { typedEngine } from './typed';

export type PathChoice = 'auto' | 'typed' | 'wasm' | 'cpu' | 'webgl';
export const PATH_CHOICES: readonly PathChoice[] = ['auto', 'typed', 'wasm', 'cpu', 'webgl'];

export interface OpenedEngine {
  readonly engine: ValueEngine;
  /** Why this path, in words. */
  readonly reason: string;
  /** Where the GPU was considered: its generator's bit-identity check. */
  readonly check?: GeneratorCheck;
}

/** Draws per trial chunk when "auto" measures the GPU against the typed arrays. */
const TRIAL_DRAWS = 1 << 18; // ~8 ms of typed arrays: short enough for the main-thread fallback

/**
 * What a worker remembers between runs: creating a WebGL context just to read its renderer costs
 * tens of milliseconds on a software rasteriser, and the hardware does not change.
 */
export interface HardwareCache {
  webgl?: { renderer: string; software: boolean } | null;
}

export async function openEngine(
  job: SimJob,
  choice: PathChoice,
  cache: HardwareCache = {},
): Promise<OpenedEngine> {
  if (choice === 'typed' || job.kind === 'bootstrap')
    return {
      engine: typedEngine(job),
      reason: choice === 'typed' ? 'chosen' : 'the bootstrap runs on typed arrays',
    };
  const { describeWebgl, useBackend, loadTf } = await import('../tensor/backend');
  if (choice === 'auto') {
    if (cache.webgl === undefined) cache.webgl = describeWebgl();
    const webgl = cache.webgl;
    if (!webgl) return { engine: typedEngine(job), reason: 'no WebGL here, so no GPU' };
    if (webgl.software)
      return {
        engine: typedEngine(job),
        reason: `WebGL here is software (${softwareName(webgl.renderer)}), not a GPU`,
      };
  }
  const name = choice === 'auto' ? 'webgl' : choice;
  const tf = await loadTf();
  const report = await useBackend(name, choice === 'auto' ? 'a GPU is here' : 'chosen');
  const { tensorEngine } = await import('../tensor/sim-tensor');
  if (name !== 'webgl') return { engine: tensorEngine(tf, name, job, report.label), reason: 'chosen' };
  const { verifyGpuPhilox } = await import('../tensor/philox-webgl');
  const check = await verifyGpuPhilox(tf);
  const label = `${report.label.replace('tfjs webgl', 'tfjs webgl + Philox kernel')}`;
  if (!check.identical) {
    const why = `the GPU's Philox differed from the CPU's in ${check.mismatches} of ${check.checked} words`;
    if (choice === 'webgl') throw new Error(`${why}: the WebGL path is not trustworthy here`);
    return { engine: typedEngine(job), reason: why, check };
  }
  const gpu = tensorEngine(tf, 'webgl', job, label);
  if (choice === 'webgl')
    return { engine: gpu, reason: 'chosen; the GPU generator matched the CPU bit for bit', check };
  // Measure: one trial chunk each (the GPU's second one, after the shader compiled).
  const items = Math.max(1, Math.floor(TRIAL_DRAWS / drawsPerItem(job)));
  const typed = typedEngine(job);
  const t0 = performance.now();
  typed.values(0, items);
  const typedMs = performance.now() - t0;
  await gpu.values(0, Math.min(items, 64));
  const t1 = performance.now();
  await gpu.values(0, items);
  const gpuMs = performance.now() - t1;
  if (gpuMs < typedMs) {
    typed.dispose();
    return {
      engine: gpu,
      reason: `a GPU (${report.renderer ?? 'WebGL'}), ${ratio(typedMs, gpuMs)} faster than typed arrays in a trial`,
      check,
    };
  }
  gpu.dispose();
  return {
    engine: typed,
    reason: `typed arrays were ${ratio(gpuMs, typedMs)} faster than this GPU in a trial`,
    check,
  };
}

/** "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device …" → "SwiftShader". */
function softwareName(renderer: string): string {
  return /swiftshader|llvmpipe|softpipe/i.exec(renderer)?.[0] ?? renderer.slice(0, 40);
}

function ratio(slow: number, fast: number): string {
  return `${(slow / Math.max(fast, 1e-3)).toFixed(1)}×`;
}

export interface LoopOptions {
  /** Target duration of one chunk. */
  readonly chunkMs: number;
  /** Called between chunks; resolves when the loop may continue. */
  readonly pause: () => Promise<void>;
  readonly cancelled: () => boolean;
  /** Progress, at most every `reportMs`, and always for the last chunk. */
  readonly report: (p: SimProgress) => void;
  readonly reportMs: number;
}

/** Runs every item of `job` through `engine`; resolves with the final progress, or null if cancelled. */
export async function runLoop(job: SimJob, engine: ValueEngine, o: LoopOptions): Promise<SimProgress | null> {
  const problem = jobProblem(job);
  if (problem) throw new RangeError(problem);
  const total = itemCount(job);
  const perItem = drawsPerItem(job);
  const tally = job.kind === 'bootstrap' && job.statistic === 'median';
  const acc = new Accumulator(total, job.bins, job.kind === 'draws', tally);
  // Start small (a first chunk must not blow the budget before anything is measured).
  let items = 2 ** Math.floor(Math.log2(Math.max(1, Math.floor(16_384 / perItem))));
  let lastReport = performance.now();
  let computeMs = 0;
  const snapshot = (): SimProgress => ({ ...acc.snapshot(), computeMs });
  while (acc.done < total) {
    if (o.cancelled()) return null;
    const count = Math.min(items, total - acc.done);
    const t0 = performance.now();
    const values = await engine.values(acc.done, count);
    computeMs += performance.now() - t0;
    acc.add(values, count);
    const ms = performance.now() - t0;
    // Aim for chunkMs next time; grow at most 4× at once, since a chunk's time is not quite linear.
    const rate = count / Math.max(ms, 0.05);
    // Powers of two: the GPU path compiles one shader per chunk size (see sim-tensor.ts).
    items = 2 ** Math.floor(Math.log2(Math.max(1, Math.min(4 * count, Math.floor(rate * o.chunkMs)))));
    const now = performance.now();
    if (acc.done === total || now - lastReport >= o.reportMs) {
      lastReport = now;
      o.report(snapshot());
    }
    if (acc.done < total) await o.pause();
  }
  return snapshot();
}
