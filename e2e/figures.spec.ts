import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

/**
 * Issue 25 in a browser: a page on another origin frames a figure embed and it renders; framing
 * the review is refused (its frame-ancestors 'none'); a figure page shows its figure with JS off;
 * the iframe code's height holds the embed without a scrollbar. The other origin is a throwaway
 * server on a free port whose only page frames what it is asked to.
 */
// One project is enough: the framing is the server's headers, not the device.
test.beforeEach(({ page: _page }, info) => {
  test.skip(info.project.name !== 'phone-360', 'runs once, on the phone-360 project');
});

let host: http.Server;
let other = '';
test.beforeAll(async () => {
  host = http.createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    const height = new URL(req.url ?? '/', 'http://x').searchParams.get('height') ?? '600';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>host</title><body style="margin:0"><iframe id="f" src="${src}" width="100%" height="${height}" style="border:0"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  other = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test('another origin frames an embed, which renders its figure; the review refuses the frame', async ({
  page,
  baseURL,
}) => {
  // The site is served as localhost here, the host page as 127.0.0.1: two origins.
  const site = (baseURL ?? '').replace('127.0.0.1', 'localhost');
  await page.goto(`${other}/?src=${encodeURIComponent(`${site}/en/2024/figures/honours/embed/`)}`);
  const frame = page.frameLocator('#f');
  await expect(frame.locator('figure.chart')).toBeVisible();
  await expect(frame.locator('[data-figure-owner]')).toContainText('political-legal system');

  const refused: string[] = [];
  page.on('console', (m) => refused.push(m.text()));
  await page.goto(`${other}/?src=${encodeURIComponent(`${site}/en/2024/`)}`);
  await page.waitForTimeout(500);
  // A refused frame holds no document of the site (Chromium shows its error page instead).
  const inner = page.frames().find((f) => f !== page.mainFrame());
  const review = inner
    ? await inner
        .locator('article.review')
        .count()
        .catch(() => 0)
    : 0;
  expect(review).toBe(0);
  expect(refused.join('\n')).toMatch(/frame-ancestors|Refused to (display|frame)/i);
});

test('the iframe code of every figure page holds its embed without a scrollbar at 360 px', async ({
  page,
}) => {
  await page.goto('/en/2024/figures/honours/');
  const pages = await page.evaluate(async () => {
    const out: string[] = [];
    for (const seg of ['zh-hans', 'zh-hant', 'en']) {
      const ids = ['honours', 'lede-numbers', 'crime-cases', 'team-building-numbers', 'sentence-range'];
      for (const id of ids) out.push(`/${seg}/2024/figures/${id}/`);
    }
    return out;
  });
  for (const p of pages) {
    await page.goto(p);
    const code = await page.locator('.figure-page__embed textarea').inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1] ?? '';
    const height = Number(/height="(\d+)"/.exec(code)?.[1]);
    // A short window, so the document's height is its content's, not the window's.
    await page.setViewportSize({ width: 360, height: 100 });
    await page.goto(new URL(src).pathname);
    const needed = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(needed, `${p}: the embed needs ${needed} px, the code gives ${height}`).toBeLessThanOrEqual(
      height,
    );
  }
});

test.describe('JS off', () => {
  test.use({ javaScriptEnabled: false });
  test('a figure page shows its chart drawn, its source and its table', async ({ page }) => {
    await page.goto('/zh-hans/2024/figures/honours/');
    await expect(page.locator('figure.chart .chart__mark').first()).toBeVisible();
    const width = await page.locator('figure.chart .chart__mark').first().getAttribute('width');
    expect(width).toMatch(/^\d/);
    await expect(page.locator('.figure-page__quote').first()).toBeVisible();
    await expect(page.locator('.figure-page__table tr[data-stat]').first()).toBeVisible();
  });
});
