/**
 * The small toolbar every widget carries in its top right corner: a fullscreen toggle and the
 * "Share" menu button (copy a link, a link without controls, the embed code; download a PNG or an
 * SVG; record a video). Built once here and added by the base element (widget-element.ts), so no
 * widget writes any of it. Hidden with `controls="false"` and with `share="false"`.
 *
 * Keyboard: the button opens the menu with Enter, Space, ↓ (first item) or ↑ (last item); inside,
 * ↑ ↓ Home End move, Enter runs an item, Escape closes and gives focus back to the button, Tab
 * leaves and closes. When the clipboard refuses, the text appears selected in a field to copy by
 * hand. Everything is built with text nodes and attributes: no setting or URL becomes markup.
 */
import { el } from '../dom';
import type { Palette } from '../tokens';
import { copyText } from './clipboard';
import { enterFullscreenIcon, exitFullscreenIcon, shareIcon } from './icons';
import { nextIndex, openingIndex } from './menu-keys';
import { composePicture, download, largestCanvas, largestSvg, svgFile, visibleCanvases } from './picture';
import { RECORD_LIMIT_S, recordingSupport, startRecording, type Recording } from './record';
import { fileName, iframeSnippet, lumenBase, scriptSnippet, withoutControls } from './snippets';

/** What the toolbar needs from its widget (the base element provides it). */
export interface ShareHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  palette(): Palette;
  /** The page URL with this widget's state (`el.shareUrl()`). */
  shareUrl(): string;
  /** The settings that differ from the defaults, in attribute spelling (and `theme` if set). */
  embedSettings(): [string, string][];
  /** The formula's words, drawn under the PNG ('' when the widget shows none). */
  words(): string;
  /** Whether the widget has a `controls` setting (for "link without controls"). */
  readonly hasControls: boolean;
  /** Says a sentence in the widget's live region. */
  say(text: string): void;
  /** Draws the widget again (its canvases re-size their backing store for a new zoom). */
  redraw(): void;
}

interface Item {
  readonly button: HTMLButtonElement;
  available(): boolean;
  run(): void | Promise<void>;
}

/** Where this build's embed.js and embed.html are. */
const BASE = lumenBase(import.meta.url);

