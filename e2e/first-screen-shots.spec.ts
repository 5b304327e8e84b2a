import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/config/locales.ts';
import { SWEEP } from './sweep.ts';
import { setTextScale } from './text-size.ts';

/**
 * The first screen of each review and of the front door as a reader on a small phone sees it, at
 * 100% and 200% text: the headline whole on that screen and nothing wider than it (no sideways
 * scroll), and saved as screenshots/first-screen/<tag>-<edition>-<size>.png (SHOT_TAG, default
 * "now") so a person can compare a change with what was there before. A sweep (e2e/sweep.ts):
 * each size sets its own viewport, so it runs in the phone-360 project only.
 */
const tag = process.env['SHOT_TAG'] ?? 'now';
const dir = 'screenshots/first-screen';

const sizes = [
  { name: '360x740', width: 360, height: 740, scale: 1 },
  { name: '375x667', width: 375, height: 667, scale: 1 },
  { name: '360x740-200pct', width: 360, height: 740, scale: 2 },
];

/** Loads `path` at a size, checks the first screen, and saves its picture. */
async function firstScreen(page: Page, path: string, s: (typeof sizes)[number], shot: string) {
  await page.setViewportSize({ width: s.width, height: s.height });
  await setTextScale(page, s.scale);
  await page.goto(path);
  await expect(page.locator('h1'), `${path} ${s.name}: the headline on the first screen`).toBeInViewport({
    ratio: 1,
  });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide, `${path} ${s.name}: nothing wider than the screen`).toBeLessThanOrEqual(s.width);
  await page.screenshot({ path: `${dir}/${tag}-${shot}-${s.name}.png` });
  expect(fs.statSync(`${dir}/${tag}-${shot}-${s.name}.png`).size).toBeGreaterThan(5_000);
}

for (const l of locales) {
  test(`first screen of the ${l.segment} review`, SWEEP, async ({ page }) => {
    fs.mkdirSync(dir, { recursive: true });
    for (const s of sizes) await firstScreen(page, `/${l.segment}/2024/`, s, l.segment);
  });
}

test('first screen of the front door', SWEEP, async ({ page }) => {
  fs.mkdirSync(dir, { recursive: true });
  for (const s of [...sizes, { name: '1440x900', width: 1440, height: 900, scale: 1 }]) {
    await firstScreen(page, '/', s, 'home');
  }
});
