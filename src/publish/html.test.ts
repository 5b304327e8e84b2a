import { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { attributesOf, readHtml } from './html.ts';
import { inlineCode } from './inline-code.ts';
import { parseSitemap } from '../../tools/smoke/sitemap.ts';
import { readPageHead } from './sitemap.ts';

describe('reading built HTML with one parser', () => {
  /** The attributes of a fragment's first element, or none. */
  const tagAttributes = (tag: string) => {
    const el = readHtml(tag).childNodes.find((n) => n instanceof HTMLElement);
    return el ? attributesOf(el) : {};
  };
  test('attributesOf lower-cases names, decodes values, and keeps the first of a repeated name.', () => {
    expect(tagAttributes(`<link REL="x" href='a?b=1&amp;c=&#x4e2d;' hidden>`)).toEqual({
      rel: 'x',
      href: 'a?b=1&c=中',
      hidden: '',
    });
    expect(tagAttributes('<a HREF="first" href="second">')).toEqual({ href: 'first' });
    expect(tagAttributes('just text')).toEqual({});
  });

  test('Script and style contents stay raw text, byte for byte, not parsed as markup.', () => {
    const root = readHtml('<script>if (a < b) x = "<p>"</script><style>a>b{}</style>');
    expect(root.querySelector('script')?.rawText).toBe('if (a < b) x = "<p>"');
    expect(root.querySelector('style')?.rawText).toBe('a>b{}');
    expect(root.querySelectorAll('p')).toHaveLength(0);
    expect(attributesOf(readHtml('<p data-x="1">').querySelector('p')!)).toEqual({ 'data-x': '1' });
  });

  test('Markup written inside an attribute or a data block is text, not a tag: the head reader ignores it.', () => {
    const html =
      '<html lang="en"><head><link rel="canonical" href="/right/">' +
      '<meta name="description" content="<link rel=canonical href=/wrong/>">' +
      `<script type="application/json">{"x":"<link rel='canonical' href='/wrong2/'>"}</script>` +
      '</head><body></body></html>';
    expect(readPageHead(html).canonical).toBe('/right/');
    // A title that reads like a script, in an attribute, is not inline code either.
    expect(inlineCode('<meta content="<script>alert(1)</script>">').scripts).toEqual([]);
  });

  test('The sitemap reader is a strict XML reader: a broken sitemap fails instead of reading as empty.', () => {
    expect(() => parseSitemap('<urlset><url><loc>https://x.org/</url></urlset>')).toThrow(/not well-formed/);
    expect(
      parseSitemap(
        '<urlset xmlns:xhtml="x"><url><loc> https://x.org/?a=1&amp;b=2 </loc>' +
          '<xhtml:link rel="alternate" hreflang="en" href="https://x.org/en/"/></url></urlset>',
      ),
    ).toEqual([
      { loc: 'https://x.org/?a=1&b=2', alternates: [{ hreflang: 'en', href: 'https://x.org/en/' }] },
    ]);
  });
});
