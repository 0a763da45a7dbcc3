import { defineConfig } from 'vite';
import { lumenServiceWorker } from './src/build/service-worker';
import { lumenConfig } from './src/build/vite-config';

/**
 * This repository's site: the curriculum in lessons/ → dist/, with the offline service worker.
 * The configuration itself lives in src/build/vite-config.ts, shared with the CLI
 * (`lumen build <folder>`, src/cli).
 */
export default defineConfig(
  lumenConfig({
    // LUMEN_LESSONS_ROOT: a folder with a lessons/ of its own (the dev server's test uses a copy).
    lessonsRoot: process.env.LUMEN_LESSONS_ROOT,
    serviceWorker: lumenServiceWorker(),
  }),
);
