/**
 * `<parallel-view>` (browser): the parallel page's choice of both languages or one. The choice
 * itself is plain radio buttons and CSS (`:has()`), so the page works fully without this; upgraded,
 * it remembers the choice for the next visit (localStorage, `both`, `zh` or `en`, so it holds
 * across editions), and the language switch opens the other edition's parallel page at the pair
 * being read. (On the review page, the link to this page follows the paragraph being read with
 * the language switch: `<section-nav>`, ../section-nav.browser.ts.)
 */
import { keepPlace } from './reading-place.browser.ts';

/** The fragment as an element id; none when it is not valid percent-encoding (a mistyped link). */
function decodedHash(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

const KEY = 'pingan:parallel-view';

class ParallelView extends HTMLElement {
  connectedCallback(): void {
    const inputs = [...this.querySelectorAll<HTMLInputElement>('input[name="pview"]')];
    if (inputs.length === 0) return;
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(KEY);
    } catch {
      /* storage blocked: the default (both) stands */
    }
    const choice = inputs.find((i) => i.value === stored);
    if (choice && !choice.checked) {
      choice.checked = true;
      // The layout changed under the pair the reader came to: bring it back into view.
      const target = location.hash && document.getElementById(decodedHash());
      if (target) target.scrollIntoView();
    }
    for (const input of inputs) {
      input.addEventListener('change', () => {
        try {
          localStorage.setItem(KEY, input.value);
        } catch {
          /* private mode: the choice lasts for this page */
        }
      });
    }
    const pairs = [...document.querySelectorAll('main [data-pair]')];
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) keepPlace(a, pairs);
  }
}

customElements.define('parallel-view', ParallelView);
