/**
 * Page weights (tool, drives Chromium through Playwright): one cold load of a page on a phone
 * profile, its bytes on the wire per resource type, its requests and the JavaScript it ran.
 */
import { devices, type Browser } from '@playwright/test';

/** Chromium as the bench runs it: Debian's (CHROME_PATH), without its own background traffic. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
export const LAUNCH_ARGS = [
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const KINDS = { Document: 'html', Stylesheet: 'css', Script: 'js', Image: 'image', Font: 'font' } as const;
type Kind = (typeof KINDS)[keyof typeof KINDS] | 'other';

export type PageLoad = Record<Kind | 'total' | 'requests' | 'jsExecuted', number>;

/** One cold load of a page: transferred bytes per type, request count, JS bytes executed. */
export async function loadPage(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const byId = new Map<string, { type: string; bytes: number }>();
  cdp.on('Network.responseReceived', (e) => byId.set(e.requestId, { type: e.type, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = byId.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: true });
  await page.goto(url, { waitUntil: 'networkidle' });
  const coverage = await page.coverage.stopJSCoverage();
  // JS executed: decoded bytes of every script that ran (inline and external).
  const executed = coverage
    .filter((c) => c.functions.some((f) => f.ranges.some((r) => r.count > 0)))
    .reduce((sum, c) => sum + (c.source?.length ?? 0), 0);
  const sums: Record<Kind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 };
  for (const r of byId.values()) sums[KINDS[r.type as keyof typeof KINDS] ?? 'other'] += r.bytes;
  await context.close();
  return {
    ...sums,
    total: Object.values(sums).reduce((a, b) => a + b, 0),
    requests: byId.size,
    jsExecuted: executed,
  };
}
