/**
 * The base of every `lumen-*` custom element. It owns what all widgets share so that each widget
 * only says what it draws:
 * - state: typed, from one property table; attributes, the page URL and `setState` all go
 *   through it, and bad values become a visible message and fall back (never an exception);
 * - Shadow DOM with the theme tokens, a message area and an ARIA live region;
 * - lifecycle: renders only on the next frame after a change, pauses animation off screen and
 *   stops it when removed;
 * - the toolbar in the top right corner (src/ui/share-menu): fullscreen, and the Share menu
 *   (links, embed code, PNG/SVG, video), hidden by `controls="false"` or `share="false"`.
 *
 * Public API (documented in the README):
 * - `el.state`: a frozen copy of the current state;
 * - `el.setState(partial)`: merge new values (checked against the table);
 * - `change` event (`detail.state`), fired after every state change from any source.
 */
import {
  checkPartial,
  checkRules,
  defaults,
  parseProps,
  toKebab,
  toCamel,
  type Problem,
  type PropRule,
  type PropTable,
  type Source,
  type StateOf,
  WHOLE_ARGUMENT,
  authoredMessage,
} from './props';
import { hostThemeCss, readPalette, type Palette } from './tokens';
import { frameScheduler, type FrameCallback } from '../render/scheduler';
import { BASE_WIDGET_CSS } from './widget-css';
import { prefersReducedMotion, runMotion as playMotion, type Motion } from '../render/tween';
import { ShareTools } from './share-menu/tools';
import { TOOLS_CSS } from './share-menu/tools-css';

export type ChangeDetail<S> = { state: Readonly<S>; source: Source | 'user' };

/**
 * A piece of shared behaviour that a widget plugs in with `this.use(controller)` (the shape of
 * Lit's reactive controllers): canvas sizing, dragging, predict-first, formulas, bound controls.
 * The host calls these hooks, so a controller never needs its own lifecycle code in the widget.
 */
export interface Controller {
  /** The host entered the document (after `build` the first time, and again after each move). */
  hostConnected?(): void;
  /** The host left the document: stop observers, timers and runs. */
  hostDisconnected?(): void;
  /** The host scrolled on or off screen. */
  hostVisible?(visible: boolean): void;
  /**
   * The state changed (from any source), before the widget's own `stateChanged` and the render.
   * `previous` is the state before the change; `source` says who changed it.
   */
  hostUpdated?(previous: Readonly<Record<string, unknown>>, source: Source | 'user'): void;
  /** The plain-text words of what it shows (a formula), drawn under an exported picture. */
  exportText?(): string;
}

/**
 * What a controller may reach of its widget (src/ui/bind.ts, src/ui/predict-flow.ts): the property
 * table, the state without a copy, `update` for user changes, the widget's message area, the
 * focused element inside the shadow root, and `requestRender`.
 */
export interface ControlHost<P extends PropTable = PropTable> {
  readonly element: HTMLElement;
  readonly table: P;
  readonly state: Readonly<StateOf<P>>;
  readonly focused: Element | null;
  update(partial: Partial<StateOf<P>>): void;
  use<C extends Controller>(controller: C): C;
  setMessage(key: string, message: string | undefined, causes?: readonly string[]): void;
  requestRender(): void;
  /** Says the widget's state sentence again in its live region (after a change the state misses). */
  announce(): void;
}

/** What every widget's DOM has: the root element the base appends to the widget's body. */
export interface WidgetDom {
  readonly layout: HTMLElement;
}

/** Registers a custom element once: two copies of the embed script on one page must not throw. */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

/**
 * The attributes a widget watches: its settings, `theme`, and `share` (`share="false"` hides the
 * toolbar, for an embedder who wants the bare widget).
 */
export function observedAttributesOf(table: PropTable): string[] {
  return [...Object.keys(table).map(toKebab), 'theme', 'share'];
}

/**
 * One parsed stylesheet per distinct widget CSS text, shared by every instance: ten planes on a
 * page parse KaTeX's layout CSS once, not ten times. (A cache, so module-level on purpose.)
 */
