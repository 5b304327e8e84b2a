import { SWEEP } from './sweep.ts';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { locales } from '../src/config/locales.ts';

/**
 * The parallel page (对照) in a browser: stacked pairs on a phone and aligned columns on a
 * desktop, the one-language control (with and without JS, remembered), the round trip from a
 * review paragraph to its pair and back, term notes in place, A4 print, axe. Screenshots of each
 * edition at 360×740 and 1440×900 land in screenshots/parallel/.
 */
const YEAR = 2024;
const parallel = (segment: string) => `/${segment}/${YEAR}/parallel/`;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Box = { x: number; y: number; width: number; height: number };
/** Boxes of each pair's two sides (and the pair), for every pair on the page. */
async function pairBoxes(page: Page) {
  return page.locator('main .pair').evaluateAll((pairs) =>
    pairs.map((p) => {
      const box = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r && r.height > 0 ? { x: r.x, y: r.y + scrollY, width: r.width, height: r.height } : null;
      };
      return {
        id: p.id,
        pair: box(p),
        a: box(p.querySelector('.pair__a')),
        b: box(p.querySelector('.pair__b')),
      };
    }),
  );
}

/** How far the page is wider than the screen (against the set viewport: phone emulation can widen innerWidth). */
async function overflow(page: Page): Promise<number> {
  const width = page.viewportSize()?.width ?? 0;
  return (await page.evaluate(() => document.documentElement.scrollWidth)) - width;
}

/** A page in a plain desktop browser (no phone emulation). */
async function desktop(browser: Browser, width = 1440, height = 900) {
  const baseURL = test.info().project.use.baseURL ?? '';
  const context = await browser.newContext({ viewport: { width, height }, baseURL });
  return { context, page: await context.newPage() };
}

for (const l of locales) {
  test.describe(`${parallel(l.segment)}`, () => {
    test('on a phone: each pair stacked, the page’s language first, no sideways scrolling', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(parallel(l.segment));
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      const pairs = await pairBoxes(page);
      expect(pairs.length).toBeGreaterThanOrEqual(30);
      for (const { id, a, b } of pairs) {
        expect(a && b, id).toBeTruthy();
        if (!a || !b) continue;
        expect(b.y, `${id}: counterpart below`).toBeGreaterThanOrEqual(a.y + a.height - 1);
        expect(b.y - (a.y + a.height), `${id}: directly below`).toBeLessThan(40);
      }
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      // The counterpart is quieter: a different colour from the page's language.
      const colours = await page
        .locator('#lede-1')
        .evaluate((p) =>
          ['.pair__a', '.pair__b'].map((s) => getComputedStyle(p.querySelector(s) as Element).color),
        );
      expect(colours[0]).not.toBe(colours[1]);
      fs.mkdirSync('screenshots/parallel', { recursive: true });
      await page.screenshot({ path: `screenshots/parallel/${l.segment}-360x740.png` });
    });

    test('on a desktop: two columns whose rows stay aligned', async ({ browser }) => {
      const { context, page } = await desktop(browser);
      await page.goto(parallel(l.segment));
      const pairs = await pairBoxes(page);
      let previousBottom = 0;
      for (const { id, pair, a, b } of pairs) {
        if (!pair || !a || !b) throw new Error(`${id}: a side is missing`);
        if (!id.startsWith('chart-')) {
          expect(Math.abs(a.y - b.y), `${id}: both sides start on the same line`).toBeLessThan(4);
          expect(b.x, `${id}: counterpart to the right`).toBeGreaterThan(a.x + a.width);
        }
        // The next pair starts below the longer side of this one: rows never overlap.
        expect(pair.y, id).toBeGreaterThanOrEqual(previousBottom - 1);
        previousBottom = Math.max(pair.y + pair.height, a.y + a.height, b.y + b.height);
      }
      // Column edges line up from pair to pair.
      const left = new Set(
        pairs.filter((p) => !p.id.startsWith('chart-')).map((p) => Math.round(p.b?.x ?? 0)),
      );
      expect(left.size).toBe(1);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `screenshots/parallel/${l.segment}-1440x900.png` });
      await context.close();
    });

    test('axe finds no WCAG A/AA violation, in both views and with a note open', async ({ page }) => {
      test.setTimeout(120_000); // three full axe runs on a long page
      await page.goto(parallel(l.segment));
      const check = async () => {
        const r = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(
          r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      };
      await check();
      await page.locator('.pterm').first().click();
      await expect(page.locator('.pnote:popover-open')).toHaveCount(1);
      await check();
      await page.keyboard.press('Escape');
      await page.locator('.pview__option').nth(1).click();
      await check();
    });
  });
}

