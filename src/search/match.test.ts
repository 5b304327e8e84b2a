import { describe, expect, test } from 'vitest';
import { excerpt, firstWords } from './excerpt.ts';
import {
  blocksOf,
  containsQuery,
  landingTarget,
  matchPassages,
  tokenRanges,
  type Fragment,
} from './match.ts';
import { parseQuery } from './query.ts';
import { expandQuery } from './expand.ts';
import { readCharmap } from './charmap.ts';

const marked = (parts: { text: string; mark: boolean }[]) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

/** A zh-hant record as the index holds it: Traditional paragraphs only (no twin script). */
const hant: Fragment = {
  url: '/zh-hant/2024/#lede',
  content: '導語 精網微格工程推進，網格服務驛站建成。 打通了聯繫服務群眾的最後一米。',
  meta: { title: '2024年“平安南通”年度回眸', section: '導語' },
  filters: { year: ['2024'], section: ['lede'] },
  locations: [3],
  anchors: [
    { element: 'section', id: 'lede', text: '', location: 0 },
    { element: 'p', id: '_0_lede', text: '導語', location: 0 },
    { element: 'p', id: 'lede-1', text: '精網微格工程推進，網格服務驛站建成。', location: 1 },
    { element: 'p', id: 'lede-2', text: '打通了聯繫服務群眾的最後一米。', location: 8 },
  ],
};

const en: Fragment = {
  url: '/en/2024/#political-leadership',
  content:
    'Political leadership In 2017 they met. Street incidents fell by 17.3% and grid-plus work, micro-grids and fraud-free communities grew.',
  meta: { title: 'Safe Nantong: the 2024 review', section: 'Political leadership' },
  filters: { year: ['2024'], section: ['political-leadership'] },
  locations: [12],
  anchors: [
    { element: 'h2', id: 'political-leadership-title', text: 'Political leadership', location: 0 },
    { element: 'p', id: 'political-leadership-1', text: 'In 2017 they met.', location: 2 },
    {
      element: 'p',
      id: 'political-leadership-2',
      text: 'Street incidents fell by 17.3% and grid-plus work, micro-grids and fraud-free communities grew.',
      location: 6,
    },
    { element: 'a', id: 'term-grid', text: 'grid-plus', location: 12 },
  ],
};

describe('tokenRanges', () => {
  test('A Chinese word is found where it is written, not where its characters are apart.', () => {
    const [token] = parseQuery('网格').tokens;
    const text = '精网微格工程推进，网格服务驿站建成。';
    expect(tokenRanges(text, token!).map((r) => text.slice(r.start, r.end))).toEqual(['网格']);
  });

  test('An English word is highlighted whole, including inside a hyphenated word.', () => {
    const [token] = parseQuery('grid').tokens;
    const text = 'grid-plus work, micro-grids and gridlock';
    expect(tokenRanges(text, token!).map((r) => text.slice(r.start, r.end))).toEqual([
      'grid',
      'grids',
      'gridlock',
    ]);
  });

  test('A number matches itself with its decimals and per cent sign, never inside another number.', () => {
    const [token] = parseQuery('17').tokens;
    const text = 'In 2017, 17.3% fell; 117 rose; 17 stayed.';
    expect(tokenRanges(text, token!).map((r) => text.slice(r.start, r.end))).toEqual(['17.3%', '17']);
  });

  test('Matching ignores case but keeps offsets in the original text.', () => {
    const [token] = parseQuery('nantong').tokens;
    const text = 'İ Nantong';
    expect(tokenRanges(text, token!).map((r) => text.slice(r.start, r.end))).toEqual(['Nantong']);
  });
});

