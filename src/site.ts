/**
 * The script of every Lumen page (home, lessons and the presenter window): the page design, the
 * shell (themes, keyboard, fullscreen, presenter mode) and the widgets, each loaded only when its
 * tag is on the page.
 */
import './ui/site.css';
import { startShell } from './ui/shell/shell';
import { autoload } from './widgets/loaders';

// dist/presenter.html, the teacher's second window, shares this script but none of the shell.
if (document.body.classList.contains('page-presenter'))
  void import('./ui/shell/presenter-window').then((m) => m.startPresenterWindow(document));
else {
  startShell(document);
  autoload(document);
}
