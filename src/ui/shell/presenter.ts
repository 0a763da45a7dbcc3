/**
 * Presenter mode: a teacher walks through a lesson's `.step` markers with the arrow keys (or the
 * bar's buttons, or a clicker that sends PageDown/PageUp). Each step scrolls its widget (and its
 * marker, when both fit) into view and takes the widget to the step's settings, gliding where the
 * settings are positions (step-tween.ts).
 *
 * Moving forward one step applies only that step's settings, so whatever the teacher just did by
 * hand in the widget stays. Any other move (back, Home/End, opening at `?step=N`) sets every
 * driven widget to exactly what the steps so far prescribe, starting from the state the lesson
 * gave it (its attributes, as the prose describes it): a step looks the same however the teacher
 * got there. Leaving presenter mode takes the widgets back to that state.
 *
 * The markers work without presenter mode too: each is a link that applies its step to its widget
 * and brings the widget into view, so a learner alone can follow the walkthrough.
 */
import {
  clampStep,
  keysByTarget,
  parseStepSettings,
  settingsAtStep,
  stepLabel,
  type StepInfo,
} from './steps';
import { channelName, readMessage, type LinkMessage, type StepView } from './presenter-link';
import { moveTo, type Settable } from './step-tween';
import type { Say } from './toast';

export interface Presenter {
  readonly active: boolean;
  /** Number of steps on the page (0: presenter mode is unavailable). */
  readonly count: number;
  /** Current step, 1-based (0 while not presenting). */
  readonly step: number;
  /** Starts at `step` (1-based, clamped), or goes there when already presenting. */
  start(step?: number): void;
  stop(): void;
  toggle(): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  /** Opens the presenter window (starting presenter mode first when needed). */
  openWindow(): void;
}

function isSettable(el: Element): el is Settable {
  const w = el as Partial<Settable>;
  return (
    typeof w.applySettings === 'function' && typeof w.settings === 'function' && Array.isArray(w.messages)
  );
}

function readSteps(markers: readonly HTMLElement[]): StepInfo[] {
  return markers.map((m, i) => {
    const settings = parseStepSettings(m.getAttribute('data-settings'));
    if (!settings)
      console.error(`Lumen: step ${i + 1} has data-settings that are not a JSON object of strings.`);
    return {
      target: m.getAttribute('data-target') ?? '',
      settings: settings ?? {},
      title: m.getAttribute('data-title') ?? '',
      notes: m.getAttribute('data-notes') ?? '',
    };
  });
}

/** The current values of `keys` in a widget, as setting strings (read through its own table). */
function snapshot(el: Settable, keys: ReadonlySet<string>): Record<string, string> {
  const all = el.settings();
  const out: Record<string, string> = {};
  for (const key of keys) if (key in all) out[key] = all[key] as string;
  return out;
}

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The link inside a marker (the build writes it; a marker without one gets none). */
function markerLink(marker: HTMLElement): HTMLAnchorElement | null {
  const a = marker.querySelector('a.step-go');
  return a instanceof HTMLAnchorElement ? a : null;
}

interface Bar {
  readonly root: HTMLElement;
  readonly status: HTMLElement;
  readonly prev: HTMLButtonElement;
  readonly next: HTMLButtonElement;
}

/** The presenter window's page, beside the site's scripts (dist/presenter.html). */
function presenterWindowUrl(): URL {
  const url = new URL('../presenter.html', import.meta.url);
  url.searchParams.set('lesson', location.pathname);
  return url;
}

function buildBar(
  doc: Document,
  actions: { prev(): void; next(): void; stop(): void; openWindow(): void },
): Bar {
  const root = doc.createElement('div');
  root.className = 'presenter-bar';
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', 'Presenter controls');
  root.hidden = true;
  const button = (cls: string, text: string, title: string, run: () => void): HTMLButtonElement => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    b.title = title;
    b.addEventListener('click', () => {
      if (b.getAttribute('aria-disabled') !== 'true') run();
    });
    return b;
  };
  const prev = button('presenter-prev', '← Previous', 'Previous step (← or Page Up)', actions.prev);
  const next = button('presenter-next', 'Next →', 'Next step (→, Space or Page Down)', actions.next);
  const speaker = button(
    'presenter-window',
    'Speaker view',
    'A second window with the step, its notes, the next step and a timer (W)',
    actions.openWindow,
  );
  const exit = button('presenter-exit', 'Exit', 'Leave presenter mode (Esc)', actions.stop);
  const status = doc.createElement('p');
  status.className = 'presenter-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  root.append(prev, status, next, speaker, exit);
  doc.body.append(root);
  return { root, status, prev, next };
}

