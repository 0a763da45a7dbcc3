/**
 * Fetching a binary data file with progress (the corpus of lessons 26-28, the MNIST digits).
 * XMLHttpRequest rather than fetch: its progress events give the bytes received without reading
 * the body as a stream (Chromium reports a streamed body that the page finishes reading as an
 * aborted request, which the tests rightly count as a problem).
 */
export type Progress = (received: number, total: number | undefined) => void;

export function downloadBytes(url: string, what: string, onProgress: Progress): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'arraybuffer';
    xhr.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : undefined);
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300
        ? resolve(new Uint8Array(xhr.response as ArrayBuffer))
        : reject(new Error(`${what} could not be loaded (HTTP ${xhr.status})`));
    xhr.onerror = () => reject(new Error(`${what} could not be loaded (network error)`));
    xhr.send();
  });
}
