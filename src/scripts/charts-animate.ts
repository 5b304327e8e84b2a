import { selectAll } from 'd3-selection';
import 'd3-transition';

/**
 * Animates charts from zero to their server-rendered final values as they enter the viewport.
 * Loaded (and run) only when the reader scrolls a chart near and motion is on. Every animated attribute ends exactly on
 * the value the server wrote (kept in data-* attributes), also when interrupted.
 */
const DURATION = 900;
/** U+2007, as wide as a digit in tabular figures. */
const FIGURE_SPACE = '\u2007';
const root = document.documentElement;

/** The bars (and clip rectangles) of a chart, each carrying its final x and width in data-*. */
const bars = (chart: Element): SVGRectElement[] => [...chart.querySelectorAll<SVGRectElement>('rect[data-width]')];

function finalValues(chart: Element): void {
  selectAll(bars(chart))
    .interrupt()
    .attr('x', (_, i, nodes) => nodes[i]?.dataset['x'] ?? '')
    .attr('width', (_, i, nodes) => nodes[i]?.dataset['width'] ?? '');
  for (const n of chart.querySelectorAll<HTMLElement>('[data-value]')) {
    selectAll([n]).interrupt();
    if (n.dataset['text'] !== undefined) n.textContent = n.dataset['text'];
  }
}

function reset(chart: Element): void {
  selectAll(bars(chart))
    .attr('x', (_, i, nodes) => nodes[i]?.dataset['x0'] ?? '')
    .attr('width', 0);
  for (const n of chart.querySelectorAll<HTMLElement>('[data-value]')) {
    n.dataset['text'] ??= n.textContent ?? '';
    n.textContent = (n.dataset['text'] ?? '').replace(/[\d.,]+/, (m) => '0'.padStart(m.length, FIGURE_SPACE));
  }
}

function play(chart: Element): void {
  selectAll(bars(chart))
    .transition()
    .duration(DURATION)
    .attr('x', (_, i, nodes) => nodes[i]?.dataset['x'] ?? '')
    .attr('width', (_, i, nodes) => nodes[i]?.dataset['width'] ?? '')
    .on('end interrupt', (_, i, nodes) => {
      // Land exactly on the server's numbers, whatever floating point did on the way.
      const rect = nodes[i];
      rect?.setAttribute('x', rect.dataset['x'] ?? '');
      rect?.setAttribute('width', rect.dataset['width'] ?? '');
    });
  for (const n of chart.querySelectorAll<HTMLElement>('[data-value]')) {
    const text = n.dataset['text'] ?? '';
    const target = Number(n.dataset['value']);
    const shown = text.match(/[\d.,]+/)?.[0] ?? '';
    const decimals = shown.split('.')[1]?.length ?? 0;
    const fmt = new Intl.NumberFormat(root.lang, { useGrouping: shown.includes(','), maximumFractionDigits: decimals, minimumFractionDigits: decimals });
    // Count up in the printed number's own scale (1260万 counts to 1260, not 12600000).
    const printed = Number(shown.replace(/,/g, '')) || target;
    selectAll([n])
      .transition()
      .duration(DURATION)
      .tween('text', () => (t: number) => {
        // Padded with figure spaces to the printed number's length: the line never rewraps (CLS 0).
        n.textContent = text.replace(shown, fmt.format(printed * t).padStart(shown.length, FIGURE_SPACE));
      })
      .on('end interrupt', () => {
        n.textContent = text;
      });
  }
}

function animateCharts(charts: NodeListOf<HTMLElement>): void {
  const seen = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        seen.unobserve(e.target);
        e.target.setAttribute('data-played', '');
        if (root.dataset['motion'] === 'on') play(e.target);
        else finalValues(e.target);
      }
    },
    { threshold: 0.3 },
  );
  for (const c of charts) {
    if (c.hasAttribute('data-played')) continue;
    reset(c);
    seen.observe(c);
  }
  const finishAll = () => {
    for (const c of charts) finalValues(c);
  };
  // Motion switched off, or printing: every chart at its final values at once.
  addEventListener('motionchange', () => {
    if (root.dataset['motion'] !== 'on') {
      seen.disconnect();
      finishAll();
    }
  });
  addEventListener('beforeprint', finishAll);
}

// Runs on import: the page script imports this bundle by URL once a chart comes near.
animateCharts(document.querySelectorAll<HTMLElement>('[data-chart]'));
