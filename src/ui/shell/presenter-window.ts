/**
 * The presenter window (dist/presenter.html?lesson=<path>): on the teacher's laptop, while the
 * lesson is projected, it shows the current step, its speaker notes, the next step's title and a
 * timer, and moves the lesson with its buttons or the same keys as presenter mode. It talks to
 * the lesson page over a BroadcastChannel (presenter-link.ts); every text it shows arrives as
 * data and is set as text, never as markup.
 */
import { isActivatablePath, keyAction } from './keys';
import {
  channelName,
  clockText,
  lessonPathParam,
  readMessage,
  type Move,
  type StepView,
} from './presenter-link';

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text) e.textContent = text;
  return e;
}

export function startPresenterWindow(doc: Document): void {
  const main = doc.querySelector<HTMLElement>('.presenter-view');
  const message = doc.querySelector<HTMLElement>('.pv-message');
  const heading = doc.querySelector<HTMLElement>('.pv-lesson');
  if (!main || !message || !heading) return;
  const path = lessonPathParam(new URLSearchParams(location.search).get('lesson'));
  if (!path) return; // The page's own text says how to open it.
  if (typeof BroadcastChannel !== 'function') {
    message.textContent =
      'This browser cannot keep two windows in step (it has no BroadcastChannel). Present from the lesson page’s own bar instead.';
    return;
  }
  message.textContent = 'Waiting for the lesson page… Keep it open, in presenter mode.';

  const status = el(doc, 'p', 'pv-step');
  const title = el(doc, 'h2', 'pv-title');
  const notesHead = el(doc, 'h3', 'pv-label', 'Notes');
  const notes = el(doc, 'p', 'pv-notes');
  const nextHead = el(doc, 'h3', 'pv-label', 'Next');
  const next = el(doc, 'p', 'pv-next');
  const clock = el(doc, 'p', 'pv-timer');
  clock.setAttribute('aria-label', 'Time since this window opened');
  const reset = el(doc, 'button', 'pv-reset', 'Reset timer');
  const prev = el(doc, 'button', 'presenter-prev', '← Previous');
  const fwd = el(doc, 'button', 'presenter-next', 'Next →');
  for (const b of [reset, prev, fwd]) b.type = 'button';
  const bar = el(doc, 'div', 'pv-controls');
  const timer = el(doc, 'div', 'pv-clock');
  timer.append(clock, reset);
  bar.append(prev, fwd, timer);
  const body = el(doc, 'section', 'pv-body');
  body.setAttribute('aria-live', 'polite');
  body.append(status, title, notesHead, notes, nextHead, next);
  body.hidden = true;
  // The buttons and the timer first: on a small laptop window the notes may need scrolling, the
  // controls never do.
  main.append(bar, body);

  const channel = new BroadcastChannel(channelName(path));
  const send = (to: Move): void => channel.postMessage({ kind: 'go', to });
  prev.addEventListener('click', () => send('previous'));
  fwd.addEventListener('click', () => send('next'));

  let started = performance.now();
  const tick = (): void => {
    clock.textContent = clockText(performance.now() - started);
  };
  tick();
  window.setInterval(tick, 1000);
  reset.addEventListener('click', () => {
    started = performance.now();
    tick();
  });

  const show = (v: StepView): void => {
    heading.textContent = v.lesson ? `Presenter view · ${v.lesson}` : 'Presenter view';
    doc.title = `Presenter view · ${v.lesson}`;
    body.hidden = false;
    message.textContent = v.active ? '' : 'The lesson page left presenter mode. Next starts it again.';
    status.textContent = `Step ${v.step} / ${v.count}`;
    title.textContent = v.title;
    notes.textContent = v.notes || 'No notes for this step.';
    notes.classList.toggle('pv-none', !v.notes);
    next.textContent = v.next ?? 'This is the last step.';
    prev.setAttribute('aria-disabled', String(v.active && v.step === 1));
    fwd.setAttribute('aria-disabled', String(v.active && v.step === v.count));
  };

  channel.addEventListener('message', (e: MessageEvent) => {
    const m = readMessage(e.data);
    if (m?.kind === 'state') show(m.view);
    else if (m?.kind === 'bye')
      message.textContent = 'The lesson page was closed or left. Reopen it to go on.';
  });
  channel.postMessage({ kind: 'hello' });

  doc.addEventListener('keydown', (e) => {
    const action = keyAction(e, { presenting: true, onActivatable: isActivatablePath(e.composedPath()) });
    if (action === 'next' || action === 'previous' || action === 'first' || action === 'last') {
      e.preventDefault();
      send(action);
    }
  });
}
