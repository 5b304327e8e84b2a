import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';
import { reviewCards } from '../../src/publish/cards.ts';
import { checkContent } from '../../src/content-check/load.ts';
import { distDir, htmlPages, page } from './dist.ts';

/**
 * Guard rails on the script of each edition, over the built site:
 * - the Traditional edition reads as a Taiwan edition: no “ ” ‘ ’ anywhere in its pages, feed,
 *   share-card text or search index (「」 and 『』 instead);
 * - on English pages every run of Chinese characters inside <main> carries a Chinese lang, so it
 *   is drawn with Chinese glyphs and not read aloud by an English voice.
 */
const WESTERN_QUOTES = /[“”‘’]/;

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Where a text holds Western quotes, with a little context, for the failure message. */
const hits = (text: string) =>
  [...text.matchAll(/.{0,20}[“”‘’].{0,20}/g)].map((m) => m[0].replace(/\s+/g, ' '));

describe('zh-hant uses 「」 and 『』, never “” or ‘’', () => {
  test('No built zh-hant page or feed holds “ ” ‘ ’ (text, meta tags and JSON-LD alike).', () => {
    const files = filesUnder(path.join(distDir, 'zh-hant')).filter((f) => /\.(html|xml)$/.test(f));
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      // English quoted inside a zh-hant page (the parallel page's English side, lang="en") keeps
      // its English “” ; everything else of the page is Traditional Chinese.
      if (!f.endsWith('.html')) expect(hits(text), f).toEqual([]);
      else {
        const root = parse(text);
        for (const el of root.querySelectorAll('[lang="en"]')) el.remove();
        expect(hits(root.toString()), f).toEqual([]);
      }
    }
    // The Traditional text is really there, quoted the Taiwan way.
    expect(fs.readFileSync(path.join(distDir, 'zh-hant/2024/index.html'), 'utf8')).toContain('「平安南通」');
  });

  test('No zh-Hant text on the bilingual pages (front door, 404) holds “ ” ‘ ’.', () => {
    for (const p of htmlPages().filter((p) => !/^\/(zh-hans|zh-hant|en)\//.test(p))) {
      for (const el of page(p).querySelectorAll('[lang="zh-Hant"]'))
        expect(hits(el.textContent), `${p}`).toEqual([]);
    }
  });

  test('No zh-hant share-card text holds “ ” ‘ ’.', () => {
    const { reviews } = checkContent();
    const cards = reviewCards(reviews, dictionaries).filter((c) => c.segment === 'zh-hant');
    expect(cards.length).toBeGreaterThan(0);
    for (const { card, year } of cards)
      expect(hits(Object.values(card).join('\n')), String(year)).toEqual([]);
  });

  test('No Traditional text in the search index holds “ ” ‘ ’: zh-hant records, and the zh-hant twin inside zh-hans records.', () => {
    // A Chinese record carries its twin's text (ids alt-…) so a query in either script matches;
    // the twin of a zh-hant record is zh-hans text and keeps “”, the twin of a zh-hans record is
    // zh-hant text and must not.
    const dir = path.join(distDir, 'pagefind', 'fragment');
    const read = (prefix: string) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.startsWith(prefix))
        .map((f) => ({
          f,
          j: JSON.parse(
            gunzipSync(fs.readFileSync(path.join(dir, f)))
              .subarray(12)
              .toString('utf8'),
          ) as Fragment,
        }));
    const split = (j: Fragment) => {
      const plain = j.content.replace(/\u200b/g, '');
      const firstAlt = j.anchors.find((a) => a.id?.startsWith('alt-') && a.text);
      const at = firstAlt ? plain.indexOf(firstAlt.text) : -1;
      return at >= 0 ? [plain.slice(0, at), plain.slice(at)] : [plain, ''];
    };
    const hant = read('zh-hant_');
    const hans = read('zh-hans_');
    expect(hant.length).toBeGreaterThan(0);
    expect(hans.length).toBeGreaterThan(0);
    for (const { f, j } of hant) {
      const [own] = split(j);
      const anchors = j.anchors.filter((a) => !a.id?.startsWith('alt-')).map((a) => a.text);
      expect(hits([own, j.meta['title'], j.meta['section'], ...anchors].join('\n')), f).toEqual([]);
      expect(own, f).toMatch(/\p{Script=Han}/u);
    }
    for (const { f, j } of hans) {
      const [, twin] = split(j);
      const anchors = j.anchors.filter((a) => a.id?.startsWith('alt-')).map((a) => a.text);
      expect(hits([twin, j.meta['alt_title'], j.meta['alt_section'], ...anchors].join('\n')), f).toEqual([]);
    }
    expect(WESTERN_QUOTES.test('“')).toBe(true);
  });
});

interface Fragment {
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { id?: string; text: string }[];
}

/** Text nodes of an element with the nearest lang above them. */
function textsWithLang(node: Node, lang: string, found: { text: string; lang: string }[] = []) {
  if (node.nodeType === 3) {
    found.push({ text: node.rawText, lang });
    return found;
  }
  const el = node as HTMLElement;
  const own = typeof el.getAttribute === 'function' ? el.getAttribute('lang') : undefined;
  for (const child of node.childNodes) textsWithLang(child, own ?? lang, found);
  return found;
}

describe('Chinese inside English pages', () => {
  const english = htmlPages().filter((p) => p.startsWith('/en/'));

  test('Every run of Chinese characters inside main of an English page has a Chinese lang.', () => {
    expect(english.length).toBeGreaterThan(2);
    let han = 0;
    for (const p of english) {
      const main = page(p).querySelector('main');
      if (!main) continue;
      for (const { text, lang } of textsWithLang(main, 'en')) {
        if (!/\p{Script=Han}/u.test(text)) continue;
        han += 1;
        expect(lang, `${p}: “${text.trim().slice(0, 40)}” is in lang ${lang}`).toMatch(/^zh/);
      }
    }
    // The English review does quote Chinese (平安南通, 刀把子 …): the check saw real runs.
    expect(han).toBeGreaterThan(10);
  });
});