describe('containsQuery', () => {
  test('A record with the characters of 台风 apart (平台, 作风) does not contain 台风.', () => {
    const f = { ...hant, content: '平台建设，作风过硬' };
    expect(containsQuery(f, parseQuery('台风'))).toBe(false);
    expect(containsQuery(f, parseQuery('平台'))).toBe(true);
  });

  test('A Chinese phrase not written together is found when each of its words is.', () => {
    const f = { ...hant, content: '破获电信诈骗犯罪，涉案案件46起' };
    expect(containsQuery(f, parseQuery('电信诈骗案件'))).toBe(true);
    expect(containsQuery(f, parseQuery('电信诈骗台风'))).toBe(false);
  });

  test('An English word must be there as a word starting with its stem; a figure as written.', () => {
    expect(containsQuery(en, parseQuery('communities grids'))).toBe(true);
    expect(containsQuery(en, parseQuery('football'))).toBe(false);
    expect(containsQuery({ ...en, content: 'on foot' }, parseQuery('football'))).toBe(false);
    expect(containsQuery(en, parseQuery('17.3%'))).toBe(true);
    expect(containsQuery(en, parseQuery('1+1+6'))).toBe(false);
  });
});

/** The character map as the build makes it from these two scripts. */
const map = readCharmap({ pairs: '导導语語网網进進务務驿驛联聯系繫众眾后後', variants: { 裏: '裡' } });

describe('blocksOf', () => {
  test('Blocks are paragraphs, headings and figures; inline anchors are not blocks.', () => {
    expect(blocksOf(en).map((b) => b.id)).toEqual([
      'political-leadership-title',
      'political-leadership-1',
      'political-leadership-2',
    ]);
    expect(blocksOf(hant).map((b) => b.id)).toEqual(['_0_lede', 'lede-1', 'lede-2']);
  });

  test('Converting shows another script and keeps the anchors.', () => {
    const toHans = (s: string) => [...s].map((c) => map.toHans.get(c) ?? c).join('');
    expect(blocksOf(hant, toHans).map((b) => [b.target, b.text])).toEqual([
      ['lede', '导语'],
      ['lede-1', '精网微格工程推进，网格服务驿站建成。'],
      ['lede-2', '打通了联系服务群众的最后一米。'],
    ]);
  });

  test('A figure is one block titled by its caption title.', () => {
    const fig: Fragment = {
      ...en,
      anchors: [
        { element: 'figure', id: 'chart-cases', text: 'Fraud cases 46 cases solved', location: 0 },
        { element: 'span', id: 'chart-cases-title', text: 'Fraud cases', location: 0 },
        { element: 'p', id: '_0_chart-cases', text: '46 cases solved', location: 2 },
      ],
    };
    const passages = matchPassages(fig, parseQuery('46'));
    expect(passages.map((p) => [p.block.target, p.heading])).toEqual([['chart-cases', 'Fraud cases']]);
  });

  test('Blocks are cut from the content at the record’s markers when it has them.', () => {
    const marked: Fragment = {
      ...hant,
      content: '\uE001導語. \uE000精網微格工程推進，網格服務驛站建成。 \uE002網格 驛站 100家',
      anchors: [
        { element: 'section', id: 'lede', text: '', location: 0 },
        { element: 'span', id: 'lede-title', text: '\uE001', location: 0 },
        { element: 'span', id: 'lede-1', text: '\uE000', location: 1 },
        { element: 'span', id: 'chart-x', text: '\uE002', location: 8 },
        { element: 'span', id: 'chart-x-title', text: '網格 驛站', location: 8 },
      ],
    };
    expect(blocksOf(marked).map((b) => [b.target, b.element, b.text, b.label])).toEqual([
      ['lede', 'h2', '導語.', undefined],
      ['lede-1', 'p', '精網微格工程推進，網格服務驛站建成。', undefined],
      ['chart-x', 'figure', '網格 驛站 100家', '網格 驛站'],
    ]);
  });

  test('A link lands on the paragraph, on the section for a heading, and on the named element for a record-only id.', () => {
    expect(landingTarget('lede-2', 'p', 'lede')).toBe('lede-2');
    expect(landingTarget('political-leadership-title', 'h2', 'political-leadership')).toBe(
      'political-leadership',
    );
    expect(landingTarget('_3_chart-cases', 'p', 'lede')).toBe('chart-cases');
  });
});

