/** Messages between the corpus loader (load.ts) and its decode worker. */
import type { CorpusHeader } from './format';

export type DecodeRequest = { readonly type: 'ping' } | { readonly type: 'load'; readonly url: string };

export type DecodeReply =
  | { readonly type: 'pong' }
  | { readonly type: 'progress'; readonly got: number; readonly total: number | undefined }
  /** The token ids arrive transferred, not copied. */
  | { readonly type: 'done'; readonly header: CorpusHeader; readonly tokens: Uint16Array }
  | { readonly type: 'error'; readonly message: string };
