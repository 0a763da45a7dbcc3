/**
 * A dev-server handler for a data file the build writes (the corpus, the MNIST digits): the
 * bytes are made on the first request (from the same cache the build uses) and kept.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function serveBytes(make: () => Uint8Array) {
  let bytes: Uint8Array | undefined;
  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    try {
      bytes ??= make();
    } catch (err) {
      return next(err);
    }
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Content-Length', String(bytes.byteLength));
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
}
