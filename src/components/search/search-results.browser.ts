/**
 * Search results as DOM (browser): passages grouped under their review and section, each passage
 * linking to its own anchor, with the searched words marked. Builds elements, never HTML strings
 * (the CSP requires Trusted Types for that). Used by search-ui.browser.ts.
 */
import type { ExcerptPart } from '../../search/excerpt.ts';
import { resultHref } from '../../search/state.ts';
import type { createFormatter } from '../../search/strings.ts';
import type { EditionSearch, RecordResult } from './search-engine.browser.ts';

/** The page's UI strings, formatted (`search.count` with `{ count, query }`). */
export type Formatter = ReturnType<typeof createFormatter>;

export interface PassageView {
  href: string;
  heading: string;
  excerpt: ExcerptPart[];
}

export interface GroupView {
  year: string;
  sectionId: string;
  section: string;
  title: string;
  passages: PassageView[];
}

/** An element with a class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Results grouped under their review and section, each passage linking to its own anchor. */
export function groupsOf(base: string, s: EditionSearch, records: RecordResult[]): GroupView[] {
  return records.map((r) => ({
    year: r.year,
    sectionId: r.section,
    section: (s.convert ?? String)(r.fragment.meta['section'] ?? ''),
    title: (s.convert ?? String)(r.fragment.meta['title'] ?? ''),
    passages: r.passages.map((p) => ({
      href: resultHref(base, s.shown, r.year, p.block.target || r.section, p.words),
      heading: p.heading,
      excerpt: p.excerpt,
    })),
  }));
}

/** How many passages the groups hold. */
export const passageCount = (groups: GroupView[]): number =>
  groups.reduce((n, g) => n + g.passages.length, 0);

export function groupItem(t: Formatter, g: GroupView, heading: 'h2' | 'h3'): HTMLLIElement {
  const li = el('li', 'search-group');
  li.dataset['year'] = g.year;
  li.dataset['section'] = g.sectionId;
  const h = el(
    heading,
    'search-group__heading',
    t('search.inSection', { section: g.section, review: g.title }),
  );
  const ol = el('ol', 'search-group__passages');
  ol.append(...g.passages.map((p) => passageItem(p, g, heading === 'h2' ? 'h3' : 'h4')));
  li.append(h, ol);
  return li;
}

function passageItem(p: PassageView, g: GroupView, heading: 'h3' | 'h4'): HTMLLIElement {
  const li = el('li', 'search-result');
  li.dataset['year'] = g.year;
  li.dataset['section'] = g.sectionId;
  const h = el(heading, 'search-result__heading');
  const a = el('a', 'search-result__link', p.heading);
  a.href = p.href;
  h.append(a);
  const para = el('p', 'search-result__excerpt');
  for (const part of p.excerpt) para.append(part.mark ? el('mark', '', part.text) : part.text);
  li.append(h, para);
  return li;
}

/** A list item holding one link (the tips when nothing is found). */
export function linkItem(text: string, href: string, lang?: string): HTMLLIElement {
  const li = el('li');
  const a = el('a', '', text);
  a.href = href;
  if (lang) a.hreflang = lang;
  li.append(a);
  return li;
}
