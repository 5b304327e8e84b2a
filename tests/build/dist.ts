import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Helpers for checks over the built site. `npm test` builds first; OUT_DIR points elsewhere. */
export const distDir = path.resolve(process.env['OUT_DIR'] ?? 'dist');

if (!fs.existsSync(path.join(distDir, 'index.html'))) {
  throw new Error(`${distDir} has no index.html: run \`npm run build\` before the build checks.`);
}

/** Every HTML file in dist/, as site paths: `/`, `/en/2024/`, `/404.html`. */
export function htmlPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        const rel = `/${path.relative(distDir, full).split(path.sep).join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(distDir);
  return out.sort();
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
