import { parse, type HTMLElement } from 'node-html-parser';
import { pageRoot, type PageSource } from '../publish/html.ts';

/**
 * Build time: turns a built review page into one search record per `<section>`.
 *
 * Why records per section: Pagefind's filters are page-level, so a page tagged with five
 * `section:` values would match every section filter. Each section of the page becomes its own
 * small HTML document, indexed with `addHTMLFile` under the section's URL (`/en/2024/#lede`), so
 * a record carries exactly one `section` filter value and a `section` filter is exact.
 *
 * The page declares what it is in Pagefind's own vocabulary, and this module only splits it:
 * - `<main data-pagefind-body data-pagefind-filter="year:2024" data-pagefind-meta="title:…">`
 * - `<section id="lede" data-pagefind-filter="section:lede" data-pagefind-meta="section:导语">`
 *
 * Reading paragraphs carry their own anchors on the page (`<p id="lede-2">`), so Pagefind returns
 * each paragraph's text as an anchor and a result links to the paragraph, not only the section.
 * A `<p>` without an id (the kicker, a chart's source line) gets a record-only id that names the
 * nearest element a link can land on: `_3_lede` is the 4th such block, landing on `#lede`.
 *
 * Each record holds one script only. A query typed in the other Chinese script is folded on the
 * query side with a character map built from the corpus (src/search/charmap.ts), so the index and
 * its fragments are not doubled.
 */

export interface SearchRecord {
  /** The section's URL inside the site, without the base: `/zh-hans/2024/#lede`. */
  url: string;
  /** `<html lang>` of the page, as written (`zh-Hans`); Pagefind lowercases it per index. */
  lang: string;
  year: string;
  section: string;
  /** The synthetic HTML document Pagefind indexes for this section. */
  html: string;
}

/** The bits of a page the records are made of. */
export interface IndexablePage {
  lang: string;
  /** Attributes of the `data-pagefind-body` element, copied onto each record's root. */
  bodyAttributes: Record<string, string>;
  title: string;
  year: string;
  sections: IndexableSection[];
}

