/**
 * The search form's controls on the page (browser), for search-ui.browser.ts: the filters folded
 * behind one button on phones, and the arrow keys between the box and the results.
 */
import { el, type Formatter } from './search-results.browser.ts';

/**
 * Phones: the filters fold behind one button (they would push the first result under the
 * on-screen keyboard). Without JavaScript, or on a wide screen, they stay open.
 */
export function foldFilters(root: HTMLElement, t: Formatter): void {
  const filters = root.querySelector<HTMLElement>('.search-form__filters');
  if (!filters || !filters.querySelector('select')) return;
  const toggle = el('button', 'search-form__filters-toggle', t('search.filters'));
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', (filters.id ||= 'search-filters'));
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    filters.classList.toggle('search-form__filters--open', open);
  });
  filters.before(toggle);
  root.classList.add('search-page--foldable');
}

/** Keyboard: ↓ from the box to the results, ↑/↓ between them, ↑ from the first back to the box. */
export function arrowKeys(root: HTMLElement, input: HTMLInputElement): void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.search-result__link')].filter(
      (a) => a.offsetParent !== null,
    );
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && e.key === 'ArrowDown' && links[0]) {
      e.preventDefault();
      links[0].focus();
    } else if (at >= 0) {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
      (next ?? (e.key === 'ArrowUp' ? input : links[at]))?.focus();
    }
  };
  root.addEventListener('keydown', onKey);
  if (!root.contains(input)) input.addEventListener('keydown', onKey);
}
