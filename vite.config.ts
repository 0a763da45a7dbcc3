import { defineConfig } from 'vite';
import { lumenConfig } from './src/build/vite-config';

/**
 * This repository's site: the curriculum in lessons/ → dist/. The configuration itself lives in
 * src/build/vite-config.ts, shared with the CLI (`lumen build <folder>`, src/cli).
 */
export default defineConfig(lumenConfig());
