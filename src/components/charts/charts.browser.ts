/**
 * The review page's charts (browser; the charts are complete without it, drawn at final values):
 * - the chart animation code (d3-selection + d3-transition, ~15 KB) is fetched only once the reader
 *   scrolls and a chart comes within half a screen, and only when motion is on (`<motion-toggle>`).
 *   Charts already on screen at load are complete as they are; those scrolled into view animate;
 * - the charts' data tables open for printing.
 */
// `?worker&url`: the URL of a self-contained, hashed bundle of the chart code that runs on import
// (bundled the way Vite bundles a worker). Importing it by URL keeps Vite's ~900-byte preload
// helper out of this first-load script.
import chartsAnimate from './charts-animate.browser.ts?worker&url';

const root = document.documentElement;
const charts = document.querySelectorAll<HTMLElement>('[data-chart]');
const near = new IntersectionObserver(
  (entries) => {
    if (root.dataset['motion'] !== 'on' || !entries.some((e) => e.isIntersecting)) return;
    near.disconnect();
    void import(/* @vite-ignore */ chartsAnimate);
  },
  { rootMargin: '50% 0px' },
);
if (charts.length > 0) {
  // Charts on screen at load stay as they are (no flash back to zero later).
  const atLoad = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) e.target.setAttribute('data-played', '');
    atLoad.disconnect();
  });
  for (const c of charts) atLoad.observe(c);
  addEventListener(
    'scroll',
    () => {
      for (const c of charts) near.observe(c);
    },
    { once: true, passive: true },
  );
}

// Print the data tables with the charts.
const opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('.chart__data:not([open])')) {
    d.open = true;
    opened.push(d);
  }
});
addEventListener('afterprint', () => {
  for (const d of opened.splice(0)) d.open = false;
});
