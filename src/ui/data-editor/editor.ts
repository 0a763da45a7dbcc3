/**
 * The data editor: the one way every classic-ML widget lets the learner change its data.
 * - pointer (mouse, pen, touch): press on empty plot to add a point of the picked class
 *   (Shift: the next class) and keep dragging to place it; press a point to select and drag it;
 * - keyboard on the focused plot: arrows move a cross (or the selected point), Enter adds at the
 *   cross, Page Down / Page Up select the next / previous point, Delete removes it, Escape lets
 *   go, 0 1 2 pick the class (and relabel the selected point);
 * - paste (Ctrl+V on the plot), drop a CSV file or text, or edit the CSV box: every bad line is
 *   reported as "line N: …; expected …" and the data stays as it was;
 * - presets (seeded generators and real data sets, loaded when picked) and Clear.
 * The points themselves live in the widget's state (key `points`); the editor only reads them
 * and hands new arrays back, so undo, the URL and `shareUrl()` all see the same data.
 */
import type { Controller } from '../widget-element';
import { keyDelta } from '../keys';
import { setText, setValue } from '../dom';
import { MAX_CLASSES, MAX_POINTS, type Point } from '../../math/ml/points';
import { formatCsv, parseCsv } from '../../math/ml/points-text';
import { formatNumber } from '../../math/number-text';
import { addPoint, afterDelete, deletePoint, hitTest, movePoint, relabel, tidy, type Pixel } from './edit';
import type { DataEditorDom } from './dom';
import { CLASS_NAMES } from './dom';
import { PRESETS } from './presets';

/** Pixels within which a press grabs a point rather than adding one (a fingertip). */
const GRAB_RADIUS = 14;
/** How many CSV problems are listed one by one before "and N more". */
const SHOWN_PROBLEMS = 6;

export interface DataEditorOptions {
  /** The focusable element over the plot that receives the pointer, keys, paste and drop. */
  readonly surface: HTMLElement;
  readonly dom: DataEditorDom;
  /** Data → surface-local CSS pixels, for the current view. */
  toPixel(p: { x: number; y: number }): Pixel;
  fromPixel(p: Pixel): { x: number; y: number };
  /** The keyboard step in data units (Shift: ×10, Alt: ×0.1); also the grid new points snap to / 10. */
  step(): number;
  points(): readonly Point[];
  setPoints(points: Point[]): void;
  /** Shows (or clears, with undefined) a message of the editor's own, by key. */
  setMessage(key: string, text: string | undefined): void;
  /** How many classes the data may have (1: no class picker). */
  classes(): number;
  /** The 1D logistic picture: a point's y is its class, 0 or 1. */
  oneD?(): boolean;
  /** False while the widget waits for a prediction: the data must not change under it. */
  enabled?(): boolean;
  /** Something the widget draws changed (selection, cross). */
  redraw(): void;
}

