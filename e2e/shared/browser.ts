/**
 * The few things the reading walk needs from a browser, whatever drives it: Playwright
 * (Chromium), WebDriver BiDi through puppeteer-core (Gecko) or classic WebDriver through
 * selenium-webdriver (WebKit). Each suite wraps its own driver in this; the walk and its checks
 * (./walk.ts, ./probes.ts) are written once against it.
 */
export interface ReadingBrowser {
  /** 'chromium', 'webkit' or 'gecko': names screenshot folders and messages. */
  readonly engine: string;
  /** Opens a site path (e.g. `/en/2024/`) and waits for the load event. */
  goto(path: string): Promise<void>;
  /**
   * Runs `fn` in the page with one JSON argument and returns its (awaited) JSON result. `fn` must
   * be self-contained: it is sent as source text, so it cannot use anything from this module.
   */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real pointer click on the first element matching `selector` (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** A full-page PNG. */
  screenshot(file: string): Promise<void>;
  /** Uncaught script errors and unhandled rejections since the last call (or the last `goto`). */
  errors(): Promise<string[]>;
  /** Starts recording errors on a page the walk reached by a click, for drivers that need it. */
  watch?(): Promise<void>;
  /** The address of the page now shown. */
  url(): Promise<string>;
}
