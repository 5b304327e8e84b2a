import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSearch, results, search, sectionsOf, waitForResults } from './search-helpers.ts';

/**
 * Search as a finder: in-place header search with Back, the title naming the query, filters on
 * phones, results on demand, stale queries cancelled, and a damaged index said as such.
 */

async function headerSearch(page: Page, q: string): Promise<void> {
  await page.locator('.header-search__toggle').click();
  await expect(page.locator('html[data-search-overlay-state="ready"]')).toHaveCount(1);
  await page.locator('.header-search__input').fill(q);
  await expect(page.locator('[data-search-overlay] [data-search-status]')).toContainText(q, {
    timeout: 15_000,
  });
}

test.describe('the header search on a review', () => {
  test('opens results in place, without a page load, with the query in the URL and the title', async ({
    page,
  }) => {
    await page.goto('/zh-hans/2024/');
    // A page load would lose this marker.
    await page.evaluate(() => ((window as unknown as Record<string, boolean>)['stayed'] = true));
    await headerSearch(page, '电诈');
    const overlay = page.locator('[data-search-overlay]');
    await expect(overlay).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as Record<string, boolean>)['stayed'])).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/zh-hans/2024/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('电诈');
    await expect(page).toHaveTitle(/电诈/);
    // The passage that says 电诈 (the anti-fraud paragraph) is a result of its own.
    const links = await overlay
      .locator('.search-result__link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContainEqual(expect.stringMatching(/#political-leadership-4$/));
    // Following a result lands on the paragraph, marked.
    await overlay.locator('.search-result__link[href$="#political-leadership-4"]').click();
    await expect(page.locator('#political-leadership-4 mark.search-hit').first()).toBeVisible();
  });

  test('Back closes the results and Forward brings them back', async ({ page }) => {
    await page.goto('/en/2024/');
    const title = await page.title();
    await headerSearch(page, 'fraud');
    const overlay = page.locator('[data-search-overlay]');
    await expect(overlay).toBeVisible();
    await page.goBack();
    await expect(overlay).toBeHidden();
    expect(new URL(page.url()).search).toBe('');
    await expect(page).toHaveTitle(title);
    await page.goForward();
    await expect(overlay).toBeVisible();
    await expect(page.locator('.header-search__input')).toHaveValue('fraud');
    await expect(overlay.locator('.search-result').first()).toBeVisible();
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const violations = (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id);
    expect(violations).toEqual([]);
  });

  test('a shared review address with ?q= opens with its results', async ({ page }) => {
    await page.goto('/en/2024/?q=mediation');
    await expect(page.locator('[data-search-overlay] .search-result').first()).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.locator('.header-search__input')).toHaveValue('mediation');
  });
});

test.describe('the search page', () => {
  test('the document title names the query', async ({ page }) => {
    await openSearch(page, 'zh-hant');
    const before = await page.title();
    await search(page, '網格');
    await expect(page).toHaveTitle(/網格/);
    await page.locator('#search-q').fill('');
    await expect(page).toHaveTitle(before);
  });

  test('on a 360×740 phone the filters fold behind one button and the first result stays above the keyboard', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openSearch(page, 'zh-hans');
    const toggle = page.locator('.search-form__filters-toggle');
    await expect(toggle).toBeVisible();
    await expect(page.locator('select[name="section"]')).toBeHidden();
    // A filter with one value (one year of reviews) is not offered at all.
    await expect(page.locator('select[name="year"]')).toHaveCount(0);
    await page.locator('#search-q').focus();
    await search(page, '网格');
    // An on-screen keyboard takes about 300 px of a 740-px screen: the first result must start above it.
    const box = await page.locator('.search-result').first().boundingBox();
    expect(box?.y ?? 999).toBeLessThan(740 - 300 - 40);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('select[name="section"]')).toBeVisible();
  });

  test('results beyond the first page load on demand', async ({ page }) => {
    await openSearch(page, 'en');
    // “the” is in every section: more sections than one page holds.
    await search(page, 'political');
    const more = page.locator('[data-search-more]');
    await expect(more).toBeVisible();
    const first = sectionsOf(await results(page));
    await expect(page.locator('[data-search-status]')).toContainText('+');
    await more.click();
    await expect.poll(async () => sectionsOf(await results(page)).length).toBeGreaterThan(first.length);
  });

  test('a newer query cancels the older one: its results are never shown', async ({ page }) => {
    await openSearch(page, 'zh-hans');
    // Slow fragments keep the first query in flight while the reader types the second.
    let delayed = 0;
    await page.route('**/pagefind/fragment/**', async (route) => {
      delayed++;
      await new Promise((r) => setTimeout(r, 1200));
      await route.continue();
    });
    const box = page.locator('#search-q');
    await box.fill('网格');
    await expect.poll(() => delayed).toBeGreaterThan(0);
    await box.fill('缅北');
    await waitForResults(page, '缅北');
    await expect(page.locator('[data-search]')).toHaveAttribute('data-cancelled', /[1-9]/);
    const found = await results(page);
    expect(sectionsOf(found)).toEqual(['political-leadership']);
    for (const r of found) expect(r.marks).toContain('缅北');
  });
});

test.describe('a damaged search index', () => {
  for (const [what, pattern] of [
    ['a corrupt index chunk', '**/pagefind/index/*.pf_index'],
    ['a truncated fragment', '**/pagefind/fragment/*.pf_fragment'],
  ] as const) {
    test(`${what}: a clear “damaged, reload” message, not a crash or “no results”`, async ({ page }) => {
      const errors: Error[] = [];
      page.on('pageerror', (e) => errors.push(e));
      await page.route(pattern, async (route) => {
        const response = await route.fetch();
        const body = await response.body();
        await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
      });
      await openSearch(page, 'zh-hans');
      await page.locator('#search-q').fill('网格');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('损坏', { timeout: 15_000 });
      await expect(alert.getByRole('button', { name: '重新加载' })).toBeVisible();
      await expect(page.locator('[data-search-status]')).not.toContainText('没有找到');
      await expect(page.locator('[data-search-empty]')).toBeHidden();
      expect(errors).toEqual([]);
    });
  }

  test('a malformed hl or fragment on a review is ignored', async ({ page }) => {
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto('/zh-hans/2024/?hl=%E7%BD%91%E6#%E7%BD%91%');
    await page.waitForLoadState('networkidle');
    // The landing script (the search's) must not throw; the review's own script is another issue's.
    expect(errors.filter((e) => /search-landing/.test(e.stack ?? ''))).toEqual([]);
    await page.goto('/zh-hans/2024/?hl=(%5B*#political-leadership-4');
    await page.waitForLoadState('networkidle');
    expect(errors.filter((e) => /search-landing/.test(e.stack ?? ''))).toEqual([]);
  });
});
