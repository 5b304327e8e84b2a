import { expect, test } from '@playwright/test';
import { locales } from '../src/config/locales.ts';

const sectionIds = ['lede', 'political-leadership', 'service-to-development', 'team-building', 'outlook'];

for (const locale of locales) {
  test.describe(`the ${locale.segment} review on a phone`, () => {
    test('reads top to bottom: title, byline, five sections in order', async ({ page }) => {
      await page.goto(`/${locale.segment}/2024/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const ids = await page.locator('main section[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids).toEqual(sectionIds);
      // The fixed section navigator never hides the last words of the page.
      await page.locator('.review__credit').scrollIntoViewIfNeeded();
      const credit = await page.locator('.review__credit').boundingBox();
      const nav = await page.locator('.section-nav').boundingBox();
      expect(credit && nav && credit.y + credit.height <= nav.y + 1).toBe(true);
    });

    test('the section navigator jumps to a section and marks it as current', async ({ page }) => {
      await page.goto(`/${locale.segment}/2024/`);
      const nav = page.getByRole('navigation', {
        name: (await page.locator('.section-nav').getAttribute('aria-label')) ?? '',
      });
      const link = nav.locator('a[href="#service-to-development"]');
      await link.click();
      await expect(page).toHaveURL(/#service-to-development$/);
      await expect(page.locator('#service-to-development h2')).toBeInViewport();
      await expect(link).toHaveAttribute('aria-current', 'location');
      // Thumb-sized targets: at least 40 px tall.
      const box = await link.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(40);
    });

    for (const other of locales.filter((l) => l.segment !== locale.segment)) {
      test(`switching to ${other.segment} lands on the same section`, async ({ page }) => {
        await page.goto(`/${locale.segment}/2024/`);
        await page.locator('.section-nav a[href="#team-building"]').click();
        await expect(page.locator('#team-building h2')).toBeInViewport();
        // The header stays on screen, so the reader taps the switch where it is. (Playwright's own
        // click would scroll it "into view" first, which moves the reading position.)
        const link = page.locator(`.lang-switch a[hreflang="${other.lang}"]`);
        await expect(link).toBeInViewport();
        await expect(link).toHaveAttribute('href', `/${other.segment}/2024/#team-building`);
        await link.evaluate((a: HTMLAnchorElement) => a.click());
        await expect(page).toHaveURL(new RegExp(`/${other.segment}/2024/#team-building$`));
        await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
        await expect(page.locator('#team-building h2')).toBeInViewport();
      });
    }
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    test(`the ${locale.segment} review is complete and its links work`, async ({ page }) => {
      await page.goto(`/${locale.segment}/2024/`);
      for (const id of sectionIds) await expect(page.locator(`main section#${id}`)).toHaveCount(1);
      await expect(page.locator('main section#outlook p').first()).toContainText('2025');
      // Plain links: the switch goes to the counterpart page, the navigator to the anchor.
      await expect(page.locator(`.lang-switch a[hreflang="${locale.lang}"]`)).toHaveAttribute(
        'href',
        `/${locale.segment}/2024/`,
      );
      await page.locator('.section-nav a[href="#outlook"]').click();
      await expect(page).toHaveURL(/#outlook$/);
      await expect(page.locator('#outlook p').first()).toBeInViewport();
    });
  }

  test('an English term note opens in place, and the end-of-review note links back to the term', async ({
    page,
  }) => {
    await page.goto('/en/2024/');
    // A tap on the term opens the note.
    const term = page.locator('#term-two-establishes');
    await term.locator('button.term').click();
    // A popover: declarative HTML, no script. The page does not move.
    const popover = page.locator('#note-two-establishes');
    await expect(popover).toBeVisible();
    await expect(popover).toBeInViewport();
    await expect(popover).toContainText('两个确立');
    await expect(term).toBeInViewport();
    await popover.getByRole('button').click();
    await expect(popover).not.toBeInViewport();
    // Closed, it is back in the list at the end (for print), which links back to the term.
    await popover.scrollIntoViewIfNeeded();
    await expect(popover).toBeVisible();
    await popover.getByRole('link').click();
    await expect(page).toHaveURL(/#term-two-establishes$/);
    await expect(term).toBeInViewport();
  });
});

test('the front door links to every edition of the latest review, without redirecting', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
  // On a phone the chooser (简体 · 繁體 · English) links every edition on the first screen.
  for (const l of locales) {
    await expect(
      page.locator(`.home__choose a[hreflang="${l.lang}"][href="/${l.segment}/2024/"]`),
    ).toBeInViewport();
  }
});

test('an unknown address shows the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.locator('section[lang="en"] h2')).toHaveText('Page not found');
});
