/**
 * Functions that run inside the page under test, in any engine (see ./browser.ts `run`). Each is
 * sent as source text, so each is self-contained (no imports, no helpers from outside itself) and
 * takes and returns plain JSON. They measure; ./walk.ts judges.
 */

/** A box in viewport coordinates, rounded for readable messages. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The page's width against the screen's, where the story starts on the first screen, and where
 * that screen's unobstructed part ends.
 */
export const layoutProbe = () => {
  window.scrollTo(0, 0);
  const doc = document.documentElement;
  // Elements sticking out past the right edge, for the message when the page scrolls sideways.
  const wide: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > innerWidth + 1 && wide.length < 5) {
      wide.push(
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(r.right)}`,
      );
    }
  }
  // The story's first body paragraph: the first paragraph with an anchor in a section of the page.
  const first = document.querySelector<HTMLElement>('main section[id] p[id]');
  const story = first
    ? {
        id: first.id,
        top: Math.round(first.getBoundingClientRect().top),
        line: Math.round(
          parseFloat(getComputedStyle(first).lineHeight) ||
            parseFloat(getComputedStyle(first).fontSize) * 1.5,
        ),
      }
    : null;
  // A bar fixed to the bottom of the screen (the section navigator) hides what is under it.
  let visibleBottom = innerHeight;
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    const position = getComputedStyle(el).position;
    if (position !== 'fixed' && position !== 'sticky') continue;
    const r = el.getBoundingClientRect();
    const atBottom = r.top > innerHeight / 2 && r.bottom >= innerHeight - 2;
    if (r.height > 0 && atBottom && r.top < visibleBottom) visibleBottom = Math.round(r.top);
  }
  // The header row (name, editions, search): the vertical centres of its parts, one row or not.
  const header = [...(document.querySelector('.site-header__inner')?.children ?? [])]
    .map((el) => ({ name: el.classList[0] ?? el.tagName.toLowerCase(), r: el.getBoundingClientRect() }))
    .filter((x) => x.r.height > 0)
    .map((x) => ({ name: x.name, middle: Math.round(x.r.top + x.r.height / 2) }));
  return { scrollWidth: doc.scrollWidth, innerWidth, innerHeight, visibleBottom, wide, story, header };
};

/**
 * Widths of the Chinese comma, full stop and enumeration comma as drawn, in em of their own font
 * size. Only marks between two Han characters on the same line are measured: next to other
 * punctuation (`，“`) or at a line's end, CSS may rightly set them half-width
 * (`text-spacing-trim`), which is good typography, not a fault.
 */
export const punctuationProbe = () => {
  const han = /\p{Script=Han}/u;
  const samples: { ch: string; em: number; context: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node && samples.length < 40; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || !/^zh/i.test(parent.closest('[lang]')?.getAttribute('lang') ?? '')) continue;
    if (parent.closest('script, style, noscript, template, [hidden], .visually-hidden')) continue;
    for (let i = 1; i < text.length - 1 && samples.length < 40; i++) {
      const ch = text.charAt(i);
      if (!'，。、'.includes(ch) || !han.test(text.charAt(i - 1)) || !han.test(text.charAt(i + 1))) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const mark = range.getBoundingClientRect();
      range.setStart(node, i + 1);
      range.setEnd(node, i + 2);
      const next = range.getBoundingClientRect();
      if (mark.width === 0 || Math.abs(next.top - mark.top) > 1) continue; // hidden, or ends a line
      const size = parseFloat(getComputedStyle(parent).fontSize);
      samples.push({
        ch,
        em: Math.round((mark.width / size) * 100) / 100,
        context: text.slice(Math.max(0, i - 4), i + 5),
      });
    }
  }
  return samples;
};

/**
 * Scrolls every chart into view the way a reader does, waits until every bar and counter shows
 * its server-rendered value (or the time is up), and reports charts that never got there, text
 * labels whose boxes collide, and labels cut off by the chart's edge.
 */
export const chartsProbe = async (timeout: number) => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const figures = [...document.querySelectorAll<HTMLElement>('figure.chart')];
  for (const f of figures) {
    f.scrollIntoView({ block: 'center' });
    await sleep(60);
  }
  // Marks are sized in user units or in % of the plot ("45.2%"): compare the numbers, same unit.
  const near = (a: string | null, b: string | null) =>
    (a ?? '').endsWith('%') === (b ?? '').endsWith('%') &&
    Math.abs(parseFloat(a ?? '') - parseFloat(b ?? '')) < 0.01;
  const done = (f: HTMLElement) => {
    const bars = [...f.querySelectorAll('rect[data-width]')].some(
      (r) =>
        !near(r.getAttribute('width'), r.getAttribute('data-width')) ||
        (r.hasAttribute('data-x') && !near(r.getAttribute('x'), r.getAttribute('data-x'))),
    );
    const counters = [...f.querySelectorAll<HTMLElement>('[data-value]')].some(
      (n) => n.dataset['text'] !== undefined && n.textContent !== n.dataset['text'],
    );
    return !bars && !counters;
  };
  // A chart passed before the animation code arrived waits, at zero, until it is seen: pause at
  // each such chart as a reader would (briefly, letting animations run side by side), then stay
  // at any that still has not played until it has.
  const waitDone = async (fs: HTMLElement[], ms: number) => {
    const end = Date.now() + ms;
    while (fs.some((f) => !done(f)) && Date.now() < end) await sleep(100);
  };
  for (const f of figures.filter((f) => !done(f))) {
    f.scrollIntoView({ block: 'center' });
    await sleep(250);
  }
  await waitDone(figures, 1500);
  for (const f of figures.filter((f) => !done(f))) {
    f.scrollIntoView({ block: 'center' });
    await waitDone([f], timeout);
  }
  const unfinished = () => figures.filter((f) => !done(f)).map((f) => f.id);

  const collisions: string[] = [];
  const clipped: string[] = [];
  const range = document.createRange();
  for (const f of figures) {
    const plot = f.querySelector('.chart__plot');
    if (!plot) continue;
    const frame = f.getBoundingClientRect();
    // One box per line of each piece of visible text in the plot (SVG text by its element).
    const labels: { text: string; el: Element; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(plot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const seen = el.checkVisibility
        ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
        : true;
      if (!seen) continue;
      if (el instanceof SVGElement) {
        labels.push({ text, el, r: el.getBoundingClientRect() });
      } else {
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0) labels.push({ text, el, r });
      }
    }
    for (let i = 0; i < labels.length; i++) {
      const a = labels[i]!;
      if (a.r.left < frame.left - 1 || a.r.right > frame.right + 1)
        clipped.push(`${f.id}: “${a.text}” runs past the chart's edge`);
      for (let j = i + 1; j < labels.length; j++) {
        const b = labels[j]!;
        // Lines of one label, or an SVG <text> and its own <tspan>: one label, not two.
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        // Text boxes are the font's full ascent to descent, taller than the ink: lines set close
        // overlap a little without any glyphs touching. A third of the smaller height is a collision.
        if (w > 2 && h > Math.min(a.r.height, b.r.height) / 3)
          collisions.push(
            `${f.id}: “${a.text}” overlaps “${b.text}” by ${Math.round(w)}×${Math.round(h)} px`,
          );
      }
    }
  }
  window.scrollTo(0, 0);
  return { charts: figures.length, unfinished: unfinished(), collisions, clipped };
};

