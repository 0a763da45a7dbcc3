/**
 * The one strict-KaTeX check for formula tests: the TeX must render with the settings the site
 * uses for anything a widget shows (throwOnError, strict: 'error' so LaTeX-incompatible input is
 * an error, trust: false so no \href or \html*).
 *
 * @example
 * expectValidTex(planeTex(m));            // fails the test, naming the TeX, if KaTeX refuses it
 * const html = expectValidTex(tex, true); // display mode; returns KaTeX's HTML
 */
import katex from 'katex';

export function renderStrict(tex: string, displayMode = false): string {
  return katex.renderToString(tex, { throwOnError: true, strict: 'error', trust: false, displayMode });
}

export function expectValidTex(tex: string, displayMode = false): string {
  try {
    return renderStrict(tex, displayMode);
  } catch (err) {
    throw new Error(
      `KaTeX refused ${JSON.stringify(tex)}: ${err instanceof Error ? err.message : String(err)}`,
      {
        cause: err,
      },
    );
  }
}
