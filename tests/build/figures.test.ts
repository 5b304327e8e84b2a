import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { headersFor, parseHeadersFile } from '../../src/publish/headers.ts';
import { figureEmbedPath, figurePages, figurePath } from '../../src/stats/figure-pages.ts';
import type { StatsFile } from '../../src/stats/schema.ts';
import { distDir, page, textOf } from './dist.ts';

/**
 * Issue 25 over the built site: a page and an embed for every chart, numbers block and headline
 * figure in every edition, each with its owner, its numbers as the review prints them, a source
 * link that lands on the paragraph stating it, hreflang to the other editions; embeds not indexed
 * and the only pages other sites may frame.
 */
const year = 2024;
const stats = parseYaml(fs.readFileSync(`content/reviews/${year}/stats.yml`, 'utf8')) as StatsFile;
const figures = figurePages(stats);
const segments = locales.map((l) => l.segment);
const text = (p: string, sel: string) =>
  page(p).querySelector(sel)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe('figure pages', () => {
  test('the list is not empty: charts and headline figures both travel', () => {
    expect(figures.filter((f) => f.kind === 'chart').length).toBeGreaterThan(3);
    expect(figures.filter((f) => f.kind === 'headline').length).toBeGreaterThan(1);
  });

  for (const segment of segments) {
    test.each(figures.map((f) => f.id))(`/${segment}/${year}/figures/%s/ is complete`, (id) => {
      const p = `/${figurePath(segment, year, id)}`;
      const root = page(p);
      const figure = figures.find((f) => f.id === id);
      const ids = figure?.kind === 'chart' ? figure.chart.stats : [id];
      const review = page(`/${segment}/${year}/`);
      for (const sid of ids) {
        const stat = stats.stats.find((s) => s.id === sid);
        // The table row prints what the review's own chart or strip prints for that figure.
        const row = root.querySelector(`.figure-page__table tr[data-stat="${sid}"]`);
        expect(row, `${p}: ${sid} in the data table`).not.toBeNull();
        const value = row?.querySelector('.chart__cell-value')?.textContent.replace(/\s+/g, '').trim() ?? '';
        const onReview = [
          ...review.querySelectorAll(`[data-stat="${sid}"] .chart__cell-value, #stat-${sid} .numbers__value`),
        ].map((e) => e.textContent.replace(/\s+/g, ''));
        expect(
          onReview.some((v) => v.startsWith(value)),
          `${p}: ${sid} ${value} vs ${onReview.join()}`,
        ).toBe(true);
        // The owner, as stats.yml names it in this edition (zh-hant: the converted zh-hans).
        const owner = segment === 'en' ? stat?.owner?.en : stat?.owner?.['zh-hans'];
        if (owner && segment !== 'zh-hant') expect(text(p, '[data-figure-owner]'), p).toContain(owner);
      }
      expect(text(p, '[data-figure-owner]'), p).not.toBe('');
      // Each source link lands on a paragraph of the review that holds the quoted sentence.
      const quotes = root.querySelectorAll('.figure-page__quote');
      expect(quotes.length, p).toBeGreaterThan(0);
      for (const q of quotes) {
        const href = q.querySelector('a')?.getAttribute('href') ?? '';
        expect(href, p).toMatch(new RegExp(`^/${segment}/${year}/#[a-z0-9-]+-\\d+$`));
        const target = review.querySelector(`[id="${href.split('#')[1]}"]`);
        expect(target?.tagName, `${p}: ${href}`).toBe('P');
        // Visible text (a term's hidden "(see note)" is not part of the sentence).
        const sentence = (q.querySelector('p')?.textContent ?? '').replace(/\s+/g, '');
        expect(sentence.length, p).toBeGreaterThan(5);
        expect(textOf(target ?? parse('')).replace(/\s+/g, ''), `${p}: ${href}`).toContain(sentence);
      }
      // The same figure in every edition, and no other page.
      const alternates = root
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((l) => new URL(l.getAttribute('href') ?? '').pathname);
      for (const other of segments) expect(alternates, p).toContain(`/${figurePath(other, year, id)}`);
      expect(root.querySelector('link[rel=canonical]')?.getAttribute('href'), p).toMatch(new RegExp(`${p}$`));
      // The figure's own card once its route exists (issue 25 item 2), else the review's card.
      const card = fs.existsSync(path.join(distDir, figurePath(segment, year, id), 'card.png'));
      expect(root.querySelector('meta[property="og:image"]')?.getAttribute('content'), p).toMatch(
        card
          ? new RegExp(`/${figurePath(segment, year, id)}card\\.png$`)
          : new RegExp(`/${segment}/${year}/share\\.png$`),
      );
      // The embed code names the embed.
      expect(text(p, '.figure-page__embed textarea'), p).toContain(`/${figureEmbedPath(segment, year, id)}`);
      // Its embed: not indexed, no site chrome, a link back to the page leaving the frame.
      const embed = page(`/${figureEmbedPath(segment, year, id)}`);
      expect(embed.querySelector('meta[name=robots]')?.getAttribute('content'), p).toBe('noindex');
      expect(embed.querySelector('header, nav, [data-pagefind-body], form'), p).toBeNull();
      expect(embed.querySelector(`a[href="${p}"][target="_top"]`), p).not.toBeNull();
      expect(embed.querySelectorAll('a:not([target="_top"])').length, p).toBe(0);
    });
  }
});

describe('framing', () => {
  const rules = parseHeadersFile(fs.readFileSync(path.join(distDir, '_headers'), 'utf8'));
  test('embeds may be framed by any site, with no X-Frame-Options; every other page refuses frames', () => {
    for (const segment of segments) {
      for (const f of figures) {
        const h = headersFor(rules, `/${figureEmbedPath(segment, year, f.id)}`);
        expect(h['content-security-policy']).toMatch(/(^|; )frame-ancestors \*(;|$)/);
        expect(h['x-frame-options']).toBeUndefined();
        const own = headersFor(rules, `/${figurePath(segment, year, f.id)}`);
        expect(own['content-security-policy']).toMatch(/frame-ancestors 'none'/);
        expect(own['x-frame-options']).toBe('DENY');
      }
    }
    for (const p of ['/', '/en/', '/en/2024/', '/zh-hans/2024/parallel/', '/404.html', '/en/search/'])
      expect(headersFor(rules, p)['content-security-policy'], p).toMatch(/frame-ancestors 'none'/);
  });

  test('the sitemap lists figure pages, not embeds', () => {
    const sitemap = fs.readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`/en/${year}/figures/${figures[0]?.id}/</loc>`);
    expect(sitemap).not.toMatch(/\/embed\//);
  });
});
