import { locales, type LocaleSegment } from '../config/locales.ts';
import { dictionaries } from '../i18n/index.ts';
import { getEntry } from 'astro:content';
import { getReviews, getSections } from '../reviews/collections.ts';
import { pickStrings } from './strings.ts';
import { loadSynonyms } from './synonyms.ts';

/**
 * Build time: what the search UI needs in the browser, for one edition — inlined in the search
 * page, and served as `/{edition}/search/config.json` for the header's in-place search (fetched
 * when the reader focuses the header box).
 */
export async function searchConfig(segment: LocaleSegment) {
  const { lang } = locales.find((l) => l.segment === segment)!;
  // Filter choices come from the content: every year, and every section id (labelled as in the
  // newest review that has it).
  const reviews = await getReviews();
  const years = reviews.map((r) => String(r.year));
  const sections = new Map<string, string>();
  for (const review of reviews) {
    for (const s of await getSections(review, segment))
      if (!sections.has(s.id)) sections.set(s.id, s.frontmatter.nav);
  }
  // The reviewed synonym table, in each edition's script (zh-hant's made when the content loaded).
  const chinese = async (id: 'zh-hans' | 'zh-hant') => {
    const entry = await getEntry('synonyms', id);
    if (!entry) throw new Error(`the ${id} synonyms are missing (src/search/synonyms-loader.ts)`);
    return entry.data;
  };
  const synonyms = {
    'zh-hans': await chinese('zh-hans'),
    'zh-hant': await chinese('zh-hant'),
    en: { groups: loadSynonyms().en },
  };
  return {
    config: {
      segment,
      lang,
      strings: pickStrings(dictionaries[segment]),
      years,
      sections: [...sections.keys()],
      editions: locales.map((l) => ({ segment: l.segment, lang: l.lang })),
      synonyms,
    },
    sectionLabels: [...sections] as [string, string][],
  };
}

/** JSON safe to inline in a `<script type="application/json">`. */
export const inlineJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
