/**
 * Loads Pagefind's JS API (`<base>pagefind/pagefind.js`, written by the build) on demand and opens
 * one index per edition. Only the search page imports this module.
 */

/** The slice of Pagefind's instance API we use (pagefind.js 1.6 `createInstance`). */
export interface PagefindIndex {
  search: (
    term: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: { id: string; score: number; data: () => Promise<unknown> }[] }>;
  init: () => Promise<void>;
}

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindIndex;
}

/** Gives up on a load or search that has not answered, so the page says so instead of spinning. */
export const TIMEOUT_MS = 10_000;

export function withTimeout<T>(promise: Promise<T>, ms = TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Search did not answer within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

const modules = new Map<string, Promise<PagefindModule>>();
let attempt = 0;
const indexes = new Map<string, Promise<PagefindIndex>>();

/**
 * The index of one edition, by its `<html lang>` lower-cased (`zh-hans`), opened once.
 *
 * Two quirks of pagefind.js 1.6 shape this:
 * - An instance's index is chosen from the document's `<html lang>` when it is created
 *   (`createInstance` overrides a `language` option with it). To open another edition's index
 *   (the English page offering Chinese results), the lang attribute is swapped for the duration
 *   of that synchronous call and restored before anything can render or read it.
 * - All instances of one pagefind.js module share one WebAssembly instance, and each language
 *   has its own wasm (English stems words; Chinese does not): two languages in one module either
 *   clobber each other's memory or search with the wrong stemmer. Another edition's index is
 *   therefore opened from its own copy of the module (`pagefind.js?index=en`), fetched only when
 *   a query needs it.
 */
export function openIndex(base: string, language: string): Promise<PagefindIndex> {
  let index = indexes.get(language);
  if (!index) {
    const bundle = `${base}pagefind/`;
    const own = language === document.documentElement.lang.toLowerCase();
    const params = new URLSearchParams({
      ...(own ? {} : { index: language }),
      // A failed module fetch may be remembered by the browser: a retry asks for a fresh URL.
      ...(attempt > 0 ? { retry: String(attempt) } : {}),
    }).toString();
    let module = modules.get(language);
    if (!module) {
      module = import(
        /* @vite-ignore */ `${bundle}pagefind.js${params ? `?${params}` : ''}`
      ) as Promise<PagefindModule>;
      modules.set(language, module);
    }
    index = withTimeout(
      module.then(async (pagefind) => {
        const html = document.documentElement;
        const lang = html.getAttribute('lang');
        let instance: PagefindIndex;
        try {
          html.setAttribute('lang', language);
          // No web worker: the index is small and searching it takes a few milliseconds on the main
          // thread, while the worker would cost another 12 KB download and a round trip first
          // (measured: `npm run bench -- --worker`, README "Benchmark"; the site's Trusted Types
          // would also refuse Pagefind's `new Worker(url)` from a string).
          instance = pagefind.createInstance({ basePath: bundle, baseUrl: base, noWorker: true });
        } finally {
          if (lang === null) html.removeAttribute('lang');
          else html.setAttribute('lang', lang);
        }
        await instance.init();
        return instance;
      }),
    );
    // A failed load can be retried (the reader comes back online, unblocks the file).
    index.catch(() => {
      indexes.delete(language);
      modules.delete(language);
      attempt++;
    });
    indexes.set(language, index);
  }
  return index;
}

/**
 * Pagefind swallows a failed index-chunk download and answers "no results". Before saying
 * "nothing found", check that the bundle is still reachable; if not, the page says search failed.
 */
export async function bundleReachable(base: string): Promise<boolean> {
  try {
    const response = await withTimeout(
      fetch(`${base}pagefind/pagefind-entry.json`, { cache: 'no-store' }),
      5000,
    );
    return response.ok;
  } catch {
    return false;
  }
}
