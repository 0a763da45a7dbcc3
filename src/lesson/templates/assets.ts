/**
 * The built files a page links to, as paths relative to dist/ (found by the Vite plugin).
 * KaTeX's stylesheet (for the math rendered into lesson pages) is part of the site CSS, which
 * imports it (src/ui/site.css).
 */
export interface SiteAssets {
  readonly siteScript: string;
  readonly siteStyles: readonly string[];
  readonly frameScript: string;
  readonly frameStyles: readonly string[];
  /**
   * The chunks of each widget's element by directive name (`plane` → its element chunk and the
   * chunks only it imports), so a lesson page can preload exactly the widgets it places.
   */
  readonly widgetScripts?: Readonly<Record<string, readonly string[]>>;
}

/** A page inside dist/: its path and its HTML. */
export interface PageFile {
  readonly fileName: string;
  readonly source: string;
}
