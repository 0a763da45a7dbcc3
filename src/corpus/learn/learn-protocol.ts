/** Messages between `<lumen-embed>` and its learning worker. */
import type { LearnProgress, LearnSettings } from './learn-core';
import type { SpaceParts } from './space-parts';

export type LearnPath = 'typed' | 'cpu' | 'wasm' | 'webgl';

export type LearnRequest =
  | { readonly type: 'ping' }
  | {
      readonly type: 'learn';
      readonly id: number;
      readonly tokens: Uint16Array;
      /** Token ranges of the retrieval passages (passageRanges): the worker embeds them too. */
      readonly passages?: Int32Array | undefined;
      readonly settings: LearnSettings;
      readonly path: LearnPath;
    };

export type LearnReply =
  | { readonly type: 'pong' }
  | { readonly type: 'progress'; readonly id: number; readonly progress: LearnProgress }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly vectors: Float32Array;
      readonly singular: Float64Array;
      readonly rows: number;
      readonly k: number;
      readonly space: SpaceParts | undefined;
      readonly ms: number;
      readonly path: LearnPath;
      readonly label: string;
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
