/**
 * Browser: one search of one edition's index, in pages. Expands the query (synonyms, figures in
 * other units), asks Pagefind for every form, keeps the records that really contain the query,
 * and turns them into passages. Chinese not found as typed is folded with the character map
 * (fetched only then) and searched again. A newer query aborts an older one (AbortSignal): it
 * stops before fetching more fragments. A damaged index file is reported as such, never as "no
 * results".
 */
import { readCharmap, fold, type Charmap, type CharmapData } from '../../search/charmap.ts';
import { expandQuery, type EditionSynonyms } from '../../search/expand.ts';
import { containsQuery, matchPassages, type Fragment, type Passage } from '../../search/match.ts';
import { hasHan, pagefindQueries, type ParsedQuery } from '../../search/query.ts';
import { bundleReachable, openIndex, withTimeout } from './search-pagefind.browser.ts';

/** Records (sections) whose fragments are fetched per page of results. */
export const PAGE_RECORDS = 3;

export class DamagedIndexError extends Error {
  constructor(what: string, cause?: unknown) {
    super(`Search index damaged: ${what}`, { cause });
    this.name = 'DamagedIndexError';
  }
}

export interface RecordResult {
  fragment: Fragment;
  year: string;
  section: string;
  passages: Passage[];
}

export interface EditionSearch {
  q: ParsedQuery;
  /** The edition the results are shown and linked in (zh-hant for a Traditional query on en). */
  shown: string;
  /** Converts the record's text to the shown script, if it differs from the index's. */
  convert: ((s: string) => string) | undefined;
  total: number;
  loaded: number;
  /** Fetches the next page of records; returns their passages. */
  more: (signal?: AbortSignal) => Promise<RecordResult[]>;
}

interface Hit {
  id: string;
  score: number;
  data: () => Promise<unknown>;
}

const abortIf = (signal?: AbortSignal) => signal?.throwIfAborted();

let charmap: Promise<Charmap> | undefined;

/** The character map, fetched once, when a query first needs it. */
export function loadCharmap(base: string, signal?: AbortSignal): Promise<Charmap> {
  charmap ??= fetch(`${base}pagefind/pingan-charmap.json`, signal ? { signal } : {})
    .then((r) => {
      if (!r.ok) throw new Error(`charmap: HTTP ${r.status}`);
      return r.json() as Promise<CharmapData>;
    })
    .then(readCharmap);
  charmap.catch(() => (charmap = undefined));
  return charmap;
}

let vocabulary: Promise<string[]> | undefined;

/** The English index's words, fetched once, when an English query first finds nothing. */
export function loadVocabulary(base: string): Promise<string[]> {
  vocabulary ??= fetch(`${base}pagefind/pingan-vocab-en.json`).then((r) => {
    if (!r.ok) throw new Error(`vocabulary: HTTP ${r.status}`);
    return r.json() as Promise<string[]>;
  });
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

/**
 * Pagefind swallows an index chunk it cannot decompress and answers "no results". Before saying
 * "nothing found", the chunks it fetched are checked (from the HTTP cache): each must gunzip to
 * Pagefind's signature.
 */
export async function indexChunksIntact(): Promise<boolean> {
  const urls = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => /\/pagefind\/(index|filter)\/[^/]+\.pf_(index|filter)$/.test(u) || /\.pf_meta$/.test(u));
  for (const url of new Set(urls)) {
    if (!(await pagefindFileIntact(url))) return false;
  }
  return true;
}

/** Does a Pagefind file gunzip whole, to Pagefind's `pagefind_dcd` signature? */
export async function pagefindFileIntact(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) return false;
    const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    return new TextDecoder().decode(new Uint8Array(text).slice(0, 12)) === 'pagefind_dcd';
  } catch {
    return false;
  }
}

