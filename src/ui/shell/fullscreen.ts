/**
 * Fullscreen for the whole page (`f` or #fullscreen-toggle). Where the API is missing (iPhone
 * Safari) the button is hidden rather than offered and broken.
 */
import type { Say } from './toast';

export interface FullscreenControl {
  readonly supported: boolean;
  toggle(): void;
}

export function startFullscreen(
  doc: Document,
  button: HTMLButtonElement | null,
  say: Say,
): FullscreenControl {
  const root = doc.documentElement;
  const supported = doc.fullscreenEnabled === true && typeof root.requestFullscreen === 'function';
  const label = (): void => {
    if (!button) return;
    const on = doc.fullscreenElement !== null;
    button.textContent = on ? 'Exit fullscreen' : 'Fullscreen';
    button.setAttribute('aria-pressed', String(on));
    button.title = on ? 'Leave fullscreen (F or Esc)' : 'Fill the screen (F)';
  };
  if (button) {
    button.hidden = !supported;
    label();
    button.addEventListener('click', () => toggle());
  }
  doc.addEventListener('fullscreenchange', label);

  const toggle = (): void => {
    if (!supported) {
      say('Fullscreen is not available in this browser.');
      return;
    }
    // Browsers refuse without a user gesture or inside some iframes; that is not an error worth
    // more than a word to the reader.
    if (doc.fullscreenElement) doc.exitFullscreen().catch(() => undefined);
    else root.requestFullscreen().catch(() => say('The browser did not allow fullscreen here.'));
  };
  return { supported, toggle };
}
