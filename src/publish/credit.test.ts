import { describe, expect, test } from 'vitest';
import { newsArticle } from './jsonld.ts';
import { dictionaries } from '../i18n/index.ts';
import { faceOf, loadFace, missingCharacters } from './share-card.ts';
import { creditLines as lines, sourceWords as words, type Credit } from '../reviews/credit.ts';
import type { LocaleSegment } from '../config/locales.ts';
import { editionText } from '../reviews/schema.ts';

const sourceWords = (c: Credit, s: LocaleSegment) => words(c, s, dictionaries[s]);
const creditLines = (c: Credit, s: LocaleSegment, d: string) => lines(c, s, d, dictionaries[s]);

// Text as the content layer stores it, with its zh-hant (src/reviews/schema.ts).
const known = {
  source: editionText.parse({ 'zh-hans': '南通日报', en: 'Nantong Daily' }),
  copyright: editionText.parse({ 'zh-hans': '版权', en: 'Copyright' }),
};
const unknown = {
  source: 'unknown' as const,
  carried_by: editionText.parse({ 'zh-hans': '南通新闻网', en: 'Nantong News Online' }),
  copyright: editionText.parse({ 'zh-hans': '版权', en: 'Copyright' }),
};

describe('credits for what is known and what is not', () => {
  test('A known newspaper is a title in Chinese (《南通日报》) and a plain name in English.', () => {
    expect(sourceWords(known, 'zh-hans')).toBe('《南通日报》');
    expect(creditLines(known, 'zh-hans', '2025年1月').source).toBe('来源：《南通日报》');
    expect(creditLines(known, 'en', 'January 2025').credit).toBe(
      'First published in Nantong Daily, January 2025.',
    );
  });

  test('An unknown paper is said in plain words, never in 《》, with the site that carried the text.', () => {
    for (const segment of ['zh-hans', 'zh-hant', 'en'] as const) {
      const { source, credit } = creditLines(unknown, segment, '2019');
      expect(source + credit, segment).not.toMatch(/[《》]|: unknown|：unknown/);
    }
    expect(sourceWords(unknown, 'zh-hans')).toBe('原刊报纸不详，据南通新闻网转载');
    expect(sourceWords(unknown, 'zh-hant')).toBe('原刊報紙不詳，據南通新聞網轉載');
    expect(sourceWords(unknown, 'en')).toBe('Original newspaper unknown; as carried by Nantong News Online');
    expect(sourceWords({ ...unknown, carried_by: undefined }, 'zh-hans')).toBe('原刊报纸不详');
  });

  test('JSON-LD names no organisation for an unknown paper.', () => {
    const ref = { lang: 'zh-Hans', url: 'https://example.org/zh-hans/2019/', headline: 'T' };
    const ld = newsArticle({
      edition: ref,
      original: ref,
      translations: [],
      description: 'D',
      published: '2019',
      authors: [],
      source: undefined,
      originalNote: undefined,
      copyright: '版权',
      publisher: { name: 'P', url: 'https://example.org/', logo: 'https://example.org/favicon.svg' },
      image: { url: 'https://example.org/x.png', width: 1, height: 1, alt: 'T' },
    });
    const text = JSON.stringify(ld);
    expect(text).not.toContain('NewsMediaOrganization');
    expect(text).not.toMatch(/unknown|不详/);
    expect(ld).not.toHaveProperty('sourceOrganization');
    expect(ld).not.toHaveProperty('copyrightHolder');
  });

  test('The share images’ fonts draw the fixed words of an unknown credit in every edition.', () => {
    for (const segment of ['zh-hans', 'zh-hant', 'en'] as const) {
      const fixed = sourceWords(
        { ...unknown, carried_by: editionText.parse({ 'zh-hans': '网', en: 'x' }) },
        segment,
      );
      expect(missingCharacters(loadFace(faceOf(segment)), fixed), segment).toEqual([]);
    }
  });
});
