import type { KnownDate } from './dates.ts';
import { parseStatedDate } from './dates.ts';
import { readPage } from './html.ts';
import {
  bodyText,
  canonical,
  classifyLine,
  SOURCE_NAME,
  splitWireOpening,
  tidy,
  type BylineEntry,
} from './lines.ts';
import { ImportRefused } from './refused.ts';
import type { Credit } from './render.ts';
import type { BodyLine } from './structure.ts';

/**
 * Tool: the lines of a decoded page or text, sorted into the article's body, its byline, its
 * credit (source, copyright, rights) and its date as stated, and the page furniture dropped (each
 * with why). Nothing is invented: what a line does not say stays unset.
 */

export interface Collected {
  headline?: { text: string; how: string };
  stated?: KnownDate;
  body: BodyLine[];
  byline?: { entries: BylineEntry[]; line: string };
  credit: Credit;
  dropped: { text: string; why: string }[];
  /** Text imported once though the page prints it more than once (tools/import/repeats.ts), or pages joined. */
  merged: { text: string; why: string }[];
}

type Where = 'article' | 'outside' | 'footer';

/** Takes one line: returns it as body text, or files it under byline, credit, date or dropped. */
function take(c: Collected, raw: string, where: Where): BodyLine | undefined {
  let text = canonical(raw);
  const wire = where === 'article' ? splitWireOpening(text) : undefined;
  if (wire) {
    c.byline ??= { entries: wire.byline, line: wire.opening };
    c.dropped.push({ text: wire.opening, why: 'the wire-style opening: its byline is in review.yml' });
    text = wire.rest;
  }
  const kind = classifyLine(text);
  if (!kind) {
    if (where === 'article') return { text: bodyText(text) };
    c.dropped.push({
      text,
      why: where === 'footer' ? 'after the byline: the page footer' : 'outside the article: page furniture',
    });
    return undefined;
  }
  if (kind.kind === 'byline') {
    if (!c.byline) c.byline = { entries: kind.entries, line: text };
    else c.dropped.push({ text, why: 'a second byline line' });
  } else if (kind.kind === 'copyright') {
    c.credit.copyright ??= text;
  } else if (kind.kind === 'rights') {
    c.credit.rights ??= text;
  } else if (kind.kind === 'source') {
    c.credit.source ??= { text: kind.source, how: `the page's source line “${text}”` };
    const d = c.stated ? undefined : parseStatedDate(text);
    if (d) c.stated = { ...d, how: `the source line “${text}”` };
  } else {
    const source = new RegExp(`来源\\s*[:：]\\s*${SOURCE_NAME}`).exec(text)?.[1];
    if (source) c.credit.source ??= { text: source, how: `the page's line “${text}”` };
    if (kind.why === 'a dateline' && !c.stated) {
      const d = parseStatedDate(text);
      if (d) c.stated = { ...d, how: `the dateline “${text}”` };
    }
    c.dropped.push({ text, why: kind.why });
  }
  return undefined;
}

/** A saved web page: its article's blocks (headings kept as such), then what stood outside it. */
function fromPage(c: Collected, html: string, name: string, pick: number | undefined): void {
  const page = readPage(html, name, pick);
  if (page.headline) c.headline = { text: canonical(page.headline), how: "the page's headline (<h1>)" };
  if (page.date) c.stated = page.date;
  for (const b of page.blocks) {
    if (b.caption) {
      const kind = classifyLine(canonical(b.text));
      c.dropped.push({
        text: canonical(b.text),
        why: kind?.kind === 'furniture' ? kind.why : 'an image caption',
      });
      continue;
    }
    const line = take(c, b.text, 'article');
    if (line) c.body.push(b.heading ? { ...line, heading: true } : line);
  }
  for (const o of page.outside) take(c, o, 'outside');
}

/** A text file: one article; lines after a byline in its last 40% are the page's footer. */
function fromText(c: Collected, text: string, pick: number | undefined): void {
  if (pick !== undefined)
    throw new ImportRefused(
      '--pick chooses between articles of a web page; a text file holds one article. Leave --pick out.',
    );
  const lines = text.split(/\r?\n/).map(tidy).filter(Boolean);
  const bylineAt = lines.findIndex((l) => classifyLine(canonical(l))?.kind === 'byline');
  const footerFrom = bylineAt >= 0 && bylineAt >= lines.length * 0.6 ? bylineAt : lines.length;
  lines.forEach((l, i) => {
    const line = take(c, l, i > footerFrom ? 'footer' : 'article');
    if (line) c.body.push(line);
  });
}

const HAN = /[\u3400-\u9fff]/g;

/** One file's lines, sorted; no check that an article is left (a later page may be short). */
export function collectOne(text: string, isHtml: boolean, name: string, pick: number | undefined): Collected {
  const c: Collected = { body: [], credit: {}, dropped: [], merged: [] };
  if (isHtml) fromPage(c, text, name, pick);
  else fromText(c, text, pick);
  return c;
}

/** Refuses a collection with no article left after the furniture. */
export function requireArticle(c: Collected, name: string): Collected {
  const han =
    c.body
      .map((b) => b.text)
      .join('')
      .match(HAN)?.length ?? 0;
  if (han < 100) {
    throw new ImportRefused(
      `${name} has no recognisable article: after the page furniture, fewer than 100 Chinese characters of text are left.\n` +
        'fix: check that the file is the article itself (its full text, in Chinese).',
    );
  }
  return c;
}

export function collectLines(
  text: string,
  isHtml: boolean,
  name: string,
  pick: number | undefined,
): Collected {
  return requireArticle(collectOne(text, isHtml, name, pick), name);
}
