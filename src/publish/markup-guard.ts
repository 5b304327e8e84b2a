import { attributesOf, pageRoot, type PageSource } from './html.ts';

/**
 * Markup is guarded like scripts (build time, over the finished pages, before anything is
 * published): elements that navigate, re-base, frame, embed or post never come from content, and
 * inline styles only from where the project's own stylesheets go. The content check and the MDX
 * guard refuse such markup at its source; this holds even if a source nobody thought of (a phrase
 * table, a glossary note, a future component fed content) lets some through (issue 21: a
 * <meta http-equiv="refresh"> was published and followed off-site).
 */

/** Elements no page of the site has, whatever wrote them. */
const NEVER = new Set([
  'base',
  'object',
  'embed',
  'iframe',
  'frame',
  'frameset',
  'applet',
  'portal',
  'param',
]);

/**
 * The project's own `style="…"` attributes, by value. Empty: no component writes one (charts
 * size themselves with classes and custom properties in stylesheets); one added on purpose is
 * listed here, so one that content smuggles in is not.
 */
export const OWN_STYLE_ATTRIBUTES: ReadonlySet<string> = new Set();

/** The project's own forms: the search forms, a GET to the edition's search page. */
function ownForm(attrs: Record<string, string>, base: string): boolean {
  const action = attrs['action'] ?? '';
  const root = base.endsWith('/') ? base : `${base}/`;
  return (
    attrs['role'] === 'search' &&
    (attrs['method'] ?? '').toLowerCase() === 'get' &&
    new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z-]+/search/$`).test(action)
  );
}

/** Each element of a built page that the site never writes itself, as `file: what`. */
export function foreignMarkup(pages: { file: string; html: PageSource }[], base: string): string[] {
  const problems: string[] = [];
  for (const { file, html } of pages) {
    for (const el of pageRoot(html).querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      const attrs = attributesOf(el);
      const say = (what: string) => problems.push(`${file}: ${what} ${el.toString().slice(0, 100)}`);
      if (NEVER.has(tag)) say(`a <${tag}> element`);
      else if (tag === 'meta' && attrs['http-equiv'] !== undefined)
        say('a <meta http-equiv> (refresh, cookies)');
      else if (tag === 'form' && !ownForm(attrs, base)) say('a form that is not the site search');
      else if (tag === 'style' && el.parentNode?.tagName?.toLowerCase() !== 'head') {
        say('a <style> outside <head>, where the project’s stylesheets go');
      }
      if (attrs['style'] !== undefined && !OWN_STYLE_ATTRIBUTES.has(attrs['style'])) {
        say('a style="…" attribute the project does not write');
      }
    }
  }
  return problems;
}

/** Throws, naming each page and element, when a built page holds markup the site never writes. */
export function assertOwnMarkup(pages: { file: string; html: PageSource }[], base: string): void {
  const problems = foreignMarkup(pages, base);
  if (problems.length === 0) return;
  throw new Error(
    `The built pages hold markup the site never writes (content is text):\n  ${problems.join('\n  ')}\n` +
      'Fix: remove it from the content that produced it (section files, zh-hant-phrases.yml, the glossary are text only); nothing was published.',
  );
}
