/**
 * The one fake CanvasRenderingContext2D for drawing tests: it records every call (`ops`), every
 * path with what was done to it (`paths`), every text with its colour and place (`texts`), and
 * every call or setting with a number that is not finite (`bad`); with `strict` such a number
 * throws at once, naming the call. Methods it does not know (save, translate, drawImage, …) are
 * recorded too, so a view may use any of the canvas API. Every array is live: destructure freely.
 *
 * @example
 * const rec = recordCanvas<DrawContext>();
 * drawPlane(rec.ctx, scene);
 * expect(rec.bad).toEqual([]);
 * expect(rec.strokes).toContain(PALETTES.light.i);
 * await expect(rec.log()).toMatchFileSnapshot('__snapshots__/plane-identity.ops');
 */
export interface Op {
  readonly name: string;
  readonly args: unknown[];
}

export interface PathRecord {
  readonly points: [number, number][];
  readonly rects: number;
  readonly arcs: number;
  readonly action: 'fill' | 'stroke';
  readonly style: string;
  readonly dashed: boolean;
}

export interface TextRecord {
  readonly text: string;
  readonly color: string;
  readonly x: number;
  readonly y: number;
}

export interface Recording<C = unknown> {
  /** The fake, typed as the context the view wants (`recordCanvas<DrawContext>()`). */
  readonly ctx: C;
  readonly ops: Op[];
  readonly paths: PathRecord[];
  readonly texts: TextRecord[];
  /** "lineTo(NaN, 3)", "lineWidth = Infinity", "text NaN px": what should never reach a canvas. */
  readonly bad: string[];
  /** Names of every call, in order. */
  readonly calls: string[];
  /** Every number passed to any call, in order. */
  readonly numbers: number[];
  /** The style of every stroke / fill, in order. */
  readonly strokes: string[];
  readonly fills: string[];
  /** The text of every fillText. */
  readonly strings: string[];
  /** The op log as text, one call per line, numbers to 2 decimals: for file snapshots. */
  log(): string;
}

const finite = (a: unknown): boolean => typeof a !== 'number' || Number.isFinite(a);

export function recordCanvas<C = unknown>(options: { strict?: boolean } = {}): Recording<C> {
  const ops: Op[] = [];
  const paths: PathRecord[] = [];
  const texts: TextRecord[] = [];
  const bad: string[] = [];
  const calls: string[] = [];
  const numbers: number[] = [];
  const strokes: string[] = [];
  const fills: string[] = [];
  const strings: string[] = [];
  let points: [number, number][] = [];
  let rects = 0;
  let arcs = 0;
  let dash: number[] = [];
  const state: Record<string, unknown> = {
    fillStyle: '#000',
    strokeStyle: '#000',
    lineWidth: 1,
    globalAlpha: 1,
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    lineJoin: 'miter',
    lineCap: 'butt',
  };
  const complain = (what: string): void => {
    if (options.strict) throw new Error(`the canvas got ${what}`);
    bad.push(what);
  };
  const record = (name: string, args: unknown[]): void => {
    if (!args.every(finite)) complain(`${name}(${args.map(String).join(', ')})`);
    ops.push({ name, args });
    calls.push(name);
    for (const a of args) if (typeof a === 'number') numbers.push(a);
  };
  const endPath = (action: 'fill' | 'stroke'): void => {
    const style = String(action === 'fill' ? state.fillStyle : state.strokeStyle);
    paths.push({ points, rects, arcs, action, style, dashed: dash.length > 0 });
    (action === 'fill' ? fills : strokes).push(style);
  };
  const known: Record<string, (...a: never[]) => unknown> = {
    beginPath() {
      record('beginPath', []);
      points = [];
      rects = 0;
      arcs = 0;
    },
    moveTo(x: number, y: number) {
      record('moveTo', [x, y]);
      points.push([x, y]);
    },
    lineTo(x: number, y: number) {
      record('lineTo', [x, y]);
      points.push([x, y]);
    },
    rect(...a: number[]) {
      record('rect', a);
      rects++;
    },
    arc(...a: number[]) {
      record('arc', a);
      arcs++;
    },
    fill() {
      record('fill', [state.fillStyle, state.globalAlpha]);
      endPath('fill');
    },
    stroke() {
      record('stroke', [state.strokeStyle, state.lineWidth, state.globalAlpha]);
      endPath('stroke');
    },
    fillText(text: string, x: number, y: number) {
      record('fillText', [text, x, y]);
      if (/NaN|undefined|Infinity/.test(String(text))) complain(`text ${text}`);
      texts.push({ text, color: String(state.fillStyle), x, y });
      strings.push(text);
    },
    strokeText(text: string, x: number, y: number) {
      record('strokeText', [text, x, y, state.lineWidth]);
    },
    setLineDash(segments: number[]) {
      record('setLineDash', segments);
      dash = segments;
    },
    measureText(text: string) {
      record('measureText', [text]);
      const px = Number(/(\d+(?:\.\d+)?)px/.exec(String(state.font))?.[1] ?? 10);
      return { width: 0.6 * px * String(text).length };
    },
  };
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in known) return known[key];
      if (key in target) return target[key];
      return (...args: unknown[]) => record(key, args);
    },
    set(target, key: string, value: unknown) {
      if (!finite(value)) complain(`${key} = ${String(value)}`);
      target[key] = value;
      return true;
    },
  });
  const fmt = (a: unknown): string =>
    typeof a === 'number' ? String(Math.round(a * 100) / 100) : (JSON.stringify(a) ?? String(a));
  return {
    ctx: ctx as C,
    ops,
    paths,
    texts,
    bad,
    calls,
    numbers,
    strokes,
    fills,
    strings,
    log: () => ops.map((o) => `${o.name}(${o.args.map(fmt).join(', ')})`).join('\n') + '\n',
  };
}
