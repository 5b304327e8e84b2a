import type { Collected } from './collect.ts';

/**
 * Tool: an article a site splits over several pages (第1页 … 下一页), given as several files
 * (`npm run import -- page1.html page2.html`), joined into one in the order given. The first
 * page's headline, byline, credit and date stand; a later page's repeats of them are reported as
 * merged, its furniture as dropped (each line once), and a paragraph cut at a page break is one.
 */

const ENDS_SENTENCE = /[。！？”’）…]$/;

export function joinPages(pages: { name: string; c: Collected }[]): Collected {
  const [first, ...rest] = pages;
  if (!first) throw new Error('joinPages: no page');
  const c = first.c;
  for (const { name, c: page } of rest) {
    const body = [...page.body];
    // A plain-text page repeats the headline as its first line; a page's <h1> may add (2).
    if (body[0] && c.headline && body[0].text.startsWith(c.headline.text)) body.shift();
    if (page.headline && page.headline.text !== c.headline?.text)
      c.merged.push({
        text: page.headline.text,
        why: `the headline of ${name}: a later page of the same article`,
      });
    const last = c.body[c.body.length - 1];
    const next = body[0];
    if (
      last &&
      next &&
      !last.heading &&
      !next.heading &&
      !ENDS_SENTENCE.test(last.text) &&
      last.text.length > 30
    ) {
      c.merged.push({
        text: `${last.text.slice(-8)} | ${next.text.slice(0, 8)}`,
        why: `a paragraph cut at the page break before ${name}: joined`,
      });
      last.text += next.text;
      body.shift();
    }
    c.body.push(...body);
    if (!c.byline && page.byline) c.byline = page.byline;
    if (!c.stated && page.stated) c.stated = page.stated;
    c.credit = { ...page.credit, ...c.credit };
    if (page.byline && page.byline !== c.byline)
      c.merged.push({ text: page.byline.line, why: `the byline again on ${name}` });
    const seen = new Set(c.dropped.map((d) => d.text));
    c.dropped.push(...page.dropped.filter((d) => !seen.has(d.text)));
    c.merged.push(...page.merged);
  }
  return c;
}
