import { expect, type Page } from '@playwright/test';

/** Helpers shared by the search specs: drive the search page the way a reader does. */

/** Opens an edition's search page and waits until its script is ready. */
export async function openSearch(page: Page, segment: string, query = ''): Promise<void> {
  await page.goto(`/${segment}/search/${query}`);
  await expect(page.locator('[data-search][data-ready]')).toHaveCount(1);
}

/** Types a query (replacing the box's text) and waits until the results for it are shown. */
export async function search(page: Page, q: string): Promise<void> {
  const box = page.locator('#search-q');
  await box.fill(q);
  await waitForResults(page, q);
}

export async function waitForResults(page: Page, q: string): Promise<void> {
  // The status line names the query once its results (or its absence) are on screen.
  await expect(page.locator('[data-search-status]')).toContainText(q.trim(), { timeout: 15_000 });
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
}

/** The results on screen, own edition first: section id, year, link and marked words. */
export async function results(page: Page, which: 'own' | 'other' = 'own') {
  const list =
    which === 'own' ? page.locator('[data-search-results]') : page.locator('[data-search-other] > ol');
  return list.locator('li.search-result').evaluateAll((items) =>
    items.map((li) => ({
      section: (li as HTMLElement).dataset['section'] ?? '',
      year: (li as HTMLElement).dataset['year'] ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      text: li.textContent ?? '',
    })),
  );
}

/** The sections the results come from, each once, sorted: results are passages, several a section. */
export const sectionsOf = (found: { section: string }[]): string[] =>
  [...new Set(found.map((r) => r.section))].sort();

/** On a phone the filters fold behind one button: open them if they are folded. */
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.locator('.search-form__filters-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click();
}
