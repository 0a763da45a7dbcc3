/**
 * The script of every Lumen page (home and lessons): the page design, the shell (themes,
 * keyboard, fullscreen, presenter mode) and the widgets, each loaded only when its tag is on
 * the page.
 */
import './ui/site.css';
import { startShell } from './ui/shell/shell';
import { autoload } from './widgets/loaders';

startShell(document);
autoload(document);
