import { expect, test, type Page } from '@playwright/test';

/**
 * The share action on a chart (issue 25, item 4): it shares the figure page's absolute address
 * (Web Share where there is one, else the clipboard with a visible note), and the reader stays
 * exactly where they were: same URL, same scroll position. navigator.share and the clipboard are
 * stubbed in the page, recording what they were given.
 */
async function stub(page: Page, withShare: boolean) {
  await page.addInitScript((share) => {
    const calls: unknown[] = [];
    (window as unknown as { shareCalls: unknown[] }).shareCalls = calls;
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: share ? (data: unknown) => (calls.push({ share: data }), Promise.resolve()) : undefined,
    });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (calls.push({ copy: text }), Promise.resolve()) },
    });
  }, withShare);
}

async function scrollToChart(page: Page, id: string): Promise<number> {
  await page.locator(`#chart-${id}`).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  await page.waitForTimeout(200);
  return page.evaluate(() => window.scrollY);
}

for (const withShare of [true, false]) {
  test(`the share action on a chart ${withShare ? 'opens the share sheet' : 'copies the link'} with the figure page's address, and the reader stays put`, async ({
    page,
    baseURL,
  }) => {
    await stub(page, withShare);
    await page.goto('/zh-hans/2024/');
    const before = await scrollToChart(page, 'honours');
    expect(before).toBeGreaterThan(0);
    const share = page.locator('#chart-honours a[data-share]');
    await expect(share).toBeVisible();
    const box = await share.boundingBox();
    expect(box?.width ?? 0, 'hit area at least 24 px').toBeGreaterThanOrEqual(24);
    expect(box?.height ?? 0, 'hit area at least 24 px').toBeGreaterThanOrEqual(24);
    await expect(share).toHaveAccessibleName('分享这组数据');

    await share.click();
    const expected = new URL('/zh-hans/2024/figures/honours/', baseURL).href;
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: unknown[] }).shareCalls);
    if (withShare) {
      expect(calls).toEqual([{ share: { url: expected } }]);
    } else {
      expect(calls).toEqual([{ copy: expected }]);
      await expect(page.locator('#chart-honours .share__status')).toHaveText('链接已复制');
    }
    expect(new URL(page.url()).pathname).toBe('/zh-hans/2024/');
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });
}

test('a figure block’s share action copies its page in English', async ({ page, baseURL }) => {
  await stub(page, false);
  await page.goto('/en/2024/');
  const before = await scrollToChart(page, 'lede-numbers');
  await page.locator('#chart-lede-numbers a[data-share]').click();
  const calls = await page.evaluate(() => (window as unknown as { shareCalls: unknown[] }).shareCalls);
  expect(calls).toEqual([{ copy: new URL('/en/2024/figures/lede-numbers/', baseURL).href }]);
  await expect(page.locator('#chart-lede-numbers .share__status')).toHaveText('Link copied');
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the share action is a plain link to the figure page', async ({ page }) => {
    await page.goto('/zh-hant/2024/');
    const share = page.locator('#chart-honours a[data-share]');
    await expect(share).toBeVisible();
    await expect(share).toHaveAttribute('href', '/zh-hant/2024/figures/honours/');
    await expect(share).toHaveAccessibleName('分享這組數據');
  });
});

test('the share actions do not print', async ({ page }) => {
  await page.goto('/en/2024/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#chart-honours a[data-share]')).toBeHidden();
  await expect(page.locator('#chart-lede-numbers a[data-share]')).toBeHidden();
});
