/**
 * Check 5 of the smoke check (tool, runs in Node): one search per edition with the site's own
 * Pagefind bundle (tools/smoke/pagefind.ts), which must find pages of that edition only; every
 * file Pagefind fetches is checked against `_headers` like the rest.
 */
import { describe, type Fetcher } from './fetcher.ts';
import { pagefindSearch } from './pagefind.ts';

export interface SearchCheck {
  base: string;
  /** The path the site is served under (Pagefind's result URLs start with it). */
  basePath: string;
  fetcher: Fetcher;
  /** The editions' languages, and each language's pages (live pathnames). */
  langs: string[];
  pagesOf: (lang: string) => Set<string>;
  /** What to search per language (--query), else the edition's site name. */
  queryFor: (lang: string) => string | undefined;
  problem: (what: string, detail: string) => void;
  /** Called once per search run. */
  onSearch: () => void;
}

export async function checkSearch(c: SearchCheck): Promise<void> {
  const loader = await c.fetcher.get(new URL('pagefind/pagefind.js', c.base).href);
  if (loader.status !== 200) {
    c.problem('search', `pagefind/pagefind.js ${describe(loader)}`);
    return;
  }
  // Pagefind fetches its own files; record them so their headers are checked too.
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const res = await realFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    c.fetcher.checkHeaders(url, res);
    if (!res.ok) c.problem('search', `${url} answers ${res.status}`);
    return res;
  };
  try {
    for (const lang of c.langs) await searchOne(c, loader.text(), lang);
  } finally {
    globalThis.fetch = realFetch;
  }
}

async function searchOne(c: SearchCheck, loader: string, lang: string): Promise<void> {
  const query = c.queryFor(lang);
  if (!query) {
    c.problem(`search ${lang}`, 'no query (pass --query LANG=WORDS)');
    return;
  }
  c.onSearch();
  try {
    const results = await pagefindSearch(loader, {
      lang,
      query,
      bundle: new URL('pagefind/', c.base).href,
      baseUrl: c.basePath,
    });
    const editionPages = c.pagesOf(lang);
    if (results.length === 0) c.problem(`search ${lang}`, `"${query}" found nothing`);
    for (const r of results) {
      const p = new URL(r, c.base).pathname;
      if (!editionPages.has(p))
        c.problem(`search ${lang}`, `"${query}" found ${r}, which is not a ${lang} page of the sitemap`);
    }
    if (results.length > 0)
      console.log(`search ${lang}: "${query}" → ${results.length} result(s), first ${results[0]}`);
  } catch (e) {
    c.problem(`search ${lang}`, `"${query}" failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
