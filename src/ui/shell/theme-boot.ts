/**
 * The few lines inlined into every page's <head> (before any stylesheet) so the page paints in
 * the reader's theme from the first frame, with no flash of the wrong colours.
 *
 * Order of precedence: `?theme=` in the URL (remembered for the next page), then the theme saved
 * in localStorage, then the system's `prefers-color-scheme`. Only the three known names are ever
 * written to `data-theme`; anything else falls through to the next source. localStorage may throw
 * (disabled storage, sandboxed iframes, Safari private mode), so every access is guarded.
 *
 * Plain ES5 text: it runs before any module and must not fail in any browser that loads the page.
 */
import { THEMES } from '../tokens';
import { THEME_STORAGE_KEY } from './theme-state';

export const THEME_BOOT_SCRIPT: string = `(function(){var ok=${JSON.stringify(THEMES)},k=${JSON.stringify(THEME_STORAGE_KEY)},t=null,s=null;
function good(v){return typeof v==="string"&&ok.indexOf(v)>=0}
try{t=new URLSearchParams(location.search).get("theme")}catch(e){}
if(good(t)){try{localStorage.setItem(k,t)}catch(e){}}
else{try{s=localStorage.getItem(k)}catch(e){}
t=good(s)?s:(typeof matchMedia==="function"&&matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light")}
var r=document.documentElement;r.setAttribute("data-theme",t);r.className+=" js"})();`;
