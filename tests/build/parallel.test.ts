import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { getLocale, locales, type LocaleSegment } from '../../src/config/locales.ts';
import { counterpartOf } from '../../src/parallel/routes.ts';
import { distDir, htmlPages, page, rawHtml, textOf } from './dist.ts';

/**
 * The parallel pages (对照) in the built site, against the review pages they pair: every
 * paragraph id of both editions exactly once, paired, in order, with each side's text exactly
 * that edition's paragraph; headings, kickers and figures likewise; each side its own lang; out
 * of search engines, the sitemap and the search index.
 */
const pages = htmlPages();
const reviewPages = pages.filter((p) => /^\/[a-z-]+\/\d{4}\/$/.test(p));
const years = [...new Set(reviewPages.map((p) => p.split('/')[2] ?? ''))];
/** Years with a review page in English, i.e. with both written editions. */
const bilingual = years.filter(
  (y) => reviewPages.includes(`/en/${y}/`) && reviewPages.includes(`/zh-hans/${y}/`),
);
const parallelPages = pages.filter((p) => /\/parallel\/$/.test(p));

/** The review's reading paragraphs (not the charts' text), in order. */
const paragraphs = (root: HTMLElement) =>
  root.querySelectorAll('main section[id] p[id]').filter((p) => !p.closest('figure'));
const sides = (pair: HTMLElement) =>
  pair.childNodes.filter(
    (n): n is HTMLElement =>
      'classList' in n && /pair__[ab]/.test((n as HTMLElement).getAttribute('class') ?? ''),
  );

describe('which parallel pages exist', () => {
  test('one per edition of each review in both Chinese and English, and no other', () => {
    expect(bilingual.length).toBeGreaterThan(0);
    const expected = bilingual.flatMap((y) => locales.map((l) => `/${l.segment}/${y}/parallel/`)).sort();
    expect([...parallelPages].sort()).toEqual(expected);
  });

  test('each review page with a parallel page links to it; the parallel page links back', () => {
    for (const p of reviewPages) {
      const link = page(p).querySelector('a[data-parallel-link]');
      const year = p.split('/')[2] ?? '';
      if (bilingual.includes(year)) {
        expect(link?.getAttribute('href'), p).toBe(`${p}parallel/`);
        expect(page(`${p}parallel/`).querySelector('.parallel__back a')?.getAttribute('href'), p).toBe(p);
      } else {
        expect(link, p).toBeNull();
      }
    }
  });
});

