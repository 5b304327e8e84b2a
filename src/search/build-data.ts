import { alignedPairs, variantMap, type CharmapData } from './charmap.ts';
import { pageTexts, scriptTwins, type IndexablePage } from './records.ts';
import type { SynonymTable } from './synonyms.ts';

/**
 * Build time: the small files the search UI fetches only when a query needs them, written next
 * to Pagefind's bundle (`pagefind/pingan-*.json`):
 * - `pingan-charmap.json`: the characters that differ between the two Chinese editions (and the
 *   variant Traditional forms), fetched when a query's Chinese is not found as typed;
 * - `pingan-vocab-en.json`: the English index's own words, fetched for "did you mean" when an
 *   English query finds nothing.
 */
export const dataFiles = {
  charmap: 'pingan-charmap.json',
  vocab: (lang: string) => `pingan-vocab-${lang}.json`,
};

/** The character map from every zh-hans page and its zh-hant twin, paired element by element. */
export function buildCharmap(pages: Map<string, IndexablePage>, synonyms: SynonymTable): CharmapData {
  const pairs: [string, string][] = [];
  let hantCorpus = '';
  for (const [urlPath, page] of pages) {
    const [, segment = '', ...rest] = urlPath.split('/');
    if (segment !== 'zh-hans') continue;
    const twin = pages.get(['', scriptTwins[segment], ...rest].join('/'));
    if (!twin) throw new Error(`Search: ${urlPath} has no zh-hant twin page to pair with.`);
    const hans = pageTexts(page);
    const hant = pageTexts(twin);
    for (const [id, text] of hans) {
      const other = hant.get(id);
      if (other !== undefined) pairs.push([text, other]);
    }
    hantCorpus += [...hant.values()].join('\n');
  }
  return { pairs: alignedPairs(pairs), variants: variantMap(synonyms.variants, hantCorpus) };
}

/**
 * The English words of the index, most frequent first, for "did you mean": whole words as they
 * are written (never stems), four letters or more, lower case.
 */
export function buildVocabulary(pages: Iterable<IndexablePage>): string[] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    if (!page.lang.toLowerCase().startsWith('en')) continue;
    for (const text of pageTexts(page).values()) {
      for (const m of text
        .toLowerCase()
        .matchAll(/\p{Script=Latin}[\p{Script=Latin}'’-]*\p{Script=Latin}/gu)) {
        for (const w of m[0].split(/[-'’]/)) if (w.length >= 4) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}
