import { HTMLElement, parse } from 'node-html-parser';

/**
 * Reading built HTML at build time (and in tools and tests that check the build): the one HTML
 * parser for that is node-html-parser. (`tools/import` uses linkedom instead: Readability needs a
 * full DOM.) A parser, not regular expressions, so text that merely looks like a tag — a title
 * `<script>…` written into a `content="…"` attribute, where it is inert — is not taken for one.
 */

/**
 * Parses a page. Script, style, noscript and textarea contents stay raw text, as the browser
 * reads them: the text between the tags, byte for byte (what CSP hashes). `<noscript>` is raw
 * text when scripts run, and nothing runs when they do not.
 */
export function readHtml(html: string): HTMLElement {
  return parse(html, {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true, textarea: true },
  });
}

/** A built page as its text, or already parsed (the publishing step parses each page once). */
export type PageSource = string | HTMLElement;

/** The parsed page, parsing it only if it is still text. */
export function pageRoot(page: PageSource): HTMLElement {
  return typeof page === 'string' ? readHtml(page) : page;
}

/**
 * An element's attributes: names lower-cased, values with entities decoded. Of a name written
 * twice (`HREF="a" href="b"`) the first counts, as in browsers.
 */
export function attributesOf(el: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(el.attributes)) {
    const key = name.toLowerCase();
    if (!(key in out)) out[key] = value;
  }
  return out;
}
