import { expect, test } from '@playwright/test';

/**
 * A reader arriving by a damaged link (a Chinese share link cut off mid-character, a mangled
 * `hl`) gets the whole page working: no script error, the motion switch, the charts, print tables.
 */
const BAD = [
  '/zh-hans/2024/#%E5%B9',
  '/zh-hans/2024/#%',
  '/zh-hans/2024/?hl=%E7%BD%91#%E5%B9%B3',
  '/en/2024/?hl=%5B%28%3F%3C%21*#lede-2%',
  '/en/2024/?hl=%ZZ%uD800#%',
];

for (const url of BAD) {
  test(`the review page works from the damaged link ${url}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    const toggle = page.locator('[data-motion-toggle]');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', /true|false/);
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-motion', /on|off/);
    // The print tables still open for printing (the page script's last job).
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.chart__data:not([open])').count()).toBe(0);
    expect(errors).toEqual([]);
  });
}
