import fs from 'node:fs';
import path from 'node:path';
import { locales } from '../../src/config/locales.ts';
import { builtPages } from '../pages.ts';
import type { ReadingBrowser } from './browser.ts';
import {
  chartsProbe,
  landingProbe,
  layoutProbe,
  noteProbe,
  punctuationProbe,
  searchProbe,
  switchProbe,
} from './probes.ts';

/**
 * The reading walk, shared by every engine's suite: what a reader on a phone must get from each
 * built page, checked the same way in Chromium (e2e/reading-walk.spec.ts), WebKit and Gecko
 * (e2e-engines/). `readPage` returns the problems it found as sentences; an empty list passes.
 */

export type PageKind = 'review' | 'search' | 'edition' | 'other';

export interface PlannedPage {
  /** Site path as built, e.g. `/zh-hant/2024/`. */
  path: string;
  kind: PageKind;
  /** The edition's URL segment, when the page belongs to one. */
  segment?: string;
}

/** A word each edition's search must find (it is in the 2024 review of every edition). */
export const searchWords: Record<string, string> = { 'zh-hans': '网格', 'zh-hant': '網格', en: 'grid' };

/** The section the language switch is tried from: deep in the story, with paragraphs. */
const switchSection = 'team-building';

/** Every built page, with what kind of page it is. */
export function readingPlan(pages: string[] = builtPages()): PlannedPage[] {
  return pages.map((p) => {
    const segment = locales.find((l) => p.startsWith(`/${l.segment}/`))?.segment;
    const rest = segment ? p.slice(segment.length + 2) : '';
    const kind: PageKind = !segment
      ? 'other'
      : rest === ''
        ? 'edition'
        : rest === 'search/'
          ? 'search'
          : /^\d{4}\/$/.test(rest)
            ? 'review'
            : 'other';
    return segment ? { path: p, kind, segment } : { path: p, kind };
  });
}

/** File name of a page's screenshot: `zh-hans-2024`, `home`, `404`. */
export function shotName(p: string): string {
  return p === '/'
    ? 'home'
    : p
        .replace(/^\/|\/$/g, '')
        .replace(/\.html$/, '')
        .replace(/[/.]/g, '-');
}

export interface ReadOptions {
  /** Where the screenshot goes, e.g. `screenshots/engines/webkit-360`. */
  shots: string;
  /** How long charts may take to reach their final values, ms. */
  chartTimeout?: number;
}

/** Reads one page as a reader would and returns every problem found. */
export async function readPage(b: ReadingBrowser, page: PlannedPage, opts: ReadOptions): Promise<string[]> {
  const problems: string[] = [];
  const lang = locales.find((l) => l.segment === page.segment);
  const word = page.segment ? searchWords[page.segment] : undefined;
  // A search page is read with a query in its address, as a shared link or the header box sends it.
  const address = page.kind === 'search' && word ? `${page.path}?q=${encodeURIComponent(word)}` : page.path;
  await b.goto(address);

  const layout = await b.run(layoutProbe, undefined);
  if (layout.scrollWidth > layout.innerWidth) {
    problems.push(
      `scrolls sideways: the page is ${layout.scrollWidth} px wide on a ${layout.innerWidth}-px screen (${layout.wide.join('; ')})`,
    );
  }
  const middles = layout.header.map((h) => h.middle);
  if (middles.length > 1 && Math.max(...middles) - Math.min(...middles) > 8) {
    problems.push(
      `the header wraps onto two rows: ${layout.header.map((h) => `${h.name} at ${h.middle} px`).join(', ')}`,
    );
  }
  if (page.kind === 'review') {
    const s = layout.story;
    if (!s) problems.push('no story paragraph (main section[id] p[id]) found');
    else if (s.top < 0 || s.top + s.line > layout.visibleBottom) {
      problems.push(
        `the story is not on the first screen: the first line of its first paragraph #${s.id} spans ${s.top}–${s.top + s.line} px, and the screen shows ${layout.visibleBottom} px above the bottom bar`,
      );
    }
  }

  const marks = await b.run(punctuationProbe, undefined);
  // The check must have something to judge: a Chinese review has hundreds of these marks.
  if (page.kind === 'review' && page.segment?.startsWith('zh') && marks.length < 20) {
    problems.push(`only ${marks.length} Chinese commas and full stops could be measured`);
  }
  for (const p of marks) {
    if (p.em < 0.85 || p.em > 1.5)
      problems.push(`“${p.ch}” is ${p.em} em wide, not full-width, in “${p.context}”`);
  }

  if (page.kind === 'search' && word) {
    const s = await b.run(searchProbe, { q: word, timeout: 15_000 });
    if (s.results === 0) problems.push(`search for “${word}” shows no results (status: “${s.status}”)`);
    else if (!s.marks.some((m) => m.toLowerCase().includes(word)))
      problems.push(`search results for “${word}” mark ${JSON.stringify(s.marks)}, not the word`);
  }

  if (page.kind === 'review') {
    const c = await b.run(chartsProbe, opts.chartTimeout ?? 6000);
    if (c.charts === 0) problems.push('no charts on the review page');
    if (c.unfinished.length > 0)
      problems.push(`charts not at their final values: ${c.unfinished.join(', ')}`);
    problems.push(...c.collisions, ...c.clipped);
  }

  fs.mkdirSync(opts.shots, { recursive: true });
  await b.screenshot(path.join(opts.shots, `${shotName(page.path)}.png`));

  if (page.kind === 'review' && (await b.run(() => document.querySelector('.term') !== null, undefined))) {
    // A term that is a button or link itself, the control inside a term wrapper, or the note
    // marker that follows the term (the review page's "i" button: src/components/Term.astro).
    const term = (await b.run(
      () => document.querySelector('.term')?.matches('a, button, summary') ?? false,
      undefined,
    ))
      ? '.term'
      : '.term-ref, .term a, .term button, .term summary';
    await b.click(term);
    const n = await b.run(noteProbe, term);
    if (!n.visible)
      problems.push(`activating the first glossary term does not show its note (#${n.id}) on screen`);
    else if (n.text.length < 10) problems.push(`the note #${n.id} shows no text`);
  }

  problems.push(...(await b.errors()).map((e) => `script error: ${e}`));

  if (page.kind === 'review' && lang) {
    const other = locales[(locales.indexOf(lang) + 1) % locales.length]!;
    const before = await b.url();
    const s = await b.run(switchProbe, { section: switchSection, lang: other.lang });
    if (!s.href) {
      problems.push(`no ${other.segment} link in the language switch, or no paragraph in #${switchSection}`);
    } else {
      const hash = s.href.split('#')[1] ?? '';
      if (hash !== switchSection && hash !== s.paragraph) {
        problems.push(
          `reading #${s.paragraph}, the switch to ${other.segment} points at “${s.href}”, not #${switchSection} or #${s.paragraph}`,
        );
      }
      const end = Date.now() + 10_000;
      while ((await b.url()) === before && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      await b.watch?.();
      const land = await b.run(landingProbe, undefined);
      if (land.lang !== other.lang)
        problems.push(`the switch to ${other.segment} opened a page in “${land.lang}”`);
      else if (land.id !== hash)
        problems.push(`the switch to ${other.segment} landed on #${land.id}, not #${hash}`);
      else if (!land.onScreen)
        problems.push(
          `the switch to ${other.segment} landed with #${land.id} off screen (top ${land.top} px)`,
        );
      problems.push(...(await b.errors()).map((e) => `script error after switching: ${e}`));
    }
  }
  return problems;
}
