import type { Page } from '@playwright/test';

/**
 * The browser's own text-size setting (Chrome: Settings › Appearance › Font size), not CSS zoom:
 * the default font size goes from 16 px to 16 × scale, so everything sized in rem/em grows and
 * px-sized things do not. Chromium only (DevTools protocol).
 */
export async function setTextScale(page: Page, scale: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: Math.round(16 * scale), fixed: Math.round(13 * scale) },
  });
}
