import type { Browser } from 'playwright-core';

export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare function resolveInside(root: string, urlPath: string): string | undefined;

/** A prefix ending in "/" maps to a directory; an exact path maps to a file or to a fixed body. */
export type Route = string | { body: string; type?: string };

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  url(path?: string): string;
  close(): Promise<void>;
}
export declare function startStaticServer(options: {
  root: string;
  routes?: Record<string, Route>;
}): Promise<StaticServer>;

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];

export interface LaunchedChromium {
  readonly browser: Browser;
  readonly userDataDir: string;
  close(): Promise<void>;
}
export declare function launchChromium(extraArgs?: string[]): Promise<LaunchedChromium>;
