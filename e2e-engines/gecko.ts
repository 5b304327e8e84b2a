import puppeteer from 'puppeteer-core';
import type { ReadingBrowser } from '../e2e/shared/browser.ts';

/**
 * Gecko: Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core (headless).
 * Playwright's own Firefox channel does not speak to this ESR, so Playwright stays for Chromium.
 */
export const geckoBinary = '/usr/bin/firefox-esr';

export interface GeckoSession {
  browser: ReadingBrowser;
  resize(width: number, height: number): Promise<void>;
  version: string;
  close(): Promise<void>;
}

export async function startGecko(base: string): Promise<GeckoSession> {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: geckoBinary,
    headless: true,
    // Phones draw scrollbars over the page; desktop Linux Firefox would take 12 px of a 360-px
    // screen for one, and the page would be laid out 348 px wide.
    extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
  });
  const page = await firefox.newPage();
  let errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  const browser: ReadingBrowser = {
    engine: 'gecko',
    goto: async (p) => {
      errors = [];
      await page.goto(base + p, { waitUntil: 'load' });
    },
    run: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    // At the centre of the element's first line box, as WebDriver clicks: a link that wraps onto
    // two lines has nothing of itself at the centre of its whole box.
    click: async (selector) => {
      const at = await page.evaluate((sel) => {
        const el = document.querySelector(sel);
        el?.scrollIntoView({ block: 'center' });
        const r = el?.getClientRects()[0];
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      }, selector);
      if (!at) throw new Error(`nothing to click at ${selector}`);
      await page.mouse.click(at.x, at.y);
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    errors: async () => errors.splice(0),
    url: async () => page.url(),
  };
  return {
    browser,
    version: `${(await firefox.version()).replace('firefox/', 'Firefox ')} (firefox-esr)`,
    resize: async (width, height) => {
      // puppeteer-core sends the viewport and a screen-orientation override together; Debian's
      // firefox-esr 140 knows the first and not the second (unknown command), so that one error is
      // let pass, and the walk waits until the page really has the width it asked for.
      try {
        await page.setViewport({ width, height, deviceScaleFactor: 1 });
      } catch (e) {
        if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(e))) throw e;
      }
      // Polled with evaluate: waitForFunction builds a Function(), which the site's CSP refuses.
      for (const until = Date.now() + 10_000; ;) {
        if ((await page.evaluate(() => window.innerWidth)) === width) return;
        if (Date.now() > until) throw new Error(`Gecko kept its width instead of ${width} px`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => firefox.close(),
  };
}
