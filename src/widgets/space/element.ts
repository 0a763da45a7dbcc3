/**
 * `<lumen-space>`: a 3D linear transformation you can grab. Turn the view (drag, arrow keys,
 * pinch, + and −), drag where î, ĵ and k̂ land (mouse, touch, pen, or a focused tip's keys), type
 * a 3x3 matrix or pick a preset, play the motion from the identity, and watch the unit cube
 * become a box whose signed volume is the determinant; optionally the cross product of two of
 * the vectors, whose length is the area they span.
 *
 * Frames are drawn only after a change (state, view, size, theme), never in a loop; off screen
 * nothing is drawn (the base element pauses); removed, it gives back its WebGL context. Where
 * WebGL is missing, a message takes the picture's place and everything else still works.
 *
 * The element only wires things together: numbers come from `model.ts` and
 * `src/render/three-camera.ts`, pixels from `scene.ts` and `view.ts`, pointer and keys from
 * `pointer.ts`, sentences from `words.ts`, TeX from `formula.ts`.
 *
 * @example
 * <lumen-space matrix="2 0 0; 0 3 0; 0 0 4" cross="ij"></lumen-space>
 * <script type="module">
 *   const el = document.querySelector('lumen-space');
 *   el.setState({ matrix: [1, 2, 3, 4, 5, 6, 7, 8, 9] }); // flattened onto a plane: volume 0
 *   el.addEventListener('change', (e) => console.log(e.detail.state.matrix));
 * </script>
 */
import { LumenElement, defineOnce, observedAttributesOf } from '../../ui/widget-element';
import type { Source } from '../../ui/props';
import { KATEX_SHADOW_CSS, ensureKatexFonts } from '../../ui/katex-shadow';
import type { Vec3 } from '../../math/mat3';
import { matrixText3, parseMatrix3 } from '../../math/matrix-text';
import { parseNumber } from '../../math/number-text';
import {
  cameraFor,
  project,
  zoomBy,
  ZOOM_STEP,
  type Camera,
  type ViewSettings,
} from '../../render/three-camera';
import { GlStage } from '../../render/gl-stage';
import { approach } from '../../render/tween';
import { SPACE_PROPS, type SpaceState } from './props';
import {
  BASIS,
  PRESETS3,
  PRESET3_MATRICES,
  crossOf,
  matchPreset3,
  scoreVolume,
  shownMatrix3,
  viewRadius,
  volumeOf,
  GUESS_LIMIT,
  type Preset3,
  type VolumePrediction,
} from './model';
import { SpaceScene } from './scene';
import { spaceTex } from './formula';
import {
  GL_WORDS,
  crossSentence,
  describeSpace,
  formulaWords,
  predictSentence3,
  volumeSentence,
} from './words';
import { buildSpaceDom, type SpaceDom } from './dom';
import { placeOverlay } from './view';
import { SpacePointer, type FrozenView } from './pointer';
import { SPACE_CSS } from './space.css';
import { bindRange, bindSelect, bindTypedField } from '../../ui/bind';
import { FormulaView, texPalette } from '../../ui/formula-view';
import { memo } from '../../ui/memo';
import { PredictFlow } from '../../ui/predict-flow';
import { setDisabled, setHidden, setText, setValue } from '../../ui/dom';

export class LumenSpace extends LumenElement<typeof SPACE_PROPS, SpaceDom> {
  static override get observedAttributes(): string[] {
    return observedAttributesOf(SPACE_PROPS);
  }

  /** Started on the first visible frame: a widget never scrolled to never takes a context. */
  private gl!: GlStage<SpaceScene>;
  private pointer!: SpacePointer;
  private formula!: FormulaView;
  private flow!: PredictFlow<VolumePrediction>;
  private home: ViewSettings = { azimuth: 30, elevation: 20, zoom: 1 };
  private readonly volume = memo(volumeOf, () => [this.s.matrix] as const);

  constructor() {
    super(SPACE_PROPS, SPACE_CSS + '\n' + KATEX_SHADOW_CSS);
  }

  // ---- public API ---------------------------------------------------------------------------------

  /** True while the 3D picture is drawn with WebGL; false before the first frame and where WebGL is missing. */
  get webgl(): boolean {
    return this.gl?.ok ?? false;
  }

  /** After Reveal in predict mode: the guess for det A, the real value and the distance; else undefined. */
  get prediction(): VolumePrediction | undefined {
    const r = this.flow?.result;
    return r && { ...r };
  }

