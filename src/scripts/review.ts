/**
 * Review page enhancement (the page works fully without it):
 * - keeps the reader's place: the language switch points at the paragraph being read (paragraph
 *   ids match across editions), and the section navigator marks the section being read
 *   (aria-current); above the first section both point at the top of the page again;
 * - the chart motion switch (remembered across pages; reduced motion is the default when the OS
 *   asks for it), and the chart animation code, fetched only when the reader scrolls a chart near;
 * - the share button (the phone's share sheet, else copy the link);
 * - opens the charts' data tables for printing.
 */
// `?worker&url`: the URL of a self-contained, hashed bundle of the chart code that runs on import
// (bundled the way Vite bundles a worker). Importing it by URL keeps Vite's ~900-byte preload
// helper out of this first-load script.
import chartsAnimate from './charts-animate.ts?worker&url';

const root = document.documentElement;
const sections = [...document.querySelectorAll<HTMLElement>('main section[id]')];
// Sections and their paragraphs, in reading order (paragraph ids match across editions).
const anchors = [...document.querySelectorAll<HTMLElement>('main section[id], main section[id] p[id]')];
// The language switch and the link to the parallel page: both land on the paragraph being read.
const langLinks = document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch], a[data-parallel-link]');
// The parallel link sits in the masthead, so a reader scrolls back up to reach it: it keeps the
// last paragraph read (the switch, always on screen in the header, follows the page top too).
const keepsLastPlace = (a: HTMLAnchorElement): boolean => a.hasAttribute('data-parallel-link');
const nav = document.querySelector<HTMLElement>('.section-nav ol');
const header = document.querySelector<HTMLElement>('.site-header');

/** Points the switch (and the parallel link) at `#anchor` (or the page top), and marks the section `id` as current. */
function setPlace(anchor: string, id: string): void {
  for (const a of langLinks) {
    if (!anchor && keepsLastPlace(a)) continue;
    const path = (a.getAttribute('href') ?? '').split('#')[0];
    a.setAttribute('href', anchor ? `${path}#${anchor}` : `${path}`);
  }
  for (const a of nav?.querySelectorAll('a') ?? []) {
    if (id && a.hash === `#${id}`) {
      if (a.hasAttribute('aria-current')) continue;
      a.setAttribute('aria-current', 'location');
      if (nav) nav.scrollLeft = a.offsetLeft - (nav.clientWidth - a.offsetWidth) / 2;
    } else {
      a.removeAttribute('aria-current');
    }
  }
}

/**
 * Where the reader is. For the switch: the first paragraph not yet scrolled away under the
 * header, or the section itself while its heading is on screen. For the navigator: the section
 * crossing a line a third of the way down the screen. Neither above the first section (the
 * reader went back to the top): the switch then points at the top of the other edition.
 */
function place(): void {
  const top = Math.max(0, header?.getBoundingClientRect().bottom ?? 0);
  const line = innerHeight / 3;
  const section = sections.findLast((s) => s.getBoundingClientRect().top <= line);
  if ((sections[0]?.getBoundingClientRect().top ?? 0) > top + 1) {
    setPlace('', '');
    return;
  }
  const here = anchors.find((el) => {
    const r = el.getBoundingClientRect();
    return el.tagName === 'SECTION' ? r.top >= top - 4 && r.top < innerHeight : r.bottom > top + 8;
  });
  setPlace(here?.id ?? section?.id ?? '', section?.id ?? '');
}

let queued = false;
addEventListener(
  'scroll',
  () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      place();
    });
  },
  { passive: true },
);
// Right before the switch is followed, the place is read afresh (no stale anchor).
for (const a of langLinks) a.addEventListener('click', place);
// The place is read from the layout, never from location.hash: a malformed #fragment cannot throw.
addEventListener('hashchange', () => requestAnimationFrame(place));
place();

// Share: the phone's share sheet where there is one, else copy the link and say so.
const share = document.querySelector<HTMLButtonElement>('[data-share]');
const shareStatus = document.querySelector<HTMLElement>('.share__status');
if (share && (navigator.share || navigator.clipboard)) {
  share.hidden = false;
  share.addEventListener('click', () => {
    const url = location.origin + location.pathname;
    if (navigator.share) {
      navigator.share({ title: document.title, url }).catch(() => undefined);
      return;
    }
    void navigator.clipboard.writeText(url).then(() => {
      if (shareStatus) shareStatus.textContent = shareStatus.dataset['copied'] ?? '';
      setTimeout(() => shareStatus && (shareStatus.textContent = ''), 4000);
    });
  });
}

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

// A control focused from the keyboard while half outside a sideways scroller (the section chips,
// the year's figures) stays half hidden in Chromium, its ring cut off: bring it wholly in view
// (the scrollers' scroll-padding leaves room for the ring).
addEventListener('focusin', (e) => {
  const el = e.target;
  if (el instanceof HTMLElement && el.closest('.section-nav ol, .headline__list')) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
});

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
