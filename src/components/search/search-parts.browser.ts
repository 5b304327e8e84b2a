/**
 * What the search UI is given (browser), for search-ui.browser.ts and search-session.browser.ts:
 * the page's configuration, the mount options, and the page's parts it fills.
 */
import type { EditionSynonyms } from '../../search/expand.ts';
import type { SearchState } from '../../search/state.ts';
import type { Strings } from '../../search/strings.ts';
import type { Edition } from './search-suggestions.browser.ts';

export interface Config {
  segment: string;
  lang: string;
  strings: Strings;
  years: string[];
  sections: string[];
  editions: Edition[];
  synonyms: Record<string, EditionSynonyms>;
}

export interface MountOptions {
  /** The site's base path (`/` or `/reviews/`). */
  base: string;
  /** The form and box, when they are not inside `root` (the header's). */
  form?: HTMLFormElement | undefined;
  input?: HTMLInputElement | undefined;
  /** The first query of a visit is a history entry of its own (Back closes the in-place search). */
  pushFirst?: boolean;
  /** Told the state after each search starts (the overlay opens and closes on it). */
  onState?: (state: SearchState) => void;
}

/** The page's parts the UI fills: the status, results and message elements, and the form. */
export interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  // A filter with a single value is not rendered (the page leaves it out): it is then ''.
  year: HTMLSelectElement | null;
  section: HTMLSelectElement | null;
  status: HTMLElement;
  busy: HTMLElement;
  list: HTMLOListElement;
  moreButton: HTMLButtonElement;
  empty: HTMLElement;
  other: HTMLElement;
  failure: HTMLElement;
}

export function partsOf(root: HTMLElement, options: MountOptions): Parts {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel) as T;
  return {
    form: options.form ?? $<HTMLFormElement>('form'),
    input: options.input ?? $<HTMLInputElement>('input[name="q"]'),
    year: root.querySelector<HTMLSelectElement>('select[name="year"]'),
    section: root.querySelector<HTMLSelectElement>('select[name="section"]'),
    status: $<HTMLElement>('[data-search-status]'),
    busy: $<HTMLElement>('[data-search-busy]'),
    list: $<HTMLOListElement>('[data-search-results]'),
    moreButton: $<HTMLButtonElement>('[data-search-more]'),
    empty: $<HTMLElement>('[data-search-empty]'),
    other: $<HTMLElement>('[data-search-other]'),
    failure: $<HTMLElement>('[data-search-error]'),
  };
}
