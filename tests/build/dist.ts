import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { allBuiltPages } from '../../e2e/pages.ts';

/** Helpers for checks over the built site. `npm test` builds first; OUT_DIR points elsewhere. */
export const distDir = path.resolve(process.env['OUT_DIR'] ?? 'dist');

if (!fs.existsSync(path.join(distDir, 'index.html'))) {
  throw new Error(`${distDir} has no index.html: run \`npm run build\` before the build checks.`);
}

/** Every HTML file in dist/, as site paths: `/`, `/en/2024/`, `/404.html`. */
export function htmlPages(): string[] {
  return allBuiltPages(distDir);
}

export function fileOf(sitePath: string): string {
  const p = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return path.join(distDir, p);
}

const cache = new Map<string, HTMLElement>();
export function page(sitePath: string): HTMLElement {
  let root = cache.get(sitePath);
  if (!root) {
    root = parse(fs.readFileSync(fileOf(sitePath), 'utf8'));
    cache.set(sitePath, root);
  }
  return root;
}

export function rawHtml(sitePath: string): string {
  return fs.readFileSync(fileOf(sitePath), 'utf8');
}

/**
 * Body text blocks of a review, in order: each section's heading, kicker and paragraphs (the
 * words inside chart figures are the charts', not the article's).
 */
export function reviewBlocks(sitePath: string): { section: string; text: string }[] {
  return page(sitePath)
    .querySelectorAll('main section[id]')
    .flatMap((s) =>
      s
        .querySelectorAll('h2, p')
        .filter((el) => !el.closest('figure'))
        .map((el) => ({ section: s.id, text: textOf(el) })),
    );
}

/** Visible text of an element: visually-hidden helper text removed, whitespace collapsed. */
export function textOf(el: HTMLElement): string {
  const clone = parse(el.outerHTML);
  for (const hidden of clone.querySelectorAll('.visually-hidden')) hidden.remove();
  return clone.textContent.replace(/\s+/g, ' ').trim();
}
