import fs from 'node:fs';
import path from 'node:path';

/**
 * The figure pages (issue 25) are one template per figure and edition (dozens of pages): the walks
 * that visit every page take these few, one of each kind (a drawn chart, a numbers block, a
 * headline figure) across the editions; tests/build/figures.test.ts reads them all.
 */
export const FIGURE_SAMPLE = [
  '/zh-hans/2024/figures/honours/',
  '/zh-hant/2024/figures/lede-numbers/',
  '/en/2024/figures/crime-cases/',
];
/** The embeds the page-by-page checks visit (axe, headers); they have no site chrome to lay out. */
export const EMBED_SAMPLE = ['/en/2024/figures/honours/embed/', '/zh-hans/2024/figures/crime-cases/embed/'];

const isFigure = (p: string) => /\/figures\//.test(p);

/** Every HTML page of the build but the figure pages, plus the figure sample (and embeds, if asked). */
export function builtPages(opts: { embeds?: boolean } = {}): string[] {
  return [
    ...allBuiltPages().filter((p) => !isFigure(p)),
    ...FIGURE_SAMPLE,
    ...(opts.embeds ? EMBED_SAMPLE : []),
  ];
}

/** Every HTML page of the build, as site paths. */
export function allBuiltPages(dist = path.resolve(process.env['OUT_DIR'] ?? 'dist')): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        const rel = `/${path.relative(dist, full).split(path.sep).join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}
