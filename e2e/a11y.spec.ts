import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages.ts';

/**
 * axe with zero violations on every built page, in light and dark schemes: WCAG 2.x A/AA and
 * axe's best practices. (The one axe pass: e2e/layout.spec.ts ran the same pages again with the
 * same rules plus best practices, about 7 test-minutes of every `npm test`.)
 */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    // The figure sample and two embeds stand for the figure pages (e2e/pages.ts).
    for (const path of builtPages({ embeds: true })) {
      test(`${path} has no WCAG A/AA violations and follows axe's best practices`, async ({ page }) => {
        await page.goto(path);
        // A Chinese review's lines are fitted after load (chinese-justify.browser.ts), wrapping
        // and unwrapping spans: axe reads the page once it is still (an element it noted that is
        // then unwrapped makes it throw, seen in CI).
        await page.waitForFunction(
          () =>
            !document.querySelector(':lang(zh) .review__section p[id]') ||
            document.documentElement.dataset['justified'] === 'done',
        );
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