export interface IndexableSection {
  id: string;
  label: string;
  /** The section element; every `<p>` has an id (its own, or a record-only `_n_target`). */
  element: HTMLElement;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `data-pagefind-meta="title:Safe Nantong: the 2024 review"` → `Safe Nantong: the 2024 review` */
function declared(el: HTMLElement, attribute: string, key: string): string | undefined {
  const value = el.getAttribute(attribute);
  if (!value?.startsWith(`${key}:`)) return undefined;
  return value.slice(key.length + 1).trim();
}

/**
 * Reads a built page (its text, or the root the post-build pass parsed once). Returns undefined
 * for pages that do not ask to be indexed (no `data-pagefind-body`): the front door, archives,
 * the search page, 404.
 */
export function readPage(html: PageSource, where: string): IndexablePage | undefined {
  const root = pageRoot(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const lang = root.querySelector('html')?.getAttribute('lang');
  const year = declared(body, 'data-pagefind-filter', 'year');
  const title = declared(body, 'data-pagefind-meta', 'title');
  const problems = [
    !lang && '<html> has no lang',
    !year && 'the data-pagefind-body element declares no data-pagefind-filter="year:…"',
    !title && 'the data-pagefind-body element declares no data-pagefind-meta="title:…"',
  ].filter(Boolean);
  // Top-level sections of the body only: a <section> inside a section (a chart, say) is part of it.
  const sectionEls = body.querySelectorAll('section[id]').filter((s) => !hasSectionAncestor(s, body));
  if (sectionEls.length === 0) problems.push('the data-pagefind-body element has no <section id>');
  const sections = sectionEls.map((el) => {
    const label = declared(el, 'data-pagefind-meta', 'section');
    if (declared(el, 'data-pagefind-filter', 'section') !== el.id) {
      problems.push(`<section id="${el.id}"> needs data-pagefind-filter="section:${el.id}"`);
    }
    if (!label) problems.push(`<section id="${el.id}"> needs data-pagefind-meta="section:…"`);
    el.querySelectorAll('p:not([id])').forEach((p, i) =>
      p.setAttribute('id', `_${i}_${landingTarget(p, el)}`),
    );
    return { id: el.id, label: label ?? el.id, element: el };
  });
  if (problems.length > 0) {
    throw new Error(`${where} cannot be indexed for search:\n  - ${problems.join('\n  - ')}`);
  }
  return {
    lang: lang ?? '',
    bodyAttributes: Object.fromEntries(
      Object.entries(body.attributes).filter(([k]) => k.startsWith('data-pagefind-')),
    ),
    title: title ?? '',
    year: year ?? '',
    sections,
  };
}

/** The id of the closest element around `el` that a link can land on (at most the section). */
function landingTarget(el: HTMLElement, section: HTMLElement): string {
  for (let p = el.parentNode; p && p !== section; p = p.parentNode) {
    const id = p.getAttribute?.('id');
    if (id) return id;
  }
  return section.id;
}

function hasSectionAncestor(el: HTMLElement, stop: HTMLElement): boolean {
  for (let p = el.parentNode; p && p !== stop; p = p.parentNode) {
    if (p.tagName === 'SECTION') return true;
  }
  return false;
}

/**
 * The records of one page. `urlPath` is the page's path inside the site without the base, e.g.
 * `/zh-hant/2024/`.
 */
export function pageRecords(page: IndexablePage, urlPath: string): SearchRecord[] {
  return page.sections.map((section) => {
    const attrs = Object.entries(page.bodyAttributes)
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join('');
    const sectionAttrs = Object.entries(section.element.attributes)
      .filter(([k]) => k === 'id' || k.startsWith('data-pagefind-'))
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join('');
    const html =
      `<!doctype html><html lang="${escapeAttr(page.lang)}"><head><title>${escapeAttr(page.title)}</title></head>` +
      `<body><main${attrs}><section${sectionAttrs}>${markedBlocks(section.element)}</section></main></body></html>`;
    return {
      url: `${urlPath}#${section.id}`,
      lang: page.lang,
      year: page.year,
      section: section.id,
      html,
    };
  });
}

/**
 * Block markers. Pagefind gives every element with an id an anchor carrying the element's whole
 * text, which doubles a fragment (the text is in `content` already). So each block's id moves to
 * an empty-looking marker at its start, a private-use character that says what the block is; the
 * browser cuts `content` at the markers (src/search/match.ts `blocksOf`). Nobody types these
 * characters, and Pagefind keeps them in `content`.
 */
export const BLOCK_MARKS = { p: '\uE000', heading: '\uE001', figure: '\uE002' } as const;

const BLOCK_SELECTOR = 'p[id], li[id], h2[id], h3[id], h4[id], figure[id]';

/** The section's HTML with each block's id on a marker (a copy: the page itself is untouched). */
export function markedBlocks(section: HTMLElement): string {
  const copy = parse(section.innerHTML);
  // Other ids (a term's `term-…` link target) would each be an anchor repeating its text in
  // every fragment, and no result lands on them; a figure's `…-title` names the figure.
  for (const el of copy.querySelectorAll('[id]')) {
    if (!el.matches(BLOCK_SELECTOR) && !(el.getAttribute('id') ?? '').endsWith('-title'))
      el.removeAttribute('id');
  }
  for (const el of copy.querySelectorAll(BLOCK_SELECTOR)) {
    // A paragraph inside a figure is part of the figure's block.
    if (el.tagName !== 'FIGURE' && hasAncestor(el, 'FIGURE')) {
      el.removeAttribute('id');
      continue;
    }
    const mark =
      el.tagName === 'FIGURE'
        ? BLOCK_MARKS.figure
        : /^H\d$/.test(el.tagName)
          ? BLOCK_MARKS.heading
          : BLOCK_MARKS.p;
    const id = el.getAttribute('id') ?? '';
    el.removeAttribute('id');
    el.insertAdjacentHTML('afterbegin', `<span id="${escapeAttr(id)}">${mark}</span>`);
  }
  return copy.toString();
}

function hasAncestor(el: HTMLElement, tag: string): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if (p.tagName === tag) return true;
  return false;
}

/** The other script of a Chinese edition: the character map pairs their texts. */
export const scriptTwins: Readonly<Record<string, string>> = { 'zh-hans': 'zh-hant', 'zh-hant': 'zh-hans' };

/** Build time: the visible text of each paragraph-like element by id, for pairing two scripts. */
export function pageTexts(page: IndexablePage): Map<string, string> {
  const out = new Map<string, string>();
  for (const section of page.sections) {
    out.set(`${section.id}#label`, section.label);
    for (const el of section.element.querySelectorAll('[id]')) out.set(el.id, el.textContent);
  }
  out.set('#title', page.title);
  return out;
}
