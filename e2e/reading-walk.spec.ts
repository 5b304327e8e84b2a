import { expect, test, type Page } from '@playwright/test';
import type { ReadingBrowser } from './shared/browser.ts';
import { readingPlan, readPage } from './shared/walk.ts';

/**
 * Every built page, read on each phone profile in Chromium with the walk that WebKit and Gecko
 * also run (e2e/shared/walk.ts, e2e-engines/): no script errors, no sideways scrolling, the story
 * on the first screen, full-width Chinese punctuation, charts at their final values with no
 * colliding labels, search, glossary notes and the language switch. Screenshots land in
 * screenshots/engines/chromium-<profile>/, beside the other engines' (git-ignored): look at them.
 */
function playwrightBrowser(page: Page): ReadingBrowser {
  let errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    engine: 'chromium',
    goto: async (path) => {
      errors = [];
      await page.goto(path);
    },
    // The walk passes plain JSON only, so Playwright's handle unboxing never applies.
    run: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    click: (selector) => page.locator(selector).first().click(),
    screenshot: async (file) => {
      await page.screenshot({ path: file, fullPage: true });
    },
    errors: async () => errors.splice(0),
    url: async () => page.url(),
  };
}

for (const planned of readingPlan()) {
  test(`${planned.path} reads well`, async ({ page }, info) => {
    // The English review is ~18,700 px tall at 360 px: its full-page screenshot alone took 12–22 s
    // on this shared 2-core machine (1.7 s with the end notes hidden), which left the rest of the
    // walk too little of the default 30 s.
    if (planned.kind === 'review') test.setTimeout(90_000);
    const problems = await readPage(playwrightBrowser(page), planned, {
      shots: `screenshots/engines/chromium-${info.project.name}`,
    });
    expect(problems).toEqual([]);
  });
}
