import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/config/locales.ts';
import { TIGHT } from '../src/components/chinese-lines.ts';
import { chrome, columnEdges, LOOSE_EM, looseLines, noteProblems, storyRoom } from './design-probes.ts';
import { SWEEP } from './sweep.ts';
import { setTextScale } from './text-size.ts';

/**
 * The page a design editor signs (issue 28), measured in Chromium: justified Chinese without
 * loose lines, chrome that leaves the screen to the story at large text, note targets, print,
 * the figures strip, the desk headline, search in place. One page load per edition measures
 * several things (the viewport and text size change inside it).
 * Run in one project: `npx playwright test e2e/design.spec.ts --project phone-360`.
 */
const reviews = locales.map((l) => ({ segment: l.segment, path: `/${l.segment}/2024/` }));
const phones = [320, 360, 390];
/** How much tighter than its advance a line may be set (em a character): the breaker's own limit. */
const TIGHTEST_EM = TIGHT + 0.005;
/**
 * The bar is no line over LOOSE_EM. One is left per Chinese edition (3 at the last stop): the review's first
 * paragraph at 360 px, on the first screen, which fits tight only in a line fewer (the fitting
 * runs after the first paint, and a line fewer there measured a layout shift of 0.15) or with
 * its last line a lone 足—— (layout.spec forbids). A ratchet: no more lines, and none looser.
 */
const LOOSE_LEFT = 1;
const LOOSEST_EM = 0.15;

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // The Chinese lines are fitted after a resize (chinese-justify.browser.ts).
  await page.waitForSelector('html:not([data-justified="pending"])', { state: 'attached' });
}

/** A review at 360 px with its Chinese lines fitted; counts the fitter's spans on the page. */
async function openFitted(page: Page, path: string): Promise<() => Promise<number>> {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(path);
  await page.waitForSelector('html[data-justified="done"]', { state: 'attached' });
  return () => page.evaluate(() => document.querySelectorAll('.fit, .squeeze').length);
}

