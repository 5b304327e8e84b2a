import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales } from '../src/config/locales.ts';

/**
 * Phone screenshots of every edition, saved under screenshots/ (git-ignored) for a person to
 * look at. The test also checks one thing a screenshot would show wrong: text running off the
 * side of the screen.
 */
const pages = ['/', ...locales.flatMap((l) => [`/${l.segment}/`, `/${l.segment}/2024/`]), '/404.html'];

for (const path of pages) {
  test(`screenshot of ${path}`, async ({ page }, info) => {
    await page.goto(path);
    const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-');
    const dir = `screenshots/${info.project.name}`;
    fs.mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
    // Nothing wider than the screen: no sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
