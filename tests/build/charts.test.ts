import { describe, expect, test } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { formatStat } from '../../src/charts/format.ts';
import { toHant } from '../../src/i18n/hant.ts';
import { checkContent } from '../../src/reviews/load.ts';
import fs from 'node:fs';
import { fileOf, page, rawHtml } from './dist.ts';

/** Charts in the built pages: complete at their final values, with words, in every edition. */
const { reviews } = checkContent();

for (const review of reviews.filter((r) => r.stats)) {
  const stats = review.stats?.stats ?? [];
  const charts = review.stats?.charts ?? [];

  describe(`charts of the ${review.year} review`, () => {
    test('the review has figures to check', () => {
      expect(stats.length).toBeGreaterThan(20);
      expect(charts.length).toBeGreaterThan(3);
    });

    for (const l of locales) {
      const path = `/${l.segment}/${review.year}/`;
      const root = () => page(path);

      test(`${path}: every chart is a figure with caption, takeaway, plot, data table and a linked source`, () => {
        for (const c of charts) {
          const fig = root().querySelector(`figure#chart-${c.id}`);
          expect(fig, c.id).not.toBeNull();
          expect(fig?.querySelector('figcaption .chart__title')?.textContent.trim(), c.id).toBeTruthy();
          expect(fig?.querySelector('figcaption .chart__takeaway')?.textContent.trim(), c.id).toBeTruthy();
          expect(fig?.querySelector('.chart__plot')?.getAttribute('aria-hidden'), c.id).toBe('true');
          expect(fig?.querySelectorAll('table tbody tr'), c.id).toHaveLength(c.stats.length);
          expect(fig?.querySelectorAll('table th[scope=col]').length, c.id).toBe(2);
          const links = fig?.querySelectorAll('.chart__source a') ?? [];
          expect(links.length, c.id).toBeGreaterThan(0);
          for (const a of links) {
            const id = (a.getAttribute('href') ?? '').slice(1);
            expect(root().querySelector(`main p[id="${id}"]`), `${c.id} → #${id}`).not.toBeNull();
          }
        }
      });

      test(`${path}: every figure appears in its chart's table at its value, as the edition writes it`, () => {
        for (const s of stats) {
          const cell = root().querySelector(`tr[data-stat="${s.id}"] td`)?.textContent.trim();
          const expected = l.segment === 'en' ? formatStat(s, 'en').text : l.segment === 'zh-hant' ? toHant(formatStat(s, 'zh-hans').text) : formatStat(s, 'zh-hans').text;
          expect(cell, s.id).toBe(expected);
        }
      });

      test(`${path}: every bar is drawn at its final value (width and x equal the animation's targets)`, () => {
        const rects = root().querySelectorAll('figure.chart rect[data-width]');
        expect(rects.length).toBeGreaterThan(5);
        for (const r of rects) {
          expect(r.getAttribute('width')).toBe(r.getAttribute('data-width'));
          expect(r.getAttribute('x')).toBe(r.getAttribute('data-x'));
          expect(Number(r.getAttribute('width'))).toBeGreaterThanOrEqual(0);
        }
        for (const n of root().querySelectorAll('figure.chart [data-value]')) {
          expect(n.textContent, 'counters print their figure, not zero').toMatch(/[1-9]/);
        }
      });

      test(`${path}: the headline strip links to charts on the page`, () => {
        const links = root().querySelectorAll('.headline a');
        expect(links.length).toBeGreaterThanOrEqual(3);
        for (const a of links) {
          const id = (a.getAttribute('href') ?? '').split('#')[1] ?? '';
          expect(root().querySelector(`figure[id="${id}"]`), id).not.toBeNull();
        }
      });

      test(`${path}: the chart animation code is not on the page; the page script only imports it later`, () => {
        const html = rawHtml(path);
        expect(html).not.toMatch(/<link[^>]+modulepreload/);
        expect(html).not.toMatch(/<script[^>]+src="[^"]*charts-animate/);
        const scripts = root().querySelectorAll('script[src]').map((s) => fs.readFileSync(fileOf(s.getAttribute('src') ?? ''), 'utf8'));
        const inline = root().querySelectorAll('script:not([src])').map((s) => s.textContent);
        const loader = [...scripts, ...inline].join('\n');
        expect(loader).toMatch(/import\([^)]*charts-animate/);
        expect(loader, 'd3 is not in the first-load script').not.toMatch(/d3-|interpolateNumber|__transition/);
      });
    }
  });
}
