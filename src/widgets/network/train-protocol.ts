/**
 * Messages between the network engine (main thread) and its training core (a worker, or the same
 * core on the main thread when no worker can start). Typed arrays in replies are fresh copies and
 * are transferred, never shared.
 */
import type { Dataset, Net, NetSpec, TrainSettings } from '../../math/nn/index';
import type { BackendName } from '../../tensor/backend';

export type EnginePath = 'auto' | 'typed' | 'tensor';

export interface CoreConfig {
  readonly spec: NetSpec;
  readonly settings: TrainSettings;
  readonly data: { readonly train: Dataset; readonly test: Dataset };
  readonly seed: number;
}

export type CoreRequest =
  | { readonly type: 'ping' }
  | {
      readonly type: 'init';
      readonly path: EnginePath;
      readonly tfBackend: BackendName | null;
      readonly resolution: number;
      readonly where: string;
    }
  | { readonly type: 'configure'; readonly gen: number; readonly config: CoreConfig }
  /** Train for up to budgetMs (0: none), then answer with a snapshot. */
  | { readonly type: 'run'; readonly gen: number; readonly budgetMs: number }
  /** Worker only: train continuously between requests (on) or stop (off). The core ignores it. */
  | { readonly type: 'free'; readonly on: boolean }
  /**
   * Step `count` batches, then answer. `lazyGrid`: more steps are already queued behind this one,
   * so the snapshot may carry the previous boundary grid (the last of the burst computes it).
   */
  | { readonly type: 'step'; readonly gen: number; readonly count: number; readonly lazyGrid?: boolean }
  | { readonly type: 'rewind'; readonly gen: number };

/** What changed since the previous reply: losses as a tail from index `lossFrom`. */
export interface CoreSnapshot {
  readonly gen: number;
  readonly epoch: number;
  readonly batches: number;
  /** The loss arrays keep their first `lossFrom` entries and append these. */
  readonly lossFrom: number;
  readonly trainLoss: Float64Array;
  readonly testLoss: Float64Array;
  readonly net: Net;
  readonly grads: Net | null;
  readonly boundary: Float32Array;
  readonly resolution: number;
  readonly backend: string;
}

export type CoreReply =
  | { readonly type: 'pong' }
  | { readonly type: 'snapshot'; readonly snapshot: CoreSnapshot }
  | { readonly type: 'error'; readonly gen: number; readonly message: string };

/** The typed arrays of a snapshot, to hand to postMessage's transfer list. */
export function transferables(s: CoreSnapshot): ArrayBuffer[] {
  const out: ArrayBuffer[] = [
    s.trainLoss.buffer as ArrayBuffer,
    s.testLoss.buffer as ArrayBuffer,
    s.boundary.buffer as ArrayBuffer,
  ];
  for (const n of s.grads ? [s.net, s.grads] : [s.net])
    for (const a of [...n.weights, ...n.biases]) out.push(a.buffer as ArrayBuffer);
  return out;
}