async function rawSearch(
  base: string,
  lang: string,
  q: ParsedQuery,
  filters: Record<string, string>,
  signal?: AbortSignal,
): Promise<Hit[]> {
  const index = await openIndex(base, lang);
  abortIf(signal);
  const responses = await withTimeout(
    Promise.all(pagefindQueries(q).map((text) => index.search(text, { filters }))),
  );
  abortIf(signal);
  const hits = new Map<string, Hit>();
  for (const r of responses.flatMap((x) => x.results))
    if ((hits.get(r.id)?.score ?? -1) < r.score) hits.set(r.id, r);
  return [...hits.values()].sort((a, b) => b.score - a.score);
}

async function fragmentOf(hit: Hit): Promise<Fragment> {
  try {
    const f = (await withTimeout(hit.data())) as Fragment;
    if (!f || typeof f.content !== 'string' || !Array.isArray(f.anchors))
      throw new Error('malformed fragment');
    return f;
  } catch (error) {
    if (error instanceof Error && /did not answer/.test(error.message)) throw error;
    throw new DamagedIndexError(`a result's fragment could not be read`, error);
  }
}

export interface SearchOptions {
  base: string;
  /** The index to search (edition segment) and its `<html lang>` lower-cased. */
  segment: string;
  lang: string;
  /** The page's own edition: a Traditional query on another edition's page is shown in zh-hant. */
  pageSegment: string;
  synonyms: EditionSynonyms | undefined;
  filters: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/** Searches one edition; the first page of records is loaded before it returns. */
export async function searchEdition(
  raw: string,
  o: SearchOptions,
): Promise<{ search: EditionSearch; first: RecordResult[] }> {
  const attempt = async (q: ParsedQuery, shown: string, convert?: (s: string) => string, marking = q) => {
    const hits = await rawSearch(o.base, o.lang, q, o.filters, o.signal);
    let at = 0;
    const search: EditionSearch = {
      q,
      shown,
      convert,
      total: hits.length,
      loaded: 0,
      more: async (signal) => {
        const results: RecordResult[] = [];
        // Keep fetching until a page has passages or the records run out (near misses drop).
        while (at < hits.length && results.length === 0) {
          const batch = hits.slice(at, at + PAGE_RECORDS);
          at += batch.length;
          const fragments = await Promise.all(batch.map(fragmentOf));
          abortIf(signal ?? o.signal);
          for (const f of fragments) {
            if (!containsQuery(f, q)) continue;
            results.push({
              fragment: f,
              year: f.filters['year']?.[0] ?? '',
              section: f.filters['section']?.[0] ?? '',
              // Shown in another script: the words are found (and marked) in that script.
              passages: matchPassages(f, marking, convert),
            });
          }
        }
        search.loaded = at;
        return results;
      },
    };
    const first = await search.more();
    return { search, first };
  };
  const q = expandQuery(raw, { synonyms: o.synonyms });
  let result = await attempt(q, o.segment);
  const chinese = o.segment === 'zh-hans' || o.segment === 'zh-hant';
  if (result.first.length === 0 && chinese && hasHan(q)) {
    // Not found as typed: perhaps typed in the other script, or with a variant form.
    const map = await loadCharmap(o.base, o.signal);
    const to = o.segment === 'zh-hans' ? 'hans' : 'hant';
    const folded = expandQuery(raw, { synonyms: o.synonyms, fold: { map, to } });
    if (folded.text !== q.text) {
      // On a page of another edition, Traditional typed into the zh-hans index is shown in zh-hant.
      const typedHant = o.segment === 'zh-hans' && o.pageSegment !== 'zh-hans' && o.pageSegment !== 'zh-hant';
      result = typedHant
        ? await attempt(
            folded,
            'zh-hant',
            (s) => fold(s, map.toHant),
            expandQuery(raw, { synonyms: o.synonyms, fold: { map, to: 'hant' } }),
          )
        : await attempt(folded, o.segment);
    }
  }
  if (result.first.length === 0) {
    if (!(await bundleReachable(o.base))) throw new Error('The search index is unreachable');
    if (!(await indexChunksIntact())) throw new DamagedIndexError('an index chunk could not be read');
  }
  return result;
}
