import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { locales, type LocaleSegment } from '../../src/config/locales.ts';
import { childrenNamed, childText, parseXml } from '../../tools/xml-check.ts';
import { runBuild } from '../helpers/build.ts';

/**
 * Guard rail: a date says exactly what the source tells, everywhere. One build holds a year with
 * each kind of date: the real 2024 review (a year with a lower bound: 2025, on or after 6 January)
 * and three copies of the test fixture with a day, a month and a year only. For every year and
 * edition this reads what the review page (meta line, credit), the archive, the front door, the
 * feed and the JSON-LD say.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/years/2025/', import.meta.url));

interface Expected {
  published: string;
  text: Record<LocaleSegment, string>;
  iso: string;
  pubDate: string | undefined;
}
const YEARS: Record<number, Expected> = {
  2024: {
    published: '2025 (on or after 2025-01-06)',
    text: {
      'zh-hans': '2025年（1月6日或之后）',
      'zh-hant': '2025年（1月6日或之後）',
      en: '2025 (on or after 6 January)',
    },
    iso: '2025',
    pubDate: undefined,
  },
  2025: {
    published: '2026-01-06',
    text: { 'zh-hans': '2026年1月6日', 'zh-hant': '2026年1月6日', en: '6 January 2026' },
    iso: '2026-01-06',
    pubDate: 'Tue, 06 Jan 2026 00:00:00 +0800',
  },
  2026: {
    published: '2027-03',
    text: { 'zh-hans': '2027年3月', 'zh-hant': '2027年3月', en: 'March 2027' },
    iso: '2027-03',
    pubDate: undefined,
  },
  2027: {
    published: '2028',
    text: { 'zh-hans': '2028年', 'zh-hant': '2028年', en: '2028' },
    iso: '2028',
    pubDate: undefined,
  },
};
const SEGMENTS = locales.map((l) => l.segment);
const PERMISSION = {
  'zh-hans': '经南通日报社授权转载。',
  'zh-hant': '經南通日報社授權轉載。',
  en: 'Reproduced with the permission of Nantong Daily.',
} as const;
const years = Object.keys(YEARS).map(Number);

let tmp = '';
let out = '';
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-dates-'));
  const content = path.join(tmp, 'content');
  fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  for (const year of years.filter((y) => y !== 2024)) {
    const dir = path.join(content, 'reviews', String(year));
    fs.cpSync(FIXTURE, dir, { recursive: true });
    const meta = path.join(dir, 'review.yml');
    const text = fs.readFileSync(meta, 'utf8');
    if (!/^published: .*$/m.test(text)) throw new Error('the fixture review.yml has no published line');
    // The 2026 copy also has the press office's permission, which every edition must print.
    const permission =
      year === 2026 ? `permission:\n  zh-hans: ${PERMISSION['zh-hans']}\n  en: ${PERMISSION.en}\n` : '';
    fs.writeFileSync(
      meta,
      text.replace(/^published: .*$/m, `published: ${YEARS[year]?.published}\n${permission}`),
    );
  }
  const real = fs.readFileSync(path.join(content, 'reviews/2024/review.yml'), 'utf8');
  expect(real).toMatch(new RegExp(`^published: ${YEARS[2024]?.published.replace(/[()]/g, '\\$&')}$`, 'm'));
  out = path.join(tmp, 'dist');
  const result = runBuild({
    via: 'astro',
    env: {
      CONTENT_DIR: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: path.join(tmp, 'cache'),
      SITE_URL: 'https://example.org',
      BASE_PATH: '/',
    },
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.output}`);
}, 240_000);
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const page = (p: string): HTMLElement => parse(fs.readFileSync(path.join(out, p, 'index.html'), 'utf8'));
const jsonLd = (p: string) =>
  page(p)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

describe('each kind of publication date, in every edition', () => {
  test.each(years)('%i: the review page’s meta line, credit and <time> say exactly what is known', (year) => {
    const want = YEARS[year] as Expected;
    for (const segment of SEGMENTS) {
      const root = page(`${segment}/${year}`);
      const time = root.querySelector('.review__date time');
      expect(time?.getAttribute('datetime'), `${segment} ${year}`).toBe(want.iso);
      const label =
        segment === 'en' ? 'Originally published: ' : segment === 'zh-hant' ? '原文刊發：' : '原文刊发：';
      expect(time?.textContent.trim()).toBe(`${label}${want.text[segment]}`);
      expect(root.querySelector('.review__credit')?.textContent).toContain(want.text[segment]);
      // A year-only date shows no month or day at all.
      if (want.published.length === 4) {
        expect(root.querySelector('.review__meta')?.textContent).not.toMatch(
          /January|February|March|\d+月|\d+日/,
        );
      }
    }
  });

  test.each(years)(
    '%i: the archive and JSON-LD give the same date; JSON-LD has no unknown month or day',
    (year) => {
      const want = YEARS[year] as Expected;
      for (const segment of SEGMENTS) {
        const card = page(segment)
          .querySelectorAll('.archive__list .card')
          .find((c) => c.querySelector('a')?.getAttribute('href')?.endsWith(`/${year}/`));
        expect(card?.querySelector('time')?.getAttribute('datetime'), `${segment} archive ${year}`).toBe(
          want.iso,
        );
        expect(card?.querySelector('time')?.textContent.trim()).toBe(want.text[segment]);
        const [article] = jsonLd(`${segment}/${year}`);
        expect(article?.['datePublished'], `${segment} ${year}`).toBe(want.iso);
        const basedOn = article?.['isBasedOn'] as Record<string, unknown>;
        if (segment === 'zh-hans') expect(basedOn['datePublished']).toBe(want.iso);
        expect(JSON.stringify(article)).not.toContain('2025-01"');
      }
    },
  );

  test('The front door dates each edition’s latest review (the year-only 2027) as just its year.', () => {
    const metas = page('').querySelectorAll('.edition .card__meta time');
    expect(metas.map((t) => t.getAttribute('datetime'))).toEqual(SEGMENTS.map(() => '2028'));
    expect(metas.map((t) => t.textContent.trim())).toEqual(SEGMENTS.map((s) => YEARS[2027]?.text[s]));
  });

  test.each(SEGMENTS)(
    'The %s feed gives a pubDate only for the year whose day is known, orders by the earliest possible day, and has the build time as lastBuildDate',
    (segment) => {
      const rss = parseXml(fs.readFileSync(path.join(out, segment, 'rss.xml'), 'utf8'));
      const channel = childrenNamed(rss, 'channel')[0];
      if (!channel) throw new Error('no channel');
      const items = childrenNamed(channel, 'item');
      const yearOf = (i: (typeof items)[number]) =>
        Number(/\/(\d{4})\/$/.exec(childText(i, 'link') ?? '')?.[1]);
      expect(items.map(yearOf)).toEqual([2027, 2026, 2025, 2024]);
      for (const item of items)
        expect(childText(item, 'pubDate'), `item ${yearOf(item)}`).toBe(YEARS[yearOf(item)]?.pubDate);
      const built = Date.parse(childText(channel, 'lastBuildDate') ?? '');
      expect(Date.now() - built).toBeGreaterThanOrEqual(0);
      expect(Date.now() - built).toBeLessThan(30 * 60 * 1000);
    },
  );

  test('The credit keeps the copyright holder without the source page’s years or its ban on reproduction; a permission, once given, is printed in every edition.', () => {
    for (const segment of SEGMENTS) {
      const credit = page(`${segment}/2024`).querySelector('.review__credit')?.textContent ?? '';
      expect(credit).toMatch(segment === 'en' ? /Nantong Daily/ : /南通日[报報]社/);
      expect(credit).not.toMatch(/2009|2021|不得转载|不得轉載|may not be reproduced/);
      expect(credit).not.toContain(PERMISSION[segment]);
      expect(page(`${segment}/2026`).querySelector('.review__credit')?.textContent).toContain(
        PERMISSION[segment],
      );
    }
  });
});
