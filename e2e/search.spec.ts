import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/config/locales.ts';
import { openFilters, openSearch, results, search, sectionsOf, waitForResults } from './search-helpers.ts';

/** The search page and the header search, in each edition, on phones. */

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

const sample: Record<string, string> = { 'zh-hans': '网格', 'zh-hant': '網格', en: 'grid' };

test.describe('the header search', () => {
  for (const l of locales) {
    test(`on the ${l.segment} review it stays on one line on a 360-px phone, closed and open`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${l.segment}/2024/`);
      const header = page.locator('.site-header__inner');
      const closed = await header.boundingBox();
      expect(closed?.height ?? 0).toBeLessThan(60);
      await page.locator('.header-search__toggle').click();
      const input = page.locator('.header-search__input');
      await expect(input).toBeFocused();
      await expect(input).toBeVisible();
      const box = await input.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(150);
      expect((await header.boundingBox())?.height).toBe(closed?.height);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });

    for (const l of locales) {
      test(`a query typed on the ${l.segment} review goes to that edition’s search page`, async ({
        page,
      }) => {
        await page.goto(`/${l.segment}/2024/`);
        await page.locator('.header-search__toggle').click();
        await page.locator('.header-search__input').fill(sample[l.segment] ?? '');
        await page.locator('.header-search__input').press('Enter');
        await expect(page).toHaveURL(new RegExp(`/${l.segment}/search/\\?q=`));
        expect(new URL(page.url()).searchParams.get('q')).toBe(sample[l.segment]);
        // Without JavaScript the page says why there are no results and where to read instead.
        await expect(page.locator('.search-noscript')).toBeVisible();
        await expect(page.locator('#search-q')).toBeVisible();
      });
    }
  });
});

test.describe('the search page', () => {
  test('search code and index are fetched only on the search page, or when the reader focuses search', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/en/2024/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.includes('pagefind') || p.includes('search'))).toEqual([]);
    // Focusing the header box loads the in-place search, and nothing else of the index's.
    await page.locator('.header-search__toggle').click();
    await expect.poll(() => fetched.some((p) => /search-overlay/.test(p))).toBe(true);
    fetched.length = 0;
    // The search page loads nothing of Pagefind until the reader is in the box; then Pagefind and
    // the edition's index, before any query.
    await openSearch(page, 'en');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').focus();
    await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect.poll(() => fetched.some((p) => /\/pagefind\/pagefind\.en_\w+\.pf_meta$/.test(p))).toBe(true);
    expect(
      fetched.filter((p) => p.includes('/pagefind/') && /zh-han[st]/.test(p)),
      'no other edition’s index',
    ).toEqual([]);
  });

  for (const l of locales) {
    test(`${l.segment}: results appear as you type, with the count announced and whole words marked`, async ({
      page,
    }) => {
      await openSearch(page, l.segment);
      await page.locator('#search-q').pressSequentially(sample[l.segment] ?? '', { delay: 40 });
      await waitForResults(page, sample[l.segment] ?? '');
      const found = await results(page);
      // The count counts passages, not sections: one result per paragraph that states the word.
      expect(found.length).toBe(new Set(found.map((r) => r.href)).size);
      expect(found.length).toBeGreaterThanOrEqual(3);
      const status = page.getByRole('status');
      await expect(status).toHaveText(
        l.segment === 'en'
          ? `${found.length} results for “grid”`
          : new RegExp(`[“「].+[”」]：${found.length} (条|筆)结?結?果`),
      );
      expect(sectionsOf(found)).toEqual(['lede', 'political-leadership', 'team-building']);
      // Marks are whole words, never a stray single character of the query.
      for (const r of found) {
        expect(r.marks.length, r.href).toBeGreaterThan(0);
        for (const m of r.marks)
          expect(m.toLowerCase(), r.href).toContain((sample[l.segment] ?? '').toLowerCase());
      }
      // Results group under their review and section, and each links to its own paragraph.
      await expect(page.locator('.search-group__heading').first()).toHaveText(/2024/);
      const first = page.locator('.search-result').first();
      await expect(first.locator('a')).toHaveAttribute(
        'href',
        new RegExp(`^/${l.segment}/2024/\\?hl=[^#]+#[a-z-]+-\\d+$`),
      );
    });
  }

  test('half-typed pinyin in an input method is not searched; the committed word is', async ({ page }) => {
    await openSearch(page, 'zh-hans');
    await page.locator('#search-q').focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'wang', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.imeSetComposition', { text: 'wangge', selectionStart: 6, selectionEnd: 6 });
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(
        () => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('search:start')).length,
      ),
    ).toBe(0);
    await expect(page.locator('[data-search-other]')).toBeHidden();
    await cdp.send('Input.insertText', { text: '网格' });
    await waitForResults(page, '网格');
    expect(sectionsOf(await results(page))).toHaveLength(3);
  });

  test('the year and section filters narrow the results exactly, and live in the URL', async ({ page }) => {
    await openSearch(page, 'zh-hans');
    await search(page, '网格');
    expect(sectionsOf(await results(page))).toHaveLength(3);
    // One year of reviews: a year filter would filter nothing, so there is none.
    await expect(page.locator('select[name="year"]')).toHaveCount(0);
    await openFilters(page);
    await page.getByLabel('章节').selectOption('team-building');
    await expect(page).toHaveURL(/section=team-building/);
    await expect.poll(async () => sectionsOf(await results(page))).toEqual(['team-building']);
    await page.goto('/zh-hans/search/?q=网格&section=team-building&year=2024');
    await expect
      .poll(async () => [...new Set((await results(page)).map((r) => `${r.year} ${r.section}`))])
      .toEqual(['2024 team-building']);
    await openFilters(page);
    // A section the word is not in: nothing, and the suggestion to drop the filters.
    await page.getByLabel('章节').selectOption('outlook');
    await expect(page.locator('[data-search-empty]')).toBeVisible();
    await page.getByRole('link', { name: '在全部年份和章节中搜索' }).click();
    await expect.poll(async () => sectionsOf(await results(page))).toHaveLength(3);
  });

  test('the URL state round-trips: a shared link restores the search, and Back walks through it', async ({
    page,
  }) => {
    await openSearch(page, 'en', '?q=fraud&section=political-leadership');
    await waitForResults(page, 'fraud');
    await expect(page.locator('#search-q')).toHaveValue('fraud');
    await expect(page.locator('select[name="section"]')).toHaveValue('political-leadership');
    expect(sectionsOf(await results(page))).toEqual(['political-leadership']);
    // A new query after a pause is a new history entry.
    await page.waitForTimeout(2100);
    await search(page, 'grid');
    await expect(page).toHaveURL(/\?q=grid&section=political-leadership$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=fraud&section=political-leadership$/);
    await expect(page.locator('#search-q')).toHaveValue('fraud');
    await waitForResults(page, 'fraud');
    // Filters are history entries too.
    await openFilters(page);
    await page.locator('select[name="section"]').selectOption('');
    await expect(page).toHaveURL(/\?q=fraud$/);
    await page.goBack();
    await expect(page.locator('select[name="section"]')).toHaveValue('political-leadership');
    await expect(page).toHaveTitle(/fraud/);
    // The language switch carries the search to the other editions.
    await expect(page.locator('a[data-lang-switch][hreflang="zh-Hans"]')).toHaveAttribute(
      'href',
      /\/zh-hans\/search\/\?q=fraud&section=political-leadership$/,
    );
  });

  for (const segment of ['zh-hans', 'zh-hant']) {
    test(`${segment}: Simplified and Traditional queries find the same paragraphs, shown in ${segment}`, async ({
      page,
    }) => {
      await openSearch(page, segment);
      for (const [hans, hant] of [
        ['网格', '網格'],
        ['发展', '發展'],
        ['知识产权', '知識產權'],
        ['电信诈骗', '電信詐騙'],
      ] as const) {
        await search(page, hans);
        const a = await results(page);
        await search(page, hant);
        const b = await results(page);
        expect(a.length, hans).toBeGreaterThan(0);
        expect(
          b.map((r) => r.href.split('#')[1]),
          `${hans} / ${hant}`,
        ).toEqual(a.map((r) => r.href.split('#')[1]));
        const shown = segment === 'zh-hans' ? hans : hant;
        for (const r of b) expect(r.href.startsWith(`/${segment}/`)).toBe(true);
        // Passages with a synonym (电诈 for 电信诈骗) are found too, marked with what they say.
        expect(
          b.flatMap((r) => r.marks),
          `${hant} marked as ${shown}`,
        ).toContain(shown);
      }
    });
  }

  test('a Chinese query on the English page offers the results of the matching Chinese edition', async ({
    page,
  }) => {
    await openSearch(page, 'en');
    for (const [q, edition, lang] of [
      ['网格', 'zh-hans', 'zh-Hans'],
      ['網格', 'zh-hant', 'zh-Hant'],
    ] as const) {
      await search(page, q);
      const offer = page.locator('[data-search-other]');
      await expect(offer).toBeVisible();
      await expect(offer.locator(':scope > ol')).toHaveAttribute('lang', lang);
      const found = await results(page, 'other');
      expect(sectionsOf(found)).toEqual(['lede', 'political-leadership', 'team-building']);
      for (const r of found) {
        expect(r.href.startsWith(`/${edition}/2024/`)).toBe(true);
        expect(r.marks).toContain(q);
      }
      await expect(page.getByRole('status')).toContainText(`${found.length} results from the`);
    }
    expect(await axe(page)).toEqual([]);
  });

  test('an English query on a Chinese page offers the English results', async ({ page }) => {
    await openSearch(page, 'zh-hant');
    await search(page, 'intellectual property');
    await expect(page.locator('#search-other-title')).toHaveText('英文版中的結果');
    const found = await results(page, 'other');
    expect(found.length).toBeGreaterThan(0);
    for (const r of found)
      expect(r.href).toMatch(/^\/en\/2024\/\?hl=.*#(service-to-development-\d+|chart-[a-z-]+)$/);
  });

  test('no results: a clear message with suggestions (shorter words, the other edition)', async ({
    page,
  }) => {
    await openSearch(page, 'en');
    await search(page, 'typhoon warnings');
    await expect(page.getByRole('status')).toHaveText('No results for “typhoon warnings”.');
    const tips = page.locator('[data-search-empty]');
    await expect(tips).toBeVisible();
    await expect(tips.getByRole('link', { name: 'Search for “typhoon” instead' })).toHaveAttribute(
      'href',
      '?q=typhoon',
    );
    await expect(tips.getByRole('link', { name: 'Search the Simplified Chinese edition' })).toHaveAttribute(
      'href',
      '/zh-hans/search/?q=typhoon+warnings',
    );
    expect(await axe(page)).toEqual([]);
  });

  test('when the index cannot load, the page says so instead of spinning, and can try again', async ({
    page,
  }) => {
    await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await openSearch(page, 'zh-hans');
    await page.locator('#search-q').fill('网格');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText('搜索未能加载');
    await expect(page.locator('[data-search-busy]')).toBeHidden();
    expect(await axe(page)).toEqual([]);
    await page.unroute('**/pagefind/**');
    await alert.getByRole('button', { name: '重试' }).click();
    await waitForResults(page, '网格');
    await expect(alert).toBeEmpty();
    expect(sectionsOf(await results(page))).toHaveLength(3);
  });

  test('the results are keyboard friendly: ↓ from the box into the results, ↑ back', async ({ page }) => {
    await openSearch(page, 'en');
    await search(page, 'grid');
    const links = page.locator('.search-result__link');
    await page.locator('#search-q').press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('#search-q')).toBeFocused();
    // Enter in the box searches without leaving the page.
    await page.locator('#search-q').fill('fraud');
    await page.keyboard.press('Enter');
    await waitForResults(page, 'fraud');
    await expect(page).toHaveURL(/\/en\/search\/\?q=fraud$/);
  });

  test('the search page with results has no WCAG A/AA violations in light and dark schemes', async ({
    page,
  }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openSearch(page, 'zh-hant', '?q=網格');
      await waitForResults(page, '網格');
      expect(await axe(page), scheme).toEqual([]);
    }
  });
});

