import type { PagefindServiceConfig } from 'pagefind';

/** How Pagefind indexes the records (Node API `createIndex`). */
export const indexConfig: PagefindServiceConfig = {
  // Not review text: chart plots (SVG tick labels; the chart's data table is indexed instead) and
  // screen-reader helper text such as a term link's "(see note)". `data-pagefind-ignore` is
  // honoured as well.
  excludeSelectors: ['svg', '[aria-hidden="true"]', '.visually-hidden'],
};

/**
 * Which of Pagefind's output files we publish. Our own UI talks to `pagefind.js`; the default UIs
 * (pagefind-ui.js alone is 127 KB) and the highlight script are never loaded, so not shipped.
 */
export function keepBundleFile(file: string): boolean {
  return !/^pagefind-(ui|modular-ui|component-ui|highlight)\b/.test(file);
}
