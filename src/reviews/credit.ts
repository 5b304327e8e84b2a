import type { LocaleSegment } from '../config/locales.ts';
import { pick } from './localize.ts';
import type { ReviewMeta } from './schema.ts';

/**
 * The credit of a review in words, for every place that prints it (the review's meta line and
 * footer, the share card) and what JSON-LD may claim. A newspaper's name takes book-title marks
 * in Chinese (《南通日报》); what is not known is said in plain words, never dressed as a title:
 * `source: unknown` in review.yml prints 原刊报纸不详 / Original newspaper unknown, and
 * `carried_by` names the site the text was taken from (据南通新闻网转载 / as carried by …).
 */

export type Credit = ReviewMeta['credit'];

/**
 * The edition's UI strings (src/i18n/<edition>.json) are passed in, not imported: the share cards
 * and the font tool run this in plain Node, which reads those JSON files itself.
 */
export type Strings = Record<string, string>;

function say(strings: Strings, key: string, vars: Record<string, string>): string {
  const template = strings[key];
  if (template === undefined) throw new Error(`Missing UI string "${key}"`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => vars[name] ?? '');
}

/** The newspaper's name in an edition; undefined when review.yml says the source is unknown. */
export function paperName(credit: Credit, segment: LocaleSegment): string | undefined {
  return credit.source === 'unknown' ? undefined : pick(credit.source, segment);
}

/** The site that carried the text, when review.yml names one. */
export function carrierName(credit: Credit, segment: LocaleSegment): string | undefined {
  return credit.carried_by ? pick(credit.carried_by, segment) : undefined;
}

/** The source in words: 《南通日报》 / Nantong Daily / 原刊报纸不详，据南通新闻网转载. */
export function sourceWords(credit: Credit, segment: LocaleSegment, strings: Strings): string {
  const name = paperName(credit, segment);
  const source =
    name === undefined ? say(strings, 'credit.unknown', {}) : say(strings, 'credit.paper', { name });
  const site = carrierName(credit, segment);
  return site === undefined ? source : say(strings, 'credit.carried', { source, site });
}

/** The meta line's source (来源：《南通日报》) and the footer's credit sentence, in an edition. */
export function creditLines(
  credit: Credit,
  segment: LocaleSegment,
  date: string,
  strings: Strings,
): { source: string; credit: string } {
  const name = paperName(credit, segment);
  if (name !== undefined && !credit.carried_by) {
    return {
      source: say(strings, 'review.source', { source: name }),
      credit: say(strings, 'review.credit', { source: name, date }),
    };
  }
  const source = sourceWords(credit, segment, strings);
  return {
    source: say(strings, 'review.sourcePlain', { source }),
    credit: say(strings, 'review.creditPlain', { source, date }),
  };
}