test('no sideways scrolling at 320 px, nor at 200% text size', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const l of locales) {
    await page.goto(parallel(l.segment));
    expect(await overflow(page), l.segment).toBeLessThanOrEqual(0);
  }
  // The browser's own text size (its default font size), not CSS zoom.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.setViewportSize({ width: 360, height: 740 });
  for (const l of locales) {
    await page.goto(parallel(l.segment));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    expect(await overflow(page), `${l.segment} at 200%`).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: 'screenshots/parallel/en-360x740-text200.png' });
});

test('one language or both: the choice hides the other side everywhere and is remembered', async ({
  page,
}) => {
  await page.goto(parallel('zh-hans'));
  const visible = (side: string) =>
    page
      .locator(`main ${side}`)
      .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 0).length);
  expect(await visible('.pair__a')).toBeGreaterThan(30);
  expect(await visible('.pair__b')).toBeGreaterThan(30);
  await page.getByRole('radio', { name: 'English' }).check();
  expect(await visible('.pair__a')).toBe(0);
  expect(await visible('.pair__b')).toBeGreaterThan(30);
  // Remembered: the English parallel page opens with English only too (English is its first side).
  await page.goto(parallel('en'));
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  expect(await visible('.pair__b')).toBe(0);
  await page.getByRole('radio', { name: 'Both languages' }).check();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Both languages' })).toBeChecked();
  expect(await visible('.pair__b')).toBeGreaterThan(30);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is complete, the one-language control works, links lead back', async ({ page }) => {
    await page.goto(parallel('zh-hant'));
    expect(await page.locator('main .pair--text').count()).toBeGreaterThan(15);
    await expect(page.locator('#political-leadership-3 .pair__b')).toBeVisible();
    await page.locator('.pview__option', { hasText: '繁體中文' }).click();
    await expect(page.locator('#political-leadership-3 .pair__b')).toBeHidden();
    await expect(page.locator('#political-leadership-3 .pair__a')).toBeVisible();
    // Term notes open without JS (native popover).
    await page.locator('.pview__option', { hasText: 'English' }).click();
    await page.locator('#political-leadership-2 .pterm').first().click();
    await expect(page.locator('.pnote:popover-open')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await page.locator('#political-leadership-3 .pair__ref').click();
    await expect(page).toHaveURL(/\/zh-hant\/2024\/#political-leadership-3$/);
    await expect(page.locator('#political-leadership-3')).toBeInViewport();
  });
});

