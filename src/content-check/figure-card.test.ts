import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from './load.ts';
import { contentCopies } from '../../tests/helpers/content.ts';
import { reviewEditions } from '../config/editions.ts';
import { toHant } from '../i18n/hant.ts';
import { figureCardAlt, figureCards, figureCardShare } from '../publish/figure-cards.ts';
import {
  cardPng,
  faceOf,
  figureCardCharacters,
  figureCardSvg,
  loadFace,
  missingCharacters,
  pngSize,
} from '../publish/share-card.ts';
import { figurePages } from '../stats/figure-pages.ts';

const { copyContent, yearFile } = contentCopies('figure-card');

/** Share cards of the figure pages (issue 25): their words, their font, their check. */
describe('figure cards', () => {
  const { reviews } = checkContent();
  const cards = figureCards(reviews);
  const find = (segment: string, id: string) =>
    cards.find((c) => c.segment === segment && c.page.id === id)?.card;

  test('There is a card for every figure page of every edition of every year.', () => {
    const expected = reviews.reduce(
      (n, r) => n + reviewEditions(r.meta).length * figurePages(r.stats).length,
      0,
    );
    expect(cards.length).toBe(expected);
    expect(cards.length).toBeGreaterThanOrEqual(3 * 12);
  });

  test('A headline card prints the figure, label and owner as the review does, in each edition’s script, with the review’s name.', () => {
    expect(find('zh-hans', 'crime-cases')).toMatchObject({
      figures: [{ value: '−20.7%', label: '刑事案件发案数（全市）：2024年的变化' }],
      review: '2024年“平安南通”年度回眸',
      edition: '简体中文',
    });
    expect(find('zh-hant', 'crime-cases')).toMatchObject({
      figures: [{ value: '−20.7%', label: '刑事案件發案數（全市）：2024年的變化' }],
      review: '2024年「平安南通」年度回眸',
      edition: '繁體中文',
    });
    expect(find('en', 'crime-cases')).toMatchObject({
      figures: [{ value: '−20.7%', label: 'Criminal cases (Nantong, city-wide): change in 2024' }],
      review: 'Safe Nantong: the 2024 review',
      edition: 'English',
    });
    // A rate, not a change: the owner is the bureau's, never the system's.
    expect(find('zh-hant', 'service-satisfaction')?.figures).toEqual([
      { id: 'service-satisfaction', value: '99.7%', label: '服務滿意度（市公安局）' },
    ]);
  });

  test('A chart card carries the chart’s title and each figure as printed: 1000余 / 1000餘 / 1,000+, 1260万元, the open-unit note.', () => {
    expect(find('zh-hans', 'honours')).toMatchObject({ title: '省级以上表彰或表扬' });
    const values = (segment: string) =>
      find(segment, 'political-leadership-numbers')?.figures.map((f) => f.value);
    expect(values('zh-hans')).toEqual(expect.arrayContaining(['1000余', '1260万元', '−17.3%']));
    expect(values('zh-hant')).toEqual(expect.arrayContaining(['1000餘', '1260萬元']));
    expect(values('en')).toEqual(expect.arrayContaining(['1,000+', '12.6 million yuan']));
    const rate = find('en', 'clearance-rate')?.figures[0];
    expect(rate?.note).toMatch(/without saying whether in percentage points or in percent/);
  });

  test('zh-hant cards are wholly Traditional: converting them again changes nothing.', () => {
    for (const { page, card } of cards.filter((c) => c.segment === 'zh-hant')) {
      const text = figureCardCharacters(card);
      expect(toHant(text), page.id).toBe(text);
    }
  });

  test('The committed subsets draw every figure card, and a card is a 1200×630 PNG.', async () => {
    for (const { segment, page, card } of cards) {
      expect(
        missingCharacters(loadFace(faceOf(segment)), figureCardCharacters(card)),
        `${segment} ${page.id}`,
      ).toEqual([]);
      expect(() => figureCardSvg(card), `${segment} ${page.id} fits`).not.toThrow();
    }
    const png = await cardPng(find('en', 'team-building-numbers') ?? fail());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  test('figureCardShare gives the page’s Base `image`: the card path and its words as alt.', () => {
    const review = reviews.find((r) => r.year === 2024);
    const page = figurePages(review?.stats).find((p) => p.id === 'crime-cases');
    if (!review?.stats || !page) return fail();
    const share = figureCardShare('zh-hans', { year: 2024, meta: review.meta, stats: review.stats }, page);
    expect(share).toEqual({
      path: 'zh-hans/2024/figures/crime-cases/card.png',
      alt: '刑事案件发案数（全市）：2024年的变化：−20.7%',
    });
    expect(figureCardAlt(find('en', 'honours') ?? fail())).toBe(
      'Honours at provincial level or above; Collectives honoured at provincial level or above (the city’s political-legal system): 176; Individuals honoured at provincial level or above (the city’s political-legal system): 169',
    );
  });
});

describe('the content check and the figure cards’ font', () => {
  test('A figure label with a character outside the subset is reported at its stats.yml record, per edition, with the fix.', () => {
    const root = copyContent();
    const file = yearFile(root, 'stats.yml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('zh-hans: 服务满意度\n', 'zh-hans: 服务满意度龘\n'));
    const line = text.split('\n').indexOf('  - id: service-satisfaction') + 1;
    const problems = checkContent(root).problems;
    expect(problems.every((p) => p.file.endsWith('reviews/2024/stats.yml'))).toBe(true);
    expect(problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      `${line} the share image of figure page "service-satisfaction" (zh-hans) cannot draw "龘" (U+9F98) in the figure "service-satisfaction" (its label, owner or shown value)`,
      `${line} the share image of figure page "service-satisfaction" (zh-hant) cannot draw "龘" (U+9F98) in the figure "service-satisfaction" (its label, owner or shown value)`,
    ]);
    expect(problems[0]?.fix).toMatch(/^run npm run font:subset/);
  });
});

function fail(): never {
  throw new Error('expected card not found');
}
