/**
 * Fetching the corpus asset once per page, with progress: every widget of lessons 26-28 on the
 * page shares one download and one decoded copy. The file sits at `dist/data/…`, next to the
 * `assets/` folder this module's chunk is in, so the URL is relative to the chunk (it works from
 * any sub-path of a static host, and from `embed.js` on another site when that host serves it).
 */
import { CORPUS_FILE, decodeCorpus, type CorpusHeader } from './format';
import { FIRST_WORD, closestWord } from '../math/genai/tokenize';

export interface Corpus extends CorpusHeader {
  readonly tokens: Uint16Array;
  /** word → id. */
  readonly index: ReadonlyMap<string, number>;
  /** Each passage's token ids. */
  readonly passageTokens: readonly Uint16Array[];
}

export type Progress = (received: number, total: number | undefined) => void;

let pending: Promise<Corpus> | undefined;
const listeners = new Set<Progress>();

export function corpusUrl(): string {
  // Built from a variable so the bundler does not try to resolve the file at build time.
  const rel = `../${CORPUS_FILE}`;
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

/**
 * XMLHttpRequest rather than fetch: its progress events give the bytes received without reading
 * the body as a stream (Chromium reports a streamed body that the page finishes reading as an
 * aborted request, which the tests rightly count as a problem).
 */
function download(url: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'arraybuffer';
    xhr.onprogress = (e) => {
      for (const l of listeners) l(e.loaded, e.lengthComputable ? e.total : undefined);
    };
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300
        ? resolve(new Uint8Array(xhr.response as ArrayBuffer))
        : reject(new Error(`the corpus could not be loaded (HTTP ${xhr.status})`));
    xhr.onerror = () => reject(new Error('the corpus could not be loaded (network error)'));
    xhr.send();
  });
}

async function fetchCorpus(): Promise<Corpus> {
  const data = decodeCorpus(await download(corpusUrl()));
  if (typeof data === 'string') throw new Error(data);
  return withIndex(data.header, data.tokens);
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
