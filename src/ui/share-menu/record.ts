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
  /** Seconds left, once the recorder has begun and then once a second (a visible countdown). */
  tick(secondsLeft: number): void;
  /** The finished video (undefined when the recorder produced nothing), or an error sentence. */
  done(video: Blob | undefined, error?: string): void;
}

/**
 * Starts filming `canvas` (check `recordingSupport` first) on `background` (the widget's page
 * colour, where the canvas is transparent).
 *
 * The recorder films a 2D copy of the canvas made every animation frame, not the canvas itself:
 * a canvas track only yields the frames its canvas paints (a picture the learner leaves still
 * would make an empty video, and `requestFrame` does not film an unchanged canvas), and a WebGL
 * canvas may be cleared between its own frames.
 */
export function startRecording(
  canvas: HTMLCanvasElement,
  background: string,
  hooks: RecordHooks,
  limitS = RECORD_LIMIT_S,
): Recording {
  const film = document.createElement('canvas');
  film.width = Math.max(2, canvas.width);
  film.height = Math.max(2, canvas.height);
  const ctx = film.getContext('2d');
  const paint = (): void => {
    if (!ctx) return;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, film.width, film.height);
    ctx.drawImage(canvas, 0, 0, film.width, film.height);
  };
  let frame = 0;
  const everyFrame = (): void => {
    paint();
    frame = requestAnimationFrame(everyFrame);
  };
  everyFrame();
  const stream = film.captureStream(30);
  const type = webmType();
  const recorder = new MediaRecorder(stream, type ? { mimeType: type } : {});
  const chunks: Blob[] = [];
  let left = limitS;
  let timer = 0;
  let began = false;
  // The recorder can take a second or more to begin (its encoder starts up): the countdown
  // counts from its `start` event, so the learner's seconds are all on film.
  recorder.addEventListener('start', () => {
    began = true;
    hooks.tick(left);
    timer = window.setInterval(() => {
      left -= 1;
      // Also once a second: a page the browser stops drawing (hidden) runs no animation frames.
      paint();
      hooks.tick(left);
      if (left <= 0) stop();
    }, 1000);
  });
  const release = (): void => {
    window.clearInterval(timer);
    cancelAnimationFrame(frame);
    for (const track of stream.getTracks()) track.stop();
  };
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  });
  recorder.addEventListener('stop', () => {
    release();
    if (chunks.length) hooks.done(new Blob(chunks, { type: recorder.mimeType || 'video/webm' }));
    else
      hooks.done(
        undefined,
        began
          ? 'Nothing was recorded: stop a little later.'
          : 'Stopped before the recording had begun: nothing to save.',
      );
  });
  recorder.addEventListener('error', () => {
    release();
    hooks.done(undefined, 'The recording failed in this browser.');
  });
  function stop(): void {
    window.clearInterval(timer);
    if (recorder.state !== 'inactive') recorder.stop();
  }
  recorder.start(1000);
  return { stop };
}
