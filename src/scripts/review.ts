/**
 * Review page enhancement (the page works fully without it):
 * - marks the section being read in the section navigator (aria-current), and
 * - points the language switch at that section, so switching edition lands on the same spot.
 */
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

const fromHash = (): void => {
  const id = decodeURIComponent(location.hash.slice(1));
  if (sections.some((s) => s.id === id)) setCurrent(id);
};
addEventListener('hashchange', fromHash);
fromHash();
