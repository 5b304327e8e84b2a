import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/config/locales.ts';

/**
 * Charts: marks animated from zero when they come into view, ending exactly on the server's
 * values; still under reduced motion; a remembered motion switch; complete with JS off.
 */
const chart = '#chart-honours';

async function barWidths(page: Page) {
  return page
    .locator(`${chart} rect[data-width]`)
    .evaluateAll((rects) =>
      rects.map((r) => ({ width: r.getAttribute('width'), final: r.getAttribute('data-width') })),
    );
}

/** Requests for the chart animation chunk (d3-selection + d3-transition). */
function chartCodeRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && r.url().includes('charts-animate')) urls.push(r.url());
  });
  return urls;
}

test('a chart animates from zero when scrolled into view and ends at its exact final geometry', async ({
  page,
}) => {
  const scripts = chartCodeRequests(page);
  // A short screen, so that no chart is near the top of the page when it loads.
  const size = page.viewportSize() ?? { width: 360, height: 740 };
  await page.setViewportSize({ width: size.width, height: 240 });
  await page.goto('/zh-hans/2024/');
  await page.waitForTimeout(300);
  expect(scripts, 'no chart code before a chart comes near').toEqual([]);

  await page.setViewportSize(size);
  // Let the page settle at its new size first: only shifts caused by the charts count (the
  // Chinese lines are set once after load, before reading: chinese-justify.browser.ts).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForSelector('html[data-justified="done"]', { state: 'attached' });
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // Shifts right after input are the reader's own doing, not the page's (as in CLS).
        const shift = e as unknown as { value: number; hadRecentInput: boolean };
        if (!shift.hadRecentInput) (window as unknown as { shifts: number }).shifts += shift.value;
      }
    }).observe({ type: 'layout-shift', buffered: false });
  });
  // The page itself watches every frame for a bar short of its final width: a test process
  // polling from outside can miss a short animation on a loaded machine.
  await page.evaluate((selector) => {
    const w = window as unknown as { sawMidway: boolean };
    w.sawMidway = false;
    const tick = () => {
      for (const r of document.querySelectorAll(`${selector} rect[data-width]`)) {
        if (parseFloat(r.getAttribute('width') ?? '') < parseFloat(r.getAttribute('data-width') ?? ''))
          w.sawMidway = true;
      }
      if (!w.sawMidway) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, chart);
  await page.locator(chart).scrollIntoViewIfNeeded();
  await expect
    .poll(() => scripts.length, { message: 'chart code loads when a chart comes near' })
    .toBeGreaterThan(0);
  // Mid-animation some bar is shorter than its final width...
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { sawMidway: boolean }).sawMidway), {
      timeout: 10_000,
    })
    .toBe(true);
  // ...and every bar ends exactly on the server-rendered value.
  await expect
    .poll(async () => (await barWidths(page)).every((b) => b.width === b.final), { timeout: 4000 })
    .toBe(true);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('charts show their final values at once and no animation code is fetched', async ({ page }) => {
    const scripts = chartCodeRequests(page);
    await page.goto('/en/2024/');
    await page.locator(chart).scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    expect((await barWidths(page)).every((b) => b.width === b.final)).toBe(true);
    expect(scripts).toEqual([]);
    await expect(page.locator('[data-motion-toggle]')).toHaveAttribute('aria-pressed', 'false');
  });
});

test('the motion switch turns motion off, and the choice is remembered on the next page', async ({
  page,
}) => {
  await page.goto('/zh-hant/2024/');
  const toggle = page.locator('[data-motion-toggle]');
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.goto('/en/2024/');
  await expect(page.locator('[data-motion-toggle]')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');
  const scripts = chartCodeRequests(page);
  await page.locator(chart).scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  expect((await barWidths(page)).every((b) => b.width === b.final)).toBe(true);
  expect(scripts).toEqual([]);
  // And back on.
  await page.locator('[data-motion-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'on');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const l of locales) {
    test(`every chart of ${l.segment} is complete, and the motion switch is not shown`, async ({ page }) => {
      await page.goto(`/${l.segment}/2024/`);
      const figures = page.locator('figure.chart');
      expect(await figures.count()).toBeGreaterThan(1);
      const bars = await page
        .locator('figure.chart rect[data-width]')
        .evaluateAll((rects) => rects.every((r) => r.getAttribute('width') === r.getAttribute('data-width')));
      expect(bars).toBe(true);
      await expect(page.locator('[data-motion-toggle]')).toBeHidden();
      // The data table is one tap away, and printing shows it.
      const first = figures.first();
      await first.locator('summary').click();
      await expect(first.locator('table')).toBeVisible();
    });
  }
});

for (const l of locales) {
  test(`reading the whole ${l.segment} review with motion on shifts no layout while charts animate`, async ({
    page,
  }) => {
    await page.goto(`/${l.segment}/2024/`);
    // The Chinese lines are set once after load, before reading (chinese-justify.browser.ts).
    if (l.segment !== 'en') await page.waitForSelector('html[data-justified="done"]', { state: 'attached' });
    await page.evaluate(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as unknown as { shifts: number }).shifts += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: false });
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    // Every mark ends on its final geometry; no figure is counted up (none is set up to be).
    const marks = await page
      .locator('figure.chart rect[data-width]')
      .evaluateAll((rs) => rs.map((r) => [r.getAttribute('width'), r.getAttribute('data-width')]));
    expect(marks.length).toBeGreaterThan(3);
    for (const [shown, final] of marks) expect(shown).toBe(final);
    expect(await page.locator('[data-value]').count()).toBe(0);
  });
}

test('the unit wipe reveals whole columns of squares only, and ends on the full grid', async ({ page }) => {
  await page.goto('/en/2024/');
  const clips = page.locator('#chart-mediation-organisations clipPath rect[data-step]');
  const seen = new Set<string>();
  await page.locator('#chart-mediation-organisations').scrollIntoViewIfNeeded();
  // The grid is complete until the chart code arrives and starts the wipe from nothing.
  const widths = () =>
    clips.evaluateAll((rs) =>
      rs.map((r) => Number(r.getAttribute('width')) < Number(r.getAttribute('data-width'))),
    );
  await expect
    .poll(async () => (await widths()).some(Boolean), { timeout: 3000, intervals: [16] })
    .toBe(true);
  const deadline = Date.now() + 3000;
  let done = false;
  while (!done && Date.now() < deadline) {
    const now = await clips.evaluateAll((rs) =>
      rs.map((r) => [
        Number(r.getAttribute('width')),
        Number(r.getAttribute('data-width')),
        Number(r.getAttribute('data-step')),
      ]),
    );
    for (const [w, full, step] of now) {
      seen.add(String(w));
      // A width that is neither a whole number of columns nor the full grid would cut a square.
      expect(w === full || (w ?? 0) % (step ?? 1) === 0, `clip width ${w} of ${full}, step ${step}`).toBe(
        true,
      );
    }
    done = now.every(([w, full]) => w === full);
  }
  expect(done).toBe(true);
  expect(seen.size, 'the wipe went through intermediate widths').toBeGreaterThan(2);
});
