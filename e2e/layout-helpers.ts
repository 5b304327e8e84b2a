import type { Page } from '@playwright/test';

/**
 * Line measurements in the page, with Range.getClientRects: which line each character of an
 * element's text sits on. Browser-side code is passed as functions to page.evaluate, so it must
 * stay self-contained.
 */
export interface LineReport {
  id: string;
  /** Text of the paragraph's last line (spaces trimmed). */
  lastLine: string;
  /** Number+unit pairs that a line break splits. */
  split: string[];
}

/** For each reading paragraph: its last line, and every number+unit pair split across lines. */
export function measureParagraphs(page: Page): Promise<LineReport[]> {
  return page.evaluate(() => {
    const out: { id: string; lastLine: string; split: string[] }[] = [];
    for (const p of document.querySelectorAll<HTMLElement>('main section[id] p[id]')) {
      if (p.closest('figure') || p.getClientRects().length === 0) continue;
      // Every character with its text node and offset, in order.
      const chars: { node: Text; i: number; ch: string }[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement?.closest('.visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = 0; i < n.data.length; i++) chars.push({ node: n, i, ch: n.data[i] ?? '' });
      }
      const range = document.createRange();
      const lineOf: number[] = [];
      let line = -1;
      let lineTop = -Infinity;
      for (const c of chars) {
        range.setStart(c.node, c.i);
        range.setEnd(c.node, c.i + 1);
        const r = [...range.getClientRects()].find((x) => x.width > 0);
        if (!r) {
          lineOf.push(line);
          continue;
        }
        if (r.top > lineTop + r.height / 2) {
          line++;
          lineTop = r.top;
        }
        lineOf.push(line);
      }
      const text = chars.map((c) => c.ch).join('');
      const lastLine = text
        .split('')
        .filter((_, k) => lineOf[k] === line)
        .join('')
        .trim();
      const split: string[] = [];
      const pairs = /\p{Script=Han}/u.test(text)
        ? /\d[\d.,]*(?:[余多]?[十百千万亿]?[余多]?)\p{Script=Han}/gu
        : /\d(?:[\d,.]*\d)?%?[\s\u00a0](?:million|billion|thousand|per cent|percent|cases?|people|stations?|times|years?|units?|items?|teams?|\p{L}+)/gu;
      for (const m of text.matchAll(pairs)) {
        const a = lineOf[m.index];
        const b = lineOf[m.index + m[0].length - 1];
        if (a !== undefined && b !== undefined && a !== b && a >= 0 && b >= 0) split.push(m[0]);
      }
      out.push({ id: p.id, lastLine, split });
    }
    return out;
  });
}

/**
 * Chinese headings and labels: every place a line breaks inside one must be a phrase break
 * (a <wbr> the build put there) or sit next to punctuation or a space. Returns the bad breaks.
 */
export function badHeadingBreaks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.getClientRects().length === 0 || !el.closest(':lang(zh)')) continue;
      const chars: { node: Text; i: number; ch: string; afterWbr: boolean }[] = [];
      let wbr = false;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n instanceof HTMLElement && n.tagName === 'WBR') wbr = true;
        else if (n instanceof Text) {
          for (let i = 0; i < n.data.length; i++) {
            chars.push({ node: n, i, ch: n.data[i] ?? '', afterWbr: wbr && i === 0 });
          }
          if (n.data.length > 0) wbr = false;
        }
      }
      const range = document.createRange();
      let lineTop = -Infinity;
      let prev = '';
      for (const c of chars) {
        range.setStart(c.node, c.i);
        range.setEnd(c.node, c.i + 1);
        const r = [...range.getClientRects()].find((x) => x.width > 0);
        if (!r) continue;
        if (r.top > lineTop + r.height / 2) {
          const first = lineTop === -Infinity;
          lineTop = r.top;
          const ok =
            first ||
            c.afterWbr ||
            /[\s，。、；：！？）》」』”’·—…,.;:!?)]/.test(prev) ||
            /[\s（《「『“‘(]/.test(c.ch);
          if (!ok) bad.push(`${el.textContent?.trim()}: ${prev}｜${c.ch}`);
        }
        prev = c.ch;
      }
    }
    return bad;
  }, selector);
}

/** The page's width beyond the viewport, in CSS px (0: nothing scrolls sideways). */
export function sidewaysOverflow(page: Page, width: number): Promise<number> {
  return page.evaluate(
    (w) => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - w,
    width,
  );
}