test.describe('landing from a result', () => {
  test('scrolls to the paragraph and marks the searched words there', async ({ page }) => {
    await openSearch(page, 'zh-hans');
    await search(page, '知识产权');
    await page.locator('.search-result__link').first().click();
    await expect(page).toHaveURL(/\/zh-hans\/2024\/#service-to-development-\d+$/);
    const target = page.locator('.search-target');
    await expect(target).toHaveCount(1);
    await expect(target).toBeInViewport();
    const marks = target.locator('mark.search-hit');
    expect(await marks.allTextContents()).toEqual(expect.arrayContaining(['知识产权']));
    for (const m of await marks.allTextContents()) expect(m).toBe('知识产权');
    await expect(page.locator('mark.search-hit').first()).toBeInViewport();
  });

  test('marks whole English words only, and figures next to Chinese text', async ({ page }) => {
    await page.goto('/en/2024/?hl=grid#lede-2');
    await expect(page.locator('#lede-2 mark.search-hit')).toHaveText(['grid']);
    await page.goto('/zh-hans/2024/?hl=17.3%25#political-leadership-4');
    await expect(page.locator('#political-leadership-4 mark.search-hit')).toHaveText(['17.3%']);
  });

  for (const motion of ['reduce', 'no-preference'] as const) {
    test(`respects reduced motion (${motion})`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.addInitScript(() => localStorage.removeItem('pingan:motion'));
      await page.goto('/en/2024/?hl=fraud#political-leadership-4');
      const mark = page.locator('#political-leadership-4 mark.search-hit').first();
      await expect(mark).toBeVisible();
      const animation = await mark.evaluate((m) => getComputedStyle(m).animationName);
      expect(animation).toBe(motion === 'reduce' ? 'none' : 'search-hit');
      // The address is tidied: the anchor stays, the highlight words go.
      await expect(page).toHaveURL(/\/en\/2024\/#political-leadership-4$/);
    });
  }
});
