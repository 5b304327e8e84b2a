import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseStatedDate, type KnownDate } from './dates.ts';
import { ImportRefused } from './refused.ts';
import { tidy } from './lines.ts';

/**
 * Tool: a saved news page → the article's blocks of text, its headline and its stated date, plus
 * every other line of the page (furniture, credit, byline) for the caller to sort. Mozilla's
 * Readability (Firefox's reader view) finds the article; linkedom gives it a DOM in Node.
 */

export interface PageText {
  headline: string | undefined;
  /** The article's blocks in reading order; `heading` when the page marks one as a heading. */
  blocks: { text: string; heading?: boolean; caption?: boolean }[];
  /** Every other block of the page, in order, for byline, credit and the dropped list. */
  outside: string[];
  date: KnownDate | undefined;
}

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & object;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, td, th, dd, dt, blockquote, pre, figcaption, div';
const HAN = /[\u3400-\u9fff]/g;

/** A DOM element's own block texts (its leaf blocks), in order. */
function blockTexts(root: El): { text: string; heading: boolean; caption?: boolean }[] {
  const out: { text: string; heading: boolean; caption?: boolean }[] = [];
  const visit = (el: El) => {
    const children = [...el.children] as El[];
    const hasBlockChild = children.some((c) => c.matches(BLOCKS));
    if (el.matches(BLOCKS) && !hasBlockChild) {
      // <br> separates lines inside one block (plain-text pastes into a CMS often keep them).
      const html = el.innerHTML.replace(/<br\s*\/?>/gi, '\n');
      const holder = el.ownerDocument.createElement('div');
      holder.innerHTML = html;
      const heading = /^H[2-6]$/.test(el.tagName) || isAllBold(el);
      const caption = isCaption(el);
      for (const line of (holder.textContent ?? '').split('\n')) {
        const text = tidy(line);
        if (text) out.push({ text, heading, ...(caption ? { caption } : {}) });
      }
      return;
    }
    if (!el.matches('script, style, noscript, template')) children.forEach(visit);
    // Text directly inside a container with block children (rare): keep it as its own block.
    if (hasBlockChild) {
      for (const node of el.childNodes) {
        if (node.nodeType === 3) {
          const text = tidy(node.textContent ?? '');
          if (text) out.push({ text, heading: false });
        }
      }
    }
  };
  visit(root);
  return out;
}

/**
 * The words under a picture: a <figcaption> or text in a <figure>, text beside an <img> in one
 * block, or a short or centred block right after a block that holds only an image.
 */
function isCaption(el: El): boolean {
  if (el.closest('figure, figcaption') || el.querySelector('img')) return true;
  const prev = el.previousElementSibling as El | null;
  const pictureBefore = prev?.querySelector('img') && !tidy(prev.textContent ?? '');
  if (!pictureBefore) return false;
  const text = tidy(el.textContent ?? '');
  const centred =
    /text-align:\s*center/i.test(el.getAttribute('style') ?? '') || el.getAttribute('align') === 'center';
  return text.length <= 40 || (centred && text.length <= 80);
}

/** A paragraph whose whole text is bold: how many CMSes mark a section heading. */
function isAllBold(el: El): boolean {
  if (el.tagName !== 'P') return false;
  const text = (el.textContent ?? '').trim();
  const bold = [...el.querySelectorAll('strong, b')]
    .map((b) => b.textContent ?? '')
    .join('')
    .trim();
  return text.length > 0 && bold === text;
}

