/**
 * Build-time typesetting of one built HTML page (see ./text.ts for the rules). Only text nodes
 * change, spliced into the original string by their source ranges, so every other byte of the
 * page (scripts, styles, attributes) stays as Astro wrote it.
 */
import { parse, type HTMLElement, type Node, TextNode } from 'node-html-parser';
import { bodyChinese, bodyEnglish, phrases, type Script } from './text.ts';

/** Headings and labels: phrase-aware breaking in Chinese. */
export const PHRASE_SELECTOR = [
  'h1',
  'h2',
  'h3',
  '.kicker',
  '.review__eyebrow',
  '.card__meta',
  '.headline__label',
  '.chart__title',
  '.chart__takeaway',
  // Chart labels and values (the bars', range's, squares' and numbers blocks').
  '.bars__label',
  '.range__label',
  '.range__value',
  '.units__label',
  '.numbers__label',
  // The data table's label and value cells (a long owned label wraps between phrases).
  '.chart__cell-label',
  '.chart__cell-value',
  'figcaption',
  'summary',
  '.home__years a',
  '.site-footer a',
].join(', ');

/** Body paragraphs of the reading text and the front door's cards (not chart figures, not the byline). */
const BODY_SELECTOR = 'main section p';

function scriptOf(el: HTMLElement): Script | 'en' | undefined {
  for (let e: HTMLElement | null = el; e; e = e.parentNode) {
    const lang = e.getAttribute?.('lang');
    if (lang) {
      if (/^zh-Hant/i.test(lang)) return 'hant';
      if (/^zh/i.test(lang)) return 'hans';
      if (/^en/i.test(lang)) return 'en';
      return undefined;
    }
  }
  return undefined;
}

function textNodes(el: Node, out: TextNode[] = []): TextNode[] {
  for (const c of el.childNodes) {
    if (c instanceof TextNode) out.push(c);
    else if ((c as HTMLElement).tagName !== 'SVG' && !(c as HTMLElement).classList?.contains('visually-hidden')) textNodes(c, out);
  }
  return out;
}

/**
 * A note term (Term.astro: a button, an atomic inline, after which a line may break even before a
 * comma) followed by punctuation: the term's place and the marks, to be kept on one line.
 */
function heldPunctuation(node: TextNode): { term: HTMLElement; marks: string } | undefined {
  const parent = node.parentNode;
  const before = parent?.childNodes[parent.childNodes.indexOf(node) - 1] as HTMLElement | undefined;
  if (!before?.classList?.contains('term-place')) return undefined;
  const marks = /^[,.;:!?)\]”’]+/.exec(node.rawText)?.[0];
  return marks ? { term: before, marks } : undefined;
}

export function typesetPage(html: string): string {
  const root = parse(html, { comment: false });
  const edits = new Map<number, { end: number; html: string }>();
  const edit = (node: TextNode, next: string) => {
    if (next !== node.rawText) edits.set(node.range[0], { end: node.range[1], html: next });
  };

  for (const el of root.querySelectorAll(BODY_SELECTOR)) {
    if (el.closest('figure') || el.querySelector('p')) continue;
    const script = scriptOf(el);
    if (!script) continue;
    const nodes = textNodes(el);
    const lastNode = nodes.at(-1);
    // The last run ends the paragraph only if no element follows it.
    const endsWithText = lastNode !== undefined && el.childNodes.at(-1) === lastNode;
    for (const node of nodes) {
      const last = endsWithText && node === lastNode;
      const held = script === 'en' ? heldPunctuation(node) : undefined;
      if (held) {
        // The term and the punctuation after it go on one line (see heldPunctuation).
        edits.set(held.term.range[0], { end: held.term.range[0], html: '<span class="nobr">' });
        edit(node, `${held.marks}</span>${bodyEnglish(node.rawText.slice(held.marks.length), last)}`);
        continue;
      }
      edit(node, script === 'en' ? bodyEnglish(node.rawText, last) : bodyChinese(node.rawText, last));
    }
  }
  for (const el of root.querySelectorAll(PHRASE_SELECTOR)) {
    const script = scriptOf(el);
    if (script !== 'hans' && script !== 'hant') continue;
    for (const node of textNodes(el)) if (!edits.has(node.range[0])) edit(node, phrases(node.rawText, script));
  }

  let out = '';
  let from = 0;
  for (const [start, { end, html: next }] of [...edits].sort((a, b) => a[0] - b[0])) {
    out += html.slice(from, start) + next;
    from = end;
  }
  return out + html.slice(from);
}
