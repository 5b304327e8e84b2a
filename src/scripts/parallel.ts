/**
 * The parallel page (对照) and the link to it; both pages work fully without this script.
 * - Review page: the link to the parallel page opens it at the pair of the paragraph being read.
 * - Parallel page: remembers the reader's choice of both languages or one (the choice itself is
 *   CSS only), and the language switch opens the other edition's parallel page at the same pair.
 * One script for both pages, so it is one small inlined module and no extra request.
 */
import { keepPlace } from './reading-place.ts';

const toParallel = document.querySelector<HTMLAnchorElement>('a[data-parallel-link]');
if (toParallel)
  keepPlace(toParallel, [...document.querySelectorAll('main section[id] :is(h2, p, figure)[id]')]);

const KEY = 'pingan:parallel-view';
const inputs = [...document.querySelectorAll<HTMLInputElement>('input[name="pview"]')];
if (inputs.length > 0) {
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
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
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
