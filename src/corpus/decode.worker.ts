/**
 * Downloads and decodes the corpus asset off the main thread: the 1.9 MB header is JSON and the
 * 1.9 million token ids are copied out of the file, which took one main-thread task of seconds
 * on a slow machine (issue 12). The ids come back transferred; the loader ends the worker.
 */
import { downloadBytes } from '../datasets/download';
import { decodeCorpus } from './format';
import type { DecodeReply, DecodeRequest } from './decode-protocol';

const post = (m: DecodeReply, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(m, transfer);

self.addEventListener('message', (event: MessageEvent<DecodeRequest>) => {
  const m = event.data;
  if (m.type === 'ping') return post({ type: 'pong' });
  downloadBytes(m.url, 'the corpus', (got, total) => post({ type: 'progress', got, total })).then(
    (bytes) => {
      const data = decodeCorpus(bytes);
      if (typeof data === 'string') post({ type: 'error', message: data });
      else post({ type: 'done', header: data.header, tokens: data.tokens }, [data.tokens.buffer]);
    },
    (err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
