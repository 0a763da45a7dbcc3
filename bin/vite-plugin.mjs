// `lumen/vite`: the Vite plugins a project needs to bundle `import 'lumen/embed'`.
//   import lumen from 'lumen/vite';
//   export default { plugins: [lumen()] };
// Vite accepts a promise of plugins; the TypeScript source (src/build/bundler-plugins.ts) is
// loaded through Vite's module runner, as bin/lumen.mjs loads the CLI.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('../src/build/bundler-plugins.ts', import.meta.url));

export default function lumen() {
  return runnerImport(entry).then(({ module }) => module.bundlerPlugins());
}
