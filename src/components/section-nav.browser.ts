/**
 * `<section-nav>` (browser): the review page's section navigator, and the reader's place on the
 * page. The server HTML is a plain list of section links that works without it; upgraded, it
 * - marks the section being read (aria-current) and scrolls its chip into view;
 * - points the links that follow the reader at the paragraph being read: the language switch and
 *   the link to the parallel page (paragraph ids match across editions); above the first section
 *   the switch points at the top of the other edition again;
 * - brings a chip focused from the keyboard wholly into view.
 * Both places come from one scroll reading, so they live together here.
 */

/** Points the switch (and the parallel link) at `#anchor` (or the page top). */
function pointLinks(links: HTMLAnchorElement[], anchor: string): void {
  for (const a of links) {
    // The parallel link sits in the masthead, so a reader scrolls back up to reach it: it keeps
    // the last paragraph read (the switch, always on screen in the header, follows the page top too).
    if (!anchor && a.hasAttribute('data-parallel-link')) continue;
    const path = (a.getAttribute('href') ?? '').split('#')[0];
    a.setAttribute('href', anchor ? `${path}#${anchor}` : `${path}`);
  }
}

/** Marks the section `id` as current in the navigator (none for ''), its chip scrolled into view. */
function markSection(nav: HTMLElement | null, id: string): void {
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

/** The page's landmarks that the reader's place is read from. */
interface Landmarks {
  header: Element | null;
  sections: HTMLElement[];
  /** Sections and their paragraphs, in reading order (paragraph ids match across editions). */
  anchors: HTMLElement[];
  /** Each section's opening: its heading and kicker (the reader at them is at the section). */
  heads: HTMLElement[];
}

/**
 * Where the reader is. For the switch (`anchor`): the first paragraph not yet scrolled away under
 * the header, or the section itself while its heading is on screen. For the navigator (`section`):
 * the section crossing a line a third of the way down the screen. Neither above the first section
 * (the reader went back to the top): the switch then points at the top of the other edition.
 */
function readerPlace({ header, sections, anchors, heads }: Landmarks): { anchor: string; section: string } {
  // The header's line, where an anchor lands (scroll-padding), also while the masthead has
  // stepped aside (masthead.browser.ts): the place does not move when it hides.
  const sticky = header && getComputedStyle(header).position === 'sticky';
  const top = sticky
    ? header.getBoundingClientRect().height
    : Math.max(0, header?.getBoundingClientRect().bottom ?? 0);
  const line = innerHeight / 3;
  const section = sections.findLast((s) => s.getBoundingClientRect().top <= line)?.id ?? '';
  if ((sections[0]?.getBoundingClientRect().top ?? 0) > top + 1) return { anchor: '', section: '' };
  const rect = (el: HTMLElement) => el.getBoundingClientRect();
  // A screen that starts at a section's heading or kicker (the first thing under the masthead,
  // even if its top edge runs a pixel or two under it) is at the section: the switch lands on the
  // heading and kicker, not on the first paragraph below them.
  const first = heads
    .concat(anchors.filter((el) => el.tagName !== 'SECTION'))
    .filter((el) => rect(el).bottom > top + 8);
  const lead = first.reduce<HTMLElement | undefined>(
    (a, el) => (!a || rect(el).top < rect(a).top ? el : a),
    undefined,
  );
  if (lead && heads.includes(lead) && rect(lead).top < innerHeight) {
    return { anchor: lead.closest<HTMLElement>('section[id]')?.id ?? section, section };
  }
  // The paragraph being read: the first that starts on screen under the header, unless the one
  // running under the header's edge still fills half the screen (a long paragraph read on). The
  // last lines of the paragraph before no longer count (the switch landed a paragraph early).
  const starts = anchors.find((el) => rect(el).top >= top - 4 && rect(el).top < innerHeight);
  const across = anchors.findLast(
    (el) => el.tagName !== 'SECTION' && rect(el).top < top - 4 && rect(el).bottom > top + 8,
  );
  const half = (innerHeight - top) / 2;
  const here = across && (!starts || rect(across).bottom - top > half) ? across : (starts ?? across);
  return { anchor: here?.id ?? section, section };
}

class SectionNav extends HTMLElement {
  connectedCallback(): void {
    const nav = this.querySelector('ol');
    const landmarks: Landmarks = {
      header: document.querySelector('.site-header'),
      sections: [...document.querySelectorAll<HTMLElement>('main section[id]')],
      anchors: [...document.querySelectorAll<HTMLElement>('main section[id], main section[id] p[id]')],
      heads: [...document.querySelectorAll<HTMLElement>('main section[id] > h2, main section[id] > .kicker')],
    };
    // The language switch and the link to the parallel page: both land on the paragraph being read.
    const links = [
      ...document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch], a[data-parallel-link]'),
    ];

    const place = (): void => {
      const { anchor, section } = readerPlace(landmarks);
      pointLinks(links, anchor);
      markSection(nav, section);
    };

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
    // The target is computed when the reader taps, from what is on screen then: on the press
    // (WebKit may take the address before the click) and again on the click (keyboard, mouse).
    // A scroll frame still queued can no longer leave the link pointing at an old place.
    for (const a of links) {
      a.addEventListener('pointerdown', place);
      a.addEventListener('click', place);
    }
    // The place is read from the layout, never from location.hash: a malformed #fragment cannot throw.
    addEventListener('hashchange', () => requestAnimationFrame(place));
    // A chip focused from the keyboard while half outside the sideways scroller stays half hidden
    // in Chromium, its ring cut off: bring it wholly in view (scroll-padding leaves room for the ring).
    nav?.addEventListener('focusin', (e) => {
      if (e.target instanceof HTMLElement) e.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    // In the first frame, not now: read here, the layout of the whole page (parsed after the
    // first paint) would be done inside this script's task, one long task at load.
    requestAnimationFrame(place);
  }
}

customElements.define('section-nav', SectionNav);
