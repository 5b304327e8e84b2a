import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { reviewEditions } from '../../src/config/editions.ts';
import { checkContent } from '../../src/content-check/load.ts';
import { figureCardAlt, figureCards } from '../../src/publish/figure-cards.ts';
import { pngSize } from '../../src/publish/share-card.ts';
import { figureCardPath, figurePages, figurePath } from '../../src/stats/figure-pages.ts';
import { distDir, fileOf, page, textOf } from './dist.ts';

/**
 * The figure pages' share cards in dist/ (issue 25, item 2): one per figure page and edition,
 * a 1200×630 PNG, named by the page's link previews; and the share action on the review's
 * charts and figure blocks (item 4), linking to the figure page.
 */
const { reviews } = checkContent();
const cards = figureCards(reviews);
const site = (p: string) => `/${p}`;
const meta = (sitePath: string, attr: string, name: string) =>
  page(sitePath).querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
/** Typeset text compared as words: the review sets breaks and no-break spaces between them. */
const words = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

describe('figure cards in dist/', () => {
  test('every figure page of every edition has its card: a 1200×630 PNG at figureCardPath', () => {
    const expected = reviews.flatMap((r) =>
      reviewEditions(r.meta).flatMap((s) => figurePages(r.stats).map((p) => figureCardPath(s, r.year, p.id))),
    );
    expect(expected.length).toBeGreaterThanOrEqual(36);
    expect(cards.map((c) => figureCardPath(c.segment, c.year, c.page.id)).sort()).toEqual(
      [...expected].sort(),
    );
    for (const card of expected) {
      const file = path.join(distDir, card);
      expect(fs.existsSync(file), card).toBe(true);
      expect(pngSize(fs.readFileSync(file)), card).toEqual({ width: 1200, height: 630 });
    }
  });

  test('a chart card’s figures and labels are the review’s printed text at that chart, in its edition', () => {
    for (const { segment, year, page: figure, card } of cards.filter((c) => c.page.kind === 'chart')) {
      const block = page(`/${segment}/${year}/`).querySelector(`#chart-${figure.id}`);
      expect(block, `${segment} #chart-${figure.id}`).not.toBeNull();
      const shown = words(block ? textOf(block) : '');
      for (const f of card.figures) {
        expect(shown, `${segment} ${figure.id}: value`).toContain(words(f.value));
        expect(shown, `${segment} ${figure.id}: label`).toContain(words(f.label));
      }
      if (card.title) expect(shown, `${segment} ${figure.id}: title`).toContain(words(card.title));
    }
  });

  test('Base writes a page’s card into its link previews (og, Twitter, itemprop for WeChat / QQ): the review page', () => {
    // The figure pages pass their card the same way (figureCardShare → Base `image`); the review
    // page shows the mechanism on every branch, the figure pages below once they are built.
    for (const segment of ['zh-hans', 'zh-hant', 'en']) {
      const p = `/${segment}/2024/`;
      const card = meta(p, 'property', 'og:image') ?? '';
      expect(new URL(card).pathname, p).toBe(`/${segment}/2024/share.png`);
      expect(meta(p, 'name', 'twitter:image'), p).toBe(card);
      expect(meta(p, 'itemprop', 'image'), p).toBe(card);
      expect(meta(p, 'property', 'og:image:alt'), p).toBe(meta(p, 'name', 'twitter:image:alt'));
    }
  });

  test('each figure page built names its own card in og:image, twitter:image and itemprop image, with the card’s words as alt', () => {
    const built = cards.filter((c) => fs.existsSync(fileOf(site(figurePath(c.segment, c.year, c.page.id)))));
    // Figure pages come with their route (issue 25, item 1): all of them or, before it, none.
    expect([0, cards.length]).toContain(built.length);
    for (const { segment, year, page: figure, card } of built) {
      const p = site(figurePath(segment, year, figure.id));
      const image = new URL(meta(p, 'property', 'og:image') ?? 'x:').pathname;
      expect(image, p).toBe(site(figureCardPath(segment, year, figure.id)));
      expect(new URL(meta(p, 'name', 'twitter:image') ?? 'x:').pathname, p).toBe(image);
      expect(new URL(meta(p, 'itemprop', 'image') ?? 'x:').pathname, p).toBe(image);
      expect(meta(p, 'property', 'og:image:alt'), p).toBe(figureCardAlt(card));
    }
  });

  test('every chart and figure block of the review has a share action: a link to its figure page, described by its title', () => {
    for (const { segment, year, page: figure } of cards.filter((c) => c.page.kind === 'chart')) {
      const block = page(`/${segment}/${year}/`).querySelector(`#chart-${figure.id}`);
      const share = block?.querySelector('a[data-share]');
      expect(share?.getAttribute('href'), `${segment} ${figure.id}`).toBe(
        site(figurePath(segment, year, figure.id)),
      );
      const about = share?.getAttribute('aria-describedby') ?? '';
      expect(block?.querySelector(`#${about}`), `${segment} ${figure.id} describedby`).not.toBeNull();
      expect(share?.querySelector('.visually-hidden')?.textContent.trim().length ?? 0).toBeGreaterThan(0);
    }
  });
});