test.describe('the review page, as a design editor reads it', SWEEP, () => {
  for (const { segment, path } of reviews) {
    test(`${path}: loose justified lines (over ${LOOSE_EM} em a gap) no more than the ${LOOSE_LEFT} left (Chinese; none in English), none over ${LOOSEST_EM} em or tighter than ${TIGHTEST_EM} em, notes tappable, chrome ≤ 20% at 130% text and ≤ 25% at 200%, the story on the first screen`, async ({
      page,
    }) => {
      // Six layouts, each measured glyph by glyph, on a 2-core machine shared with others.
      test.setTimeout(120_000);
      const problems: string[] = [];
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const loose: string[] = [];
      const tooLoose: string[] = [];
      const tooTight: string[] = [];
      for (const width of phones) {
        await page.setViewportSize({ width, height: 740 });
        await settle(page);
        const measured = await looseLines(page);
        test.info().annotations.push({
          type: 'lines',
          description: `${width}px: ${measured.loose.length} loose of ${measured.lines}`,
        });
        for (const l of measured.loose) {
          loose.push(`${width}px loose (${l.spread} em): ${l.text}`);
          if (l.spread > LOOSEST_EM) tooLoose.push(`${width}px (${l.spread} em): ${l.text}`);
        }
        const tight = measured.tightest;
        if (tight && tight.spread < -TIGHTEST_EM)
          tooTight.push(`${width}px (${tight.spread} em): ${tight.text}`);
        for (const n of await noteProblems(page)) problems.push(`${width}px ${n}`);
      }
      expect(loose.length, loose.join('\n')).toBeLessThanOrEqual(segment === 'en' ? 0 : LOOSE_LEFT);
      expect(tooLoose).toEqual([]);
      expect(tooTight).toEqual([]);
      // What the fitting cost, each time it ran (the first at 360 px): reported, not a limit.
      const fits = await page.evaluate(() =>
        performance.getEntriesByName('chinese-justify').map((e) => Math.round(e.duration)),
      );
      test.info().annotations.push({ type: 'fitting', description: `${fits.join(', ')} ms` });
      for (const [scale, limit] of [
        [1.3, 0.2],
        [2, 0.25],
      ] as const) {
        await setTextScale(page, scale);
        for (const width of phones) {
          await page.setViewportSize({ width, height: 740 });
          await page.evaluate(() => scrollTo(0, 0));
          await settle(page);
          const top = await chrome(page);
          test.info().annotations.push({
            type: 'chrome',
            description: `${width}px ${scale * 100}%: ${Math.round(top.share * 100)}%`,
          });
          if (top.share > limit)
            problems.push(`${width}px ${scale * 100}%: chrome ${Math.round(top.share * 100)}% at the top`);
          if (scale === 1.3 && (await storyRoom(page)) < 20)
            problems.push(`${width}px 130%: the story does not start on the first screen`);
          if (scale === 1.3 && top.headerRows > 1)
            problems.push(`${width}px 130%: header on ${top.headerRows} rows`);
          // Reading on: scrolled down, then a little up (the masthead may come back).
          await page.mouse.wheel(0, 1500);
          await page.waitForTimeout(150);
          await page.mouse.wheel(0, -200);
          await page.waitForTimeout(150);
          const reading = await chrome(page);
          if (reading.share > limit)
            problems.push(
              `${width}px ${scale * 100}%: chrome ${Math.round(reading.share * 100)}% while reading`,
            );
        }
      }
      await setTextScale(page, 1);
      await page.setViewportSize({ width: 320, height: 740 });
      await page.evaluate(() => scrollTo(0, 0));
      await settle(page);
      const rows = (await chrome(page)).headerRows;
      if (rows > 1) problems.push(`320px 100%: header on ${rows} rows`);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('wide screens, paper and search', SWEEP, () => {
  for (const { path } of reviews) {
    test(`${path}: the figures strip never clipped (320–1440 px), a headline ≥ 36 px at 1440, nothing of the interface on paper`, async ({
      page,
    }) => {
      const problems: string[] = [];
      await page.goto(path);
      for (const width of [320, 360, 390, 768, 1024, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await settle(page);
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.headline, .headline__list')]
            .filter((e) => e.scrollWidth > e.clientWidth + 1)
            .map((e) => `${e.className}: ${e.scrollWidth} > ${e.clientWidth}`),
        );
        for (const c of clipped) problems.push(`${width}px strip clipped: ${c}`);
      }
      const h1 = await page.locator('h1').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      if (h1 < 36) problems.push(`1440px: headline ${h1}px`);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '.header-search, .lang-switch, .section-nav, .share, .parallel-link, .motion-toggle, .skip, button:not(.term), input, [data-view-toggle]',
          ),
        ]
          .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
          .map((e) => e.className || e.tagName),
      );
      for (const p of printed) problems.push(`printed: ${p}`);
      await page.emulateMedia({ media: 'screen' });
      expect(problems).toEqual([]);
    });
  }

  test('the masthead, the front door, the review and the 对照 page on one grid at 768 and 1440 px', async ({
    page,
  }) => {
    const pages = ['/', '/zh-hans/', '/zh-hans/2024/', ...locales.map((l) => `/${l.segment}/2024/parallel/`)];
    const found: string[] = [];
    const want: string[] = [];
    for (const width of [768, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      let grid: number[] | undefined;
      for (const path of pages) {
        await page.goto(path);
        const { masthead, column } = await columnEdges(page);
        grid ??= masthead;
        // Every page's masthead and main column on the front door's masthead edges.
        found.push(`${width}px ${path}: masthead ${masthead.join('–')}, column ${column.join('–')}`);
        want.push(`${width}px ${path}: masthead ${grid.join('–')}, column ${grid.join('–')}`);
      }
    }
    expect(found).toEqual(want);
  });

  test('paper gets the lines the CSS sets, not the ones fitted to the screen, which come back after', async ({
    page,
  }) => {
    const fitted = await openFitted(page, '/zh-hans/2024/');
    const screen = await fitted();
    // A listener added after the fitter's runs after it: what the printer gets.
    await page.evaluate(() =>
      addEventListener('beforeprint', () => {
        (window as unknown as { printed: number }).printed =
          document.querySelectorAll('.fit, .squeeze').length;
      }),
    );
    await page.pdf();
    const printed = await page.evaluate(() => (window as unknown as { printed: number }).printed);
    expect(screen).toBeGreaterThan(0);
    expect(printed).toBe(0);
    await expect.poll(fitted).toBe(screen);
  });

  test('a paragraph the engine sets otherwise than planned is put back as the build set it', async ({
    page,
  }) => {
    // The fitter's spans set at twice the size (a stand-in for an engine that measures
    // otherwise): every line with one in it is wider than planned, so every plan misses, and
    // each paragraph must come back as the build wrote it.
    // A constructed sheet: the page's Content-Security-Policy refuses a <style> element. And a
    // count of the spans the fitter gave, to know that it did set paragraphs (and so put back).
    await page.addInitScript(() => {
      const given = { spans: 0 };
      Object.assign(window, { given });
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element && n.matches('.fit, .squeeze')) given.spans++;
      }).observe(document, { subtree: true, childList: true });
      addEventListener('DOMContentLoaded', () => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('.fit, .squeeze { font-size: 200% }');
        document.adoptedStyleSheets = [sheet];
      });
    });
    await openFitted(page, '/zh-hans/2024/');
    // As the build wrote them: the page as served, before any script ran, read in a blank page
    // (the review's own policy lets no HTML be parsed from a string).
    const html = await (await page.request.get('/zh-hans/2024/')).text();
    const blank = await page.context().newPage();
    const built = await blank.evaluate(
      (html) =>
        [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('main p[id]')].map(
          (p) => p.innerHTML,
        ),
      html,
    );
    const after = await page.evaluate(() =>
      [...document.querySelectorAll('main p[id]')].map((p) => p.innerHTML),
    );
    expect(
      await page.evaluate(() => (window as unknown as { given: { spans: number } }).given.spans),
    ).toBeGreaterThan(0);
    expect(after).toEqual(built);
  });

  test('a change that comes while the lines are being fitted: done only once the new lines are set', async ({
    page,
  }) => {
    const fitted = await openFitted(page, '/zh-hans/2024/');
    expect(await fitted()).toBeGreaterThan(0);
    // Text size up; as soon as the fitting for it has set its first lines (its first task has
    // run, the next is queued), back down. The first fitting must then stop without a word: a
    // 'done' from it came before the lines for the size back were set (found in CI).
    const atDone = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const html = document.documentElement;
          let back = false;
          new MutationObserver((records) => {
            const spans = document.querySelectorAll('.fit, .squeeze').length;
            if (!back && spans > 0 && records.some((r) => r.type === 'childList')) {
              back = true;
              html.style.fontSize = '';
            } else if (back && html.dataset['justified'] === 'done') resolve(spans);
          }).observe(html, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['data-justified'],
          });
          html.style.fontSize = '130%';
        }),
    );
    expect(atDone).toBeGreaterThan(0);
  });

  test('a change of text size puts back the lines fitted to the old one at once, and fits again after', async ({
    page,
  }) => {
    const fitted = await openFitted(page, '/zh-hant/2024/');
    expect(await fitted()).toBeGreaterThan(0);
    // Right after the frame that reflowed the page (its ResizeObserver has run; the fitting
    // waits 100 ms, and a 0 ms timer set before that one runs first).
    const meanwhile = await page.evaluate(async () => {
      document.documentElement.style.fontSize = '130%';
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return {
        spans: document.querySelectorAll('.fit, .squeeze').length,
        state: document.documentElement.dataset['justified'],
      };
    });
    expect(meanwhile).toEqual({ spans: 0, state: 'pending' });
    await page.waitForSelector('html[data-justified="done"]', { state: 'attached' });
    expect(await fitted()).toBeGreaterThan(0);
  });

  test('opening and closing the header search leaves the reader where they were (phone)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/zh-hans/2024/');
    await page.evaluate(() => scrollTo(0, 2400));
    // A reader scrolls up a little to bring the masthead back, then taps the magnifier.
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => scrollY);
    // A tap where the magnifier is (a locator's click would first scroll it into view itself).
    const glass = await page.locator('.header-search__toggle').boundingBox();
    await page.mouse.click((glass?.x ?? 0) + 10, (glass?.y ?? 0) + 10);
    await page.waitForSelector('html[data-search-overlay-state="ready"]', { state: 'attached' });
    await page.locator('#header-search-q').pressSequentially('网格', { delay: 40 });
    await page.waitForSelector('[data-search-overlay]:not([hidden])');
    const open = await page.evaluate(() => scrollY);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-search-overlay][hidden]', { state: 'attached' });
    await settle(page);
    const after = await page.evaluate(() => scrollY);
    expect({ open, after }).toEqual({ open: before, after: before });
  });
});
