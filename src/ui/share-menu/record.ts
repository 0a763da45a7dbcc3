/**
 * Records a canvas as a WebM video while the learner plays with the widget: MediaRecorder on
 * `canvas.captureStream()`, stopped by the learner or at the time limit, whichever comes first.
 * Where the browser has neither (older Safari), `recordingSupport` says why in a sentence the
 * menu shows instead of failing silently.
 */

/** The longest recording, in seconds: a short clip for a blog post or a message. */
export const RECORD_LIMIT_S = 20;

/** Undefined when recording works here, else the sentence that says why not. */
export function recordingSupport(canvas: HTMLCanvasElement | undefined): string | undefined {
  if (!canvas) return 'This widget has no canvas to record.';
  if (typeof MediaRecorder === 'undefined')
    return 'This browser cannot record video (it has no MediaRecorder). Try a current Chrome, Edge or Firefox.';
  if (typeof canvas.captureStream !== 'function')
    return 'This browser cannot film a canvas (it has no captureStream). Try a current Chrome, Edge or Firefox.';
  return undefined;
}

/** The first WebM flavour this browser's MediaRecorder can write, or '' for its own default. */
function webmType(): string {
  for (const type of ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'])
    if (MediaRecorder.isTypeSupported(type)) return type;
  return '';
}

export interface Recording {
  /** Stops now; `done` then receives the video. */
  stop(): void;
}

export interface RecordHooks {
  /** Seconds left, once a second from the start (a visible countdown). */
  tick(secondsLeft: number): void;
  /** The finished video (undefined when the recorder produced nothing), or an error sentence. */
  done(video: Blob | undefined, error?: string): void;
}

/** Starts filming `canvas` (check `recordingSupport` first). */
export function startRecording(
  canvas: HTMLCanvasElement,
  hooks: RecordHooks,
  limitS = RECORD_LIMIT_S,
): Recording {
  const stream = canvas.captureStream(30);
  const type = webmType();
  const recorder = new MediaRecorder(stream, type ? { mimeType: type } : {});
  const chunks: Blob[] = [];
  let left = limitS;
  const timer = window.setInterval(() => {
    left -= 1;
    hooks.tick(left);
    if (left <= 0) stop();
  }, 1000);
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  });
  recorder.addEventListener('stop', () => {
    for (const track of stream.getTracks()) track.stop();
    hooks.done(chunks.length ? new Blob(chunks, { type: recorder.mimeType || 'video/webm' }) : undefined);
  });
  recorder.addEventListener('error', () => {
    window.clearInterval(timer);
    for (const track of stream.getTracks()) track.stop();
    hooks.done(undefined, 'The recording failed in this browser.');
  });
  function stop(): void {
    window.clearInterval(timer);
    if (recorder.state !== 'inactive') recorder.stop();
  }
  recorder.start(1000);
  hooks.tick(left);
  return { stop };
}
