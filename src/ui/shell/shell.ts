/**
 * Wires the site shell of a Lumen page: theme, fullscreen, presenter mode, the shortcut dialog,
 * the folding lesson list, and the notice for links with settings Lumen does not know. All state
 * lives in the controls created here, one set per page.
 */
import { startFullscreen, type FullscreenControl } from './fullscreen';
import { startHelp, type HelpControl } from './help';
import { isActivatablePath, isIgnoredPath, keyAction, stepKeyOverHandle, type ShellAction } from './keys';
import { startPresenter, type Presenter } from './presenter';
import { practiceIds, startPractice } from './practice';
import { startReveals } from './reveal';
import { readStepParam } from './steps';
import { startTheme, type ThemeControl } from './theme';
import { themeLabel } from './theme-state';
import { createToast, type Say } from './toast';
import { startToc } from './toc';
import { startScrollFocus } from '../scroll-focus';
import { showNotice } from './url-notice';
import { paramMessages } from './url-params';

export interface Shell {
  readonly theme: ThemeControl;
  readonly fullscreen: FullscreenControl;
  readonly presenter: Presenter;
  readonly help: HelpControl;
}

/** Ids of the `lumen-*` elements and practice blocks: `?<id>.<prop>` parameters belong to them. */
function widgetIds(doc: Document): Set<string> {
  const ids = new Set<string>(practiceIds(doc));
  for (const el of doc.querySelectorAll('[id]')) if (el.localName.startsWith('lumen-')) ids.add(el.id);
  return ids;
}

function run(shell: Shell, action: ShellAction, say: Say): void {
  const { theme, presenter } = shell;
  switch (action) {
    case 'cycle-theme':
      theme.cycle();
      return say(themeLabel(theme.current));
    case 'toggle-projector':
      theme.toggleProjector();
      return say(themeLabel(theme.current));
    case 'fullscreen':
      return shell.fullscreen.toggle();
    case 'toggle-presenter':
      return presenter.toggle();
    case 'presenter-window':
      return presenter.openWindow();
    case 'help':
      return shell.help.open();
    case 'next':
      return presenter.next();
    case 'previous':
      return presenter.previous();
    case 'first':
      return presenter.first();
    case 'last':
      return presenter.last();
    case 'leave':
      return presenter.stop();
  }
}

export function startShell(doc: Document): Shell {
  const say = createToast(doc);
  const byId = (id: string): HTMLButtonElement | null => {
    const el = doc.getElementById(id);
    return el instanceof HTMLButtonElement ? el : null;
  };
  const shell: Shell = {
    theme: startTheme(doc, byId('theme-toggle')),
    fullscreen: startFullscreen(doc, byId('fullscreen-toggle'), say),
    presenter: startPresenter(doc, byId('present-toggle'), say),
    help: startHelp(doc, doc.querySelector('.site-controls')),
  };
  startToc(doc);
  startScrollFocus(doc);
  startReveals(doc);
  startPractice(doc);

  // Whether the focus inside a widget came from the pointer (a drag) or from the keyboard (Tab).
  let focusByPointer = false;
  doc.addEventListener('pointerdown', () => (focusByPointer = true), true);
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Tab') focusByPointer = false;
      if (!shell.presenter.active) return;
      const host = doc.activeElement;
      if (!host || !host.localName.startsWith('lumen-')) return;
      let focused: Element | null = host;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      if (focused === host) return;
      if (!stepKeyOverHandle(e, focused as HTMLInputElement, focusByPointer)) return;
      // Before the handle's own listener: the key turns the page and the handle stays put.
      e.preventDefault();
      e.stopPropagation();
      run(shell, /Right|Down/.test(e.key) ? 'next' : 'previous', say);
    },
    true,
  );

  doc.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    const path = e.composedPath();
    if (isIgnoredPath(path)) return;
    const action = keyAction(e, {
      presenting: shell.presenter.active,
      onActivatable: isActivatablePath(path),
    });
    if (!action) return;
    e.preventDefault();
    run(shell, action, say);
  });

  const messages = paramMessages(location.search, widgetIds(doc));
  const step = readStepParam(new URLSearchParams(location.search).get('step'), shell.presenter.count);
  if (step.kind === 'clamped' || step.kind === 'ignored') messages.push(step.message);
  showNotice(doc, messages);
  if (step.kind === 'ok' || step.kind === 'clamped') shell.presenter.start(step.step);
  return shell;
}
