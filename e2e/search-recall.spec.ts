import { expect, test as base, type Page } from '@playwright/test';
import { toHant } from '../src/i18n/hant.ts';
import { nothing, recall, suggestions, variants, type RecallCase } from './search-recall.data.ts';
import { openSearch, results, search } from './search-helpers.ts';

/**
 * Recall on the real built index, per edition, through the search page in Chromium: every query
 * from e2e/search-recall.data.ts finds the sections it names, and words the reviews never use
 * find nothing. Recall does not depend on the screen, so it runs in one phone profile only (playwright.config.ts).
 *
 * One search page per worker, each query typed into it as a reader types the next one (190
 * queries each loading the page and the index took a fifth of the browser tests' time). A test
 * that fails takes its worker down, and the next starts on a new page.
 */
const test = base.extend<object, { shared: Page }>({
  shared: [
    async ({ browser }, use, workerInfo) => {
      // The project's device and address (a worker fixture gets no context of its own).
      const {
        baseURL = '',
        viewport,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
      } = workerInfo.project.use;
      const context = await browser.newContext({
        baseURL,
        ...(viewport ? { viewport } : {}),
        ...(userAgent ? { userAgent } : {}),
        ...(deviceScaleFactor ? { deviceScaleFactor } : {}),
        isMobile: isMobile ?? false,
        hasTouch: hasTouch ?? false,
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  // Every test's page is the worker's one.
  page: async ({ shared }, use) => use(shared),
});

/**
 * Searches an edition for `q` on the worker's page: opened on the edition's search page, or its
 * box emptied first (the status then says nothing, so that it names `q` only once q's results
 * are shown, not a previous query that contains q).
 */
async function searchIn(page: Page, segment: string, q: string): Promise<void> {
  if (new URL(page.url(), 'http://x.invalid').pathname !== `/${segment}/search/`)
    await openSearch(page, segment);
  else {
    await page.locator('#search-q').fill('');
    await expect(page.locator('[data-search-status]')).toHaveText('');
  }
  await search(page, q);
}

const editions: { segment: string; cases: RecallCase[]; none: string[]; convert?: (s: string) => string }[] =
  [
    { segment: 'zh-hans', cases: [...recall.zh, ...recall.all], none: [...nothing.zh, ...nothing.all] },
    {
      segment: 'zh-hant',
      cases: [...recall.zh, ...recall.all],
      none: [...nothing.zh, ...nothing.all],
      convert: toHant,
    },
    { segment: 'en', cases: [...recall.en, ...recall.all], none: [...nothing.en, ...nothing.all] },
  ];

for (const { segment, cases, none, convert = (s: string) => s } of editions) {
  test.describe(`recall in ${segment}`, () => {
    for (const c of cases) {
      const q = convert(c.q);
      test(`“${q}” finds ${c.sections.join(', ')}`, async ({ page }) => {
        await searchIn(page, segment, q);
        const found = await results(page);
        const sections = found.map((r) => r.section);
        for (const s of c.sections) expect(sections, `“${q}” in ${segment}`).toContain(s);
        // Passages: the right paragraph is a result of its own.
        const anchors = found.map((r) => decodeURIComponent(r.href.split('#')[1] ?? ''));
        for (const a of c.anchors ?? []) expect(anchors, `“${q}” in ${segment}`).toContain(a);
        // Every result links into its own section (a paragraph of it, or a figure in it).
        for (const r of found) {
          const target = decodeURIComponent(r.href.split('#')[1] ?? '');
          expect(r.href, `${q}: ${r.href}`).toMatch(new RegExp(`^/${segment}/\\d{4}/`));
          expect(
            target === r.section || target.startsWith(`${r.section}-`) || target.startsWith('chart-'),
            `${q}: ${r.href}`,
          ).toBe(true);
        }
      });
    }

    for (const raw of none) {
      const q = convert(raw);
      test(`“${q}” finds nothing`, async ({ page }) => {
        await searchIn(page, segment, q);
        expect(await results(page)).toEqual([]);
        await expect(page.locator('[data-search-empty]')).toBeVisible();
      });
    }
  });
}

test.describe('variant Traditional forms in zh-hant', () => {
  for (const c of variants) {
    test(`“${c.q}” finds ${c.anchors?.join(', ')}`, async ({ page }) => {
      await searchIn(page, 'zh-hant', c.q);
      const anchors = (await results(page)).map((r) => decodeURIComponent(r.href.split('#')[1] ?? ''));
      for (const a of c.anchors ?? []) expect(anchors).toContain(a);
    });
  }
});

test.describe('typos and no-result suggestions', () => {
  for (const s of suggestions) {
    test(`${s.segment}: “${s.q}” offers ${s.offer.join(', ')}`, async ({ page }) => {
      await searchIn(page, s.segment, s.q);
      expect(await results(page)).toEqual([]);
      const offered = page.locator('[data-search-suggestion]');
      await expect
        .poll(() => offered.evaluateAll((a) => a.map((e) => (e as HTMLElement).dataset['searchSuggestion'])))
        .toEqual(s.offer);
      // The suggestion is a search that finds something.
      await offered.first().click();
      await expect.poll(async () => (await results(page)).length).toBeGreaterThan(0);
    });
  }
});
