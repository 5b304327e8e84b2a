/**
 * Check 3 of the smoke check, per kind of file (tool, runs in Node): what a share image, a feed
 * and robots.txt must hold beyond answering 200 with a fitting content type.
 */
import type { Fetched } from './fetcher.ts';
import { childrenNamed, childText, parseXml } from '../xml-check.ts';

/** The content type each kind of file must have (icons: any image). */
const EXPECTED_TYPE: Record<string, RegExp> = {
  script: /javascript/,
  stylesheet: /^text\/css/,
  'share image': /^image\/png/,
  feed: /xml/,
  robots: /^text\/plain/,
  // A figure embed (issue 25), named by its figure page's iframe code: a page others may frame,
  // whose framing headers the fetcher checks against _headers and the floor.
  embed: /^text\/html/,
};

export interface AssetContext {
  /** The URLs the sitemap lists (as the build wrote them). */
  listed: Set<string>;
  sitemapUrl: string;
  toLive: (url: string) => string;
  problem: (what: string, detail: string) => void;
}

/** Checks one fetched file of `kind` (answered 200) at `url`. */
export function checkAsset(kind: string, url: string, res: Fetched, c: AssetContext): void {
  const type = res.headers.get('content-type') ?? '';
  const want = EXPECTED_TYPE[kind] ?? (kind.includes('icon') ? /^image\// : undefined);
  if (want && !want.test(type)) c.problem(`${kind} ${url}`, `content-type is "${type}"`);
  if (kind === 'share image') {
    const b = res.body;
    const ok =
      b.length > 24 &&
      b.toString('latin1', 1, 4) === 'PNG' &&
      b.readUInt32BE(16) === 1200 &&
      b.readUInt32BE(20) === 630;
    if (!ok) c.problem(`share image ${url}`, 'is not a 1200×630 PNG');
  }
  if (kind === 'feed') {
    // Read as XML (the strict reader the sitemap uses): a feed that is not well-formed fails here.
    let links: string[] = [];
    try {
      const channel = childrenNamed(parseXml(res.text()), 'channel')[0];
      const items = channel ? childrenNamed(channel, 'item') : [];
      links = [channel, ...items].flatMap((el) => (el && childText(el, 'link')) || []);
    } catch (e) {
      c.problem(`feed ${url}`, `is not well-formed XML: ${(e as Error).message.split('\n')[0]}`);
    }
    for (const link of links)
      if (!c.listed.has(link)) c.problem(`feed ${url}`, `links to ${link}, which the sitemap does not list`);
  }
  if (kind === 'robots') {
    const line = /^sitemap:\s*(\S+)/im.exec(res.text())?.[1];
    if (!line) c.problem('robots.txt', 'has no Sitemap: line');
    else if (c.toLive(line) !== c.sitemapUrl)
      c.problem('robots.txt', `names ${line} as the sitemap, not ${c.sitemapUrl}`);
  }
}