const SHEETS = new Map<string, CSSStyleSheet>();
function sharedSheet(css: string): CSSStyleSheet {
  let sheet = SHEETS.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    SHEETS.set(css, sheet);
  }
  return sheet;
}

export { prefersReducedMotion };

export abstract class LumenElement<P extends PropTable, D extends WidgetDom = WidgetDom> extends HTMLElement {
  protected readonly root: ShadowRoot;
  /** Where a widget puts its content. */
  protected readonly body: HTMLDivElement;
  private readonly messageList: HTMLUListElement;
  private readonly live: HTMLDivElement;
  private current: StateOf<P>;
  private readonly problems = new Map<string, string>();
  /** For a message that names them: the state keys whose change removes its cause. */
  private readonly causes = new Map<string, readonly string[]>();
  private built = false;
  private visible = true;
  private connected = false;
  private renderPending = false;
  private cancelRender: (() => void) | undefined;
  private animation: FrameCallback | undefined;
  private cancelAnimation: (() => void) | undefined;
  private observer: IntersectionObserver | undefined;
  private paletteCache: Palette | undefined;
  private announceTimer = 0;
  private readonly cleanups: (() => void)[] = [];
  private readonly controllers: Controller[] = [];
  private readonly tools: ShareTools;
  /**
   * The widget's typed DOM, made by `createDom()` before `build()` runs, so the rest of the
   * element never needs a "not built yet" guard.
   */
  protected dom!: D;
  /** This widget as controllers see it (pass it to `bind…` and to controllers). */
  protected readonly host: ControlHost<P>;

  protected constructor(
    protected readonly table: P,
    widgetCss: string,
    /** Rules between props (see PropRule): a change that breaks one is undone and named. */
    private readonly rules: readonly PropRule<StateOf<P>>[] = [],
  ) {
    super();
    this.current = defaults(table);
    this.root = this.attachShadow({ mode: 'open', delegatesFocus: false });
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.setAttribute('part', 'frame');
    this.messageList = document.createElement('ul');
    this.messageList.className = 'messages';
    this.messageList.hidden = true;
    // The alert role on a wrapper, not on the list: a <ul role="alert"> is no list any more.
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.append(this.messageList);
    this.body = document.createElement('div');
    this.body.className = 'body';
    this.live = document.createElement('div');
    this.live.className = 'sr-only';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.tools = new ShareTools({
      element: this,
      root: this.root,
      palette: () => this.palette,
      shareUrl: () => this.shareUrl(),
      embedSettings: () => this.embedSettings(),
      words: () => this.exportText(),
      hasControls: Object.prototype.hasOwnProperty.call(table, 'controls'),
      say: (text) => this.sayNow(text),
      redraw: () => this.requestRender(),
    });
    // Last in the frame: Tab reaches the widget's own handles and controls first.
    frame.append(alert, this.body, this.live, this.tools.box);
    this.root.adoptedStyleSheets = [
      sharedSheet(hostThemeCss() + '\n' + BASE_WIDGET_CSS + '\n' + TOOLS_CSS + '\n' + widgetCss),
    ];
    this.root.append(frame);
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.host = {
      element: this,
      table,
      get state() {
        return self.current;
      },
      get focused() {
        return self.root.activeElement;
      },
      update: (partial) => this.update(partial),
      use: (c) => this.use(c),
      setMessage: (key, message, causes) => this.setMessage(key, message, causes),
      requestRender: () => this.requestRender(),
      announce: () => this.announce(),
    };
  }

  // ---- public API -----------------------------------------------------------------------------

  get state(): Readonly<StateOf<P>> {
    return Object.freeze({ ...this.current });
  }

  /** Merges `partial` into the state. Bad values are reported in the widget and skipped. */
  setState(partial: Partial<StateOf<P>>): void {
    const { state, problems } = checkPartial(this.table, partial);
    this.report(problems, [WHOLE_ARGUMENT, ...Object.keys(state)]);
    this.commit(state, 'setState');
  }

  /** Messages currently shown in the widget (also useful to tests and embedding pages). */
  get messages(): string[] {
    return [...this.problems.values()];
  }

