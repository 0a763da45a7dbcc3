/**
 * The training core: one trainer (src/math/nn) on the path chosen for it, answering the engine's
 * requests (train for a time budget, one step, rewind) with snapshots. It runs in the worker
 * (train.worker.ts) or, where no worker can start, on the main thread. No DOM here.
 *
 * Path choice for 'auto': tfjs is loaded only when WebGL runs on a real GPU. Then both paths are
 * timed on the network actually configured (training steps and the boundary grid, after a warm-up
 * that pays the shader compilation) and each job keeps the faster one. The decision is cached per
 * network shape and batch size, so a slider drag does not re-measure.
 */
import { XY, createTrainer, netSizes, typedStepper, type Stepper, type Trainer } from '../../math/nn/index';
import type { BackendName, BackendReport, Tf } from '../../tensor/backend';
import type { CoreConfig, CoreReply, CoreRequest, CoreSnapshot, EnginePath } from './train-protocol';

/** Past this many epochs a run stops training (the loss arrays would outgrow a tab). */
export const MAX_EPOCHS = 1_000_000;

type Job = 'typed' | 'tensor';
interface Decision {
  readonly train: Job;
  readonly grid: Job;
  readonly note: string;
}

export interface TrainCore {
  handle(msg: CoreRequest): Promise<CoreReply | null>;
  /** Trains whole batches for up to `budgetMs` without answering (the worker's free-running mode). */
  train(budgetMs: number): void;
  dispose(): void;
}

type TensorModule = typeof import('../../tensor/nn-tensor');

