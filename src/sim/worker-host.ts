/**
 * Starting a Web Worker without assuming it can start. A page that embeds `embed.js` from
 * another origin cannot start our module worker (browsers only run same-origin worker scripts),
 * and some hosts forbid workers by policy. Callers get null and run the same code on the main
 * thread in short chunks instead, so the widget still works, only with less headroom.
 *
 * @example
 * const worker = startWorker(() => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }));
 * if (!worker) runInChunksOnTheMainThread();
 */
export function startWorker(factory: () => Worker): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return factory();
  } catch {
    // SecurityError (cross-origin script) or a policy refusal: the caller falls back.
    return null;
  }
}

/**
 * Resolves true once the worker answers its first message, false if it fails to load (a 404,
 * a CSP refusal, a script error at start) or stays silent for `timeoutMs`. Workers report load
 * failures asynchronously, as an `error` event, so a started worker is not yet a working one.
 */
export function workerAnswers(worker: Worker, ping: unknown, timeoutMs = 10_000): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      resolve(ok);
    };
    const onMessage = (): void => done(true);
    const onError = (event: Event): void => {
      event.preventDefault();
      done(false);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(ping);
  });
}
