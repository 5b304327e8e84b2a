/**
 * The recall suite's data: queries a reader would type, taken from the reviews' own words, and the
 * sections each must find. Run against the real built index through the search page
 * (e2e/search-recall.spec.ts), so it also catches a Pagefind upgrade that segments or stems
 * differently. Add a line when a reader reports a search that should have worked.
 *
 * - `zh` queries run on both Chinese editions: as written (Simplified) on zh-hans, and converted
 *   to Traditional with the site's own OpenCC conversion on zh-hant.
 * - `all` queries (figures) run on every edition.
 * - `sections` must all be among the results (other sections may be too).
 */
export interface RecallCase {
  q: string;
  sections: string[];
  /** Passages: paragraph or figure anchors that must be among the results' links. */
  anchors?: string[];
}

export const recall: { zh: RecallCase[]; en: RecallCase[]; all: RecallCase[] } = {
  zh: [
    { q: '网格', sections: ['lede', 'political-leadership', 'team-building'] },
    { q: '知识产权', sections: ['service-to-development'] },
    { q: '诈骗', sections: ['political-leadership'] },
    {
      q: '电信诈骗',
      sections: ['political-leadership'],
      anchors: ['political-leadership-3', 'political-leadership-4'],
    },
    // Synonyms and abbreviations (content/search-synonyms.yml): the anti-fraud paragraph says
    // 电信网络诈骗 and 电诈, the 缅北 case paragraph says 电信诈骗.
    {
      q: '电诈',
      sections: ['political-leadership'],
      anchors: ['political-leadership-3', 'political-leadership-4'],
    },
    {
      q: '电信网络诈骗',
      sections: ['political-leadership'],
      anchors: ['political-leadership-3', 'political-leadership-4'],
    },
    { q: '知产', sections: ['service-to-development'], anchors: ['service-to-development-3'] },
    { q: '长江三角洲', sections: ['service-to-development', 'team-building'], anchors: ['team-building-3'] },
    { q: '驿站', sections: ['lede'] },
    { q: '网格服务驿站', sections: ['lede'] },
    { q: '法律援助', sections: ['lede'] },
    { q: '平安建设', sections: ['lede'] },
    { q: '第一议题', sections: ['lede'] },
    { q: '高德', sections: ['lede'] },
    { q: '政治忠诚', sections: ['political-leadership'] },
    { q: '缅北', sections: ['political-leadership'] },
    { q: '刀把子', sections: ['political-leadership'] },
    { q: '蓝背心', sections: ['political-leadership'] },
    { q: '一站式', sections: ['political-leadership'] },
    { q: '无诈', sections: ['political-leadership'] },
    { q: '调解', sections: ['political-leadership', 'service-to-development'] },
    { q: '典型案例', sections: ['political-leadership', 'service-to-development'] },
    { q: '启东', sections: ['political-leadership', 'service-to-development'] },
    { q: '新质生产力', sections: ['service-to-development'] },
    { q: '破产清算', sections: ['service-to-development'] },
    { q: '家纺', sections: ['service-to-development'] },
    { q: '商会', sections: ['service-to-development'] },
    { q: '长三角', sections: ['service-to-development', 'team-building'] },
    { q: '政法铁军', sections: ['team-building'] },
    { q: '警务室', sections: ['team-building'] },
    { q: '国家安全', sections: ['team-building'] },
    { q: '青蓝结对', sections: ['team-building'] },
    { q: '满意度', sections: ['lede', 'team-building'] },
    { q: '十四五', sections: ['outlook'] },
    { q: '示范市', sections: ['outlook'] },
    { q: '发展', sections: ['lede', 'service-to-development', 'outlook'] },
    { q: '电信诈骗 案件', sections: ['political-leadership'] },
  ],
  en: [
    { q: 'fraud', sections: ['political-leadership'] },
    { q: 'grid', sections: ['lede', 'political-leadership', 'team-building'] },
    { q: 'intellectual property', sections: ['service-to-development'] },
    { q: 'legal aid', sections: ['lede'] },
    { q: 'clearance', sections: ['lede', 'political-leadership'] },
    { q: 'mediation', sections: ['political-leadership'] },
    { q: 'Blue Vest', sections: ['political-leadership'] },
    { q: 'Myanmar', sections: ['political-leadership'] },
    { q: 'Amap', sections: ['lede'] },
    { q: 'NEEQ', sections: ['service-to-development'] },
    { q: 'bankruptcy', sections: ['service-to-development'] },
    { q: 'Yangtze River Delta', sections: ['service-to-development', 'team-building'] },
    { q: 'Five-Year Plan', sections: ['outlook'] },
    { q: 'police offices', sections: ['team-building'] },
    { q: 'national security', sections: ['team-building'] },
    { q: 'satisfaction', sections: ['lede', 'team-building'] },
    { q: 'new quality productive forces', sections: ['service-to-development'] },
    { q: 'circuit trial', sections: ['service-to-development'] },
    { q: 'arbitration', sections: ['service-to-development'] },
    { q: 'loyalty', sections: ['political-leadership', 'team-building'] },
    { q: 'reform', sections: ['service-to-development', 'team-building', 'outlook'] },
    { q: 'Qidong', sections: ['political-leadership', 'service-to-development'] },
    { q: 'one-stop', sections: ['political-leadership'] },
    { q: 'telecom', sections: ['political-leadership'] },
    { q: 'typical cases', sections: ['political-leadership', 'service-to-development'] },
    { q: 'hilt of the knife', sections: ['political-leadership'] },
    { q: 'first agenda item', sections: ['lede'] },
    { q: 'model city', sections: ['outlook'] },
    { q: 'protecting', sections: ['service-to-development', 'team-building'] },
    { q: '12.6 million', sections: ['political-leadership'], anchors: ['political-leadership-4'] },
    { q: '1,204', sections: ['team-building'], anchors: ['team-building-2'] },
    // Synonyms and abbreviations.
    {
      q: 'scam',
      sections: ['political-leadership'],
      anchors: ['political-leadership-3', 'political-leadership-4'],
    },
    { q: 'IP', sections: ['service-to-development'], anchors: ['service-to-development-3'] },
    { q: 'YRD', sections: ['service-to-development', 'team-building'], anchors: ['team-building-3'] },
  ],
  all: [
    { q: '20.7%', sections: ['lede'] },
    { q: '9.2%', sections: ['lede'] },
    { q: '17.3%', sections: ['political-leadership'] },
    { q: '99.7%', sections: ['team-building'] },
    { q: '113', sections: ['lede'] },
    { q: '176', sections: ['lede'] },
    { q: '1+1+6', sections: ['service-to-development'] },
    { q: '2025', sections: ['outlook'] },
    // Figures across units: any edition's form finds the paragraph that states it.
    { q: '12.6', sections: ['political-leadership'], anchors: ['political-leadership-4'] },
    { q: '1260万', sections: ['political-leadership'], anchors: ['political-leadership-4'] },
    { q: '12,600,000', sections: ['political-leadership'], anchors: ['political-leadership-4'] },
    { q: '1204', sections: ['team-building'], anchors: ['team-building-2'] },
    { q: '1204件', sections: ['team-building'], anchors: ['team-building-2'] },
    { q: '20.7', sections: ['lede'], anchors: ['lede-3'] },
  ],
};

