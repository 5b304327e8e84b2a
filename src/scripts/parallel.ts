/**
 * Parallel page enhancement (the page works fully without it):
 * - remembers the reader's choice of both languages or one (the choice itself is CSS only);
 * - the language switch opens the other edition's parallel page at the same pair.
 */
import { keepPlace } from './reading-place.ts';

const KEY = 'pingan:parallel-view';
const inputs = [...document.querySelectorAll<HTMLInputElement>('input[name="pview"]')];
let stored: string | null = null;
try {
  stored = localStorage.getItem(KEY);
} catch {
  /* storage blocked: the default (both) stands */
}
const choice = inputs.find((i) => i.value === stored);
if (choice && !choice.checked) {
  choice.checked = true;
  // The layout changed under an anchor the reader came to: bring the pair back into view.
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
