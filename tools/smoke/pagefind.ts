/**
 * One search with a site's own pagefind.js, run in Node: the same files, wasm and index chunks a
 * reader's browser fetches, without a browser. Part of the smoke check (tools/smoke.ts).
 */
import { Buffer } from 'node:buffer';

/** The slice of pagefind.js's API the search check uses (the bundle ships no types). */
interface PagefindInstance {
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  destroy?(): Promise<void>;
}

/**
 * The first five result URLs (without fragment) for `query` in the `lang` index. Each edition
 * gets its own copy of the module (one module holds one language's wasm). pagefind.js picks its
 * index from `document`'s `<html lang>` when an instance is created; Node has no document, so a
 * stand-in answers `lang` for that synchronous call only.
 */
export async function pagefindSearch(
  source: string,
  { lang, query, bundle, baseUrl }: { lang: string; query: string; bundle: string; baseUrl: string },
): Promise<string[]> {
  const mod = await import(
    `data:text/javascript;base64,${Buffer.from(`${source}\n// smoke: ${lang}`).toString('base64')}`
  );
  const global = globalThis as { document?: unknown };
  const hadDocument = 'document' in global;
  global.document = { querySelector: () => ({ getAttribute: () => lang.toLowerCase() }) };
  let instance: PagefindInstance;
  try {
    instance = mod.createInstance({ basePath: bundle, baseUrl, noWorker: true });
  } finally {
    if (!hadDocument) delete global.document;
  }
  const response = await instance.search(query);
  const data = await Promise.all(response.results.slice(0, 5).map((r) => r.data()));
  await instance.destroy?.();
  return data.map((d) => d.url.replace(/#.*/s, ''));
}
