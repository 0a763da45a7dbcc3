/**
 * The training engine behind `<lumen-network>`: runs minibatch SGD off the main thread and hands
 * the widget at most one snapshot per animation frame while playing: parameters, last gradients,
 * loss curves and the decision-boundary grid. In a module worker, training runs back to back in
 * 8 ms slices between snapshot requests, so the epoch rate does not depend on how long the page
 * takes to draw; where no worker can start, the same core runs on the main thread, training
 * 4 ms per frame.
 *
 * Which arithmetic runs is decided by measurement (`path: 'auto'`, the default): training and the
 * boundary grid use the typed-array kernels (src/math/nn) unless WebGL runs on a real GPU, in which
 * case both paths are timed at startup on the actual network and the faster one is kept for each
 * job. On a CPU (or software WebGL) tfjs is not even loaded: for Playground-sized networks the
 * typed loops win there by a wide margin (bench/measure-network.mjs). `backend` says what is in use.
 *
 * Determinism: the seeded init and the seeded batch order live in the core, and every batch is
 * one step whatever the frame rate, so `rewind()` then `play()` replays a run exactly.
 *
 * @example
 * const engine = createEngine();
 * engine.onSnapshot((s) => draw(s.boundary, s.resolution, s.trainLoss));
 * engine.configure({ hidden: [8, 8], activation: 'tanh' }, { learningRate: 0.03, batchSize: 10, l2: 0 }, data, 1);
 * engine.play();
 */
import {
  netProblem,
  settingsProblem,
  type Dataset,
  type Net,
  type NetSpec,
  type TrainSettings,
} from '../../math/nn/index';
import { frameScheduler } from '../../render/scheduler';
import type { BackendName } from '../../tensor/backend';
import { openLink, type MainCore } from '../../sim/link';
import { createTrainCore } from './train-core';
import type { CoreReply, CoreRequest, CoreSnapshot, EnginePath } from './train-protocol';

export interface EngineSnapshot {
  /** Finished epochs since the seeded start. */
  epoch: number;
  /** Batches stepped since the seeded start. */
  batches: number;
  /**
   * Mean ½(o − y)² after 0, 1, …, epoch epochs (entry 0: the seeded start, so length epoch + 1).
   * The engine appends to these arrays in place between snapshots; copy to keep an old curve.
   */
  trainLoss: readonly number[];
  /** The same on the test set (0 for an empty test set). */
  testLoss: readonly number[];
  net: Net;
  /** The gradient of the last batch's mean loss plus ½λ‖w‖² (the step was −η times this); null before any step. */
  grads: Net | null;
  /**
   * resolution² outputs in [−1, 1] on cell centres over [−6, 6]², row 0 = top (y = +6), column 0 =
   * left. Exact for `net`, except within a burst of stepBatch() calls queued faster than the
   * worker answers: there all but the burst's last snapshot may repeat the previous grid.
   */
  boundary: Float32Array;
  resolution: number;
  /** e.g. "typed arrays in a worker", "tfjs webgl (GPU: …) in a worker". */
  backend: string;
}

export interface NetworkEngine {
  /** New network/settings/data: back to the seeded init (playing stays as it was). Throws a RangeError for a bad spec or settings. */
  configure(
    spec: NetSpec,
    settings: TrainSettings,
    data: { train: Dataset; test: Dataset },
    seed: number,
  ): void;
  play(): void;
  pause(): void;
  /**
   * Pauses and steps `count` batches (default 1, at most 100000), answered by ONE snapshot. To
   * train an epoch per frame, call stepBatch(batchesPerEpoch) once per frame rather than
   * stepBatch() that many times: each call costs a snapshot (and a boundary grid) of its own.
   */
  stepBatch(count?: number): void;
  /** Pauses and returns to the same seeded init and batch order: play() then replays exactly. */
  rewind(): void;
  /** Called with each snapshot, at most once per animation frame. Returns an unsubscribe function. */
  onSnapshot(cb: (s: EngineSnapshot) => void): () => void;
  readonly backend: string;
  readonly playing: boolean;
  /** The last error the core reported (a bad configuration), or null. */
  readonly error: string | null;
  dispose(): void;
}

/**
 * Main-thread fallback: training time per frame. The shared rule is ≤ 8 ms per slice, and the
 * slice also computes the snapshot (the 100 × 100 grid takes ~3 ms here), so 4 ms of training.
 */
const MAIN_BUDGET_MS = 4;

/** The training core on this thread; answers asynchronously, in order, like the worker. */
function mainCore(reply: (r: CoreReply) => void): MainCore<CoreRequest> {
  const core = createTrainCore();
  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  return {
    handle(msg) {
      queue = queue.then(async () => {
        if (closed) return;
        const r = await core.handle(msg);
        if (r && !closed) reply(r);
      });
    },
    close() {
      closed = true;
      core.dispose();
    },
  };
}

