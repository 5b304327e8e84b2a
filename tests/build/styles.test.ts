import { describe, expect, test } from 'vitest';
import { htmlPages, page } from './dist.ts';

/**
 * The stylesheets are split by concern (src/styles/) and each component keeps its own rules in a
 * scoped <style>. That is only the same page as one big sheet while two things hold:
 * - scoping adds no specificity (`scopedStyleStrategy: 'where'`): with Astro's default, a scoped
 *   `.share` would outrank the print sheet's and engines.css's equal-specificity overrides;
 * - engines.css comes after the header rules it corrects (they tie, so the later one wins).
 */
const cssOf = (p: string) =>
  page(p)
    .querySelectorAll('style')
    .map((s) => s.textContent)
    .join('\n');

describe('stylesheets', () => {
  const pages = htmlPages();

  test('every page carries its styles inline, and scoped rules add no specificity', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      const css = cssOf(p);
      expect(css, `${p}: no inline styles`).toMatch(/:root\{/);
      expect(css, `${p}: a scoped rule by attribute ([data-astro-cid-…]) raises specificity`).not.toMatch(
        /\[data-astro-cid-/,
      );
    }
  });

  test('components and pages with their own rules are scoped with :where()', () => {
    const css = cssOf('/en/2024/');
    for (const cls of [
      'section-nav',
      'share',
      'motion-toggle',
      'headline',
      'notes',
      'term',
      'review-footer',
      'review__head',
    ]) {
      expect(css, `.${cls} is scoped in its component`).toMatch(
        new RegExp(`\\.${cls}:where\\(\\.astro-[a-z0-9]+\\)`),
      );
    }
  });

  test('the engine fixes come after the header rules they correct', () => {
    for (const p of pages.filter((x) => cssOf(x).includes('.header-search__toggle{'))) {
      const css = cssOf(p);
      const header = css.lastIndexOf('.header-search__toggle{');
      const engine = css.indexOf('.header-search:not(:focus-within)');
      expect(engine, `${p}: engines.css rules are present`).toBeGreaterThan(-1);
      expect(engine, `${p}: engines.css comes after header.css`).toBeGreaterThan(header);
    }
  });
});