export function startPresenter(doc: Document, button: HTMLButtonElement | null, say: Say): Presenter {
  const markers = [...doc.querySelectorAll<HTMLElement>('.step[data-step]')];
  const steps = readSteps(markers);
  const count = steps.length;
  const targets = keysByTarget(steps);
  let active = false;
  let index = 0;
  let bar: Bar | undefined;
  /**
   * How each driven widget looked before any step touched it (only the keys the steps touch):
   * the lesson's attributes, what the prose around the widget describes. Taken as soon as the
   * widget's code arrives, before a learner can drag anything.
   */
  const initial = new Map<string, Record<string, string>>();
  const remember = (id: string, el: Element): void => {
    const keys = targets.get(id);
    if (keys && !initial.has(id) && isSettable(el)) initial.set(id, snapshot(el, keys));
  };

  for (const id of targets.keys()) {
    const el = doc.getElementById(id);
    if (!el) console.error(`Lumen: a presenter step drives #${id}, which is not on this page.`);
    else
      customElements.whenDefined(el.localName).then(
        () => remember(id, el),
        () => undefined,
      );
  }

  /** Takes widget `id` to what step `at` prescribes for it, from its initial state. */
  const showStepOn = (id: string, el: Settable, at: number): void => {
    moveTo(el, { ...initial.get(id), ...(settingsAtStep(steps, at).get(id) ?? {}) });
  };

  if (button) {
    if (count === 0) {
      button.disabled = true;
      button.title = 'This page has no presenter steps';
      button.hidden = doc.body.classList.contains('page-home');
    } else {
      button.title = `Presenter mode: ${count} steps (S)`;
      button.addEventListener('click', () => {
        toggle();
        // Space then presses "Next" instead of toggling presenter mode off again.
        if (active) bar?.next.focus();
      });
    }
  }

  const syncWidgets = (onlyStep: boolean): void => {
    const at = index;
    // Steps taken before a widget's code arrived were never applied: catch up on all of them.
    const waiting = [...targets.keys()].some((id) => {
      const el = doc.getElementById(id);
      return !!el && !customElements.get(el.localName);
    });
    const full = !onlyStep || waiting;
    for (const id of targets.keys()) {
      if (!full && steps[at]?.target !== id) continue;
      const el = doc.getElementById(id);
      if (!el) continue;
      customElements.whenDefined(el.localName).then(
        () => {
          // The element may have upgraded after the teacher moved on: apply what is current now.
          if (!active || index !== at || !isSettable(el)) return;
          remember(id, el);
          if (full) showStepOn(id, el, at);
          else moveTo(el, steps[at]!.settings);
        },
        () => undefined,
      );
    }
  };

  const scrollToStep = (marker: HTMLElement, target: HTMLElement | null): void => {
    const barHeight = bar?.root.getBoundingClientRect().height ?? 0;
    const room = window.innerHeight - barHeight;
    const pad = Math.min(24, room * 0.03);
    const m = marker.getBoundingClientRect();
    const t = target?.getBoundingClientRect();
    // The class has to see the widget (its state is what the step changes); the bar already
    // names the step. So the widget leads: its top sits just under the top edge, with the
    // marker included only when marker and widget fit together. A widget taller than the room
    // shows its top, where its plot starts.
    let top = m.top - pad;
    if (t) {
      const from = Math.min(m.top, t.top);
      const to = Math.max(m.bottom, t.bottom);
      top = (to - from <= room - 2 * pad ? from : t.top) - pad;
    }
    window.scrollTo({ top: window.scrollY + top, behavior: reducedMotion() ? 'auto' : 'smooth' });
  };

  /**
   * The page may still be settling when a step is entered (a widget's code arriving, KaTeX
   * fonts, a widget resizing for the step's settings): for a moment, re-aim whenever the page's
   * height changes, unless the reader takes over the scrolling.
   */
  let settle: (() => void) | undefined;
  const keepInView = (marker: HTMLElement, target: HTMLElement | null): void => {
    settle?.();
    let lastHeight = doc.body.scrollHeight;
    const observer = new ResizeObserver(() => {
      if (doc.body.scrollHeight === lastHeight) return;
      lastHeight = doc.body.scrollHeight;
      scrollToStep(marker, target);
    });
    const stop = (): void => {
      observer.disconnect();
      window.clearTimeout(timer);
      for (const type of ['wheel', 'touchstart', 'pointerdown'] as const)
        window.removeEventListener(type, stop);
      if (settle === stop) settle = undefined;
    };
    const timer = window.setTimeout(stop, 2000);
    for (const type of ['wheel', 'touchstart', 'pointerdown'] as const)
      window.addEventListener(type, stop, { passive: true });
    observer.observe(doc.body);
    settle = stop;
  };

  // The presenter window, kept in step both ways (presenter-link.ts). Without BroadcastChannel
  // there is no window: the bar and the keys of this page still work.
  const channel =
    count > 0 && typeof BroadcastChannel === 'function'
      ? new BroadcastChannel(channelName(location.pathname))
      : undefined;
  const post = (m: LinkMessage): void => channel?.postMessage(m);
  const view = (): StepView => {
    const step = steps[index]!;
    return {
      active,
      step: index + 1,
      count,
      title: step.title,
      notes: step.notes ?? '',
      next: steps[index + 1]?.title ?? null,
      lesson: doc.querySelector('h1')?.textContent?.trim() ?? doc.title,
    };
  };
  const broadcast = (): void => post({ kind: 'state', view: view() });
  channel?.addEventListener('message', (e: MessageEvent) => {
    const m = readMessage(e.data);
    if (m?.kind === 'hello') broadcast();
    else if (m?.kind === 'go') {
      // From the teacher's laptop: a page that left presenter mode starts again where it was.
      if (!active) start(index + 1);
      else if (m.to === 'next') next();
      else if (m.to === 'previous') previous();
      else go(m.to === 'first' ? 0 : count - 1, false);
    }
  });
  window.addEventListener('pagehide', () => post({ kind: 'bye' }));

  const openWindow = (): void => {
    if (count === 0) return say('This page has no presenter steps.');
    if (!channel)
      return say(
        'This browser cannot keep a second window in step with this page (no BroadcastChannel). Present from this bar instead.',
      );
    if (!active) start();
    const opened = window.open(presenterWindowUrl().href, `lumen-presenter`, 'popup,width=760,height=640');
    if (!opened)
      say('The browser blocked the presenter window: allow pop-ups for this site, then press W again.');
    else broadcast();
  };

  const writeUrl = (): void => {
    const url = new URL(location.href);
    if (active) url.searchParams.set('step', String(index + 1));
    else url.searchParams.delete('step');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  };

  const go = (to: number, onlyStep: boolean): void => {
    index = clampStep(to + 1, count) - 1;
    markers.forEach((m, i) => {
      if (i === index) m.setAttribute('aria-current', 'step');
      else m.removeAttribute('aria-current');
    });
    const step = steps[index]!;
    if (bar) {
      bar.status.textContent = stepLabel(index, count, step.title);
      bar.prev.setAttribute('aria-disabled', String(index === 0));
      bar.next.setAttribute('aria-disabled', String(index === count - 1));
    }
    writeUrl();
    broadcast();
    const target = step.target ? doc.getElementById(step.target) : null;
    scrollToStep(markers[index]!, target);
    keepInView(markers[index]!, target);
    syncWidgets(onlyStep);
  };

  const start = (step = 1): void => {
    if (count === 0) {
      say('This page has no presenter steps.');
      return;
    }
    if (!active) {
      active = true;
      bar ??= buildBar(doc, {
        prev: () => previous(),
        next: () => next(),
        stop: () => stop(),
        openWindow: () => openWindow(),
      });
      bar.root.hidden = false;
      doc.body.classList.add('presenting');
      button?.setAttribute('aria-pressed', 'true');
    }
    go(step - 1, false);
  };

  const stop = (): void => {
    if (!active) return;
    active = false;
    const focusInBar = !!bar && bar.root.contains(doc.activeElement);
    if (bar) bar.root.hidden = true;
    doc.body.classList.remove('presenting');
    button?.setAttribute('aria-pressed', 'false');
    for (const m of markers) m.removeAttribute('aria-current');
    // Back to what the prose around each widget describes.
    for (const [id, settings] of initial) {
      const el = doc.getElementById(id);
      if (el && isSettable(el)) moveTo(el, settings);
    }
    settle?.();
    writeUrl();
    broadcast();
    if (focusInBar) button?.focus();
    say('Presenter mode off.');
  };

  // A marker's link: while presenting it goes to its step; while reading it shows the step in its
  // widget and brings the widget into view (the link's own #target is the no-script fallback).
  markers.forEach((marker, i) => {
    markerLink(marker)?.addEventListener('click', (e) => {
      e.preventDefault();
      if (active) return go(i, false);
      const id = steps[i]!.target;
      const el = id ? doc.getElementById(id) : null;
      if (!el) return;
      scrollToStep(marker, el);
      customElements.whenDefined(el.localName).then(
        () => {
          if (!isSettable(el)) return;
          remember(id, el);
          showStepOn(id, el, i);
          say(stepLabel(i, count, steps[i]!.title));
        },
        () => undefined,
      );
    });
  });

  const toggle = (): void => (active ? stop() : start());
  const next = (): void => {
    if (active && index < count - 1) go(index + 1, true);
  };
  const previous = (): void => {
    if (active && index > 0) go(index - 1, false);
  };

  return {
    get active() {
      return active;
    },
    count,
    get step() {
      return active ? index + 1 : 0;
    },
    start,
    stop,
    toggle,
    next,
    previous,
    first: () => active && go(0, false),
    last: () => active && go(count - 1, false),
    openWindow,
  };
}