export interface EngineOptions {
  /** 'auto' (measure, see above; the default), or force 'typed' or 'tensor' (tests, the bench). */
  path?: EnginePath;
  /** With path 'tensor': this tfjs backend instead of pickBackend()'s choice. */
  tfBackend?: BackendName;
  /** The boundary grid's side, 100 … 400 (default 100). */
  resolution?: number;
  /** false: run the core on the main thread even where a worker could start (tests). */
  worker?: boolean;
}

/** An engine; nothing runs until configure(). */
export function createEngine(options: EngineOptions = {}): NetworkEngine {
  const path = options.path ?? 'auto';
  const resolution = Math.max(100, Math.min(400, Math.round(options.resolution ?? 100)));
  const listeners = new Set<(s: EngineSnapshot) => void>();
  const trainLoss: number[] = [];
  const testLoss: number[] = [];
  let backend = 'starting';
  let error: string | null = null;
  let playing = false;
  let disposed = false;
  let configured = false;
  let gen = 0;
  let inFlight = false;
  let pending: EngineSnapshot | null = null;
  let unsubscribeFrame: (() => void) | null = null;
  let where: 'worker' | 'main' = 'main';

  const onReply = (r: CoreReply): void => {
    if (disposed || r.type === 'pong') return;
    if (r.type === 'error') {
      if (r.gen === gen) error = r.message;
      inFlight = false;
      return;
    }
    const s = r.snapshot;
    inFlight = false;
    if (s.gen !== gen) return; // a reply to a run of an older configuration
    trainLoss.length = s.lossFrom;
    testLoss.length = s.lossFrom;
    for (const v of s.trainLoss) trainLoss.push(v);
    for (const v of s.testLoss) testLoss.push(v);
    backend = s.backend;
    const snap = toSnapshot(s);
    // While playing, snapshots go out from the frame callback: at most one per frame.
    if (playing) pending = snap;
    else deliver(snap);
  };

  const toSnapshot = (s: CoreSnapshot): EngineSnapshot => ({
    epoch: s.epoch,
    batches: s.batches,
    trainLoss,
    testLoss,
    net: s.net,
    grads: s.grads,
    boundary: s.boundary,
    resolution: s.resolution,
    backend: s.backend,
  });

  const deliver = (snap: EngineSnapshot): void => {
    for (const cb of [...listeners]) cb(snap);
  };

  const link = openLink<CoreRequest, CoreReply>({
    worker:
      options.worker === false
        ? undefined
        : () => new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' }),
    ping: { type: 'ping' },
    main: mainCore,
    onReply,
    first: (w) => {
      where = w;
      return {
        type: 'init',
        path,
        tfBackend: options.tfBackend ?? null,
        resolution,
        where: w === 'worker' ? 'in a worker' : 'on the main thread',
      };
    },
  });
  const send = (msg: CoreRequest): void => link.send(msg);

  const frame = (): void => {
    if (pending) {
      const snap = pending;
      pending = null;
      deliver(snap);
    }
    if (!inFlight && playing) {
      inFlight = true;
      // The worker trains on its own between requests (see play()); the main-thread core trains
      // only inside these requests, a few ms per frame.
      send({ type: 'run', gen, budgetMs: where === 'worker' ? 0 : MAIN_BUDGET_MS });
    }
  };

  const stopFrames = (): void => {
    unsubscribeFrame?.();
    unsubscribeFrame = null;
    if (pending) {
      deliver(pending);
      pending = null;
    }
  };

  function pause(): void {
    if (playing) send({ type: 'free', on: false });
    playing = false;
    stopFrames();
  }

  return {
    configure(spec, settings, data, seed) {
      if (disposed) return;
      const problem =
        netProblem(spec) ??
        settingsProblem(settings) ??
        (data.train.count < 1 ? 'the training set is empty' : null);
      if (problem) throw new RangeError(problem);
      gen++;
      configured = true;
      error = null;
      inFlight = false;
      pending = null;
      // Plain copies: a Dataset may be a view on something bigger, and posting copies anyway.
      send({
        type: 'configure',
        gen,
        config: {
          spec: {
            hidden: [...spec.hidden],
            activation: spec.activation,
            ...(spec.inputs ? { inputs: [...spec.inputs] } : {}),
          },
          settings: { ...settings },
          data,
          seed,
        },
      });
    },
    play() {
      if (disposed || !configured || playing) return;
      playing = true;
      send({ type: 'free', on: true });
      unsubscribeFrame = frameScheduler().subscribe(frame);
    },
    pause,
    stepBatch(count = 1) {
      if (disposed || !configured) return;
      pause();
      const n = Number.isFinite(count) ? Math.max(1, Math.min(100_000, Math.round(count))) : 1;
      send({ type: 'step', gen, count: n });
    },
    rewind() {
      if (disposed || !configured) return;
      pause();
      gen++;
      inFlight = false;
      send({ type: 'rewind', gen });
    },
    onSnapshot(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    get backend() {
      return backend;
    },
    get playing() {
      return playing;
    },
    get error() {
      return error;
    },
    dispose() {
      if (disposed) return;
      playing = false;
      stopFrames();
      disposed = true;
      listeners.clear();
      link.close();
    },
  };
}
