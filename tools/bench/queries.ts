/**
 * What the bench searches for (tool data): per edition, the two queries of the search table and
 * the held-out queries of the side-by-side with the peer.
 */

export const EDITIONS = ['zh-hans', 'zh-hant', 'en'] as const;
export type Edition = (typeof EDITIONS)[number];
export type QuerySet = Record<Edition, string[]>;

export const QUERIES: QuerySet = {
  'zh-hans': ['网格', '诈骗'],
  'zh-hant': ['網格', '詐騙'],
  en: ['grid', 'fraud'],
};

/**
 * Held-out queries for the side-by-side with the peer (`--peer`): words every edition's text and
 * the peer's page contain, and that no recall test (e2e/search-recall.data.ts) or search spec uses.
 */
export const HELD_OUT: QuerySet = {
  'zh-hans': ['巡逻', '矛盾纠纷'],
  'zh-hant': ['巡邏', '矛盾糾紛'],
  en: ['patrol', 'disputes'],
};

/** The paragraphs each held-out query must reach (their anchors on the review page). */
export const HELD_OUT_ANCHORS: Record<string, string[]> = {
  巡逻: ['political-leadership-5'],
  矛盾纠纷: ['political-leadership-5', 'team-building-1'],
  巡邏: ['political-leadership-5'],
  矛盾糾紛: ['political-leadership-5', 'team-building-1'],
  patrol: ['political-leadership-5'],
  disputes: ['political-leadership-5', 'service-to-development-5', 'team-building-1'],
};
