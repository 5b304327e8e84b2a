/**
 * The parallel page (对照); it works fully without this script. (On the review page, the link to
 * it follows the paragraph being read with the language switch: src/scripts/review.ts.)
 * - Remembers the reader's choice of both languages or one (the choice itself is
 *   CSS only), and the language switch opens the other edition's parallel page at the same pair.
 * One small inlined module, no extra request.
 */
import { keepPlace } from './reading-place.ts';

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
