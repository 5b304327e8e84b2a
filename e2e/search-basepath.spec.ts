import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runBuild } from '../tests/helpers/build.ts';
import { results, search } from './search-helpers.ts';

/**
 * Search on a site published in a sub-folder (`BASE_PATH=/reviews/`): the bundle is fetched from
 * /reviews/pagefind/, result links and the header form keep the folder. Builds its own copy of the
 * site (about 5 s) into .tmp/search-base/ and serves it; runs in one phone profile only.
 */
const basePath = '/reviews/';
const root = path.resolve('.tmp/search-base');
const port = Number(process.env['E2E_PORT'] ?? 4399) + 7;
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: origin });

// One base-path build is enough: pixel-7 only (playwright.config.ts).
test.beforeAll(async () => {
  test.setTimeout(180_000);
  fs.rmSync(root, { recursive: true, force: true });
  const env = {
    ...process.env,
    BASE_PATH: basePath,
    OUT_DIR: path.join(root, 'dist'),
    ASTRO_CACHE_DIR: path.join(root, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const build = runBuild({ via: 'astro', env });
  expect(build.status, build.output).toBe(0);
  server = spawn(
    process.execPath,
    ['tools/serve.ts', '--port', String(port), '--dir', path.join(root, 'dist')],
    { env, stdio: 'ignore' },
  );
  await expect
    .poll(async () => (await fetch(`${origin}${basePath}en/search/`).catch(() => undefined))?.status, {
      timeout: 20_000,
    })
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
});

test('the bundle lands in the output folder and is fetched under the base path', async ({ page }) => {
  expect(fs.existsSync(path.join(root, 'dist/pagefind/pagefind-entry.json'))).toBe(true);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${basePath}zh-hans/search/`);
  await expect(page.locator('[data-search][data-ready]')).toHaveCount(1);
  await search(page, '网格');
  const pagefind = fetched.filter((p) => p.includes('pagefind'));
  expect(pagefind.length).toBeGreaterThan(0);
  for (const p of pagefind) expect(p.startsWith(`${basePath}pagefind/`), p).toBe(true);
});

test('result links keep the base path and land on the paragraph', async ({ page }) => {
  await page.goto(`${basePath}en/search/?q=fraud`);
  await expect(page.getByRole('status')).toContainText('fraud');
  const found = await results(page);
  expect(found.length).toBeGreaterThan(0);
  // A result is a passage: a paragraph or a figure of the section.
  for (const r of found)
    expect(r.href).toMatch(/^\/reviews\/en\/2024\/\?hl=fraud#(political-leadership-\d+|chart-[a-z-]+)$/);
  await page.locator('.search-result__link[href*="#political-leadership-"]').first().click();
  await expect(page).toHaveURL(/\/reviews\/en\/2024\/#political-leadership-\d+$/);
  await expect(page.locator('.search-target mark.search-hit').first()).toBeInViewport();
});

test('the header search answers in place under the base path; its form still goes to the search page', async ({
  page,
}) => {
  await page.goto(`${basePath}zh-hant/2024/`);
  await expect(page.locator('form.header-search')).toHaveAttribute('action', '/reviews/zh-hant/search/');
  await page.locator('.header-search__toggle').click();
  await expect(page.locator('html[data-search-overlay-state="ready"]')).toHaveCount(1);
  await page.locator('.header-search__input').fill('網格');
  const overlay = page.locator('[data-search-overlay]');
  await expect(overlay.locator('[data-search-status]')).toContainText('網格', { timeout: 15_000 });
  await expect(page).toHaveURL(/\/reviews\/zh-hant\/2024\/\?q=/);
  const hrefs = await overlay
    .locator('.search-result__link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h.startsWith('/reviews/zh-hant/2024/')).toBe(true);
});

test('the other-language offer keeps the base path too', async ({ page }) => {
  await page.goto(`${basePath}en/search/?q=${encodeURIComponent('网格')}`);
  await expect(page.locator('[data-search-other]')).toBeVisible();
  for (const r of await results(page, 'other'))
    expect(r.href.startsWith('/reviews/zh-hans/2024/')).toBe(true);
});