  /** Applies string settings (kebab-case names) from a named source, e.g. an iframe's URL. */
  applySettings(input: Record<string, string>, source: Source): void {
    const { state, problems } = parseProps(this.table, input, source);
    this.report(problems, [WHOLE_ARGUMENT, ...Object.keys(state)]);
    this.commit(state, source);
  }

  /** The current state as setting strings by kebab-case name: what `applySettings` takes back. */
  settings(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, prop] of Object.entries(this.table))
      out[toKebab(key)] = prop.format(this.current[key as keyof StateOf<P>]);
    return out;
  }

  /** A link to this page that reproduces the widget's current picture (needs an `id`). */
  shareUrl(): string {
    const url = new URL(location.href);
    for (const key of [...url.searchParams.keys()])
      if (this.id && key.startsWith(this.id + '.')) url.searchParams.delete(key);
    for (const [key, prop] of Object.entries(this.table)) {
      const value = this.current[key as keyof StateOf<P>];
      if (!prop.authored && !prop.equals(value, prop.default))
        url.searchParams.set(`${this.id || 'widget'}.${toKebab(key)}`, prop.format(value));
    }
    return url.href;
  }

  /**
   * The settings an embed snippet needs to show this picture: those that differ from the
   * defaults (lesson-authored text included: an embedder's attribute may set it), in attribute
   * spelling, plus the `theme` attribute when the widget has one.
   */
  embedSettings(): [string, string][] {
    const out: [string, string][] = [];
    for (const [key, prop] of Object.entries(this.table)) {
      const value = this.current[key as keyof StateOf<P>];
      if (!prop.equals(value, prop.default)) out.push([toKebab(key), prop.format(value)]);
    }
    const theme = this.getAttribute('theme');
    if (theme) out.push(['theme', theme]);
    return out;
  }

  /** The words of the widget's formula (from its controllers), for an exported picture. */
  private exportText(): string {
    return this.controllers
      .map((c) => c.exportText?.() ?? '')
      .filter(Boolean)
      .join('   ');
  }

  /** The toolbar shows unless the settings hide the controls or the embedder said share="false". */
  private syncTools(): void {
    const controls = (this.current as Record<string, unknown>).controls;
    this.tools.setShown(this.getAttribute('share') !== 'false' && controls !== false);
  }

  // ---- for subclasses -------------------------------------------------------------------------

  /**
   * Makes the widget's DOM; the base appends its `layout` to the body, then calls `build()`.
   * (Widgets that still build their DOM inside `build()` return undefined here.)
   */
  protected createDom(): D | undefined {
    return undefined;
  }
  /** Wires the widget once, on first connection: controllers (`use`), bindings, listeners. */
  protected abstract build(): void;
  /** Draws the current state. Called at most once a frame, only while on screen. */
  protected abstract render(): void;
  /** Called after the state changed (before the render is scheduled). */
  protected stateChanged(_previous: Readonly<StateOf<P>>, _source: Source | 'user'): void {}
  /** One sentence describing the state for screen readers. */
  protected abstract describe(): string;

  /** Changes state from a user interaction inside the widget (already validated values). */
  protected update(partial: Partial<StateOf<P>>): void {
    this.commit(partial, 'user');
  }

  /** The current state without a copy (for the element's own reads; `state` copies for callers). */
  protected get s(): Readonly<StateOf<P>> {
    return this.current;
  }

  /**
   * Plugs in a controller: its hooks follow the element's lifecycle from now on (if the element
   * is already connected, `hostConnected` runs at once).
   */
  protected use<C extends Controller>(controller: C): C {
    this.controllers.push(controller);
    if (this.connected && this.built) controller.hostConnected?.();
    return controller;
  }

  protected get palette(): Palette {
    return (this.paletteCache ??= readPalette(this));
  }

  protected requestRender(): void {
    if (this.renderPending) return;
    this.renderPending = true;
    if (this.connected && this.visible) this.scheduleRender();
  }

  /**
   * Runs `step` every frame while the widget is on screen, until it returns false or
   * `stopAnimation` is called. Off screen the animation pauses where it is.
   */
  protected startAnimation(step: (dt: number) => boolean): void {
    this.stopAnimation();
    this.animation = (dt) => {
      if (!step(dt)) this.stopAnimation();
      this.renderNow();
    };
    this.resumeAnimation();
  }

  /**
   * Plays a motion (`render/tween.ts`) on the frame loop, or jumps to its end for a reader who
   * prefers reduced motion. True when it is animating.
   */
  protected runMotion(motion: Motion): boolean {
    return playMotion(
      motion,
      (step) => this.startAnimation(step),
      () => this.stopAnimation(),
    );
  }

  protected stopAnimation(): void {
    this.cancelAnimation?.();
    this.cancelAnimation = undefined;
    this.animation = undefined;
  }

  protected get animating(): boolean {
    return this.animation !== undefined;
  }

  /** Registers something to undo when the element is removed from the page. */
  protected onDisconnect(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  /**
   * Says `text` in the widget's one live region now (e.g. a finished run's result), replacing
   * the state sentence still waiting in the debounce: one region, so never two overlapping
   * announcements.
   */
  protected sayNow(text: string): void {
    window.clearTimeout(this.announceTimer);
    this.live.textContent = text;
  }

  /**
   * Shows or clears a message that belongs to the widget itself (e.g. a rejected typed matrix).
   * `causes`: state keys whose change makes the message stale (e.g. the source, for "every bar
   * is 0"); it is then removed by the change itself, whatever the widget does next (review D18).
   */
  protected setMessage(key: string, message: string | undefined, causes?: readonly string[]): void {
    if (message && causes) this.causes.set(key, causes);
    else this.causes.delete(key);
    // Unchanged: no rewrite of the list (its alert role would announce it again).
    if ((this.problems.get(key) ?? '') === (message ?? '')) return;
    if (message) this.problems.set(key, message);
    else this.problems.delete(key);
    this.showMessages();
  }

  /**
   * Drops the widget's messages tied (by setMessage's `causes`) to a key that changed now.
   */
  private clearStale(changed: ReadonlySet<string>): void {
    let dropped = false;
    for (const [k, keys] of this.causes)
      if (keys.some((c) => changed.has(c))) {
        this.causes.delete(k);
        dropped = this.problems.delete(k) || dropped;
      }
    if (dropped) this.showMessages();
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  static get observedAttributes(): string[] {
    return [];
  }

  connectedCallback(): void {
    this.connected = true;
    if (!this.built) {
      const dom = this.createDom();
      if (dom) {
        this.dom = dom;
        this.body.append(dom.layout);
      }
      this.build();
      this.built = true;
      this.readUrl();
    }
    for (const c of this.controllers) c.hostConnected?.();
    this.tools.connect();
    this.syncTools();
    this.paletteCache = undefined;
    this.observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.setVisible(entry.isIntersecting);
    });
    this.observer.observe(this);
    const themeChanged = (): void => {
      this.paletteCache = undefined;
      this.requestRender();
    };
    window.addEventListener('lumen-themechange', themeChanged);
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', themeChanged);
    this.cleanups.push(
      () => window.removeEventListener('lumen-themechange', themeChanged),
      () => media.removeEventListener('change', themeChanged),
    );
    this.renderPending = false;
    this.requestRender();
    this.resumeAnimation();
  }

  disconnectedCallback(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.cancelRender?.();
    this.cancelRender = undefined;
    this.renderPending = false;
    this.stopAnimation();
    window.clearTimeout(this.announceTimer);
    for (const c of this.controllers) c.hostDisconnected?.();
    this.tools.disconnect();
    for (const c of this.cleanups.splice(0)) c();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'theme') {
      this.paletteCache = undefined;
      this.requestRender();
      return;
    }
    if (name === 'share') {
      this.syncTools();
      return;
    }
    const key = toCamel(name);
    if (value === null) {
      this.report([], [key]);
      this.commit({ [key]: this.table[key]?.default } as Partial<StateOf<P>>, 'attribute');
      return;
    }
    this.applySettings({ [name]: value }, 'attribute');
  }

  // ---- internals ------------------------------------------------------------------------------

  private readUrl(): void {
    if (!this.id) return;
    const prefix = this.id + '.';
    const input: Record<string, string> = {};
    const hash = location.hash.startsWith('#') ? location.hash.slice(1) : '';
    for (const params of [new URLSearchParams(location.search), new URLSearchParams(hash)])
      for (const [k, v] of params) if (k.startsWith(prefix)) input[k.slice(prefix.length)] = v;
    for (const name of Object.keys(input))
      if (this.table[toCamel(name)]?.authored) {
        delete input[name];
        this.setMessage(name, authoredMessage(name));
      }
    if (Object.keys(input).length) this.applySettings(input, 'URL');
  }

  private commit(partial: Partial<StateOf<P>>, source: Source | 'user'): void {
    const previous = this.current;
    const changedKeys = new Set<string>();
    const given = new Set<string>();
    let next = { ...previous };
    for (const [key, value] of Object.entries(partial)) {
      const prop = this.table[key];
      if (!prop || value === undefined) continue;
      given.add(key);
      if (!prop.equals(previous[key as keyof StateOf<P>], value)) {
        (next as Record<string, unknown>)[key] = value;
        changedKeys.add(key);
      }
    }
    if (given.size && this.rules.length) {
      // Props that must agree (Q and K of one width): a change that breaks a rule is undone here,
      // whatever its source, so the state only ever holds a combination that works. (Every given
      // key is checked, changed or not, so a good value clears a rule's old message.)
      const checked = checkRules(this.rules, previous, next, given);
      this.report(checked.problems, checked.met);
      next = checked.state;
      for (const key of [...changedKeys])
        if (this.table[key]!.equals(previous[key as keyof StateOf<P>], next[key as keyof StateOf<P>]))
          changedKeys.delete(key);
    }
    this.clearStale(changedKeys);
    if (!changedKeys.size) return;
    this.current = next;
    this.syncTools();
    // Attributes arrive before the first connection; build() then starts from the full state.
    if (this.built) {
      for (const c of this.controllers) c.hostUpdated?.(previous, source);
      this.stateChanged(previous, source);
    }
    this.requestRender();
    this.announce();
    this.dispatchEvent(
      new CustomEvent<ChangeDetail<StateOf<P>>>('change', { detail: { state: this.state, source } }),
    );
  }

  private report(problems: Problem[], fixed: string[]): void {
    for (const key of fixed) this.problems.delete(toKebab(key));
    for (const p of problems) this.problems.set(p.prop, p.message);
    this.showMessages();
  }

  private showMessages(): void {
    // Text nodes only: a message may quote a URL or attribute and must never become markup.
    this.messageList.replaceChildren(
      ...[...this.problems.values()].map((m) => {
        const li = document.createElement('li');
        li.textContent = m;
        return li;
      }),
    );
    this.messageList.hidden = this.problems.size === 0;
  }

  private announce(): void {
    window.clearTimeout(this.announceTimer);
    // Debounced: a drag would otherwise flood the screen reader with sixty sentences a second.
    this.announceTimer = window.setTimeout(() => {
      this.live.textContent = this.describe();
    }, 250);
  }

  /** The current live-region sentence, for tests and for the first render. */
  get description(): string {
    return this.describe();
  }

  private setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    for (const c of this.controllers) c.hostVisible?.(visible);
    if (visible) {
      if (this.renderPending) this.scheduleRender();
      this.resumeAnimation();
    } else {
      this.cancelRender?.();
      this.cancelRender = undefined;
      this.cancelAnimation?.();
      this.cancelAnimation = undefined;
    }
  }

  private resumeAnimation(): void {
    if (this.animation && !this.cancelAnimation && this.connected && this.visible)
      this.cancelAnimation = frameScheduler().subscribe(this.animation);
  }

  private scheduleRender(): void {
    if (this.cancelRender) return;
    this.cancelRender = frameScheduler().once(() => {
      this.cancelRender = undefined;
      this.renderNow();
    });
  }

  private renderNow(): void {
    // An animation frame renders directly; a render queued by its own state change would draw
    // the same picture a second time in the next frame.
    this.cancelRender?.();
    this.cancelRender = undefined;
    this.renderPending = false;
    this.render();
  }
}