for (const year of bilingual) {
  for (const l of locales) {
    const segment: LocaleSegment = l.segment;
    const other = counterpartOf(segment);
    const p = `/${segment}/${year}/parallel/`;
    const root = () => page(p);
    const mine = () => page(`/${segment}/${year}/`);
    const theirs = () => page(`/${other}/${year}/`);
    const [langA, langB] = [l.lang, getLocale(other).lang];

    describe(p, () => {
      test(`every paragraph id of ${segment} and ${other} appears exactly once, paired, in order, each side its edition’s text`, () => {
        const a = paragraphs(mine());
        const b = paragraphs(theirs());
        expect(a.length).toBeGreaterThan(10);
        expect(
          b.map((x) => x.id),
          'both editions have the same paragraph ids',
        ).toEqual(a.map((x) => x.id));
        const html = rawHtml(p);
        for (const [i, para] of a.entries()) {
          expect(html.split(`id="${para.id}"`).length - 1, `#${para.id} once`).toBe(1);
          const pair = root().getElementById(para.id);
          expect(pair?.classList.contains('pair'), para.id).toBe(true);
          const [sa, sb, ...rest] = sides(pair as HTMLElement);
          expect(rest, para.id).toEqual([]);
          expect([sa?.getAttribute('lang'), sb?.getAttribute('lang')], para.id).toEqual([langA, langB]);
          expect(textOf(sa as HTMLElement), para.id).toBe(textOf(para));
          expect(textOf(sb as HTMLElement), para.id).toBe(textOf(b[i] as HTMLElement));
        }
        const order = root()
          .querySelectorAll('.pair--text')
          .map((x) => x.id);
        expect(order).toEqual(a.map((x) => x.id));
      });

      test('every section heading and kicker stands beside its counterpart', () => {
        const sections = mine().querySelectorAll('main section[id]');
        expect(
          root()
            .querySelectorAll('main section[id]')
            .map((s) => s.id),
        ).toEqual(sections.map((s) => s.id));
        for (const s of sections) {
          const other = theirs().getElementById(s.id);
          const title = s.querySelector('h2');
          const pair = root().getElementById(`${s.id}-title`);
          if (title) {
            expect(
              pair?.querySelectorAll('h2').map((h) => [h.getAttribute('lang'), textOf(h)]),
              s.id,
            ).toEqual([
              [langA, textOf(title)],
              [langB, textOf(other?.querySelector('h2') as HTMLElement)],
            ]);
          } else {
            expect(pair, s.id).toBeNull();
          }
          const kicker = s.querySelector('.kicker');
          const kickerPair = root().getElementById(`${s.id}-kicker`);
          expect(Boolean(kickerPair), `${s.id} kicker`).toBe(Boolean(kicker));
          if (kicker && kickerPair) {
            expect(sides(kickerPair).map((x) => [x.getAttribute('lang'), textOf(x)])).toEqual([
              [langA, textOf(kicker)],
              [langB, textOf(other?.querySelector('.kicker') as HTMLElement)],
            ]);
          }
        }
      });

      test('every figure: title and each label in both editions, each value once as the page’s edition writes it', () => {
        // Drawn charts and "by the numbers" blocks alike: every figure of the review has its pair.
        const all = mine().querySelectorAll('main figure[id^="chart-"], main .numbers[id^="chart-"]');
        const charts = all.filter((c) => c.tagName === 'FIGURE');
        expect(charts.length).toBeGreaterThan(0);
        expect(
          root()
            .querySelectorAll('.pair--figure')
            .map((f) => f.id),
        ).toEqual(all.map((c) => c.id));
        for (const block of all.filter((c) => c.tagName !== 'FIGURE')) {
          const fig = root().getElementById(block.id) as HTMLElement;
          expect(textOf(fig.querySelector('.pair__caption .pair__a strong') as HTMLElement)).toBe(
            textOf(block.querySelector('.numbers__title') as HTMLElement),
          );
          const items = block.querySelectorAll('li[data-stat]');
          expect(fig.querySelectorAll('.pfig__row').map((r) => r.getAttribute('data-stat'))).toEqual(
            items.map((r) => r.getAttribute('data-stat')),
          );
          for (const item of items) {
            const id = item.getAttribute('data-stat') ?? '';
            const row = fig.querySelector(`.pfig__row[data-stat="${id}"]`) as HTMLElement;
            // The review may add what a change is a change of; the pair gives the label itself.
            expect(textOf(item.querySelector('.numbers__label') as HTMLElement), id).toContain(
              textOf(row.querySelector('.pair__a') as HTMLElement),
            );
            expect(textOf(item.querySelector('.numbers__value') as HTMLElement), id).toContain(
              textOf(row.querySelector('.pfig__value') as HTMLElement),
            );
          }
        }
        for (const chart of charts) {
          const fig = root().getElementById(chart.id) as HTMLElement;
          const twin = theirs().getElementById(chart.id) as HTMLElement;
          expect(textOf(fig.querySelector('.pair__caption .pair__a strong') as HTMLElement)).toBe(
            textOf(chart.querySelector('.chart__title') as HTMLElement),
          );
          expect(textOf(fig.querySelector('.pair__caption .pair__b strong') as HTMLElement)).toBe(
            textOf(twin.querySelector('.chart__title') as HTMLElement),
          );
          const rows = chart.querySelectorAll('tr[data-stat]');
          expect(fig.querySelectorAll('.pfig__row').map((r) => r.getAttribute('data-stat'))).toEqual(
            rows.map((r) => r.getAttribute('data-stat')),
          );
          for (const row of rows) {
            const id = row.getAttribute('data-stat') ?? '';
            const item = fig.querySelector(`.pfig__row[data-stat="${id}"]`) as HTMLElement;
            expect(item.querySelectorAll('.pfig__value').map(textOf), id).toEqual([
              textOf(row.querySelector('td') as HTMLElement),
            ]);
            expect(
              sides(item).map((x) => [x.getAttribute('lang'), textOf(x)]),
              id,
            ).toEqual([
              [langA, textOf(row.querySelector('th') as HTMLElement)],
              [langB, textOf(twin.querySelector(`tr[data-stat="${id}"] th`) as HTMLElement)],
            ]);
          }
        }
      });

      test('each side carries its own lang; pairs link back to the same place on the review', () => {
        expect(
          root()
            .querySelectorAll('.pair__a')
            .every((x) => x.getAttribute('lang') === langA || !x.getAttribute('lang')),
        ).toBe(true);
        expect(
          root()
            .querySelectorAll('.pair__b')
            .every((x) => x.getAttribute('lang') === langB),
        ).toBe(true);
        for (const ref of root().querySelectorAll('.pair__ref')) {
          const href = ref.getAttribute('href') ?? '';
          const id = ref.parentNode?.id ?? '';
          expect(href).toBe(`/${segment}/${year}/#${id}`);
          expect(mine().getElementById(id), href).not.toBeNull();
        }
      });

      test('term notes open in place: each term names a note on the page, and every note of the review is there', () => {
        const terms = root().querySelectorAll('.pterm[popovertarget]');
        const english = segment === 'en' ? mine() : theirs();
        expect(terms.length).toBe(english.querySelectorAll('main .term').length);
        for (const t of terms) {
          const note = root().getElementById(t.getAttribute('popovertarget') ?? '');
          expect(note?.hasAttribute('popover'), t.textContent).toBe(true);
          expect(note?.closest('.pair'), 'notes sit outside the paragraphs').toBeNull();
        }
      });

      test('noindex, follow: no canonical, no hreflang, not in the sitemap or the search index', () => {
        expect(root().querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, follow');
        expect(root().querySelector('link[rel=canonical]')).toBeNull();
        expect(root().querySelectorAll('link[rel=alternate][hreflang]')).toHaveLength(0);
        expect(root().querySelector('[data-pagefind-body]')).toBeNull();
        expect(root().querySelector('main')?.getAttribute('data-pagefind-ignore')).toBe('all');
        expect(fs.readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8')).not.toContain('/parallel/');
      });

      test('no chart drawing or animation code', () => {
        expect(root().querySelectorAll('main svg, main [data-chart]')).toHaveLength(0);
        expect(rawHtml(p)).not.toMatch(/charts-animate|d3-/);
      });
    });
  }
}

test('the search index holds no parallel page', () => {
  const dir = path.join(distDir, 'pagefind', 'fragment');
  const fragments = fs.readdirSync(dir);
  expect(fragments.length).toBeGreaterThan(0);
  // Fragments are gzip-compressed JSON with the record's url.
  for (const f of fragments) {
    const json = gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8');
    expect(json, f).not.toContain('/parallel/');
  }
});
