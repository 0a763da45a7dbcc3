/**
 * What a Vite project that does `import 'lumen/embed'` needs besides Lumen's sources: the data
 * sets some widgets import (`virtual:lumen-data/…`), the corpus and digits files they fetch, and
 * Lumen left out of dependency pre-bundling (its sources are TypeScript with workers and virtual
 * modules, which Vite's build pipeline handles but the pre-bundler does not). Loaded by
 * bin/vite-plugin.mjs (`lumen/vite`).
 */
import type { Plugin } from 'vite';
import { lumenCorpus } from '../corpus/vite-plugin';
import { lumenDatasets } from '../datasets/vite-plugin';

export function bundlerPlugins(): Plugin[] {
  return [
    {
      name: 'lumen-package',
      config: () => ({ optimizeDeps: { exclude: ['lumen'] }, worker: { format: 'es' } }),
    },
    lumenDatasets(),
    lumenCorpus(),
  ];
}