  /** Client (viewport) pixel coordinates of space point `p`, as currently drawn. */
  spaceToClient(p: Vec3): { x: number; y: number } {
    const rect = this.dom.plot.getBoundingClientRect();
    const at = project(this.view(rect.width, rect.height).camera, p, rect.width, rect.height);
    return at ? { x: rect.left + at.x, y: rect.top + at.y } : { x: NaN, y: NaN };
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  protected override createDom(): SpaceDom {
    ensureKatexFonts(document);
    return buildSpaceDom();
  }

  protected build(): void {
    const dom = this.dom;
    this.home = this.viewOf(this.s);
    this.gl = this.use(
      new GlStage({
        create: () => SpaceScene.create(),
        stage: dom.stage,
        box: dom.plot,
        message: dom.glMessage,
        ...GL_WORDS,
        unavailableLayout: () => {
          dom.plot.classList.add('no-gl');
          // The message, then everything that still works, one above the other; no view to turn.
          dom.layout.classList.add('no-gl');
          setHidden(dom.zoomIn.parentElement as HTMLElement, true);
        },
        onChange: () => this.requestRender(),
      }),
    );
    this.formula = this.use(new FormulaView({ tex: dom.formula, text: dom.formulaText }));
    this.pointer = this.use(
      new SpacePointer({
        ...dom,
        state: () => this.s,
        update: (partial) => this.update(partial),
        active: () => this.gl.ok,
        tipsMovable: () => !this.flow.guessing,
        view: (width, height) => this.view(width, height),
        shown: () => shownMatrix3(this.s.matrix, this.s.t),
        home: () => this.home,
        grab: () => this.stopAnimation(),
        redraw: () => this.requestRender(),
      }),
    );
    this.flow = this.use(
      new PredictFlow<VolumePrediction>(
        this.host,
        { ...dom, fields: () => [dom.guess] },
        {
          score: () => {
            const guess = parseNumber(dom.guess.value);
            if (guess === undefined || Math.abs(guess) > GUESS_LIMIT)
              return 'Type a number, such as 6 or -2.5.';
            return scoreVolume(guess, this.s.matrix);
          },
          sentence: predictSentence3,
          // A new matrix is a new question.
          newQuestion: (previous) => previous.matrix !== this.s.matrix,
          changed: () => {
            // Back to the question: the cube before the matrix acts, no answer on screen.
            if (this.flow.guessing) {
              this.stopAnimation();
              if (this.s.t !== 0) this.update({ t: 0 });
            }
            this.syncControls();
          },
          revealed: () => this.animateTo(1),
        },
      ),
    );
    // A widget that starts with a question shows the cube before the matrix acts.
    if (this.flow.guessing) this.update({ t: 0 });
    this.wireControls(dom);
    this.syncControls();
  }

  protected override stateChanged(previous: Readonly<SpaceState>, source: Source | 'user'): void {
    const s = this.s;
    if (source !== 'user') {
      if (previous.t !== s.t || previous.matrix !== s.matrix) this.stopAnimation();
      // Reset view (Home) goes back to the view the page or lesson asked for last.
      this.home = this.viewOf(s);
    }
    this.syncControls();
  }

  protected describe(): string {
    const s = this.s;
    return describeSpace({
      matrix: s.matrix,
      t: s.t,
      volume: this.volume(),
      cross: crossOf(s.matrix, s.cross),
      azimuth: s.azimuth,
      elevation: s.elevation,
      phase: this.flow.phase,
      prediction: this.flow.result,
    });
  }

  protected render(): void {
    const dom = this.dom;
    const s = this.s;
    const palette = this.palette;
    const guessing = this.flow.guessing;
    if (s.formula) {
      const volume = guessing ? undefined : this.volume();
      const cross = crossOf(s.matrix, s.cross);
      const p = texPalette(palette);
      const tex = spaceTex(s.matrix, volume, { i: p.i, j: p.j, k: p.k, cross: p.gradient }, cross);
      this.formula.show(tex, formulaWords(s.matrix, volume, cross));
    }
    this.syncPlayButton();
    const gl = this.gl.frame(palette);
    if (!gl) return;

    const { width, height } = gl.frame;
    const { camera, radius } = this.view(width, height);
    const shown = shownMatrix3(s.matrix, s.t);
    // While the learner guesses, nothing on screen may give the answer away.
    const cross = guessing ? undefined : crossOf(shown, s.cross);
    gl.scene.draw({
      ...gl.frame,
      shown,
      cube: s.determinant,
      kind: volumeOf(shown).kind,
      cross,
      camera,
      radius,
    });
    placeOverlay(dom, { camera, width, height, shown, cross, radius, guessing });
  }

  // ---- geometry -----------------------------------------------------------------------------------

  private viewOf(s: Readonly<SpaceState>): ViewSettings {
    return { azimuth: s.azimuth, elevation: s.elevation, zoom: s.zoom };
  }

  /** The camera and the ball it shows; held still while a tip is dragged. */
  private view(width: number, height: number): FrozenView {
    const frozen = this.pointer.frozen;
    if (frozen) return frozen;
    const s = this.s;
    const radius = viewRadius(s, this.flow.guessing);
    const camera: Camera = cameraFor(
      { azimuth: s.azimuth, elevation: s.elevation, radius },
      width / Math.max(1, height),
    );
    return { camera, radius };
  }

  // ---- controls -----------------------------------------------------------------------------------

  private wireControls(dom: SpaceDom): void {
    bindTypedField(this.host, dom.matrix, 'matrix', {
      error: dom.matrixError,
      parse: parseMatrix3,
      format: matrixText3,
      reject: (e) => `Could not read that matrix: ${e}. The matrix was not changed.`,
      // A typed matrix is shown at once, as a preset is.
      applied: () => {
        this.stopAnimation();
        this.update({ t: 1 });
      },
    });
    dom.preset.addEventListener('change', () => {
      const name = dom.preset.value;
      if (!(PRESETS3 as readonly string[]).includes(name)) return;
      this.stopAnimation();
      this.update({ matrix: PRESET3_MATRICES[name as Preset3], t: 1 });
    });
    dom.play.addEventListener('click', () => this.play());
    // Scrubbing takes over from a running animation.
    dom.t.addEventListener('input', () => this.stopAnimation());
    bindRange(this.host, dom.t, 't');
    bindSelect(this.host, dom.cross, 'cross');
    dom.zoomIn.addEventListener('click', () => this.update({ zoom: zoomBy(this.s.zoom, ZOOM_STEP) }));
    dom.zoomOut.addEventListener('click', () => this.update({ zoom: zoomBy(this.s.zoom, 1 / ZOOM_STEP) }));
    dom.resetView.addEventListener('click', () => this.update(this.home));
  }

  private play(): void {
    if (this.flow.guessing) return;
    if (this.animating) {
      this.stopAnimation();
      this.syncPlayButton();
      return;
    }
    // At the end, Play is Replay: from the start again in one press.
    if (this.s.t >= 1) this.update({ t: 0 });
    this.animateTo(1);
  }

  private animateTo(target: 0 | 1): void {
    const t = approach(
      () => this.s.t,
      (v) => this.update({ t: v }),
      target,
    );
    if (this.runMotion(t)) this.syncPlayButton();
  }

  // ---- DOM sync -----------------------------------------------------------------------------------

  /**
   * Brings what is not bound in line with the state. Called on every change, so during an
   * animation or an orbit every frame: it only writes what differs, to keep layout work out of it.
   */
  private syncControls(): void {
    const dom = this.dom;
    const s = this.s;
    setValue(dom.preset, matchPreset3(s.matrix));
    setHidden(dom.controls, !s.controls);
    setHidden(dom.formulaWrap, !s.formula);

    const guessing = this.flow.guessing;
    const volume = this.volume();
    setHidden(dom.readoutDet, !s.determinant || guessing);
    setText(dom.readoutDet, volumeSentence(volume));
    dom.readoutDet.classList.toggle('flipped', volume.kind === 'flipped');
    dom.readoutDet.classList.toggle('flat', volume.det === 0);
    const cross = guessing ? undefined : crossOf(s.matrix, s.cross);
    setText(dom.readoutCross, cross ? crossSentence(cross) : '');

    // After Reveal the verdict stands alone: the answered field goes.
    setHidden(dom.guess.parentElement as HTMLElement, !guessing);
    setDisabled(dom.play, guessing);
    setDisabled(dom.t, guessing);
    for (const b of BASIS) if (guessing) dom.handles[b].hidden = true;

    const label = `3D view. ${this.describe()}`;
    if (dom.stage.getAttribute('aria-label') !== label) dom.stage.setAttribute('aria-label', label);
    this.syncPlayButton();
  }

  private syncPlayButton(): void {
    setText(this.dom.play, this.animating ? 'Pause' : this.s.t >= 1 ? 'Replay' : 'Play');
  }
}

defineOnce('lumen-space', LumenSpace);

declare global {
  interface HTMLElementTagNameMap {
    'lumen-space': LumenSpace;
  }
}