/**
 * Variant Traditional forms the zh-hant edition does not use (it writes 裡, 著, 臺): typed as is
 * on zh-hant, they find the paragraph.
 */
export const variants: RecallCase[] = [
  { q: '時間裏', sections: ['political-leadership'], anchors: ['political-leadership-1'] },
  { q: '着力點', sections: ['service-to-development'], anchors: ['service-to-development-2'] },
  { q: '平台建設', sections: ['political-leadership'], anchors: ['political-leadership-5'] },
];

/** Typos: a query with no results offers these (English: did you mean; Chinese: its words that match). */
export const suggestions: { segment: string; q: string; offer: string[] }[] = [
  { segment: 'en', q: 'medation', offer: ['mediation'] },
  { segment: 'en', q: 'fruad', offer: ['fraud'] },
  { segment: 'en', q: 'intelectual property', offer: ['intellectual property'] },
  { segment: 'zh-hans', q: '网格足球', offer: ['网格'] },
  { segment: 'zh-hant', q: '調解足球', offer: ['調解'] },
];

/** Queries that must find nothing in the edition they are typed in (words the reviews never use). */
export const nothing: { zh: string[]; en: string[]; all: string[] } = {
  // 台风 and 股市 are the trap: their characters do occur, apart (平台, 作风; 股权, 城市).
  zh: ['台风', '股市', '疫情', '足球', '地震', '房价'],
  en: ['earthquake', 'football', 'bitcoin', 'typhoon', 'vaccine', 'zebra', 'scampi', 'ipsum'],
  // Figures that are close to, but not, what the reviews state.
  all: ['12.65', '1205', '20.8%', '126'],
};