/** The date the page states: meta tags first, then <time>, then a dateline near the headline. */
function statedDate(document: Doc, outside: string[]): KnownDate | undefined {
  const metas: [string, string][] = [
    ['property', 'article:published_time'],
    ['name', 'pubdate'],
    ['name', 'PubDate'],
    ['name', 'publishdate'],
    ['name', 'publish_date'],
    ['itemprop', 'datePublished'],
  ];
  for (const [attr, value] of metas) {
    const content = document.querySelector(`meta[${attr}="${value}"]`)?.getAttribute('content');
    const d = content ? parseStatedDate(content) : undefined;
    if (d) return { ...d, how: `the page's meta tag ${value}, content="${content}"` };
  }
  const time = document.querySelector('time[datetime]');
  const t = time ? parseStatedDate(time.getAttribute('datetime') ?? '') : undefined;
  if (t) return { ...t, how: `the page's <time datetime="${time?.getAttribute('datetime')}">` };
  for (const line of outside) {
    if (line.length > 60 || !/(发布|时间|日期|\d{1,2}:\d{2})/.test(line)) continue;
    const d = parseStatedDate(line);
    if (d) return { ...d, how: `the page's dateline “${line}”` };
  }
  return undefined;
}

/** How much Chinese text an element holds: the measure of an article candidate. */
const hanCount = (el: El) => (el.textContent ?? '').match(HAN)?.length ?? 0;

export function readPage(html: string, name: string, pick: number | undefined): PageText {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();

  // Two <article>s that each hold a full text: the page carries two articles; ask which.
  const articles = ([...document.querySelectorAll('article')] as El[]).filter(
    (a) => hanCount(a) >= 200 && !a.parentElement?.closest('article'),
  );
  if (articles.length > 1 && pick === undefined) {
    const list = articles
      .map((a, i) => {
        const head =
          a.querySelector('h1, h2, h3')?.textContent?.trim() ?? tidy(a.textContent ?? '').slice(0, 24);
        return `  --pick ${i + 1}: ${head} (${hanCount(a)} characters)`;
      })
      .join('\n');
    throw new ImportRefused(
      `${name} holds ${articles.length} articles; which one is the review?\n${list}\nfix: run the import again with --pick N.`,
    );
  }
  if (pick !== undefined && (pick < 1 || pick > Math.max(articles.length, 1))) {
    throw new ImportRefused(
      `--pick ${pick}: ${name} has ${articles.length > 1 ? `${articles.length} articles (pick 1 to ${articles.length})` : 'only one article (leave --pick out)'}.`,
    );
  }
  const chosen = articles.length > 1 && pick !== undefined ? articles[pick - 1] : undefined;
  const others = articles.filter((a) => a !== chosen);
  if (chosen) for (const a of others) a.remove();

  const headlineEl = (chosen ?? document).querySelector('h1');
  const headline =
    tidy(headlineEl?.textContent ?? '') ||
    tidy(document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '') ||
    undefined;

  const whole = blockTexts(document.body as El);
  // Readability changes the document it reads: give it a copy.
  const parsed = new Readability(parseHTML(document.toString()).document as unknown as Document, {
    charThreshold: 200,
  }).parse();
  if (!parsed?.content || (parsed.textContent?.match(HAN)?.length ?? 0) < 100) {
    throw new ImportRefused(
      `${name} has no recognisable article: no block of the page holds an article's Chinese text.\n` +
        'fix: check that this is the article page itself (not a list of links, or a page saved before it loaded), or save its text as .txt and import that.',
    );
  }
  const content = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
  const blocks0 = blockTexts(content.body as El).map((b) =>
    b.heading && !b.caption
      ? { text: b.text, heading: true }
      : b.caption
        ? { text: b.text, caption: true }
        : { text: b.text },
  );
  // Readability keeps the headline (as an <h2>): it is the title, not a section heading.
  const blocks = headline ? blocks0.filter((b) => b.text !== headline) : blocks0;

  // Everything on the page that the article does not hold, in page order (each line once).
  const kept = new Set(blocks.map((b) => b.text));
  const outside: string[] = [];
  for (const b of whole)
    if (!kept.has(b.text) && b.text !== headline && !outside.includes(b.text)) outside.push(b.text);
  return { headline, blocks, outside, date: statedDate(document, outside) };
}
