import { attributesOf, pageRoot, type PageSource } from './html.ts';

/**
 * The inline code of a built page that a Content-Security-Policy governs (build time: the
 * `_headers` policy is made from it, and the build checks hold every page to it).
 */

/** Script types a browser executes (and so CSP governs); JSON and JSON-LD data blocks are not. */
const EXECUTABLE_TYPE = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i;

/** Attributes whose `javascript:` URL would run code. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction'];

/** The inline code of a page that CSP governs. */
export interface InlineCode {
  /** Texts of inline `<script>` elements the browser executes. */
  scripts: string[];
  /** Texts of `<style>` elements. */
  styles: string[];
  /** Values of `style="…"` attributes (decoded). */
  styleAttributes: string[];
  /** Event-handler attributes (`onclick="…"`) and `javascript:` URLs: never allowed here. */
  handlers: string[];
}

/**
 * Finds the inline code in an HTML document. Script and style contents are raw text; the hash is
 * of the text between the tags, byte for byte, as the browser computes it (see `readHtml`).
 */
export function inlineCode(html: PageSource): InlineCode {
  const out: InlineCode = { scripts: [], styles: [], styleAttributes: [], handlers: [] };
  for (const el of pageRoot(html).querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    const attrs = attributesOf(el);
    if (
      tag === 'script' &&
      attrs['src'] === undefined &&
      EXECUTABLE_TYPE.test((attrs['type'] ?? '').trim())
    ) {
      out.scripts.push(el.rawText);
    }
    if (tag === 'style') out.styles.push(el.rawText);
    for (const [name, value] of Object.entries(attrs)) {
      if (name === 'style') out.styleAttributes.push(value);
      else if (/^on[a-z]+$/.test(name)) out.handlers.push(`${name}="${value}"`);
      else if (URL_ATTRIBUTES.includes(name) && /^\s*javascript:/i.test(value)) {
        out.handlers.push(`${name}="${value}"`);
      }
    }
  }
  return out;
}
