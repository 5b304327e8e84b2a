import fs from 'node:fs';
import { test } from '@playwright/test';
import { locales } from '../src/config/locales.ts';
import { setTextScale } from './text-size.ts';

/**
 * The first screen of each review as a reader on a small phone sees it, at 100% and 200% text,
 * saved as screenshots/first-screen/<tag>-<edition>-<size>.png (SHOT_TAG, default "now") so a
 * person can compare a change with what was there before. Run in one project:
 * `npx playwright test e2e/first-screen-shots.spec.ts --project phone-360`.
 */
const tag = process.env['SHOT_TAG'] ?? 'now';
const dir = 'screenshots/first-screen';

const sizes = [
  { name: '360x740', width: 360, height: 740, scale: 1 },
  { name: '375x667', width: 375, height: 667, scale: 1 },
  { name: '360x740-200pct', width: 360, height: 740, scale: 2 },
];

for (const l of locales) {
  test(`first screen of the ${l.segment} review`, async ({ page }) => {
    fs.mkdirSync(dir, { recursive: true });
    for (const s of sizes) {
      await page.setViewportSize({ width: s.width, height: s.height });
      await setTextScale(page, s.scale);
      await page.goto(`/${l.segment}/2024/`);
      await page.screenshot({ path: `${dir}/${tag}-${l.segment}-${s.name}.png` });
    }
  });
}

test('first screen of the front door', async ({ page }) => {
  fs.mkdirSync(dir, { recursive: true });
  for (const s of [...sizes, { name: '1440x900', width: 1440, height: 900, scale: 1 }]) {
    await page.setViewportSize({ width: s.width, height: s.height });
    await setTextScale(page, s.scale);
    await page.goto('/');
    await page.screenshot({ path: `${dir}/${tag}-home-${s.name}.png` });
  }
});
