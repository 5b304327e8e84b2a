import { xmlEscape } from './xml.ts';

/** RSS 2.0 feeds, one per edition (`/{locale}/rss.xml`), written by hand: the format is small. */

export interface FeedItem {
  title: string;
  /** Absolute URL of the review page in this edition; also its guid. */
  link: string;
  description: string;
  /** review.yml `published`: YYYY-MM or YYYY-MM-DD. */
  published: string;
  /** The byline names, in order. */
  authors: string[];
}

export interface Feed {
  title: string;
  /** The edition's archive page. */
  link: string;
  /** The feed's own URL (atom:link rel="self", which feed readers and validators expect). */
  self: string;
  description: string;
  /** BCP-47 tag of the edition. */
  language: string;
  items: FeedItem[];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The RFC 822 date RSS requires for `pubDate`, at midnight in Nantong (UTC+8).
 *
 * review.yml gives `YYYY-MM` when the source tells only the month. RSS has no month-only date,
 * so such a review is dated the first of that month: the earliest day it can have appeared,
 * which keeps the feed's order right. The pages themselves still show only the month.
 *
 * @example rfc822Date('2025-01') // 'Wed, 01 Jan 2025 00:00:00 +0800'
 */
export function rfc822Date(published: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(published);
  if (!m) throw new Error(`"${published}" is not YYYY-MM or YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const dd = String(d).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${dd} ${MONTHS[mo - 1]} ${y} 00:00:00 +0800`;
}

/** Newest first: by publication date, then by URL for a stable order. */
export function sortItems(items: FeedItem[]): FeedItem[] {
  const key = (p: string) => (p.length === 7 ? `${p}-01` : p);
  return [...items].sort(
    (a, b) => key(b.published).localeCompare(key(a.published)) || b.link.localeCompare(a.link),
  );
}

export function rssXml(feed: Feed): string {
  const items = sortItems(feed.items).map((item) =>
    [
      '    <item>',
      `      <title>${xmlEscape(item.title)}</title>`,
      `      <link>${xmlEscape(item.link)}</link>`,
      `      <guid isPermaLink="true">${xmlEscape(item.link)}</guid>`,
      `      <pubDate>${rfc822Date(item.published)}</pubDate>`,
      ...(item.authors.length > 0
        ? [`      <dc:creator>${xmlEscape(item.authors.join(', '))}</dc:creator>`]
        : []),
      `      <description>${xmlEscape(item.description)}</description>`,
      '    </item>',
    ].join('\n'),
  );
  const newest = sortItems(feed.items)[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${xmlEscape(feed.title)}</title>`,
    `    <link>${xmlEscape(feed.link)}</link>`,
    `    <atom:link href="${xmlEscape(feed.self)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${xmlEscape(feed.description)}</description>`,
    `    <language>${xmlEscape(feed.language)}</language>`,
    // The feed changes when a review is added: date it by its newest item, not the build clock,
    // so the same content always builds the same file.
    ...(newest ? [`    <lastBuildDate>${rfc822Date(newest.published)}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
