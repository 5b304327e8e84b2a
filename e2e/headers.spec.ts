import { expect, test, type Page, type Response } from '@playwright/test';
import { locales } from '../src/config/locales.ts';
import { builtPages } from './pages.ts';

/**
 * The site works completely under the headers it ships (`_headers`, applied by tools/serve.ts
 * as Netlify or Cloudflare Pages would): no Content-Security-Policy violation and no console error
 * on any page, while reading, scrolling the charts into view and searching; and every file comes
 * with the caching its kind needs.
 */

interface Watch {
  violations: string[];
  errors: string[];
  responses: Response[];
}

/** Records CSP violations (from the page's own `securitypolicyviolation` events), console errors and responses. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { violations: [], errors: [], responses: [] };
  await page.exposeFunction('__reportCspViolation', (v: string) => w.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void })
        .__reportCspViolation;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`.trim());
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('response', (r) => w.responses.push(r));
  return w;
}

/** Scrolls to the bottom in screen-sized steps, so lazy code (chart animation) loads and runs. */
async function readToTheEnd(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.9);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    if (done) break;
    await page.waitForTimeout(60);
  }
  await page.waitForLoadState('networkidle');
}

type Kind =
  | 'html'
  | 'astro'
  | 'pagefind-loader'
  | 'pagefind-entry'
  | 'pagefind-wasm'
  | 'pagefind-chunk'
  | 'pagefind-meta'
  | 'other';

/** What kind of file a URL is, by its path: decided here independently of the build's rules. */
function kindOf(r: Response): Kind {
  const p = new URL(r.url()).pathname;
  if (p.includes('/_astro/')) return 'astro';
  if (/\/pagefind\/pagefind(-worker)?\.js$/.test(p)) return 'pagefind-loader';
  if (p.endsWith('/pagefind/pagefind-entry.json')) return 'pagefind-entry';
  if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(p)) return 'pagefind-wasm';
  if (/\/pagefind\/(index|fragment|filter)\//.test(p)) return 'pagefind-chunk';
  if (/\/pagefind\/pagefind\.[^/]+\.pf_meta$/.test(p)) return 'pagefind-meta';
  if (r.request().resourceType() === 'document') return 'html';
  return 'other';
}

/** Content-hashed files are cached for a year and never revalidated; everything else is revalidated. */
function cacheProblems(responses: Response[]): string[] {
  const problems: string[] = [];
  for (const r of responses) {
    if (!r.url().startsWith('http://127.0.0.1') || r.status() >= 300) continue;
    const cache = r.headers()['cache-control'] ?? '';
    const kind = kindOf(r);
    const immutable = /\bimmutable\b/.test(cache) && /max-age=31536000\b/.test(cache);
    const revalidated =
      !/\bimmutable\b/.test(cache) && (/max-age=0\b/.test(cache) || /\bno-cache\b/.test(cache));
    // Pagefind's chunks: a day and never immutable, so a damaged copy heals (src/publish/cache-policy.ts).
    const day = !/\bimmutable\b/.test(cache) && /max-age=86400\b/.test(cache);
    const pagefindChunk = kind === 'pagefind-chunk' || kind === 'pagefind-meta';
    const hashed = kind === 'astro';
    if (hashed && !immutable) problems.push(`${kind} ${r.url()}: "${cache}" (expected immutable)`);
    if (pagefindChunk && !day)
      problems.push(`${kind} ${r.url()}: "${cache}" (expected a day, not immutable)`);
    if (!hashed && !pagefindChunk && !revalidated)
      problems.push(`${kind} ${r.url()}: "${cache}" (expected revalidation)`);
  }
  return problems;
}

function expectSecurityHeaders(r: Response | null, embed = false): void {
  const h = r?.headers() ?? {};
  expect(h['content-security-policy'], 'CSP header').toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  // A figure embed (issue 25) is the one page other sites may frame; every other refuses.
  expect(h['content-security-policy']).toMatch(embed ? /frame-ancestors \*/ : /frame-ancestors 'none'/);
  expect(h['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options']).toBe(embed ? undefined : 'DENY');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['content-security-policy']).toMatch(/require-trusted-types-for 'script'/);
  expect(h['strict-transport-security']).toBe('max-age=31536000');
}

for (const path of builtPages({ embeds: true })) {
  test(`${path} runs without a CSP violation or console error, with the right headers on every file`, async ({
    page,
  }) => {
    const w = await watch(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expectSecurityHeaders(response, path.endsWith('/embed/'));
    await readToTheEnd(page);
    expect(w.violations).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(cacheProblems(w.responses)).toEqual([]);
    expect(w.responses.some((r) => kindOf(r) === 'html')).toBe(true);
  });
}

test('a review page opened from a search result (?hl=) loads its landing script under the CSP', async ({
  page,
}) => {
  const w = await watch(page);
  await page.goto(`/zh-hans/2024/?hl=${encodeURIComponent('南通')}`);
  await page.waitForLoadState('networkidle');
  expect(w.responses.some((r) => r.url().includes('search-landing'))).toBe(true);
  expect(w.violations).toEqual([]);
  expect(w.errors).toEqual([]);
  expect(cacheProblems(w.responses)).toEqual([]);
});

test('a missing page is the bilingual 404 with status 404 and the same security headers', async ({
  page,
}) => {
  const w = await watch(page);
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  expectSecurityHeaders(response);
  expect(w.violations).toEqual([]);
  // The browser itself logs the 404 of the document; nothing else may fail.
  expect(w.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
});

const queries: Record<string, string> = { 'zh-hans': '南通', 'zh-hant': '南通', en: 'Nantong' };

for (const locale of locales) {
  test(`searching the ${locale.segment} edition works under the CSP, and Pagefind's files are cached by kind`, async ({
    page,
  }) => {
    const w = await watch(page);
    const response = await page.goto(`/${locale.segment}/search/`);
    test.skip(response?.status() !== 200, 'no search page in this build');
    expectSecurityHeaders(response);
    await page.locator('[data-search] input[name="q"]').fill(queries[locale.segment] ?? 'Nantong');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(w.violations).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(cacheProblems(w.responses)).toEqual([]);
    // Every kind of search file was actually fetched, so the cache checks above covered them.
    const kinds = new Set(w.responses.map(kindOf));
    for (const k of [
      'html',
      'astro',
      'pagefind-loader',
      'pagefind-entry',
      'pagefind-wasm',
      'pagefind-chunk',
      'pagefind-meta',
    ] as Kind[]) {
      expect(kinds.has(k), `a ${k} file was fetched`).toBe(true);
    }
  });
}

test('the violation listener catches an inline script that the policy does not allow', async ({ page }) => {
  // The same page as served, with one extra inline script: the check above must see it refused.
  await page.route('**/en/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</body>',
      '<script>document.title = "injected";</script></body>',
    );
    await route.fulfill({ response, body });
  });
  const w = await watch(page);
  await page.goto('/en/');
  await expect.poll(() => w.violations.length).toBeGreaterThan(0);
  expect(w.violations.join('\n')).toMatch(/script-src/);
  expect(await page.title()).not.toBe('injected');
});