/**
 * Glossary notes: after a term is activated (by a real click, done by the walk), the note it
 * points at (link target, popover or aria-controls) is on screen with its text.
 */
export const noteProbe = async (selector: string) => {
  const term = document.querySelector(selector);
  if (!term) return { found: false, id: '', visible: false, text: '' };
  const id =
    term.getAttribute('popovertarget') ??
    term.getAttribute('aria-controls') ??
    (term.getAttribute('href') ?? '').replace(/^[^#]*#?/, '');
  const note = id ? document.getElementById(decodeURIComponent(id)) : null;
  const end = Date.now() + 3000;
  let visible = false;
  while (note && !visible && Date.now() < end) {
    const r = note.getBoundingClientRect();
    const shown = note.checkVisibility
      ? note.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      : true;
    visible =
      shown && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    if (!visible) await new Promise((r) => setTimeout(r, 100));
  }
  return { found: true, id, visible, text: (note?.textContent ?? '').trim().slice(0, 80) };
};

/**
 * The language switch as a reader uses it mid-story: scrolls a section's paragraph to the top of
 * the screen, lets the page's section tracking catch up, and taps the other edition's link
 * where it is (a click from the page, so nothing scrolls first). Returns what the link pointed at.
 */
export const switchProbe = async (arg: { section: string; lang: string }) => {
  const p = document.querySelector<HTMLElement>(`#${arg.section} p[id]`);
  if (!p) return { href: null, paragraph: null };
  p.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -Math.round(innerHeight / 10));
  await new Promise((r) => setTimeout(r, 400));
  const link = document.querySelector<HTMLAnchorElement>(`.lang-switch a[hreflang="${arg.lang}"]`);
  const href = link?.getAttribute('href') ?? null;
  setTimeout(() => link?.click(), 0);
  return { href, paragraph: p.id };
};

/** Where the language switch landed: the edition, and the anchored element on the screen. */
export const landingProbe = async () => {
  const id = decodeURIComponent(location.hash.slice(1));
  // Give a late scroll (fonts, sticky header offset) its moment.
  await new Promise((r) => setTimeout(r, 300));
  const el = id ? document.getElementById(id) : null;
  const r = el?.getBoundingClientRect();
  return {
    lang: document.documentElement.lang,
    id,
    onScreen: Boolean(r && r.height > 0 && r.top >= -1 && r.top < innerHeight),
    top: r ? Math.round(r.top) : null,
  };
};

/** Search: the edition's search page, opened with a query, lists results that mark the word. */
export const searchProbe = async (arg: { q: string; timeout: number }) => {
  const end = Date.now() + arg.timeout;
  const status = () => document.querySelector('[data-search-status]')?.textContent ?? '';
  const items = () => [...document.querySelectorAll('[data-search-results] li.search-result')];
  while (Date.now() < end && !(status().includes(arg.q) && items().length > 0)) {
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    status: status().trim(),
    results: items().length,
    marks: [...document.querySelectorAll('[data-search-results] mark')]
      .map((m) => m.textContent ?? '')
      .slice(0, 5),
  };
};

/**
 * Records uncaught errors and unhandled rejections from now on, for engines whose driver cannot
 * report them (classic WebDriver, used for WebKit, has no log of them).
 */
export const installErrorTrap = () => {
  const w = window as unknown as { __readingErrors?: string[] };
  if (w.__readingErrors) return;
  const errors: string[] = [];
  w.__readingErrors = errors;
  addEventListener('error', (e) => errors.push(`${e.message} (${e.filename}:${e.lineno})`));
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
};

export const readErrorTrap = () =>
  (window as unknown as { __readingErrors?: string[] }).__readingErrors ?? [];
