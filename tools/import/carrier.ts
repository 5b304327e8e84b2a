import type { Collected } from './collect.ts';
import { isoDate } from '../../src/text/dates.ts';
import { copyrightHolder } from './lines.ts';
import type { Doubt } from './render.ts';

export type { Doubt } from './render.ts';

/**
 * Tool: carrier or original? Past reviews survive mostly as reposts: an aggregator or a portal
 * carries the newspaper's text years later under its own dateline, source line and footer. A
 * page is read as a repost when its date is well after the year under review (more than a year
 * after it ends), or when its source is a site rather than a paper while the byline names a
 * paper's roles (记者, 特约记者, 通讯员). Then the page's date, source and copyright are the
 * carrier's: none is written; each is left TODO with what the page claims and why it is doubted.
 */

/** A newspaper's (or agency's, broadcaster's) name, as a credit gives it. */
export const isPaper = (name: string): boolean =>
  /^《.+》$/.test(name) || /(报|报社|周刊|杂志|通讯社|新华社|电视台|广播电台|广播电视台)$/.test(name);

/** A web site's name, as a source line gives it: 法律常识网, 平安法治在线, …资讯, …频道. */
export const isSite = (name: string): boolean =>
  /(网|网站|在线|资讯|平台|频道|门户|头条|百科|常识|大全|之家|论坛|博客|号)$/.test(name) ||
  /\.(com|cn|net|org)/i.test(name);

/** Roles only a newspaper's byline has. */
const PAPER_ROLES = /记者|通讯员/;

/** Why the page reads as a repost, or undefined when nothing says so. */
function repostSigns(c: Collected, year: number): string[] {
  const signs: string[] = [];
  if (c.stated && c.stated.year > year + 1)
    signs.push(`its date ${isoDate(c.stated)} is ${c.stated.year - year} years after the ${year} it reviews`);
  const source = c.credit.source?.text;
  const roles = [...new Set((c.byline?.entries ?? []).map((e) => e.role).filter((r) => PAPER_ROLES.test(r)))];
  if (source && !isPaper(source) && roles.length > 0)
    signs.push(
      `its source ${source} is not a paper's name, while the byline's ${roles.join('、')} say a newspaper wrote it`,
    );
  else if (source && !isPaper(source) && isSite(source))
    signs.push(`its source ${source} is a web site's name, not a paper's`);
  return signs;
}

/** The page's claims that are a carrier's, each with why; empty for a page that reads as the original. */
export function carrierDoubts(c: Collected, year: number): Doubt[] {
  const signs = repostSigns(c, year);
  if (signs.length === 0) return [];
  const repost = signs.join('; ');
  const doubts: Doubt[] = [];
  if (c.stated)
    doubts.push({
      field: 'published',
      claim: `${isoDate(c.stated)} (${c.stated.how})`,
      why: 'that is when the carrier put it up, not when the newspaper published it',
      repost,
    });
  const source = c.credit.source;
  if (source && !isPaper(source.text))
    doubts.push({
      field: 'credit.source',
      claim: `${source.text} (${source.how})`,
      why: `${source.text} is the site that carried it, not the paper that wrote it`,
      repost,
    });
  const holder = c.credit.copyright ? copyrightHolder(c.credit.copyright) : undefined;
  if (holder && !/报社$/.test(holder))
    doubts.push({
      field: 'credit.copyright',
      claim: `${holder} (the footer “${c.credit.copyright ?? ''}”)`,
      why: "the footer's holder is the carrier's site, not the paper that holds the article",
      repost,
    });
  return doubts;
}

/**
 * A headline as the article gave it, without a carrier's name that a page title appends
 * (2019年平安南通建设综述_法律常识网, … | 平安法治在线, … - 法律常识): the name is the site's,
 * never the article's. Returns the words and the name cut off, if any.
 */
export function ownHeadline(text: string, source: string | undefined): { text: string; carrier?: string } {
  const m = /^(.{6,}?)\s*(?:[_｜|]|\s[-—–]\s)\s*([^_｜|]{2,16})$/.exec(text);
  const name = m?.[2]?.trim();
  if (!m?.[1] || !name || !(isSite(name) || name === source)) return { text };
  return { text: m[1].trim(), carrier: name };
}
