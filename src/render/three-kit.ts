/**
 * What every three.js widget needs around its scene: a WebGL 2 renderer made without console
 * noise (or none), colours three.js parses quietly, and spotting software WebGL.
 */
import { WebGLRenderer } from 'three';
import { colorHex } from './color';

/**
 * A colour three.js parses without a console warning (#rrggbb): whatever CSS colour a host page
 * sets on a `--lumen-*` property (oklch(), color-mix() too); non-colours (var()) fall back.
 */
export function safeColor(value: string, fallback: string): string {
  return colorHex(value, fallback);
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** True when the context is drawn by the CPU. */
export function isSoftware(gl: WebGL2RenderingContext): boolean {
  let name = String(gl.getParameter(gl.RENDERER));
  // Chromium answers "WebKit WebGL" here and names the real renderer only through the extension
  // (which Firefox, answering with the real name, would warn about).
  if (/^webkit webgl$/i.test(name)) {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    if (info) name = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
  }
  return SOFTWARE_RENDERER.test(name);
}

function webgl2(canvas: HTMLCanvasElement, antialias: boolean): WebGL2RenderingContext | null {
  try {
    return canvas.getContext('webgl2', {
      antialias,
      alpha: false,
      depth: true,
      stencil: false,
      powerPreference: 'default',
    });
  } catch {
    return null;
  }
}

/**
 * Makes a scene with `make` on a canvas of its own and a renderer for it, or returns undefined
 * when the browser gives no WebGL 2 context (disabled, blocklisted, or too many contexts), or
 * when making the scene fails (the context is then given back). Asking for the context here,
 * rather than letting three.js ask, keeps the console clean: three.js logs an error when it fails.
 *
 * On a software renderer (SwiftShader, llvmpipe: the CPU draws every pixel) the scene goes
 * without multisampling, which there costs about half of every frame; a context's attributes
 * are fixed when it is made, so that takes a second canvas.
 */
export function createThreeScene<T>(
  make: (canvas: HTMLCanvasElement, renderer: WebGLRenderer) => T,
): T | undefined {
  let canvas = document.createElement('canvas');
  let gl = webgl2(canvas, true);
  if (gl && isSoftware(gl)) {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    canvas = document.createElement('canvas');
    gl = webgl2(canvas, false);
  }
  if (!gl || gl.isContextLost()) return undefined;
  try {
    return make(
      canvas,
      new WebGLRenderer({ canvas, context: gl, antialias: gl.getContextAttributes()?.antialias ?? false }),
    );
  } catch {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return undefined;
  }
}