export class ShareTools {
  readonly box: HTMLDivElement = el('div', { class: 'tools', part: 'tools' });
  private readonly share = el('button', {
    type: 'button',
    class: 'tool tool-share',
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-controls': 'share-menu',
  });
  private readonly full = el('button', { type: 'button', class: 'tool tool-fullscreen' });
  private readonly menu = el('div', {
    role: 'menu',
    id: 'share-menu',
    class: 'share-menu',
    'aria-label': 'Share and export',
  });
  private readonly panel = el('div', {
    class: 'tool-panel',
    role: 'dialog',
    'aria-labelledby': 'share-panel-text',
  });
  private readonly panelText = el('p', { id: 'share-panel-text' });
  private readonly field = el('textarea', { readonly: '', rows: '4', 'aria-labelledby': 'share-panel-text' });
  private readonly status = el('span', { class: 'tool-status', 'aria-hidden': 'true' });
  private readonly rec = el('div', { class: 'tool-rec', role: 'group', 'aria-label': 'Recording' });
  private readonly recTime = el('span', { class: 'rec-time' });
  private readonly items: Item[];
  private recording: Recording | undefined;
  private statusTimer = 0;
  private shown = true;
  /** The frame's width in the page, kept while it fills the screen (then scaled up to fit). */
  private pageWidth = 0;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly host: ShareHost) {
    this.share.append(shareIcon(), el('span', {}, 'Share'));
    this.share.title = 'Share or export this widget';
    this.items = this.buildItems();
    this.menu.hidden = true;
    this.menu.append(...this.items.map((i) => i.button));
    const close = el('button', { type: 'button' }, 'Close');
    close.addEventListener('click', () => this.hidePanel(true));
    this.panel.hidden = true;
    this.panel.append(this.panelText, this.field, close);
    const stop = el('button', { type: 'button' }, 'Stop');
    stop.addEventListener('click', () => this.recording?.stop());
    this.rec.hidden = true;
    this.rec.append(el('span', { class: 'rec-dot', 'aria-hidden': 'true' }), this.recTime, stop);
    this.box.append(this.status, this.rec, this.full, this.share, this.menu, this.panel);
    this.labelFullscreen();

    this.share.addEventListener('click', () => (this.menu.hidden ? this.openMenu(0) : this.closeMenu(true)));
    this.share.addEventListener('keydown', (e) => {
      const at = openingIndex(e.key, this.availableItems().length);
      // Enter and Space also click; the click opens it, so only the arrows are handled here.
      if (at === undefined || e.key === 'Enter' || e.key === ' ') return;
      e.preventDefault();
      this.openMenu(at);
    });
    this.menu.addEventListener('keydown', (e) => this.menuKey(e));
    this.box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.panel.hidden) {
        e.preventDefault();
        this.hidePanel(true);
      }
      // Keys typed in the toolbar are the toolbar's: not a widget's arrow keys, not the page's
      // shortcuts (t, p, f, s) while the learner selects text in the copy field.
      e.stopPropagation();
    });
    this.box.addEventListener('focusout', (e) => {
      const to = e.relatedTarget;
      if (!(to instanceof Node) || !this.menu.contains(to)) if (to !== this.share) this.closeMenu(false);
    });
    this.full.addEventListener('click', () => this.toggleFullscreen());
  }

  /** Starts the document listeners (click outside closes the menu; fullscreen changes). */
  connect(): void {
    const doc = this.host.element.ownerDocument;
    const outside = (e: PointerEvent): void => {
      if (!e.composedPath().includes(this.box)) this.closeMenu(false);
    };
    const fullscreen = (): void => {
      this.labelFullscreen();
      this.fit();
    };
    const resize = (): void => {
      if (this.isFullscreen) this.fit();
    };
    doc.addEventListener('pointerdown', outside);
    doc.addEventListener('fullscreenchange', fullscreen);
    window.addEventListener('resize', resize);
    this.cleanups.push(
      () => doc.removeEventListener('pointerdown', outside),
      () => doc.removeEventListener('fullscreenchange', fullscreen),
      () => window.removeEventListener('resize', resize),
    );
  }

  disconnect(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.recording?.stop();
    this.closeMenu(false);
  }

  /** Shows or hides the whole toolbar (`controls="false"`, `share="false"`). */
  setShown(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    this.box.hidden = !shown;
    if (!shown) {
      this.closeMenu(false);
      this.hidePanel(false);
      this.recording?.stop();
    }
  }

  // ---- the menu -------------------------------------------------------------------------------

  private buildItems(): Item[] {
    const h = this.host;
    const item = (label: string, available: () => boolean, run: () => void | Promise<void>): Item => {
      const button = el('button', { type: 'button', role: 'menuitem', tabindex: '-1' }, label);
      button.addEventListener('click', () => {
        this.closeMenu(true);
        void run();
      });
      return { button, available, run };
    };
    const id = (): string => h.element.id;
    return [
      item(
        'Copy link',
        () => !!id(),
        () => this.copy(h.shareUrl(), 'Link'),
      ),
      item(
        'Copy link without controls',
        () => !!id() && h.hasControls,
        () => this.copy(withoutControls(h.shareUrl(), id()), 'Link without controls'),
      ),
      item(
        'Copy embed code (script)',
        () => true,
        () => this.copy(scriptSnippet(BASE, h.element.localName, h.embedSettings()), 'Embed code'),
      ),
      item(
        'Copy embed code (iframe)',
        () => true,
        () =>
          this.copy(
            iframeSnippet(
              BASE,
              h.element.localName,
              h.embedSettings(),
              h.element.getBoundingClientRect().height,
            ),
            'Iframe code',
          ),
      ),
      item(
        'Download PNG',
        () => visibleCanvases(h.root).length > 0,
        () => this.png(),
      ),
      item(
        'Download SVG',
        () => largestSvg(h.root, this.box) !== undefined,
        () => this.svg(),
      ),
      item(
        `Record video (up to ${RECORD_LIMIT_S} s)`,
        () => !this.recording,
        () => this.record(),
      ),
    ];
  }

  private availableItems(): Item[] {
    return this.items.filter((i) => !i.button.hidden);
  }

  private openMenu(focusAt: number): void {
    this.hidePanel(false);
    for (const i of this.items) i.button.hidden = !i.available();
    this.menu.hidden = false;
    this.share.setAttribute('aria-expanded', 'true');
    const items = this.availableItems();
    items[Math.min(focusAt, items.length - 1)]?.button.focus();
  }

  private closeMenu(refocus: boolean): void {
    if (this.menu.hidden) return;
    this.menu.hidden = true;
    this.share.setAttribute('aria-expanded', 'false');
    if (refocus) this.share.focus();
  }

  private menuKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeMenu(true);
      return;
    }
    if (e.key === 'Tab') {
      this.closeMenu(false);
      return;
    }
    const items = this.availableItems();
    const at = items.findIndex((i) => i.button === this.host.root.activeElement);
    const next = nextIndex(e.key, at, items.length);
    if (next === undefined) return;
    e.preventDefault();
    items[next]?.button.focus();
  }

  // ---- the actions ----------------------------------------------------------------------------

  private async copy(text: string, what: string): Promise<void> {
    if (await copyText(text)) {
      this.flash(`${what} copied`);
      return;
    }
    this.showPanel(`The browser did not allow copying here. ${what}, to copy by hand (Ctrl+C or ⌘C):`, text);
  }

  private png(): void {
    const h = this.host;
    const picture = composePicture({
      canvases: visibleCanvases(h.root),
      words: h.words(),
      palette: h.palette(),
    });
    if (!picture) {
      this.showPanel('This widget has nothing drawn to save yet.');
      return;
    }
    picture.toBlob((blob) => {
      if (!blob) {
        this.showPanel('The browser could not make the PNG.');
        return;
      }
      download(blob, fileName(h.element.localName, h.element.id, 'png'));
      this.flash('PNG saved');
    }, 'image/png');
  }

  private svg(): void {
    const h = this.host;
    const svg = largestSvg(h.root, this.box);
    if (!svg) return;
    const text = svgFile(svg, h.palette().bg);
    download(new Blob([text], { type: 'image/svg+xml' }), fileName(h.element.localName, h.element.id, 'svg'));
    this.flash('SVG saved');
  }

  private record(): void {
    const h = this.host;
    const canvas = largestCanvas(h.root);
    const problem = recordingSupport(canvas);
    if (problem || !canvas) {
      this.showPanel(problem ?? 'This widget has no canvas to record.');
      return;
    }
    this.rec.hidden = false;
    this.recTime.textContent = 'Starting the recording…';
    h.say(`Recording the widget for up to ${RECORD_LIMIT_S} seconds. Stop is next to the Share button.`);
    this.recording = startRecording(canvas, h.palette().bg, {
      tick: (left) => {
        this.recTime.textContent = `Recording: ${left} s left`;
      },
      done: (video, error) => {
        this.recording = undefined;
        this.rec.hidden = true;
        if (video) {
          download(video, fileName(h.element.localName, h.element.id, 'webm'));
          this.flash('Video saved');
        } else this.showPanel(error ?? 'Nothing was recorded.');
      },
    });
  }

  // ---- fullscreen -----------------------------------------------------------------------------

  private get isFullscreen(): boolean {
    return this.host.element.ownerDocument.fullscreenElement === this.host.element;
  }

  private toggleFullscreen(): void {
    const doc = this.host.element.ownerDocument;
    if (this.isFullscreen) {
      doc.exitFullscreen().catch(() => undefined);
      return;
    }
    this.pageWidth = this.box.parentElement?.offsetWidth ?? 0;
    this.host.element
      .requestFullscreen()
      .catch(() => this.showPanel('The browser did not allow fullscreen here.'));
  }

  /**
   * In fullscreen the widget keeps its page layout (its width in the page) and is scaled up with
   * CSS zoom until it fills the screen: text, lines and plots all grow, and the canvases draw
   * with as many more pixels (CanvasSurface reads the zoom), so a 4K projector gets a 4K
   * picture rather than a 640 px one blown up. Back in the page, the zoom and width go.
   */
  private fit(): void {
    const frame = this.box.parentElement;
    if (!frame) return;
    if (!this.isFullscreen) {
      frame.style.removeProperty('width');
      frame.style.removeProperty('zoom');
    } else {
      const width = this.pageWidth || frame.offsetWidth;
      frame.style.width = `${width}px`;
      frame.style.zoom = '1';
      const screen = this.host.element;
      const zoom = Math.min(
        screen.clientWidth / width,
        screen.clientHeight / Math.max(frame.offsetHeight, 1),
      );
      frame.style.zoom = String(Math.max(1, Math.floor(zoom * 100) / 100));
    }
    this.host.redraw();
  }

  private labelFullscreen(): void {
    const doc = this.host.element.ownerDocument;
    this.full.hidden = doc.fullscreenEnabled !== true;
    const on = this.isFullscreen;
    const label = on ? 'Exit fullscreen' : 'Fullscreen';
    this.full.setAttribute('aria-label', label);
    this.full.title = on ? 'Leave fullscreen (Esc)' : 'Fill the screen with this widget';
    this.full.replaceChildren(on ? exitFullscreenIcon() : enterFullscreenIcon());
  }

  // ---- messages -------------------------------------------------------------------------------

  /** A short visible note ("Link copied"), also said in the live region. */
  private flash(text: string): void {
    window.clearTimeout(this.statusTimer);
    this.status.textContent = text;
    this.host.say(text + '.');
    this.statusTimer = window.setTimeout(() => {
      this.status.textContent = '';
    }, 2500);
  }

  /** A sentence, and the text to copy selected in a field when there is one. */
  private showPanel(message: string, text?: string): void {
    this.panelText.textContent = message;
    this.field.hidden = text === undefined;
    this.field.value = text ?? '';
    this.panel.hidden = false;
    this.host.say(message);
    if (text !== undefined) {
      this.field.focus();
      this.field.select();
    } else (this.panel.querySelector('button') as HTMLButtonElement).focus();
  }

  private hidePanel(refocus: boolean): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    if (refocus) this.share.focus();
  }
}
