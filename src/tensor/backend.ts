/**
 * The one door to TensorFlow.js. Loads tfjs-core with its cpu, wasm and webgl backends on first
 * use (widgets that never need tensors never download it), and picks a backend by what the
 * hardware really is: WebGL only when the renderer is a real GPU. A software rasteriser
 * (SwiftShader, llvmpipe) also answers to WebGL, and tfjs on it is slower than wasm or cpu, so
 * there we take wasm (single-thread SIMD: the threaded build needs cross-origin isolation, which
 * static hosts rarely give), then cpu.
 *
 * Works in a window and in a module Web Worker (WebGL there goes through OffscreenCanvas).
 *
 * @example
 * const tf = await loadTf();
 * const report = await pickBackend(); // { name: 'wasm', gpu: false, label: 'tfjs wasm (WebGL here is software: SwiftShader)', … }
 * const sum = tf.tidy(() => tf.ones([3]).sum().dataSync()[0]);
 */
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';

export type Tf = typeof import('@tensorflow/tfjs-core');
export type BackendName = 'webgl' | 'wasm' | 'cpu';

export interface BackendReport {
  readonly name: BackendName;
  /** True only for WebGL on a hardware GPU. */
  readonly gpu: boolean;
  /** The WebGL renderer string, or null where WebGL is unavailable. */
  readonly renderer: string | null;
  /** Why this backend was chosen, in words for the user. */
  readonly reason: string;
  /** A short label to show beside a widget, e.g. "tfjs webgl (GPU: NVIDIA …)". */
  readonly label: string;
}

export interface WebglInfo {
  readonly renderer: string;
  /** True for software rasterisers, which are WebGL without a GPU. */
  readonly software: boolean;
}

const SOFTWARE_RENDERER =
  /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic|mesa offscreen/i;

/**
 * The tfjs library, loaded once. tfjs keeps one engine per realm anyway, so caching the promise
 * of loading it is the only module state here; it holds no widget data.
 */
let loading: Promise<Tf> | null = null;

export function loadTf(): Promise<Tf> {
  loading ??= (async () => {
    const tf = await import('@tensorflow/tfjs-core');
    await Promise.all([
      import('@tensorflow/tfjs-core/dist/register_all_gradients'),
      import('@tensorflow/tfjs-backend-cpu'),
      import('@tensorflow/tfjs-backend-webgl'),
      import('@tensorflow/tfjs-backend-wasm').then((wasm) => {
        // Without cross-origin isolation threads cannot start; say so up front so tfjs never
        // tries the threaded binary (which we do not ship).
        tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
        wasm.setWasmPaths({
          'tfjs-backend-wasm.wasm': absolute(wasmPlainUrl),
          'tfjs-backend-wasm-simd.wasm': absolute(wasmSimdUrl),
          // tfjs insists on an entry for every binary; with threads off it never asks for this
          // one, and we do not ship the threaded build.
          'tfjs-backend-wasm-threaded-simd.wasm': absolute(wasmSimdUrl),
        });
      }),
    ]);
    tf.enableProdMode();
    return tf;
  })();
  return loading;
}

/** Emscripten resolves a relative path against its own script; make ours absolute first. */
function absolute(url: string): string {
  return new URL(url, import.meta.url).href;
}

/** What WebGL is here, if any: the renderer string and whether it is software. */
export function describeWebgl(): WebglInfo | null {
  let gl: WebGL2RenderingContext | WebGLRenderingContext | null = null;
  try {
    const canvas: OffscreenCanvas | HTMLCanvasElement =
      typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as
      WebGL2RenderingContext | WebGLRenderingContext | null;
    if (!gl) return null;
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return { renderer, software: SOFTWARE_RENDERER.test(renderer) };
  } catch {
    return null;
  } finally {
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

/**
 * Switches tfjs to `name` (for tests, the bench, or a user's choice); rejects if it cannot start.
 * `webgl`: what `describeWebgl()` found, when the caller has already asked (each ask opens a context).
 */
export async function useBackend(
  name: BackendName,
  reason = 'chosen explicitly',
  webgl = describeWebgl(),
): Promise<BackendReport> {
  const tf = await loadTf();
  const ok = await tf.setBackend(name);
  if (!ok || tf.getBackend() !== name) throw new Error(`The tfjs ${name} backend could not start here.`);
  await tf.ready();
  const gpu = name === 'webgl' && webgl !== null && !webgl.software;
  return { name, gpu, renderer: webgl?.renderer ?? null, reason, label: labelOf(name, gpu, webgl) };
}

/**
 * The best backend for bulk work on this machine: webgl on a real GPU, else wasm, else cpu.
 * Each candidate is actually started; one that fails falls through to the next.
 */
export async function pickBackend(): Promise<BackendReport> {
  const webgl = describeWebgl();
  const candidates: [BackendName, string][] = [];
  if (webgl && !webgl.software) candidates.push(['webgl', `WebGL runs on a GPU (${webgl.renderer})`]);
  const noGpu = webgl
    ? `WebGL here is software (${shortRenderer(webgl.renderer)}), slower than wasm`
    : 'no WebGL here';
  candidates.push(['wasm', noGpu], ['cpu', `${noGpu}; WebAssembly unavailable`]);
  let lastError: unknown = null;
  for (const [name, reason] of candidates) {
    try {
      return await useBackend(name, reason, webgl);
    } catch (err) {
      lastError = err;
    }
  }
  throw new Error(`No tfjs backend could start: ${String(lastError)}`);
}

function labelOf(name: BackendName, gpu: boolean, webgl: WebglInfo | null): string {
  if (name === 'webgl')
    return gpu
      ? `tfjs webgl (GPU: ${shortRenderer(webgl!.renderer)})`
      : `tfjs webgl (software: ${shortRenderer(webgl?.renderer ?? 'unknown')})`;
  return `tfjs ${name} (CPU)`;
}

/** "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) …)), SwiftShader driver)" → "SwiftShader". */
function shortRenderer(renderer: string): string {
  const soft = SOFTWARE_RENDERER.exec(renderer);
  if (soft) return soft[0];
  const angle = /^ANGLE \((?:[^,]+,\s*)?([^,(]+)/.exec(renderer);
  return (angle?.[1] ?? renderer).trim().slice(0, 60);
}
