/**
 * The corpus asset (`dist/data/sotu-corpus.bin`) as bytes: written at build time by `build.ts`,
 * read in the page by `load.ts`. One file, one request:
 *   "LUMC" · version (u32) · header length (u32) · token count (u32) · header JSON (UTF-8,
 *   padded to 4 bytes) · token ids (u16, little-endian).
 * The ids index the header's vocabulary: 0 an unknown word, 1 a sentence end, then the words by
 * frequency. Passages are ranges of the token stream with their original text, for display.
 */

export const CORPUS_FILE = 'data/sotu-corpus.bin';
const MAGIC = 0x434d554c; // "LUMC" little-endian
const VERSION = 1;

export interface Speech {
  readonly year: number;
  readonly name: string;
  /** Token range [start, end) in the stream. */
  readonly start: number;
  readonly end: number;
}

export interface Passage {
  readonly speech: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Query {
  readonly query: string;
  /** How the relevant passages were picked: every group must match at least one of its words. */
  readonly rule: readonly (readonly string[])[];
  /** Indices into `passages`. */
  readonly relevant: readonly number[];
}

export interface CorpusHeader {
  readonly source: string;
  readonly vocab: readonly string[];
  readonly speeches: readonly Speech[];
  /** The speeches from this index on are held out: the bigram model never trains on them. */
  readonly heldOutFrom: number;
  readonly passages: readonly Passage[];
  readonly queries: readonly Query[];
}

export interface CorpusData {
  readonly header: CorpusHeader;
  readonly tokens: Uint16Array;
}

export function encodeCorpus(c: CorpusData): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(c.header));
  const padded = Math.ceil(json.length / 4) * 4;
  const out = new Uint8Array(16 + padded + c.tokens.length * 2);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, json.length, true);
  view.setUint32(12, c.tokens.length, true);
  out.set(json, 16);
  const base = 16 + padded;
  const ids = new DataView(out.buffer, base);
  for (let i = 0; i < c.tokens.length; i++) ids.setUint16(2 * i, c.tokens[i]!, true);
  return out;
}

/** Reads the bytes back; a message (not an exception) for a file that is not a corpus. */
export function decodeCorpus(bytes: Uint8Array): CorpusData | string {
  if (bytes.length < 16) return 'the corpus file is truncated';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return 'the corpus file is not a Lumen corpus';
  if (view.getUint32(4, true) !== VERSION) return 'the corpus file has an unknown version';
  const jsonLength = view.getUint32(8, true);
  const count = view.getUint32(12, true);
  const base = 16 + Math.ceil(jsonLength / 4) * 4;
  if (bytes.length < base + count * 2) return 'the corpus file is truncated';
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + jsonLength))) as CorpusHeader;
  // Every platform a browser runs on is little-endian, so the ids are copied as they are.
  const tokens = new Uint16Array(
    bytes.buffer.slice(bytes.byteOffset + base, bytes.byteOffset + base + count * 2),
  );
  return { header, tokens };
}
