import type { BodyLine } from './structure.ts';

/**
 * Tool: paragraphs a page prints twice. Reposts and CMS pages often set a summary (摘要, 导读, or
 * the first paragraph again, sometimes cut short with …) above the text; and a paragraph may stand
 * twice in a row where pages were joined. Each is imported once: the later copy, which is the
 * article's own, is kept; the earlier is reported as merged into it.
 */

export interface Merged {
  text: string;
  why: string;
}

/** How a page labels its summary: 摘要：, 【导读】. */
const LABEL = /^[【[]?(摘要|导读|内容提要|提要|核心提示|编者按)[】\]]?\s*[:：]?/;

/** What a summary says without its label, punctuation and spaces: the words to compare. */
function words(text: string): string {
  return text.replace(LABEL, '').replace(/[\s，。；：！？、“”‘’（）《》…,.;:!?'"()-]/g, '');
}

/** Character-pair (bigram) overlap, 0–1: 1 for the same words, near 1 for a light edit. */
function likeness(a: string, b: string): number {
  const pairs = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let shared = 0;
  for (const [k, n] of pa) shared += Math.min(n, pb.get(k) ?? 0);
  const total = Math.max(1, a.length - 1 + (b.length - 1));
  return (2 * shared) / total;
}

/** Whether `summary` repeats `paragraph`: the same words, the paragraph's start cut short, or nearly the same. */
export function repeats(summary: string, paragraph: string): boolean {
  const s = words(summary);
  const p = words(paragraph);
  if (s.length < 12 || p.length < 12) return s === p && s.length > 0;
  // A summary the page labels as such (摘要：) or cuts short (…) may give only the paragraph's start.
  const marked = LABEL.test(summary) || /(…|\.\.\.)$/.test(summary);
  return s === p || (p.startsWith(s) && (marked || s.length >= p.length * 0.5)) || likeness(s, p) >= 0.85;
}

/** How many lines from the top a summary may stand above the paragraph it repeats. */
const TOP = 4;

/** The body with each repeated paragraph once, and what was merged. */
export function mergeRepeats(body: BodyLine[]): { body: BodyLine[]; merged: Merged[] } {
  const merged: Merged[] = [];
  const kept: BodyLine[] = [];
  const paragraphs = body.map((b, i) => ({ b, i })).filter(({ b }) => !b.heading);
  body.forEach((line, i) => {
    const prev = kept[kept.length - 1];
    if (prev && !line.heading && prev.text === line.text) {
      merged.push({ text: line.text, why: 'the same paragraph twice in a row: kept once' });
      return;
    }
    const rank = paragraphs.findIndex((p) => p.i === i);
    const later =
      rank >= 0 && rank < TOP - 1
        ? paragraphs.slice(rank + 1, TOP).find(({ b }) => repeats(line.text, b.text))
        : undefined;
    if (later) {
      merged.push({
        text: line.text,
        why: `a summary above the text that repeats its paragraph “${later.b.text.slice(0, 16)}…”: imported once, as that paragraph`,
      });
      return;
    }
    kept.push(line);
  });
  return { body: kept, merged };
}
