import type { Page } from '@playwright/test';

/**
 * What a design editor measures on a page (e2e/design.spec.ts): the spacing of justified Chinese
 * lines, the share of the screen the chrome takes, where the story starts, tap targets of the
 * notes. Browser-side code is passed to page.evaluate, so each probe is self-contained.
 */

/** A justified line whose Han characters are spread by more than this (em per gap) is loose. */
export const LOOSE_EM = 0.1;

export interface LooseLine {
  text: string;
  /** Extra space per gap between adjacent Han characters, in em. */
  spread: number;
}

/**
 * Every line of a justified Chinese paragraph but its last, with the mean extra space between
 * adjacent Han characters (pitch minus advance, in em of the paragraph's font size). Returns the
 * lines spread by more than `limit`, how many lines were measured, and the tightest line (a
 * negative spread: characters closer than their advance).
 */
export function looseLines(
  page: Page,
  limit = LOOSE_EM,
): Promise<{ lines: number; loose: LooseLine[]; tightest: LooseLine | null }> {
  return page.evaluate((limit) => {
    const han = /\p{Script=Han}/u;
    const loose: { text: string; spread: number }[] = [];
    let tightest: { text: string; spread: number } | null = null;
    let lines = 0;
    for (const p of document.querySelectorAll<HTMLElement>('main p')) {
      const style = getComputedStyle(p);
      if (style.textAlign !== 'justify' || p.getClientRects().length === 0 || !han.test(p.textContent ?? ''))
        continue;
      const size = parseFloat(style.fontSize);
      const range = document.createRange();
      const chars: { ch: string; left: number; right: number; top: number }[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (n.parentElement?.closest('.visually-hidden, sup, .term__marker')) continue;
        for (let i = 0; i < n.data.length; i++) {
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const r = [...range.getClientRects()].find((x) => x.width > 0);
          if (r) chars.push({ ch: n.data[i] ?? '', left: r.left, right: r.right, top: r.top });
        }
      }
      const byLine: (typeof chars)[] = [];
      for (const c of chars) {
        const line = byLine.at(-1);
        if (line && Math.abs((line[0]?.top ?? 0) - c.top) < size / 2) line.push(c);
        else byLine.push([c]);
      }
      for (const line of byLine.slice(0, -1)) {
        lines++;
        let extra = 0;
        let gaps = 0;
        for (let k = 1; k < line.length; k++) {
          const a = line[k - 1];
          const b = line[k];
          if (!a || !b || !han.test(a.ch) || !han.test(b.ch)) continue;
          extra += b.left - a.left - size;
          gaps++;
        }
        const spread = gaps ? extra / gaps / size : 0;
        const measured = { text: line.map((c) => c.ch).join(''), spread: Math.round(spread * 1000) / 1000 };
        if (spread > limit) loose.push(measured);
        if (spread < (tightest?.spread ?? 0)) tightest = measured;
      }
    }
    return { lines, loose, tightest };
  }, limit);
}

export interface Chrome {
  header: number;
  nav: number;
  /** Header and bottom bar together, as a share of the screen's height. */
  share: number;
  /** Rows the header's items take. */
  headerRows: number;
}

/** The bars that stay on screen (sticky header, section bar) as they are now. */
export function chrome(page: Page): Promise<Chrome> {
  return page.evaluate(() => {
    const h = innerHeight;
    const visible = (el: Element | null) => {
      if (!el) return 0;
      const s = getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden') return 0;
      if (s.position !== 'fixed' && s.position !== 'sticky') return 0;
      const r = el.getBoundingClientRect();
      return Math.max(0, Math.min(r.bottom, h) - Math.max(r.top, 0));
    };
    const header = visible(document.querySelector('.site-header'));
    const nav = visible(document.querySelector('.section-nav'));
    const items = [...document.querySelectorAll('.site-header__inner > *')].filter(
      (e) => e.getClientRects().length > 0,
    );
    const tops = new Set(items.map((e) => Math.round(e.getBoundingClientRect().top / 8)));
    return { header, nav, share: (header + nav) / h, headerRows: tops.size };
  });
}

/** How far the first line of the story is from the bottom of the screen's free area (px; < 0 when it is below). */
export function storyRoom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const p = document.querySelector('main section[id] p:not(.kicker)');
    const nav = document.querySelector('.section-nav');
    const navTop =
      nav && getComputedStyle(nav).position === 'fixed' ? nav.getBoundingClientRect().top : innerHeight;
    const text = p && document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
    if (!text) return -Infinity;
    // The first line: the first character's box (a block's own rect is the whole paragraph).
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = [...range.getClientRects()].find((r) => r.width > 0);
    return first ? navTop - first.bottom : -Infinity;
  });
}

/** Note buttons smaller than 24×24, and English lines that start with a comma or stop. */
export function noteProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const b of document.querySelectorAll<HTMLElement>('main button[popovertarget]')) {
      const r = b.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.width < 24 || r.height < 24)
        out.push(`${b.textContent?.trim()}: ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    if (!document.documentElement.lang.startsWith('en')) return out;
    const range = document.createRange();
    for (const p of document.querySelectorAll<HTMLElement>('main section[id] p')) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let lastTop = -Infinity;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = 0; i < n.data.length; i++) {
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const r = [...range.getClientRects()].find((x) => x.width > 0);
          if (!r) continue;
          if (r.top > lastTop + r.height / 2 && lastTop !== -Infinity && /[,.;:!?)]/.test(n.data[i] ?? ''))
            out.push(`${p.id}: a line starts with “${n.data.slice(i, i + 12)}”`);
          if (r.top > lastTop + r.height / 2) lastTop = r.top;
        }
      }
    }
    return out;
  });
}

/**
 * The left and right edges of the content box (inside the padding) of the page's main column and
 * of the masthead's row, in px: the column is the first of `.parallel`, `.review`, `main.wrap`.
 */
export function columnEdges(page: Page): Promise<{ masthead: number[]; column: number[] }> {
  return page.evaluate(() => {
    const edges = (el: Element | null) => {
      if (!el) return [];
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return [
        Math.round(r.left + parseFloat(s.paddingLeft)),
        Math.round(r.right - parseFloat(s.paddingRight)),
      ];
    };
    return {
      masthead: edges(document.querySelector('.site-header__inner')),
      column: edges(document.querySelector('main.parallel, main .review, main.wrap')),
    };
  });
}
