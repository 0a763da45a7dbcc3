/**
 * The data editor: the one way every classic-ML widget lets the learner change its data.
 * - pointer (mouse, pen, touch), through the shared `Handles`: press on empty plot to add a
 *   point of the picked class (Shift: the next class) and keep dragging to place it; press a
 *   point to select and drag it (the view holds still during the drag);
 * - keyboard: Tab to the cross (arrows move it, Enter adds a point there) or to the selected
 *   point (arrows move it, Page Down / Page Up select the next / previous, Delete removes it,
 *   Escape goes back to the cross); 0 1 2 pick the class (and relabel the selected point);
 * - paste (Ctrl+V on the plot), drop a CSV file or text, or edit the CSV box: every bad line is
 *   reported as "line N: ...; expected ..." and the data stays as it was;
 * - presets (seeded generators and real data sets, loaded when picked) and Clear.
 * The points live in the widget's state (key `points`); the editor reads them and hands new
 * arrays back, so the URL, `shareUrl()` and presenter steps all see the same data.
 */
import type { Controller } from '../widget-element';
import { Handles, keyTarget, type Projection } from '../handles';
import { el, setText, setValue } from '../dom';
import type { Vec2 } from '../../math/mat2';
import { MAX_CLASSES, MAX_POINTS, type Point } from '../../math/ml/points';
import { formatCsv, parseCsv } from '../../math/ml/points-text';
import { formatNumber } from '../../math/number-text';
import { addPoint, afterDelete, deletePoint, movePoint, relabel, tidy, type Pixel } from './edit';
import type { DataEditorDom } from './dom';
import { CLASS_NAMES } from './dom';
import { PRESETS } from './presets';

/** How many CSV problems are listed one by one before "and N more". */
const SHOWN_PROBLEMS = 6;

export interface DataEditorOptions {
  /** The element over the plot that takes the pointer, paste and drop; the editor puts its two handles in it. */
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
  /** Something the widget draws changed (the selection). */
  redraw(): void;
}