export class DataEditor implements Controller {
  /** The selected point's index (drawn with a ring), if any. */
  selected: number | undefined;
  /** The keyboard cross in data coordinates, shown while the plot has keyboard focus. */
  cursor: { x: number; y: number } | undefined;
  private activeClass = 0;
  private drag: { pointerId: number; index: number } | undefined;
  private csvKeys = 0;
  private loadToken = 0;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly o: DataEditorOptions) {}

  get pickedClass(): number {
    return this.activeClass;
  }

  hostConnected(): void {
    if (this.cleanups.length) return;
    const s = this.o.surface;
    const on = <K extends keyof HTMLElementEventMap>(
      target: HTMLElement,
      type: K,
      fn: (e: HTMLElementEventMap[K]) => void,
    ): void => {
      target.addEventListener(type, fn as EventListener);
      this.cleanups.push(() => target.removeEventListener(type, fn as EventListener));
    };
    on(s, 'pointerdown', (e) => this.pointerDown(e));
    on(s, 'pointermove', (e) => this.pointerMove(e));
    for (const t of ['pointerup', 'pointercancel', 'lostpointercapture'] as const)
      on(s, t, (e) => this.pointerUp(e));
    on(s, 'keydown', (e) => this.key(e));
    on(s, 'focus', () => {
      if (!this.cursor && !this.drag) {
        const p = this.o.points()[this.selected ?? -1];
        this.cursor = p
          ? { x: p.x, y: p.y }
          : this.o.fromPixel({ x: s.clientWidth / 2, y: s.clientHeight / 2 });
        this.o.redraw();
      }
    });
    on(s, 'blur', () => {
      this.cursor = undefined;
      this.o.redraw();
    });
    on(s, 'paste', (e) => {
      const text = e.clipboardData?.getData('text/plain');
      if (text === undefined || !this.enabled()) return;
      e.preventDefault();
      this.importCsv(text, 'pasted');
    });
    on(s, 'dragover', (e) => {
      e.preventDefault();
      s.classList.add('drop');
    });
    on(s, 'dragleave', () => s.classList.remove('drop'));
    on(s, 'drop', (e) => {
      e.preventDefault();
      s.classList.remove('drop');
      if (!this.enabled()) return;
      const file = e.dataTransfer?.files[0];
      if (file) void file.text().then((t) => this.importCsv(t, `the file ${file.name}`));
      else this.importCsv(e.dataTransfer?.getData('text/plain') ?? '', 'dropped');
    });
    const d = this.o.dom;
    d.classButtons.forEach((b, k) => on(b, 'click', () => this.pickClass(k)));
    on(d.presets, 'change', () => {
      const id = d.presets.value;
      setValue(d.presets, '');
      if (id) void this.loadPreset(id);
    });
    on(d.clear, 'click', () => {
      if (!this.enabled()) return;
      this.selected = undefined;
      this.o.setPoints([]);
    });
    on(d.csv, 'toggle', () => {
      if (d.csv.open) d.csvText.value = formatCsv(this.o.points());
    });
    on(d.csvApply, 'click', () => this.importCsv(d.csvText.value, 'the CSV box'));
  }

  hostDisconnected(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.drag = undefined;
    this.loadToken++;
  }

  /** Keeps the toolbar in step with the state (call from the widget's sync). */
  hostUpdated(): void {
    const n = this.o.points().length;
    if (this.selected !== undefined && this.selected >= n) this.selected = undefined;
    this.sync();
  }

  sync(): void {
    const d = this.o.dom;
    const classes = this.o.classes();
    d.classes.hidden = classes < 2;
    d.classButtons.forEach((b, k) => {
      b.hidden = k >= classes;
      b.setAttribute('aria-pressed', String(k === this.activeClass));
    });
    const p = this.selected === undefined ? undefined : this.o.points()[this.selected];
    const n = this.o.points().length;
    setText(
      d.status,
      p
        ? `Point ${(this.selected as number) + 1} of ${n}: (${formatNumber(round3(p.x))}, ${formatNumber(round3(p.y))})${classes > 1 && !this.oneD() ? `, ${CLASS_NAMES[p.label]}` : ''}. Delete removes it.`
        : `${n.toLocaleString('en')} point${n === 1 ? '' : 's'}. Click or tap the plot to add one${classes > 1 ? ' (Shift: the next class)' : ''}; drag to move; paste or drop CSV.`,
    );
    if (d.csv.open && document.activeElement !== d.csvText && !d.csvText.matches(':focus'))
      d.csvText.value = formatCsv(this.o.points());
  }

  /** Loads a preset by id (as the presets menu does); resolves when the points are in the state. */
  async loadPreset(id: string): Promise<void> {
    const preset = PRESETS[id];
    if (!preset || !this.enabled()) return;
    const token = ++this.loadToken;
    try {
      const points = await preset.load();
      if (token !== this.loadToken) return;
      this.clearCsvMessages();
      this.selected = undefined;
      this.o.setPoints(this.fit(points));
    } catch (err) {
      this.o.setMessage(
        'preset',
        `The data set "${preset.label}" could not be loaded (${String(err)}); the data is unchanged.`,
      );
    }
  }

  /** Reads CSV text (pasted, dropped or typed); on any bad line the data is kept and every problem shown. */
  importCsv(text: string, from: string): boolean {
    this.clearCsvMessages();
    const r = parseCsv(text);
    if (!r.ok) {
      const shown = r.errors.slice(0, SHOWN_PROBLEMS);
      const more = r.errors.length - shown.length;
      const lines = [
        `CSV from ${from} not used (the data is unchanged): ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}.`,
        ...shown,
        ...(more > 0 ? [`… and ${more} more.`] : []),
      ];
      lines.forEach((l, k) => this.o.setMessage(`csv-${k}`, l));
      this.csvKeys = lines.length;
      return false;
    }
    const problem = this.checkClasses(r.points);
    if (problem) {
      this.o.setMessage('csv-0', `CSV from ${from} not used (the data is unchanged): ${problem}`);
      this.csvKeys = 1;
      return false;
    }
    this.selected = undefined;
    this.o.setPoints(r.points);
    return true;
  }

  // ---- internals --------------------------------------------------------------------------------

  private enabled(): boolean {
    return this.o.enabled?.() ?? true;
  }

  private oneD(): boolean {
    return this.o.oneD?.() ?? false;
  }

  private clearCsvMessages(): void {
    for (let k = 0; k < this.csvKeys; k++) this.o.setMessage(`csv-${k}`, undefined);
    this.csvKeys = 0;
    this.o.setMessage('preset', undefined);
  }

  /** Puts points into the widget's form: classes beyond the widget's count fold into the last one. */
  private fit(points: Point[]): Point[] {
    const classes = this.o.classes();
    if (this.oneD()) return points.map((p) => ({ x: p.x, y: p.label === 1 ? 1 : 0, label: 0 }));
    return points.map((p) => (p.label < classes ? p : { ...p, label: classes - 1 }));
  }

  private checkClasses(points: readonly Point[]): string | undefined {
    if (this.oneD()) {
      const bad = points.findIndex((p) => p.y !== 0 && p.y !== 1);
      return bad < 0
        ? undefined
        : `point ${bad + 1} has class ${formatNumber(points[bad]!.y)}; expected "x,class" with class 0 or 1 in the 1D view`;
    }
    const classes = this.o.classes();
    const bad = points.findIndex((p) => p.label >= classes);
    if (bad < 0) return undefined;
    return classes === 1
      ? `point ${bad + 1} has a class, but this widget fits one class of points; expected "x,y"`
      : `point ${bad + 1} has class ${points[bad]!.label}; expected classes 0 … ${classes - 1}`;
  }

  private newPoint(at: { x: number; y: number }, shift: boolean): Point {
    const classes = this.o.classes();
    const label = classes > 1 && shift ? (this.activeClass + 1) % classes : this.activeClass;
    const g = this.o.step() / 10;
    if (this.oneD()) return { x: tidy(at.x, g), y: at.y >= 0.5 ? 1 : 0, label: 0 };
    return { x: tidy(at.x, g), y: tidy(at.y, g), label: Math.min(label, classes - 1) };
  }

  private place(p: { x: number; y: number }): { x: number; y: number } {
    const g = this.o.step() / 10;
    return this.oneD() ? { x: tidy(p.x, g), y: p.y >= 0.5 ? 1 : 0 } : { x: tidy(p.x, g), y: tidy(p.y, g) };
  }

  private local(e: PointerEvent): Pixel {
    const r = this.o.surface.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private pointerDown(e: PointerEvent): void {
    if (this.drag || !this.enabled() || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    const s = this.o.surface;
    s.focus({ preventScroll: true });
    const at = this.local(e);
    const points = this.o.points();
    let index = hitTest(points, (p) => this.o.toPixel(p), at, GRAB_RADIUS);
    if (index === undefined) {
      const next = addPoint(points, this.newPoint(this.o.fromPixel(at), e.shiftKey));
      if (!next) {
        this.o.setMessage(
          'limit',
          `At most ${MAX_POINTS.toLocaleString('en')} points; delete some to add more.`,
        );
        return;
      }
      this.o.setMessage('limit', undefined);
      index = next.length - 1;
      this.selected = index;
      this.o.setPoints(next);
    } else {
      this.selected = index;
      this.sync();
      this.o.redraw();
    }
    this.cursor = undefined;
    this.drag = { pointerId: e.pointerId, index };
    s.setPointerCapture(e.pointerId);
    s.classList.add('dragging');
  }

  private pointerMove(e: PointerEvent): void {
    const d = this.drag;
    if (!d || d.pointerId !== e.pointerId) return;
    e.preventDefault();
    const to = this.place(this.o.fromPixel(this.local(e)));
    const p = this.o.points()[d.index];
    if (!p || (p.x === to.x && p.y === to.y)) return;
    this.o.setPoints(movePoint(this.o.points(), d.index, to));
  }

  private pointerUp(e: PointerEvent): void {
    const d = this.drag;
    if (!d || d.pointerId !== e.pointerId) return;
    this.drag = undefined;
    const s = this.o.surface;
    s.classList.remove('dragging');
    if (s.hasPointerCapture(e.pointerId)) s.releasePointerCapture(e.pointerId);
    this.o.redraw();
  }

  private pickClass(k: number): void {
    if (k >= this.o.classes()) return;
    this.activeClass = k;
    const i = this.selected;
    if (i !== undefined && this.enabled() && !this.oneD() && this.o.points()[i]?.label !== k)
      this.o.setPoints(relabel(this.o.points(), i, k));
    this.sync();
  }

  private key(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || !this.enabled()) return;
    const points = this.o.points();
    const delta = keyDelta(e);
    if (delta) {
      e.preventDefault();
      const k = this.o.step() / 0.1;
      const i = this.selected;
      const p = i === undefined ? undefined : points[i];
      if (p && i !== undefined) {
        const to = this.oneD()
          ? { x: tidy(p.x + delta[0] * k, this.o.step() / 100), y: delta[1] > 0 ? 1 : delta[1] < 0 ? 0 : p.y }
          : {
              x: tidy(p.x + delta[0] * k, this.o.step() / 100),
              y: tidy(p.y + delta[1] * k, this.o.step() / 100),
            };
        this.o.setPoints(movePoint(points, i, to));
      } else {
        const c = this.cursor ?? { x: 0, y: 0 };
        this.cursor = { x: c.x + delta[0] * k, y: c.y + delta[1] * k };
        this.o.redraw();
      }
      return;
    }
    switch (e.key) {
      case 'Enter':
      case ' ': {
        e.preventDefault();
        const next = addPoint(points, this.newPoint(this.cursor ?? { x: 0, y: 0 }, e.shiftKey));
        if (!next) return;
        this.selected = undefined;
        this.o.setPoints(next);
        return;
      }
      case 'Delete':
      case 'Backspace': {
        const i = this.selected;
        if (i === undefined) return;
        e.preventDefault();
        const p = points[i];
        if (p) this.cursor = { x: p.x, y: p.y };
        this.selected = afterDelete(points.length - 1, i);
        this.o.setPoints(deletePoint(points, i));
        return;
      }
      case 'PageDown':
      case 'PageUp': {
        if (!points.length) return;
        e.preventDefault();
        const step = e.key === 'PageDown' ? 1 : -1;
        const cur = this.selected ?? (step > 0 ? -1 : 0);
        this.selected = (cur + step + points.length) % points.length;
        this.sync();
        this.o.redraw();
        return;
      }
      case 'Escape':
        if (this.selected === undefined) return;
        e.preventDefault();
        this.selected = undefined;
        this.sync();
        this.o.redraw();
        return;
      default:
        if (/^[0-9]$/.test(e.key) && Number(e.key) < Math.min(MAX_CLASSES, this.o.classes())) {
          e.preventDefault();
          this.pickClass(Number(e.key));
        }
    }
  }
}

function round3(v: number): number {
  return Number(v.toPrecision(4));
}
