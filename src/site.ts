/**
 * The script of every Lumen page (home, lessons and the presenter window): the page design, the
 * shell (themes, keyboard, fullscreen, presenter mode), the widgets, each loaded only when its
 * tag is on the page, and the offline service worker.
 */
import './ui/site.css';
import { registerOffline } from './ui/shell/offline';
import { startShell } from './ui/shell/shell';
import { autoload } from './widgets/loaders';

// dist/presenter.html, the teacher's second window, shares this script but none of the shell.
if (document.body.classList.contains('page-presenter'))
  void import('./ui/shell/presenter-window').then((m) => m.startPresenterWindow(document));
else {
  startShell(document);
  autoload(document);
}
// This chunk sits in assets/, the worker at the root of the site (its scope: every page); a
// variable, so that vite does not look for the file at build time. The dev server has no worker:
// it would cache what is being edited; nor has a site of own lessons (see src/build/vite-config.ts).
const SERVICE_WORKER = '../sw.js';
if (!import.meta.env.DEV && import.meta.env.LUMEN_SERVICE_WORKER)
  registerOffline(window, new URL(SERVICE_WORKER, import.meta.url));
