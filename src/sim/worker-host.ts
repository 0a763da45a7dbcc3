/**
 * Starting a Web Worker without assuming it can start. A page that embeds `embed.js` from
 * another origin cannot start our module worker (browsers only run same-origin worker scripts),
 * and some hosts forbid workers by policy. Callers get null and run the same code on the main
 * thread in short chunks instead, so the widget still works, only with less headroom.
 * `openLink` (link.ts) is the one place that does this; widgets never call these directly.
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
 * a CSP refusal, a script error at start), stays silent for `timeoutMs`, or `signal` aborts
 * (the owner went away). Workers report load failures asynchronously, as an `error` event, so a
 * started worker is not yet a working one.
 */
export function workerAnswers(
  worker: Worker,
  ping: unknown,
  signal?: AbortSignal,
  timeoutMs = 10_000,
): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onMessage = (): void => done(true);
    const onError = (event: Event): void => {
      event.preventDefault();
      done(false);
    };
    const onAbort = (): void => done(false);
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    worker.postMessage(ping);
  });
}

/**
 * Yields to the event loop without setTimeout's 4 ms clamp (a MessageChannel turn), so a loop in
 * a worker hears "cancel" between chunks at full speed.
 */
export function yieldTurn(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(0);
  });
}

/** Yields on the main thread: a timer turn, so input and frames run between chunks. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
