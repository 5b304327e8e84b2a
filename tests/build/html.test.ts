import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/config/locales.ts';
import { checkContent } from '../../src/content-check/load.ts';
import { plainText } from '../../src/reviews/mdx-text.ts';
import { distDir, fileOf, htmlPages, page, reviewBlocks } from './dist.ts';

/** Checks over the built HTML, no browser: what every page must carry, and what none may. */
const pages = htmlPages();
const editionOf = (p: string) => locales.find((l) => p.startsWith(`/${l.segment}/`));

describe('built pages', () => {
  test('the site has the front door, 404, and each edition’s archive and 2024 review', () => {
    for (const p of [
      '/',
      '/404.html',
      ...locales.flatMap((l) => [`/${l.segment}/`, `/${l.segment}/2024/`]),
    ]) {
      expect(pages).toContain(p);
    }
  });

  test('every page of an edition carries exactly that edition’s <html lang>', () => {
    for (const p of pages) {
      const edition = editionOf(p);
      const lang = page(p).querySelector('html')?.getAttribute('lang');
      if (edition) expect(lang, p).toBe(edition.lang);
      else expect(lang, p).toMatch(/^(zh-Hans|en)$/);
    }
  });

  test('hreflang alternates cover the three editions plus x-default and are reciprocal', () => {
    const site = new URL(page('/').querySelector('link[rel=canonical]')?.getAttribute('href') ?? '');
    const alternatesOf = (p: string) =>
      Object.fromEntries(
        page(p)
          .querySelectorAll('link[rel=alternate][hreflang]')
          .map((l) => [l.getAttribute('hreflang') ?? '', new URL(l.getAttribute('href') ?? '').pathname]),
      );
    const withBase = (p: string) => new URL(p.replace(/^\//, ''), site).pathname;
    // Pages that are not indexed (404, the parallel pages) have no hreflang cluster; checked below.
    const indexed = pages.filter((x) => page(x).querySelector('link[rel=canonical]') !== null);
    expect(indexed.length).toBeGreaterThan(pages.length / 2);
    for (const p of indexed) {
      const alt = alternatesOf(p);
      expect(Object.keys(alt).sort(), p).toEqual(['en', 'x-default', 'zh-Hans', 'zh-Hant']);
      const canonical = new URL(page(p).querySelector('link[rel=canonical]')?.getAttribute('href') ?? '')
        .pathname;
      expect(canonical, `${p} canonical`).toBe(withBase(p));
      expect(Object.values(alt), `${p} lists itself`).toContain(canonical);
      for (const [lang, target] of Object.entries(alt)) {
        const targetPage = pages.find((q) => withBase(q) === target);
        expect(targetPage, `${p}: hreflang ${lang} → ${target} exists`).toBeDefined();
        expect(alternatesOf(targetPage ?? ''), `${target} links back to ${p}`).toEqual(alt);
      }
    }
  });

  test('the 404 page is bilingual, not indexed, and has no hreflang cluster', () => {
    const nf = page('/404.html');
    expect(nf.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(nf.querySelectorAll('link[rel=alternate]')).toHaveLength(0);
    const langs = nf.querySelectorAll('main section[lang]').map((s) => s.getAttribute('lang'));
    expect(langs).toEqual(locales.map((l) => l.lang));
  });

  test('no page redirects with a meta refresh', () => {
    for (const p of pages) expect(page(p).querySelector('meta[http-equiv="refresh" i]'), p).toBeNull();
  });

  test('every internal link and asset resolves to a file in dist/, and every #anchor exists', () => {
    const dead: string[] = [];
    for (const p of pages) {
      const base = new URL(p, 'http://site.invalid');
      for (const el of page(p).querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        const url = new URL(ref, base);
        if (url.origin !== base.origin) {
          // Absolute URLs to this site (canonical, hreflang, og:url) are checked as paths.
          if (!/^https?:\/\/127\.0\.0\.1:4321\//.test(url.href)) continue;
        }
        const target = url.pathname;
        const file = fileOf(target);
        if (!fs.existsSync(file)) {
          dead.push(`${p} → ${ref}`);
          continue;
        }
        if (url.hash && target.endsWith('/')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!page(target).getElementById(id)) dead.push(`${p} → ${ref} (no #${id})`);
        }
      }
    }
    expect(dead).toEqual([]);
  });

  test('HTML compression glues no words together: each English block reads exactly as its source', () => {
    // Astro 7's default compressHTML glues words across line breaks and inline tags; compare the
    // rendered text of every English block with the MDX source's words.
    const { reviews } = checkContent();
    for (const review of reviews) {
      const source = (review.editions.en ?? []).flatMap((s) => [
        ...(s.frontmatter.title ? [s.frontmatter.title] : []),
        ...(s.frontmatter.kicker ? [s.frontmatter.kicker] : []),
        ...s.paragraphs.map((p) => plainText(p.text)),
      ]);
      const rendered = reviewBlocks(`/en/${review.year}/`).map((b) => b.text);
      expect(rendered).toEqual(source);
    }
    // Screen-reader helper text inside a term button keeps its own space ("grid (see note)").
    const term = page('/en/2024/').querySelector('button.term');
    expect(term?.textContent).toMatch(/\S \(see note\)$/);
  });

  test('every page has a title, description, canonical (or noindex), Open Graph basics and a favicon', () => {
    for (const p of pages) {
      const root = page(p);
      expect(root.querySelector('title')?.textContent.trim(), p).toBeTruthy();
      expect(root.querySelector('meta[name=description]')?.getAttribute('content'), p).toBeTruthy();
      for (const prop of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
        expect(
          root.querySelector(`meta[property="${prop}"]`)?.getAttribute('content'),
          `${p} ${prop}`,
        ).toBeTruthy();
      }
      expect(root.querySelector('link[rel=icon]'), p).not.toBeNull();
    }
    expect(fs.existsSync(path.join(distDir, 'favicon.svg'))).toBe(true);
  });

  test('each review section is a <section id> inside <main>, with byline, date and credit on the page', () => {
    for (const l of locales) {
      const root = page(`/${l.segment}/2024/`);
      const ids = root.querySelectorAll('main section[id]').map((s) => s.id);
      expect(ids).toEqual([
        'lede',
        'political-leadership',
        'service-to-development',
        'team-building',
        'outlook',
      ]);
      expect(root.querySelector('time[datetime="2025"]'), l.segment).not.toBeNull();
      expect(root.querySelector('.review__byline')?.textContent, l.segment).toMatch(
        l.segment === 'en' ? /Zhu Wenjun/ : /朱文君/,
      );
      expect(root.querySelector('.review__credit')?.textContent, l.segment).toMatch(
        l.segment === 'en' ? /Nantong Daily/ : /南通日[报報]/,
      );
    }
    expect(page('/zh-hant/2024/').querySelector('.review__byline')?.textContent).toContain('見習記者 陳凱文');
  });

  test('English terms open their notes in place (popovers), and the notes list links back', () => {
    const root = page('/en/2024/');
    const terms = root.querySelectorAll('button.term');
    expect(terms.length).toBeGreaterThanOrEqual(9);
    for (const t of terms) {
      // The term's words are the button; the note's back link lands on its span.
      const anchor = t.parentNode;
      expect(t.textContent.trim().length, t.outerHTML).toBeGreaterThan(3);
      expect(anchor?.id, t.outerHTML).toMatch(/^term-/);
      const popId = t.getAttribute('popovertarget') ?? '';
      const popover = root.getElementById(popId);
      expect(popover?.hasAttribute('popover'), popId).toBe(true);
      // One copy of each note: the popover is the notes list's item.
      const id = popId;
      expect(popover?.closest('#notes'), popId).not.toBeNull();
      const note = root.getElementById(id);
      expect(note, id).not.toBeNull();
      expect(note?.querySelector(`a[href="#${anchor?.id ?? '-'}"]`), `${id} links back`).not.toBeNull();
    }
    for (const required of [
      '两个确立',
      '两个维护',
      '第一议题',
      '精网微格',
      '一站式',
      '刀把子',
      '新质生产力',
      '十四五',
    ]) {
      expect(root.querySelector('#notes')?.textContent, required).toContain(required);
    }
  });
});

describe('budgets', () => {
  test('no web fonts: no @font-face and no font files in dist/', () => {
    const all: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else all.push(full);
      }
    };
    walk(distDir);
    expect(all.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    for (const f of all.filter((x) => /\.(html|css)$/.test(x))) {
      expect(fs.readFileSync(f, 'utf8'), f).not.toMatch(/@font-face/);
    }
  });
});