export class DataEditor implements Controller {
  /** The selected point's index (the point the keyboard handle sits on), if any. */
  selected: number | undefined;
  /** The keyboard cross, in data coordinates. */
  cursor: { x: number; y: number } = { x: 0, y: 0 };
  private activeClass = 0;
  private csvKeys = 0;
  private loadToken = 0;
  private readonly handles: Handles<Projection>;
  private readonly pointHandle: HTMLDivElement;
  private readonly cursorHandle: HTMLDivElement;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly o: DataEditorOptions) {
    const hint = o.dom.keysHint.id;
    this.pointHandle = el('div', {
      class: 'handle',
      'data-handle': 'point',
      tabindex: '0',
      role: 'button',
      'aria-roledescription': 'draggable point',
      'aria-describedby': hint,
    });
    this.cursorHandle = el('div', {
      class: 'handle',
      'data-handle': 'cursor',
      tabindex: '0',
      role: 'button',
      'aria-roledescription': 'movable cross',
      'aria-describedby': hint,
    });
    o.surface.append(this.cursorHandle, this.pointHandle);
    const projection = (): Projection => ({
      toPixel: (p) => {
        const q = o.toPixel({ x: p[0], y: p[1] });
        return [q.x, q.y];
      },
      fromPixel: (x, y) => {
        const q = o.fromPixel({ x, y });
        return [q.x, q.y];
      },
    });
    const h = (this.handles = new Handles(o.surface, {
      freeze: true,
      projection,
      miss: (p, e) => this.enabled() && this.addAt({ x: p[0], y: p[1] }, e.shiftKey, true),
    }));
    h.add(this.pointHandle, {
      enabled: () => this.enabled() && this.o.points().length > 0,
      at: () => {
        const p = this.o.points()[this.current()];
        return p ? [p.x, p.y] : [0, 0];
      },
      many: {
        points: () => this.o.points().map((p): Vec2 => [p.x, p.y]),
        select: (k) => this.select(k),
      },
      arrows: false,
      moveTo: (p) => this.moveSelected(this.snap({ x: p[0], y: p[1] }, this.o.step() / 10)),
      drop: () => this.o.redraw(),
      label: () => {
        const p = this.o.points()[this.current()];
        return p
          ? `Point ${this.current() + 1} of ${this.o.points().length} at (${num(p.x)}, ${num(p.y)})`
          : 'No point';
      },
      key: (e) => this.pointKey(e),
    });
    h.add(this.cursorHandle, {
      pointer: false,
      enabled: () => this.enabled(),
      at: () => [this.cursor.x, this.cursor.y],
      arrows: false,
      moveTo: () => undefined,
      label: () => `Cross for adding points, at (${num(this.cursor.x)}, ${num(this.cursor.y)})`,
      key: (e) => this.cursorKey(e),
    });
  }

  /** True while a pointer drags a point: the widget keeps its view still meanwhile. */
  get dragging(): boolean {
    return this.handles.dragging;
  }

  get pickedClass(): number {
    return this.activeClass;
  }

  /** Puts the handle elements on their points; call from the widget's render. */
  place(): void {
    this.handles.place();
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
    this.sync();
  }

  hostDisconnected(): void {
    this.handles.hostDisconnected();
    for (const c of this.cleanups.splice(0)) c();
    this.loadToken++;
  }

  /** Keeps the toolbar in step with the state. */
  hostUpdated(): void {
    const n = this.o.points().length;
    if (this.selected !== undefined && this.selected >= n) this.selected = n ? n - 1 : undefined;
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
        ? `Point ${(this.selected as number) + 1} of ${n}: (${num(p.x)}, ${num(p.y)})${classes > 1 && !this.oneD() ? `, ${CLASS_NAMES[p.label]}` : ''}. Delete removes it.`
        : `${n.toLocaleString('en')} point${n === 1 ? '' : 's'}. Click or tap the plot to add one${classes > 1 ? ' (Shift: the next class)' : ''}; drag to move; paste or drop CSV.`,
    );
    if (d.csv.open && !d.csvText.matches(':focus')) d.csvText.value = formatCsv(this.o.points());
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

  /** The point the keyboard handle is on: the selected one, else the last. */
  private current(): number {
    const n = this.o.points().length;
    return Math.min(this.selected ?? n - 1, n - 1);
  }

  private select(k: number): void {
    this.selected = k;
    this.sync();
    this.o.redraw();
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

  /** Snaps to the grid (x; and y, or in 1D the rail 0 or 1). */
  private snap(p: { x: number; y: number }, grid: number): { x: number; y: number } {
    return this.oneD()
      ? { x: tidy(p.x, grid), y: p.y >= 0.5 ? 1 : 0 }
      : { x: tidy(p.x, grid), y: tidy(p.y, grid) };
  }

  /** Adds a point (of the picked class, Shift: the next one) and selects it. */
  private addAt(at: { x: number; y: number }, shift: boolean, byPointer: boolean): boolean {
    const classes = this.o.classes();
    const label =
      classes > 1 && shift ? (this.activeClass + 1) % classes : Math.min(this.activeClass, classes - 1);
    const q = this.snap(at, byPointer ? this.o.step() / 10 : this.o.step() / 100);
    const next = addPoint(this.o.points(), { ...q, label: this.oneD() ? 0 : label });
    if (!next) {
      this.o.setMessage(
        'limit',
        `At most ${MAX_POINTS.toLocaleString('en')} points; delete some to add more.`,
      );
      return false;
    }
    this.o.setMessage('limit', undefined);
    this.selected = next.length - 1;
    this.o.setPoints(next);
    return true;
  }

  private moveSelected(to: { x: number; y: number }): void {
    const k = this.current();
    const p = this.o.points()[k];
    if (!p || (p.x === to.x && p.y === to.y)) return;
    this.selected = k;
    this.o.setPoints(movePoint(this.o.points(), k, to));
  }

  /** Arrow steps scaled to the view (the plot's step is 0.1 at the keyboard's normal speed). */
  private arrow(at: { x: number; y: number }, e: KeyboardEvent): { x: number; y: number } | undefined {
    const t = keyTarget([at.x, at.y], e, this.o.step() / 0.1);
    return t && { x: t[0], y: t[1] };
  }

  private pointKey(e: KeyboardEvent): boolean {
    const points = this.o.points();
    const k = this.current();
    const p = points[k];
    if (!p) return false;
    const moved = this.arrow(p, e);
    if (moved) {
      const to = this.oneD() && moved.y !== p.y ? { x: p.x, y: moved.y > p.y ? 1 : 0 } : moved;
      this.moveSelected(this.snap(to, this.o.step() / 100));
      return true;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      this.cursor = { x: p.x, y: p.y };
      this.selected = afterDelete(points.length - 1, k);
      this.o.setPoints(deletePoint(points, k));
      if (!this.o.points().length) this.cursorHandle.focus();
      return true;
    }
    if (e.key === 'PageDown' || e.key === 'PageUp') {
      this.select((k + (e.key === 'PageDown' ? 1 : -1) + points.length) % points.length);
      return true;
    }
    if (e.key === 'Escape') {
      this.cursor = { x: p.x, y: p.y };
      this.cursorHandle.focus();
      this.o.redraw();
      return true;
    }
    return this.classKey(e);
  }

  private cursorKey(e: KeyboardEvent): boolean {
    const moved = this.arrow(this.cursor, e);
    if (moved) {
      this.cursor = moved;
      this.handles.place();
      this.o.redraw();
      return true;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      this.addAt(this.cursor, e.shiftKey, false);
      return true;
    }
    return this.classKey(e);
  }

  private classKey(e: KeyboardEvent): boolean {
    if (!/^[0-9]$/.test(e.key) || Number(e.key) >= Math.min(MAX_CLASSES, this.o.classes())) return false;
    this.pickClass(Number(e.key));
    return true;
  }

  private pickClass(k: number): void {
    if (k >= this.o.classes()) return;
    this.activeClass = k;
    const i = this.selected;
    if (i !== undefined && this.enabled() && !this.oneD() && this.o.points()[i]?.label !== k)
      this.o.setPoints(relabel(this.o.points(), i, k));
    this.sync();
  }
}

function num(v: number): string {
  return formatNumber(Number(v.toPrecision(4)));
}
