import { earliestDay, knownDay } from '../reviews/date.ts';
import { xmlEscape } from './xml.ts';
import { rfc822 } from '../text/dates.ts';

/** RSS 2.0 feeds, one per edition (`/{locale}/rss.xml`), written by hand: the format is small. */

export interface FeedItem {
  title: string;
  /** Absolute URL of the review page in this edition; also its guid. */
  link: string;
  description: string;
  /** review.yml `published`, in any of its forms (src/reviews/date.ts). */
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
  /** When the feed was built: its `lastBuildDate`, the one date in it that is always known. */
  built: Date;
}

/**
 * A day as the RFC 822 date RSS uses, at midnight in Nantong (UTC+8).
 *
 * @example rfc822Day(new Date(Date.UTC(2025, 0, 6))) // 'Mon, 06 Jan 2025 00:00:00 +0800'
 */
export function rfc822Day(day: Date): string {
  return rfc822(day, '+0800').replace(/\d\d:\d\d:\d\d/, '00:00:00');
}

/** An instant as an RFC 822 date in UTC (for lastBuildDate, the real build time). */
export function rfc822Instant(at: Date): string {
  return rfc822(at);
}

/**
 * An item's `pubDate`, only when review.yml gives the day. RSS has no month-only or year-only
 * date, and `pubDate` is optional: a review whose day is not known has none, rather than a day
 * on which it may provably not have appeared.
 */
export function pubDate(published: string): string | undefined {
  const day = knownDay(published);
  return day ? rfc822Day(day) : undefined;
}

/** Newest first: by the earliest day each can have appeared, then by URL for a stable order. */
export function sortItems(items: FeedItem[]): FeedItem[] {
  return [...items].sort(
    (a, b) =>
      earliestDay(b.published).localeCompare(earliestDay(a.published)) || b.link.localeCompare(a.link),
  );
}

export function rssXml(feed: Feed): string {
  const items = sortItems(feed.items).map((item) => {
    const date = pubDate(item.published);
    return [
      '    <item>',
      `      <title>${xmlEscape(item.title)}</title>`,
      `      <link>${xmlEscape(item.link)}</link>`,
      `      <guid isPermaLink="true">${xmlEscape(item.link)}</guid>`,
      ...(date ? [`      <pubDate>${date}</pubDate>`] : []),
      ...(item.authors.length > 0
        ? [`      <dc:creator>${xmlEscape(item.authors.join(', '))}</dc:creator>`]
        : []),
      `      <description>${xmlEscape(item.description)}</description>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${xmlEscape(feed.title)}</title>`,
    `    <link>${xmlEscape(feed.link)}</link>`,
    `    <atom:link href="${xmlEscape(feed.self)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${xmlEscape(feed.description)}</description>`,
    `    <language>${xmlEscape(feed.language)}</language>`,
    // The real build time: a review's own date may not be known to the day (see pubDate).
    `    <lastBuildDate>${rfc822Instant(feed.built)}</lastBuildDate>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
