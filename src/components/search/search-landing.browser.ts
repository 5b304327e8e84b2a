/**
 * Arriving from a search result (`/zh-hans/2024/?hl=网格#lede-2`): the browser has already
 * jumped to the paragraph's anchor; this marks the searched words in that paragraph (or, for a
 * section anchor, in the first paragraph that has them), brings it to the middle of the screen,
 * and tidies the address. Loaded only when the address carries `hl` (see SearchLanding.astro).
 */
const params = new URLSearchParams(location.search);
const words = [...new Set((params.get('hl') ?? '').split(/\s+/).filter((w) => w.length > 0))].slice(0, 8);

/** A malformed fragment (a truncated share link: `#%E7%BD%91%`) is read as written, never thrown on. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
const anchor = document.getElementById(safeDecode(location.hash.slice(1)));

/** Marks whole occurrences of the words in `scope`'s visible text; returns how many. */
function mark(scope: Element, terms: string[]): number {
  const pattern = new RegExp(
    terms
      .sort((a, b) => b.length - a.length)
      .map((w) => {
        const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // Latin words and figures whole (never "grid" inside "gridlock", "17" inside "2017");
        // Chinese words as they are. A Chinese character next to them is a boundary.
        return /\p{Script=Han}/u.test(w)
          ? escaped
          : `(?<![\\p{Script=Latin}\\p{N}])${escaped}(?![\\p{Script=Latin}\\p{N}])`;
      })
      .join('|'),
    'giu',
  );
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('.visually-hidden, svg, script, style, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const m of text.matchAll(pattern)) {
      parts.push(text.slice(at, m.index));
      const hit = document.createElement('mark');
      hit.className = 'search-hit';
      hit.textContent = m[0];
      parts.push(hit);
      at = m.index + m[0].length;
      count++;
    }
    if (at > 0) {
      parts.push(text.slice(at));
      node.replaceWith(...parts);
    }
  }
  return count;
}

if (anchor && words.length > 0) {
  // A section anchor: the words are in one of its paragraphs; mark them in the first that has them.
  const candidates = anchor.matches('p, li, h2, h3, figure')
    ? [anchor]
    : [...anchor.querySelectorAll('h2, h3, p, li')];
  // Whatever `hl` holds, a bad word is no highlight, never an error that stops the page's scripts.
  const marked = (c: Element): boolean => {
    try {
      return mark(c, words) > 0;
    } catch {
      return false;
    }
  };
  const target = candidates.find(marked);
  if (target) {
    // Motion as the rest of the page has it: the reader's switch if set, else the OS setting.
    const setting = document.documentElement.dataset['motion'];
    const motion = setting ? setting === 'on' : !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.classList.add('search-target');
    if (motion) target.classList.add('search-target--motion');
    requestAnimationFrame(() =>
      target.scrollIntoView({ block: 'center', behavior: motion ? 'smooth' : 'auto' }),
    );
  }
}
// Keep the anchor, drop the highlight words: a shared or reloaded link is the plain page.
history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
