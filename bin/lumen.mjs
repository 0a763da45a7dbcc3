#!/usr/bin/env node
// `lumen` (package.json "bin"): Lumen is written in TypeScript and ships its sources, so this
// loads the CLI (src/cli/main.ts) through Vite's module runner, the way `vite build
// --configLoader runner` loads vite.config.ts; no separate compile step.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const { module } = await runnerImport(entry);
process.exitCode = await module.main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
