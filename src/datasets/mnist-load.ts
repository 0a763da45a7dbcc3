/**
 * The MNIST digits, fetched once per page when a k-means widget switches to its MNIST mode (never
 * before): every widget on the page shares one download and one decoded copy. The file sits at
 * `dist/data/…`, beside the `assets/` folder of this chunk, so its URL is relative to the chunk.
 */
import { downloadBytes, type Progress } from './download';
import { MNIST_FILE, decodeDigits, type Digits } from './mnist';

let pending: Promise<Digits> | undefined;
const listeners = new Set<Progress>();

export function mnistUrl(): string {
  // Built from a variable so the bundler does not try to resolve the file at build time. The dev
  // server (`npm run dev`) runs this module from src/ and serves the file at the root's data/.
  const rel = import.meta.env.DEV ? `/${MNIST_FILE}` : `../${MNIST_FILE}`;
  return new URL(rel, import.meta.url).href;
}

export function loadDigits(onProgress?: Progress): Promise<Digits> {
  if (onProgress) listeners.add(onProgress);
  pending ??= downloadBytes(mnistUrl(), 'the MNIST digits', (got, total) => {
    for (const l of listeners) l(got, total);
  })
    .then((bytes) => {
      const d = decodeDigits(bytes);
      if (typeof d === 'string') throw new Error(`The MNIST digits file is damaged: ${d}.`);
      return d;
    })
    .catch((err: unknown) => {
      pending = undefined; // let a later call try again
      throw err;
    });
  return pending.finally(() => {
    if (onProgress) listeners.delete(onProgress);
  });
}