export function createTrainCore(): TrainCore {
  let path: EnginePath = 'auto';
  let tfBackend: BackendName | null = null;
  let resolution = 100;
  let where = 'in a worker';
  let gen = 0;
  let sent = 0;
  let trainer: Trainer | null = null;
  let stepper: Stepper | null = null;
  let config: CoreConfig | null = null;
  let decision: Decision = { train: 'typed', grid: 'typed', note: '' };
  let tf: {
    tf: Tf;
    report: BackendReport;
    nn: TensorModule;
    /** The boundary's grid points as feature rows, for the inputs named by `inputs`. */
    grid: { inputs: string; points: import('@tensorflow/tfjs-core').Tensor2D } | null;
  } | null = null;
  const decisions = new Map<string, Decision>();

  async function ensureTf(): Promise<NonNullable<typeof tf>> {
    if (tf) return tf;
    const backend = await import('../../tensor/backend');
    const lib = await backend.loadTf();
    const report = tfBackend ? await backend.useBackend(tfBackend) : await backend.pickBackend();
    const nn = await import('../../tensor/nn-tensor');
    tf = { tf: lib, report, nn, grid: null };
    return tf;
  }

  function makeStepper(job: Job, c: CoreConfig): Stepper {
    if (job === 'tensor' && tf) return tf.nn.tensorStepper(tf.tf, c.spec, c.settings, c.data);
    return typedStepper(c.spec, c.settings, c.data);
  }

  /** Milliseconds per call of `f`, after `warm` untimed calls, over at least `minMs`. */
  async function timeIt(f: () => unknown, warm: number, minMs: number): Promise<number> {
    for (let k = 0; k < warm; k++) await f();
    let n = 0;
    const t0 = performance.now();
    do {
      await f();
      n++;
    } while (performance.now() - t0 < minMs);
    return (performance.now() - t0) / n;
  }

  async function decide(c: CoreConfig): Promise<Decision> {
    if (path === 'typed') return { train: 'typed', grid: 'typed', note: '' };
    if (path === 'tensor') {
      await ensureTf();
      return { train: 'tensor', grid: 'tensor', note: '' };
    }
    const { describeWebgl } = await import('../../tensor/backend');
    const webgl = describeWebgl();
    if (!webgl || webgl.software) return { train: 'typed', grid: 'typed', note: '' };
    const key = `${netSizes(c.spec).join('-')}/${c.spec.activation}/${c.settings.batchSize}`;
    const known = decisions.get(key);
    if (known) return known;
    let t: NonNullable<typeof tf>;
    try {
      t = await ensureTf();
    } catch {
      return { train: 'typed', grid: 'typed', note: ' (tfjs could not start)' };
    }
    if (!t.report.gpu) return { train: 'typed', grid: 'typed', note: '' };
    // Time one training step and one boundary grid on each path, on this very network.
    const measure = async (job: Job): Promise<[number, number]> => {
      const s = makeStepper(job, c);
      try {
        const tr = createTrainer(c.spec, c.settings, c.data, c.seed, s);
        const step = await timeIt(() => tr.stepBatch(), 3, 30);
        const out = new Float32Array(resolution * resolution);
        const grid =
          job === 'tensor' && 'gridAsync' in s
            ? await timeIt(
                () => (s as ReturnType<TensorModule['tensorStepper']>).gridAsync(resolution),
                2,
                30,
              )
            : await timeIt(() => s.grid(resolution, out), 2, 30);
        return [step, grid];
      } finally {
        s.dispose();
      }
    };
    const [typedStep, typedGrid] = await measure('typed');
    const [tensorStep, tensorGrid] = await measure('tensor');
    const d: Decision = {
      train: tensorStep < typedStep ? 'tensor' : 'typed',
      grid: tensorGrid < typedGrid ? 'tensor' : 'typed',
      note: '',
    };
    decisions.set(key, d);
    return d;
  }

  function backendLabel(): string {
    const tfLabel = tf?.report.label ?? 'tfjs';
    if (decision.train === 'tensor' && decision.grid === 'tensor') return `${tfLabel} ${where}`;
    if (decision.train === 'typed' && decision.grid === 'typed')
      return `typed arrays ${where}${decision.note}`;
    return decision.train === 'typed'
      ? `typed arrays ${where}, boundary on ${tfLabel}`
      : `${tfLabel} ${where}, boundary on typed arrays`;
  }

  /** A copy of the last boundary computed for this generation (the sent one is transferred away). */
  let lastGrid: { gen: number; grid: Float32Array } | null = null;

  async function boundary(lazy: boolean): Promise<Float32Array> {
    if (lazy && lastGrid && lastGrid.gen === gen) return lastGrid.grid.slice();
    const grid = await computeBoundary();
    lastGrid = { gen, grid: grid.slice() };
    return grid;
  }

  async function computeBoundary(): Promise<Float32Array> {
    const s = stepper as Stepper;
    if (decision.grid === 'tensor' && tf) {
      if (decision.train === 'tensor')
        return Float32Array.from(
          await (s as ReturnType<TensorModule['tensorStepper']>).gridAsync(resolution),
        );
      const spec = (config as CoreConfig).spec;
      const inputs = spec.inputs ?? XY;
      if (tf.grid?.inputs !== inputs.join(' ')) {
        tf.grid?.points.dispose();
        tf.grid = { inputs: inputs.join(' '), points: tf.nn.gridPoints(tf.tf, resolution, inputs) };
      }
      return Float32Array.from(
        await tf.nn.tensorBoundary(tf.tf, s.readNet(), spec.activation, tf.grid.points),
      );
    }
    const out = new Float32Array(resolution * resolution);
    s.grid(resolution, out);
    return out;
  }

  async function snapshot(lazyGrid = false): Promise<CoreReply> {
    const t = trainer as Trainer;
    const s = stepper as Stepper;
    const snap: CoreSnapshot = {
      gen,
      epoch: t.epoch,
      batches: t.batches,
      lossFrom: sent,
      trainLoss: Float64Array.from(t.trainLoss.slice(sent)),
      testLoss: Float64Array.from(t.testLoss.slice(sent)),
      net: s.readNet(),
      grads: s.readGrads(),
      boundary: await boundary(lazyGrid),
      resolution,
      backend: backendLabel(),
    };
    sent = t.trainLoss.length;
    return { type: 'snapshot', snapshot: snap };
  }

  async function configure(c: CoreConfig): Promise<CoreReply> {
    stepper?.dispose();
    stepper = null;
    trainer = null;
    config = c;
    decision = await decide(c);
    stepper = makeStepper(decision.train, c);
    trainer = createTrainer(c.spec, c.settings, c.data, c.seed, stepper);
    sent = 0;
    return snapshot();
  }

  function train(budgetMs: number): void {
    if (!trainer) return;
    const t0 = performance.now();
    while (performance.now() - t0 < budgetMs && trainer.epoch < MAX_EPOCHS) trainer.stepBatch();
  }

  return {
    train,
    async handle(msg) {
      try {
        switch (msg.type) {
          case 'ping':
            return { type: 'pong' };
          case 'init':
            path = msg.path;
            tfBackend = msg.tfBackend;
            resolution = msg.resolution;
            where = msg.where;
            return null;
          case 'configure':
            gen = msg.gen;
            return await configure(msg.config);
          case 'run':
            if (!trainer || msg.gen !== gen) return null;
            train(msg.budgetMs);
            return await snapshot();
          case 'free':
            return null;
          case 'step':
            if (!trainer || msg.gen !== gen) return null;
            for (let k = 0; k < msg.count && trainer.epoch < MAX_EPOCHS; k++) trainer.stepBatch();
            return await snapshot(msg.lazyGrid === true);
          case 'rewind':
            if (!trainer) return null;
            gen = msg.gen;
            trainer.rewind();
            sent = 0;
            return await snapshot();
        }
      } catch (err) {
        return { type: 'error', gen, message: err instanceof Error ? err.message : String(err) };
      }
    },
    dispose() {
      stepper?.dispose();
      stepper = null;
      trainer = null;
      lastGrid = null;
      tf?.grid?.points.dispose();
      tf = null;
    },
  };
}
