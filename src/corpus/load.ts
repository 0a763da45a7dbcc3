/**
 * Fetching the corpus asset once per page, with progress: every widget of lessons 26-28 on the
 * page shares one download and one decoded copy, made in a worker (decode.worker.ts) where one
 * starts, else here with a yield around the decode. The file sits at `dist/data/…`, next to the
 * `assets/` folder this module's chunk is in, so the URL is relative to the chunk (it works from
 * any sub-path of a static host, and from `embed.js` on another site when that host serves it).
 */
import { CORPUS_FILE, decodeCorpus, type CorpusData, type CorpusHeader } from './format';
import type { DecodeReply, DecodeRequest } from './decode-protocol';
import { startWorker, workerAnswers, yieldToPage } from '../sim/worker-host';
import { FIRST_WORD, closestWord } from '../math/genai/tokenize';
import { downloadBytes, type Progress } from '../datasets/download';

export interface Corpus extends CorpusHeader {
  readonly tokens: Uint16Array;
  /** word → id. */
  readonly index: ReadonlyMap<string, number>;
  /** Each passage's token ids. */
  readonly passageTokens: readonly Uint16Array[];
}

export type { Progress };

let pending: Promise<Corpus> | undefined;
const listeners = new Set<Progress>();

export function corpusUrl(): string {
  // Built from a variable so the bundler does not try to resolve the file at build time. The dev
  // server (`npm run dev`) runs this module from src/ and serves the file at the root's data/.
  const rel = import.meta.env.DEV ? `/${CORPUS_FILE}` : `../${CORPUS_FILE}`;
  return new URL(rel, import.meta.url).href;
}

/** The corpus, fetched on the first call; `onProgress` hears the bytes as they arrive. */
export function loadCorpus(onProgress?: Progress): Promise<Corpus> {
  if (onProgress) listeners.add(onProgress);
  pending ??= fetchCorpus().catch((err: unknown) => {
    pending = undefined; // let a later call try again
    throw err;
  });
  return pending.finally(() => {
    if (onProgress) listeners.delete(onProgress);
  });
}

const tellProgress: Progress = (got, total) => {
  for (const l of listeners) l(got, total);
};

async function fetchCorpus(): Promise<Corpus> {
  const data = (await inWorker()) ?? (await onMainThread());
  // Yield before indexing, so the task that received the corpus stays short.
  await yieldToPage();
  return withIndex(data.header, data.tokens);
}

/** Download and decode in a worker; undefined where no worker starts (then the page does it). */
async function inWorker(): Promise<CorpusData | undefined> {
  const worker = startWorker(
    () => new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' }),
  );
  if (!worker) return undefined;
  try {
    if (!(await workerAnswers(worker, { type: 'ping' } satisfies DecodeRequest))) return undefined;
    return await new Promise<CorpusData>((resolve, reject) => {
      worker.addEventListener('message', (e: MessageEvent<DecodeReply>) => {
        const m = e.data;
        if (m.type === 'progress') tellProgress(m.got, m.total);
        else if (m.type === 'done') resolve({ header: m.header, tokens: m.tokens });
        else if (m.type === 'error') reject(new Error(m.message));
      });
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        reject(new Error('the corpus could not be decoded (the worker failed)'));
      });
      worker.postMessage({ type: 'load', url: corpusUrl() } satisfies DecodeRequest);
    });
  } finally {
    // One corpus per page: the worker's job is done (or failed) either way.
    worker.terminate();
  }
}

/** The fallback: download here, then decode after a yield (one task of tens of ms). */
async function onMainThread(): Promise<CorpusData> {
  const bytes = await downloadBytes(corpusUrl(), 'the corpus', tellProgress);
  await yieldToPage();
  const data = decodeCorpus(bytes);
  if (typeof data === 'string') throw new Error(data);
  return data;
}

export function withIndex(header: CorpusHeader, tokens: Uint16Array): Corpus {
  return {
    ...header,
    tokens,
    index: new Map(header.vocab.map((w, i) => [w, i])),
    passageTokens: header.passages.map((p) => tokens.subarray(p.start, p.end)),
  };
}

export type Lookup = { ok: true; id: number } | { ok: false; error: string };

/** A word's id among the first `limit` ids, or a message naming the closest word that is. */
export function lookupWord(c: Corpus, word: string, limit = c.vocab.length): Lookup {
  const id = c.index.get(word);
  if (id !== undefined && id >= FIRST_WORD && id < limit) return { ok: true, id };
  const near = closestWord(word, c.vocab, FIRST_WORD, limit);
  const where =
    limit < c.vocab.length
      ? `the ${(limit - FIRST_WORD).toLocaleString('en-US')} words learned`
      : 'the vocabulary';
  return {
    ok: false,
    error: `“${word}” is not in ${where}${near ? `; the closest is “${near}”` : ''}.`,
  };
}
