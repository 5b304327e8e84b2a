import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { withHant } from '../i18n/hant.ts';
import { loadSynonyms } from './synonyms.ts';

/**
 * The `synonyms` collection: the reviewed synonym table's Chinese groups in each Chinese edition's
 * script, one entry per edition (`zh-hans`, `zh-hant`), for the search UI's config
 * (src/search/page-config.ts). zh-hant's are converted here, once, like the reviews' text; a group
 * whose words become one word in Traditional is dropped (nothing left to expand).
 */
export const synonymGroups = z.strictObject({ groups: z.array(z.array(z.string())) });

export function synonymsLoader(): Loader {
  return {
    name: 'pingan:synonyms',
    load: async ({ store, parseData }) => {
      const { zh } = loadSynonyms();
      const hant = zh
        .map((g) => [...new Set(g.map((w) => withHant({ 'zh-hans': w })['zh-hant']))])
        .filter((g) => g.length > 1);
      store.clear();
      for (const [id, groups] of [
        ['zh-hans', zh],
        ['zh-hant', hant],
      ] as const) {
        store.set({ id, data: await parseData({ id, data: { groups } }) });
      }
    },
  };
}
