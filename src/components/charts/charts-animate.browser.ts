import { selectAll } from 'd3-selection';
import 'd3-transition';

/**
 * Animates the marks of charts from their start to their server-rendered final geometry as they
 * enter the viewport. Loaded (and run) only when the reader scrolls a chart near and motion is on.
 * Only marks move: figures are printed once, never counted up (an approximate 1000余 must never
 * tick through exact values, and a changing number would jump). Every animated attribute ends
 * exactly on the value the server wrote (kept in data-*), also when interrupted.
 */
const DURATION = 900;
const root = document.documentElement;

/** The bars (and unit-grid clip rectangles) of a chart, each carrying its final x and width in data-*. */
const marks = (chart: Element): SVGRectElement[] => [
  ...chart.querySelectorAll<SVGRectElement>('rect[data-width]'),
];

function land(rect: SVGRectElement | undefined): void {
  rect?.setAttribute('x', rect.dataset['x'] ?? '');
  rect?.setAttribute('width', rect.dataset['width'] ?? '');
}

function finalValues(chart: Element): void {
  for (const rect of marks(chart)) {
    selectAll([rect]).interrupt();
    land(rect);
  }
}

function reset(chart: Element): void {
  for (const rect of marks(chart)) {
    rect.setAttribute('x', rect.dataset['x0'] ?? '');
    rect.setAttribute('width', (rect.dataset['width'] ?? '').endsWith('%') ? '0%' : '0');
  }
}

function play(chart: Element): void {
  for (const rect of marks(chart)) {
    const step = Number(rect.dataset['step']);
    const transition = selectAll([rect])
      .transition()
      .duration(DURATION)
      .attr('x', rect.dataset['x'] ?? '');
    if (step > 0) {
      // Unit squares: reveal whole columns only, so no sliver of a square ever shows.
      const full = Number(rect.dataset['width']);
      transition.attrTween(
        'width',
        () => (t: number) => String(Math.min(full, Math.ceil((t * full) / step) * step)),
      );
    } else {
      transition.attr('width', rect.dataset['width'] ?? '');
    }
    // Land exactly on the server's numbers, whatever floating point did on the way.
    transition.on('end interrupt', () => land(rect));
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

// Runs on import: charts.browser.ts imports this bundle by URL once a chart comes near.
animateCharts(document.querySelectorAll<HTMLElement>('[data-chart]'));
