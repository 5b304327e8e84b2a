import { describe, expect, test } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { formatStat } from '../../src/stats/format.ts';
import { openUnitNote } from '../../src/stats/display.ts';
import { toHant } from '../../src/i18n/hant.ts';
import { checkContent } from '../../src/content-check/load.ts';
import fs from 'node:fs';
import { fileOf, page, rawHtml } from './dist.ts';

/** Charts in the built pages: complete at their final values, with words, in every edition. */
const { reviews } = checkContent();

for (const review of reviews.filter((r) => r.stats)) {
  const stats = review.stats?.stats ?? [];
  const charts = review.stats?.charts ?? [];

  describe(`charts of the ${review.year} review`, () => {
    const drawn = charts.filter((c) => c.form !== 'numbers');
    const listed = charts.filter((c) => c.form === 'numbers');

    test('the review has figures to check, a few drawn charts and the rest listed', () => {
      expect(stats.length).toBeGreaterThan(20);
      expect(drawn.length).toBeGreaterThan(1);
      expect(drawn.length).toBeLessThanOrEqual(6);
      expect(listed.length).toBeGreaterThan(0);
    });

    for (const l of locales) {
      const path = `/${l.segment}/${review.year}/`;
      const root = () => page(path);
      const paragraph = (href: string | undefined) =>
        root().querySelector(`main p[id="${(href ?? '').slice(1)}"]`);
      const sourceText =
        l.segment === 'en'
          ? /^Source: (?:[A-Za-z -]+, )?paragraph \d+(?:; (?:[A-Za-z -]+, )?paragraph \d+)*$/
          : /^[来來]源：\S*第\d+段(?:；\S*第\d+段)*$/;

      test(`${path}: exactly the drawn charts are figures, each with caption, takeaway, plot, source links and a data table holding the quotes`, () => {
        expect(
          root()
            .querySelectorAll('figure.chart')
            .map((f) => f.id)
            .sort(),
        ).toEqual(drawn.map((c) => `chart-${c.id}`).sort());
        for (const c of drawn) {
          const fig = root().querySelector(`figure#chart-${c.id}`);
          expect(fig, c.id).not.toBeNull();
          expect(fig?.querySelector('figcaption .chart__title')?.textContent.trim(), c.id).toBeTruthy();
          expect(fig?.querySelector('figcaption .chart__takeaway')?.textContent.trim(), c.id).toBeTruthy();
          expect(fig?.querySelector('.chart__plot')?.getAttribute('aria-hidden'), c.id).toBe('true');
          expect(fig?.querySelectorAll('table tbody tr'), c.id).toHaveLength(c.stats.length);
          expect(fig?.querySelectorAll('table th[scope=col]').length, c.id).toBe(3);
          // Provenance without duplication: "Source: paragraph 3" under the chart, the quote only in the table.
          const source = fig?.querySelector('.chart__source');
          expect(source?.textContent.trim(), c.id).toMatch(sourceText);
          expect(source?.textContent, c.id).not.toMatch(/[“”]/);
          for (const a of source?.querySelectorAll('a') ?? [])
            expect(paragraph(a.getAttribute('href')), `${c.id} → ${a.getAttribute('href')}`).not.toBeNull();
          for (const a of fig?.querySelectorAll('table .chart__cell-quote a') ?? []) {
            // Outer marks “…” (zh-hant 「…」); the sentence's own quotation marks nested inside as ‘…’ (『…』).
            const quoted = a.textContent
              .trim()
              .replace(/^[“「]|[”」]$/g, '')
              .replace(/‘([^’]*)’/g, '“$1”')
              .replace(/『([^』]*)』/g, '「$1」');
            expect(a.textContent, c.id).not.toMatch(/^.+[“「].*[”」].+$/);
            // The paragraph as read (a term's "(see note)" marker is not part of the sentence).
            const read = paragraph(a.getAttribute('href'))
              ?.textContent.replace(/\s*\(see note\)/g, '')
              .replace(/\s+/g, ' ');
            expect(read, c.id).toContain(quoted.replace(/\s+/g, ' '));
          }
        }
      });

      test(`${path}: every other figure is in a "by the numbers" block: figure, label and a link to its paragraph, no drawing`, () => {
        for (const c of listed) {
          const block = root().querySelector(`.numbers[id="chart-${c.id}"]`);
          expect(block, c.id).not.toBeNull();
          expect(block?.querySelector('svg'), c.id).toBeNull();
          expect(block?.querySelectorAll('.numbers__item'), c.id).toHaveLength(c.stats.length);
          for (const item of block?.querySelectorAll('.numbers__item') ?? []) {
            expect(item.querySelector('.numbers__value')?.textContent.trim()).toMatch(/\d/);
            expect(item.querySelector('.numbers__label')?.textContent.trim()).toBeTruthy();
            expect(item.querySelector('.numbers__source')?.textContent.trim()).toMatch(sourceText);
            expect(
              paragraph(item.querySelector('.numbers__source a')?.getAttribute('href')),
              item.id,
            ).not.toBeNull();
          }
        }
      });

      test(`${path}: every figure appears once, at its value as the edition writes it; approximate ones as approximate`, () => {
        for (const s of stats) {
          const cells = root().querySelectorAll(
            `tr[data-stat="${s.id}"] td.chart__cell-value, li[data-stat="${s.id}"] .numbers__value`,
          );
          expect(cells, s.id).toHaveLength(1);
          const f = formatStat(s, l.segment === 'en' ? 'en' : 'zh-hans');
          // A change the text leaves open carries its qualifier, full-width in Chinese, saying what is uncertain.
          const note = openUnitNote(s, l.segment === 'en' ? 'en' : 'zh-hans');
          const text = f.text + (note ? ` ${note}` : '');
          const expected = l.segment === 'zh-hant' ? toHant(text) : text;
          expect(cells[0]?.textContent.trim().replace(/\s+/g, ' '), s.id).toBe(expected);
          if (s.qualifier)
            expect(cells[0]?.textContent, s.id).toMatch(
              l.segment === 'en' ? /\+|nearly|reached/ : /[余餘]|近|[达達]/,
            );
        }
      });

      test(`${path}: every mark is drawn at its final value, and no figure is set up to count up`, () => {
        const rects = root().querySelectorAll('figure.chart rect[data-width]');
        expect(rects.length).toBeGreaterThan(3);
        for (const r of rects) {
          expect(r.getAttribute('width')).toBe(r.getAttribute('data-width'));
          expect(r.getAttribute('x')).toBe(r.getAttribute('data-x'));
        }
        expect(root().querySelectorAll('[data-value]')).toHaveLength(0);
        expect(root().querySelectorAll('figure.chart svg text')).toHaveLength(0);
      });

      test(`${path}: the headline strip links to where each figure is shown, and says what a change is a change of`, () => {
        const links = root().querySelectorAll('.headline a');
        // One set of figures after the lede: each headline figure is in the strip or in the lede's
        // "by the numbers" block just above it, never in both (the strip once repeated 100 and +9.2%).
        const inStrip = links.map((a) => (a.getAttribute('href') ?? '').replace(/^#stat-/, ''));
        const inLede = root()
          .querySelectorAll('#lede .numbers__item')
          .map((li) => (li.getAttribute('id') ?? '').replace(/^stat-/, ''));
        const headline = stats.filter((st) => st.headline).map((st) => st.id);
        expect(headline.length).toBeGreaterThanOrEqual(3);
        for (const id of headline) expect([...inStrip, ...inLede], id).toContain(id);
        expect(inStrip.filter((id) => inLede.includes(id))).toEqual([]);
        expect(links.length).toBeGreaterThanOrEqual(1);
        for (const a of links) {
          const id = (a.getAttribute('href') ?? '').split('#')[1] ?? '';
          expect(root().querySelector(`[id="${id}"]`), id).not.toBeNull();
          if (/^[−+]/.test(a.querySelector('.headline__value')?.textContent.trim() ?? '')) {
            expect(a.textContent, id).toMatch(
              l.segment === 'en' ? /change in \d{4}/ : /\d{4}年的變化|\d{4}年的变化/,
            );
          }
          expect(a.textContent, id).not.toMatch(/year on year|year-on-year|同比/i);
        }
      });

      test(`${path}: the chart animation code is not on the page; the page script only imports it later`, () => {
        const html = rawHtml(path);
        expect(html).not.toMatch(/<link[^>]+modulepreload/);
        expect(html).not.toMatch(/<script[^>]+src="[^"]*charts-animate/);
        const scripts = root()
          .querySelectorAll('script[src]')
          .map((s) => fs.readFileSync(fileOf(s.getAttribute('src') ?? ''), 'utf8'));
        const inline = root()
          .querySelectorAll('script:not([src])')
          .map((s) => s.textContent);
        const loader = [...scripts, ...inline].join('\n');
        expect(loader).toMatch(/import\([^)]*charts-animate/);
        expect(loader, 'd3 is not in the first-load script').not.toMatch(
          /d3-|interpolateNumber|__transition/,
        );
      });
    }
  });
}
