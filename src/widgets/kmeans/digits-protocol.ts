/** Messages between `<lumen-kmeans>`'s MNIST mode and its k-means worker (digits-core.ts). */

/** Which arithmetic does the assign step: auto (the best tfjs backend here), typed arrays, or one tfjs backend. */
export const DIGIT_PATHS = ['auto', 'typed', 'wasm', 'cpu', 'webgl'] as const;
export type DigitsPath = (typeof DIGIT_PATHS)[number];

export type DigitsRequest =
  | { readonly type: 'ping' }
  /** The digits, once per worker: n rows of 784 grey levels and their true classes. */
  | { readonly type: 'data'; readonly pixels: Uint8Array; readonly labels: Uint8Array; readonly n: number }
  | {
      readonly type: 'start';
      readonly id: number;
      readonly k: number;
      readonly seed: number;
      readonly path: DigitsPath;
      readonly maxIter: number;
    }
  | { readonly type: 'cancel'; readonly id: number };

export interface DigitsStep {
  readonly step: number;
  readonly phase: 'init' | 'assign' | 'update';
  /** k rows of 784, pixel values in [0, 1]. */
  readonly centroids: Float32Array;
  readonly sizes: Int32Array;
  /** k rows of 10: how many of each true digit each cluster holds. */
  readonly counts: Int32Array;
  readonly inertia: number | undefined;
  readonly changed: number;
  readonly last: boolean;
  /** Milliseconds this half-step took to compute. */
  readonly ms: number;
  /** tf.memory().numTensors after it (undefined on the typed path). */
  readonly tensors: number | undefined;
}

export type DigitsReply =
  | { readonly type: 'pong' }
  | { readonly type: 'backend'; readonly id: number; readonly label: string }
  | { readonly type: 'step'; readonly id: number; readonly step: DigitsStep }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