describe('matchPassages', () => {
  test('A Simplified query folded with the character map finds the Traditional paragraph and marks its words.', () => {
    for (const q of ['网格', '網格']) {
      const [p] = matchPassages(hant, expandQuery(q, { fold: { map, to: 'hant' } }));
      expect(p?.block.target, q).toBe('lede-1');
      expect(p?.words, q).toEqual(['網格']);
      expect(marked(p?.excerpt ?? []), q).toBe('精網微格工程推進，[網格]服務驛站建成。');
    }
  });

  test('Every paragraph with all the words is a passage, in reading order; the count counts passages.', () => {
    const q = expandQuery('服務', {});
    expect(matchPassages(hant, q).map((p) => p.block.id)).toEqual(['lede-1', 'lede-2']);
  });

  test('When no paragraph has every word, the one with the most is the passage.', () => {
    const passages = matchPassages(hant, parseQuery('驛站 群眾'));
    expect(passages.map((p) => p.block.id)).toEqual(['lede-1']);
  });

  test('English words are marked whole in the paragraph that has them; the heading is its first words.', () => {
    const [p] = matchPassages(en, parseQuery('grid fraud'));
    expect(p?.block.target).toBe('political-leadership-2');
    expect(p?.words).toEqual(['grid', 'grids', 'fraud']);
    expect(p?.heading).toBe('Street incidents fell by 17.3% and grid-plus work…');
  });

  test('A synonym finds the passage and is what gets marked.', () => {
    const q = expandQuery('scam', { synonyms: { groups: [['fraud', 'scam']] } });
    expect(containsQuery(en, q)).toBe(true);
    expect(matchPassages(en, q)[0]?.words).toEqual(['fraud']);
  });

  test('A figure in another unit finds the passage that states it.', () => {
    const zh: Fragment = {
      ...hant,
      content: '破获电诈案件46起，涉案金额1260万元。',
      anchors: [{ element: 'p', id: 'p-1', text: '破获电诈案件46起，涉案金额1260万元。', location: 0 }],
    };
    for (const q of ['12.6 million', '12,600,000', '12.6', '1260万元']) {
      const query = expandQuery(q);
      expect(containsQuery(zh, query), q).toBe(true);
      expect(matchPassages(zh, query)[0]?.words, q).toEqual(['1260万']);
    }
    expect(containsQuery(zh, expandQuery('126'))).toBe(false);
    expect(containsQuery(zh, expandQuery('46件'))).toBe(true);
  });

  test('When only Pagefind knows why a record matched, its paragraph is shown unmarked.', () => {
    const [p] = matchPassages(en, parseQuery('protecting'));
    expect(p?.words).toEqual([]);
    expect(p?.block.id).toBe('political-leadership-2');
  });

  test('A Chinese heading stops at the first clause mark.', () => {
    expect(firstWords('我市深化推动“无诈”创建活动，强化电信网络诈骗打击整治')).toBe(
      '我市深化推动“无诈”创建活动…',
    );
  });
});

describe('excerpt', () => {
  test('A long Chinese paragraph is cut around the first hit with ellipses.', () => {
    const text = `${'甲'.repeat(100)}网格${'乙'.repeat(100)}`;
    const parts = excerpt(text, [{ start: 100, end: 102 }]);
    const s = marked(parts);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('[网格]');
    expect(s.length).toBeLessThan(100);
  });

  test('An English excerpt starts and ends at word boundaries.', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const start = words.indexOf('word40');
    const s = marked(excerpt(words, [{ start, end: start + 6 }]));
    expect(s).toMatch(/^…word\d+ /);
    expect(s).toMatch(/ word\d+…$/);
    expect(s).toContain('[word40]');
  });
});

describe('figures next to Chinese characters', () => {
  test('A figure written straight after a Chinese word is found and marked whole.', () => {
    const [token] = parseQuery('17.3%').tokens;
    const text = '警情下降17.3%，破案率达100%';
    expect(tokenRanges(text, token!).map((r) => text.slice(r.start, r.end))).toEqual(['17.3%']);
    const [english] = parseQuery('neeq').tokens;
    expect(tokenRanges('新三板NEEQ挂牌', english!)).toHaveLength(1);
  });
});
