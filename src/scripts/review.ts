/**
 * Review page enhancement (the page works fully without it):
 * - marks the section being read in the section navigator (aria-current), and points the
 *   language switch at that section, so switching edition lands on the same spot;
 * - the chart motion switch (remembered across pages; reduced motion is the default when the OS
 *   asks for it), and the chart animation code, fetched only when the reader scrolls a chart near;
 * - opens the charts' data tables for printing.
 */
// `?worker&url`: the URL of a self-contained, hashed bundle of the chart code that runs on import
// (bundled the way Vite bundles a worker). Importing it by URL keeps Vite's ~900-byte preload
// helper out of this first-load script.
import chartsAnimate from './charts-animate.ts?worker&url';

const root = document.documentElement;
const sections = [...document.querySelectorAll<HTMLElement>('main section[id]')];
const langLinks = document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]');
const nav = document.querySelector<HTMLElement>('.section-nav ol');

function setCurrent(id: string): void {
  for (const a of langLinks) {
    const path = (a.getAttribute('href') ?? '').split('#')[0];
    a.setAttribute('href', `${path}#${id}`);
  }
  for (const a of nav?.querySelectorAll('a') ?? []) {
    if (a.hash === `#${id}`) {
      a.setAttribute('aria-current', 'location');
      if (nav) nav.scrollLeft = a.offsetLeft - (nav.clientWidth - a.offsetWidth) / 2;
    } else {
      a.removeAttribute('aria-current');
    }
  }
}

const inView = new Set<string>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      if (e.isIntersecting) inView.add(e.target.id);
      else inView.delete(e.target.id);
    }
    const current = sections.find((s) => inView.has(s.id));
    if (current) setCurrent(current.id);
  },
  // A section counts as "being read" when it crosses a line a third of the way down the screen.
  { rootMargin: '-33% 0px -66% 0px' },
);
for (const s of sections) observer.observe(s);

/** The #fragment as text; a malformed one (a truncated share link, `#%E5%B9`) is ignored, not thrown. */
const hashId = (): string => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
};
const fromHash = (): void => {
  const id = hashId();
  if (sections.some((s) => s.id === id)) setCurrent(id);
};
addEventListener('hashchange', fromHash);
fromHash();

// Chart motion: on unless the OS asks for reduced motion; the reader's choice wins and is kept.
const KEY = 'pingan:motion';
const stored = (): string | null => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};
const setMotion = (on: boolean): void => {
  root.dataset['motion'] = on ? 'on' : 'off';
  toggle?.setAttribute('aria-pressed', String(on));
};
const toggle = document.querySelector<HTMLButtonElement>('[data-motion-toggle]');
setMotion(stored() ? stored() === 'on' : !matchMedia('(prefers-reduced-motion: reduce)').matches);
if (toggle) {
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const on = root.dataset['motion'] !== 'on';
    setMotion(on);
    try {
      localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch {
      /* private mode: the choice lasts for this page */
    }
    dispatchEvent(new Event('motionchange'));
  });
}

// The chart animation code (d3-selection + d3-transition, ~15 KB) is fetched only once the reader
// scrolls and a chart comes within half a screen. Charts already on screen at load are complete
// as they are; those scrolled into view animate.
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
  addEventListener('scroll', () => {
    for (const c of charts) near.observe(c);
  }, { once: true, passive: true });
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
