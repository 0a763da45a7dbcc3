/** Build-time constants of src/build/vite-config.ts (`define`). */
interface ImportMetaEnv {
  /** The build writes sw.js (this repository's site; not a site of own lessons). */
  readonly LUMEN_SERVICE_WORKER?: boolean;
}