for (const l of locales) {
  test(`round trip on ${l.segment}: a review paragraph → its pair → back to the paragraph`, async ({
    page,
  }) => {
    await page.goto(`/${l.segment}/${YEAR}/#service-to-development-2`);
    await expect(page.locator('#service-to-development-2')).toBeInViewport();
    const link = page.locator('a[data-parallel-link]');
    // Tapped where the reader is (Playwright's own click would first scroll the link into view).
    await link.evaluate((a: HTMLAnchorElement) => a.click());
    await expect(page).toHaveURL(new RegExp(`${parallel(l.segment)}#service-to-development-2$`));
    const pair = page.locator('#service-to-development-2');
    await expect(pair).toBeInViewport();
    expect(await pair.evaluate((e) => e.matches(':target'))).toBe(true);
    await pair.locator('.pair__ref').click();
    await expect(page).toHaveURL(new RegExp(`/${l.segment}/${YEAR}/#service-to-development-2$`));
    await expect(page.locator('#service-to-development-2')).toBeInViewport();
    // And the browser's back button returns to the pair.
    await page.goBack();
    await expect(page).toHaveURL(/parallel\/#service-to-development-2$/);
    await expect(page.locator('#service-to-development-2')).toBeInViewport();
  });
}

test('the review link opens the parallel page at the paragraph last read, and at the top before any', async ({
  page,
}) => {
  await page.goto(`/en/${YEAR}/`);
  const link = page.locator('a[data-parallel-link]');
  await expect(link).toHaveAttribute('href', `/en/${YEAR}/parallel/`);
  // The review script points the link where it points the language switch: the paragraph read.
  await page.locator('#team-building-3').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(link).toHaveAttribute('href', /\/en\/2024\/parallel\/#team-building-\d+$/);
  const hash = ((await link.getAttribute('href')) ?? '').split('#')[1] ?? '';
  const switchHref = await page.locator('.lang-switch a[hreflang="zh-Hans"]').first().getAttribute('href');
  expect(switchHref?.split('#')[1]).toBe(hash);
  // The link is in the masthead: the reader scrolls back up to it, and it still opens the pair.
  await page.evaluate(() => scrollTo(0, 0));
  await expect(link).toHaveAttribute('href', `/en/${YEAR}/parallel/#${hash}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/en/${YEAR}/parallel/#${hash}$`));
  await expect(page.locator(`#${hash}`)).toBeInViewport();
  // A reader who has not scrolled into the story opens the parallel page at its top.
  await page.goto(`/en/${YEAR}/`);
  await expect(link).toHaveAttribute('href', `/en/${YEAR}/parallel/`);
});

test('the language switch on the parallel page keeps the pair', async ({ page }) => {
  await page.goto(`${parallel('zh-hans')}#team-building-3`);
  await expect(page.locator('#team-building-3')).toBeInViewport();
  await page.locator('.lang-switch a[hreflang="en"]').evaluate((a: HTMLAnchorElement) => a.click());
  await expect(page).toHaveURL(new RegExp(`${parallel('en')}#team-building-3$`));
  await expect(page.locator('#team-building-3')).toBeInViewport();
});

test(
  'every term’s note, opened with its term at the top or the bottom of the screen, is on screen, off its edges and at least 240 px wide (320, 360 and 412 px; every edition)',
  SWEEP,
  async ({ page }) => {
    // One project is enough (a sweep): the placement depends on the viewport, set here, not on the device.
    const bad: string[] = [];
    let opened = 0;
    for (const { segment } of locales) {
      for (const width of [320, 360, 412]) {
        await page.setViewportSize({ width, height: 740 });
        await page.goto(parallel(segment));
        // All in the page, in one go: scroll the term to the top or bottom, open its note as a tap
        // does (the button's popovertarget), read where the note is laid out, close it.
        const found = await page.evaluate((w) => {
          const out: { opened: number; bad: string[] } = { opened: 0, bad: [] };
          document.querySelectorAll<HTMLButtonElement>('.pterm').forEach((term, i) => {
            for (const block of ['start', 'end'] as const) {
              term.scrollIntoView({ block });
              term.click();
              const note = document.querySelector<HTMLElement>('.pnote:popover-open');
              const n = note?.getBoundingClientRect();
              out.opened += 1;
              if (!n || n.width < 240 || n.left < 4 || n.right > w - 4 || n.top < 0 || n.bottom > 740.5) {
                out.bad.push(
                  `term ${i} at the ${block}: ${n ? [n.left, n.top, n.width, n.height].map(Math.round).join(' ') : 'not open'}`,
                );
              }
              note?.hidePopover();
            }
          });
          return out;
        }, width);
        opened += found.opened;
        bad.push(...found.bad.map((b) => `${segment} ${width}px ${b}`));
      }
    }
    expect(opened).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  },
);

test('a term’s note opens next to it, over the text, and closes', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${parallel('en')}#political-leadership-2`);
  const term = page.locator('#political-leadership-2 .pterm').first();
  await term.click();
  const note = page.locator('.pnote:popover-open');
  await expect(note).toBeVisible();
  await expect(note).toContainText('两个确立');
  const t = (await term.boundingBox()) as Box;
  const n = (await note.boundingBox()) as Box;
  // In place: just below (or above) the term, within the screen.
  expect(Math.min(Math.abs(n.y - (t.y + t.height)), Math.abs(n.y + n.height - t.y))).toBeLessThan(12);
  expect(n.x).toBeGreaterThanOrEqual(0);
  expect(n.x + n.width).toBeLessThanOrEqual(360);
  await page.screenshot({ path: 'screenshots/parallel/en-360x740-note.png' });
  await note.getByRole('button').click();
  await expect(page.locator('.pnote:popover-open')).toHaveCount(0);
  await expect(page).toHaveURL(/#political-leadership-2$/);
});

test('print: A4, two columns side by side, both languages whatever the screen shows, notes listed', async ({
  browser,
}) => {
  // Two print layouts measured, a full-page screenshot and a PDF: a loaded machine needs more than 30 s.
  test.setTimeout(90_000);
  // A4 at 96 dpi less the page margins: about 700 px of line.
  const { context, page } = await desktop(browser, 700, 1000);
  await page.goto(parallel('zh-hans'));
  await page.getByRole('radio', { name: '简体中文' }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.pview')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const pairs = await pairBoxes(page);
  for (const { id, a, b } of pairs.filter((p) => !p.id.startsWith('chart-'))) {
    if (!a || !b) throw new Error(`${id}: a side is not printed`);
    expect(Math.abs(a.y - b.y), id).toBeLessThan(4);
    expect(b.x, id).toBeGreaterThan(a.x + a.width);
  }
  await expect(page.locator('.pnote').first()).toBeVisible();
  // A page as wide as A4 itself (794 px) matches the screen's wide layout too: its per-language
  // sizes must not outweigh the one print size (9.5pt = 12.67 px) of both texts.
  await page.setViewportSize({ width: 794, height: 1123 });
  const sizes = await page.$$eval('.pair > p.pair__a, .pair > p.pair__b', (ps) => [
    ...new Set(ps.map((p) => getComputedStyle(p).fontSize)),
  ]);
  expect(sizes).toEqual(['12.6667px']);
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.screenshot({ path: 'screenshots/parallel/zh-hans-print.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.length).toBeGreaterThan(10_000);
  fs.writeFileSync('screenshots/parallel/zh-hans-print.pdf', pdf);
  await context.close();
});
